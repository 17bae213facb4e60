#include "pdfviewerpage.h"

#include "content/contentstore.h"
#include "i18n/languagemanager.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr std::array kZoomLevels = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
constexpr int kFitWidth = -1;
constexpr int kFitPage = -2;

} // namespace

PdfViewerPage::PdfViewerPage(const Services &services, QWidget *parent)
    : ActivityPage(parent)
    , m_services(services)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_backButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageCountLabel(new QLabel(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomBox(new QComboBox(this))
{
    setObjectName(u"pdfViewerPage"_s);
    // The document has the focus when it opens; the page itself is no stop on the Tab round.
    setFocusPolicy(Qt::NoFocus);
    m_view->setObjectName(u"pdfView"_s);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_pageBox->setObjectName(u"pageBox"_s);
    m_pageBox->setMinimum(1);
    m_zoomOutButton->setText(u"−"_s);
    m_zoomInButton->setText(u"+"_s);
    m_zoomBox->setObjectName(u"zoomBox"_s);
    m_zoomBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_backButton->setObjectName(u"pdfBackButton"_s);
    m_previousButton->setObjectName(u"previousPageButton"_s);
    m_nextButton->setObjectName(u"nextPageButton"_s);
    m_zoomOutButton->setObjectName(u"zoomOutButton"_s);
    m_zoomInButton->setObjectName(u"zoomInButton"_s);
    m_pageLabel->setBuddy(m_pageBox);
    // Tab follows the eye: back, the page controls, the zoom controls, then the document.
    for (QWidget *control :
         std::initializer_list<QWidget *>{m_backButton, m_previousButton, m_nextButton, m_pageBox,
                                          m_zoomOutButton, m_zoomBox, m_zoomInButton})
        control->setFocusPolicy(Qt::TabFocus);
    QWidget::setTabOrder(m_backButton, m_previousButton);
    QWidget::setTabOrder(m_previousButton, m_nextButton);
    QWidget::setTabOrder(m_nextButton, m_pageBox);
    QWidget::setTabOrder(m_pageBox, m_zoomOutButton);
    QWidget::setTabOrder(m_zoomOutButton, m_zoomBox);
    QWidget::setTabOrder(m_zoomBox, m_zoomInButton);
    QWidget::setTabOrder(m_zoomInButton, m_view);
    // Esc in the open zoom list closes the list, and nothing else. The list first: making it
    // sends events through the box's filter.
    m_zoomBox->view()->installEventFilter(this);
    // The document would scroll by a screen on Page Up/Down: here they turn a page, as the
    // buttons do. The buttons would ignore Enter; the zoom list opens with Enter and ↓ too.
    for (QObject *control :
         std::initializer_list<QObject *>{m_view, m_backButton, m_previousButton, m_nextButton,
                                          m_zoomOutButton, m_zoomBox, m_zoomInButton})
        control->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_titleLabel, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_previousButton);
    tools->addWidget(m_nextButton);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_pageBox);
    tools->addWidget(m_pageCountLabel);
    tools->addStretch();
    tools->addWidget(m_zoomOutButton);
    tools->addWidget(m_zoomBox);
    tools->addWidget(m_zoomInButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    connect(m_backButton, &QPushButton::clicked, this, &PdfViewerPage::backRequested);
    connect(m_previousButton, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_pageBox, &QSpinBox::editingFinished, this,
            [this] { goToPage(m_pageBox->value() - 1); });
    connect(m_zoomInButton, &QToolButton::clicked, this,
            [this] { setZoom(m_view->zoomFactor() * 1.25); });
    connect(m_zoomOutButton, &QToolButton::clicked, this,
            [this] { setZoom(m_view->zoomFactor() / 1.25); });
    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        const double value = m_zoomBox->itemData(index).toDouble();
        if (value == kFitWidth) {
            m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        } else if (value == kFitPage) {
            m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
        } else {
            setZoom(value);
        }
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfViewerPage::updatePageControls);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            m_errorLabel->hide();
            updatePageControls();
            Q_EMIT documentLoaded(true);
        } else if (status == QPdfDocument::Status::Error) {
            m_errorLabel->show();
            Q_EMIT documentLoaded(false);
        }
    });
    connect(&services.languages, &LanguageManager::languageChanged, this, [this] {
        if (m_activity.id != 0)
            openActivity(m_activity); // the document may exist in the new language
    });
    retranslate();
}

PdfViewerPage::~PdfViewerPage() = default;

void PdfViewerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PdfViewerPage::retranslate()
{
    // Names for screen readers: arrows, "−", "+" and "‹" say nothing when read aloud.
    m_backButton->setText(tr("‹ Back to the course"));
    m_backButton->setAccessibleName(tr("Back to the course"));
    m_backButton->setToolTip(tr("Back to the course (Esc or Alt+Left)"));
    m_previousButton->setAccessibleName(tr("Previous page"));
    m_previousButton->setToolTip(tr("Previous page (Page Up)"));
    m_nextButton->setAccessibleName(tr("Next page"));
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    m_pageLabel->setText(tr("Page"));
    m_pageBox->setAccessibleName(tr("Page number"));
    m_zoomInButton->setAccessibleName(tr("Zoom in"));
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setAccessibleName(tr("Zoom out"));
    m_zoomOutButton->setToolTip(tr("Zoom out (−)"));
    m_zoomBox->setAccessibleName(tr("Zoom level"));
    m_zoomBox->setToolTip(tr("Zoom"));
    m_view->setAccessibleName(tr("Document"));
    m_errorLabel->setText(tr("This document could not be opened: its file is missing or "
                             "damaged. Use File › Check the library, then put the course back."));
    m_titleLabel->setText(m_activity.title.text(m_services.languages.language()));
    fillZoomBox();
    updatePageControls();
}

void PdfViewerPage::fillZoomBox()
{
    const QLocale locale;
    m_zoomBox->clear();
    m_zoomBox->addItem(tr("Fit width"), double(kFitWidth));
    m_zoomBox->addItem(tr("Fit page"), double(kFitPage));
    for (double level : kZoomLevels)
        m_zoomBox->addItem(tr("%1%").arg(locale.toString(qRound(level * 100))), level);
}

void PdfViewerPage::openActivity(const Activity &activity)
{
    m_activity = activity;
    Q_EMIT activityOpened(activity.id); // seen by opening it
    const QString language = m_services.languages.language();
    m_titleLabel->setText(activity.title.text(language));
    m_document->close();
    delete m_file;
    m_file = nullptr;
    const FileEntry *entry = activity.entryFile(language);
    if (!entry || entry->state != FileState::Ready) {
        m_errorLabel->show();
        Q_EMIT documentLoaded(false);
        return;
    }
    m_file = new QFile(m_services.store.pathOf(entry->sha256), this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_errorLabel->show();
        Q_EMIT documentLoaded(false);
        return;
    }
    m_document->load(m_file);
    m_view->setFocus(Qt::OtherFocusReason);
}

void PdfViewerPage::clear()
{
    m_activity = {};
    m_document->close();
    delete m_file;
    m_file = nullptr;
}

int PdfViewerPage::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfViewerPage::goToPage(int page)
{
    if (m_document->pageCount() == 0)
        return;
    page = qBound(0, page, m_document->pageCount() - 1);
    m_view->pageNavigator()->jump(page, {}, m_view->zoomFactor());
    updatePageControls();
}

void PdfViewerPage::setZoom(double factor)
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qBound(0.25, factor, 4.0));
}

void PdfViewerPage::updatePageControls()
{
    const int count = m_document->pageCount();
    m_pageBox->setMaximum(qMax(1, count));
    m_pageBox->setValue(currentPage() + 1);
    m_pageCountLabel->setText(tr("of %1").arg(QLocale().toString(count)));
    m_previousButton->setEnabled(currentPage() > 0);
    m_nextButton->setEnabled(currentPage() + 1 < count);
}

bool PdfViewerPage::event(QEvent *event)
{
    // Esc goes back to the course from anywhere in the viewer; claimed here, it never meets a
    // window-wide shortcut with the same key.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool PdfViewerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (qobject_cast<QAbstractItemView *>(watched)) { // the open list of the combo box
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            event->accept();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_view) {
        switch (key->key()) {
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            return handleViewerKey(key);
        default:
            return false;
        }
    }
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_zoomBox) {
        if (plain && (enter || key->key() == Qt::Key_Down) && !m_zoomBox->view()->isVisible()) {
            m_zoomBox->showPopup();
            return true;
        }
        return false;
    }
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !plain)
        return false;
    if (enter) {
        button->click();
        return true;
    }
    return false;
}

bool PdfViewerPage::handleViewerKey(QKeyEvent *event)
{
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_N:
        goToPage(currentPage() + 1);
        break;
    case Qt::Key_PageUp:
    case Qt::Key_P:
        goToPage(currentPage() - 1);
        break;
    case Qt::Key_Home:
        goToPage(0);
        break;
    case Qt::Key_End:
        goToPage(m_document->pageCount() - 1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_view->zoomFactor() * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_view->zoomFactor() / 1.25);
        break;
    case Qt::Key_0:
        if (!control)
            return false;
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        break;
    case Qt::Key_Escape:
        if (event->modifiers() != Qt::NoModifier)
            return false;
        Q_EMIT backRequested();
        break;
    default:
        return false;
    }
    return true;
}

void PdfViewerPage::keyPressEvent(QKeyEvent *event)
{
    if (handleViewerKey(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void PdfViewerPage::leave(int)
{
    clear();
}

} // namespace clikc
