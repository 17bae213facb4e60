#include "pdfviewerpage.h"

#include "appcontext.h"
#include "content/contentstore.h"
#include "i18n/languagemanager.h"

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

PdfViewerPage::PdfViewerPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
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
    setFocusPolicy(Qt::StrongFocus);
    m_view->setObjectName(u"pdfView"_s);
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
    connect(&context.languages(), &LanguageManager::languageChanged, this, [this] {
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
    m_backButton->setText(tr("‹ Back to the course"));
    m_backButton->setToolTip(tr("Back to the course (Alt+Left)"));
    m_previousButton->setToolTip(tr("Previous page (Page Up)"));
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    m_pageLabel->setText(tr("Page"));
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setToolTip(tr("Zoom out (−)"));
    m_zoomBox->setToolTip(tr("Zoom"));
    m_errorLabel->setText(tr("This document could not be opened: its file is missing or "
                             "damaged. Use File › Check the library, then put the course back."));
    m_titleLabel->setText(m_activity.title.text(m_context.languages().language()));
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
    const QString language = m_context.languages().language();
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
    m_file = new QFile(m_context.store().pathOf(entry->sha256), this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_errorLabel->show();
        Q_EMIT documentLoaded(false);
        return;
    }
    m_document->load(m_file);
    setFocus();
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

void PdfViewerPage::keyPressEvent(QKeyEvent *event)
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
        if (control) {
            m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
            break;
        }
        [[fallthrough]];
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace clikc
