#include "pageviewerpage.h"

#include "content/contentstore.h"
#include "contentschemehandler.h"
#include "i18n/languagemanager.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

// A page that opens no windows and follows no link out of its package.
class ContentPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        return url.scheme() == QLatin1StringView(ContentSchemeHandler::kScheme);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
};

} // namespace

PageViewerPage::PageViewerPage(const Services &services, QWidget *parent)
    : ActivityPage(parent)
    , m_services(services)
    , m_handler(new ContentSchemeHandler(services.store, this))
    , m_profile(ContentSchemeHandler::createProfile(m_handler, this))
    , m_view(new QWebEngineView(this))
    , m_backButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"pageViewerPage"_s);
    m_view->setObjectName(u"pageView"_s);
    m_view->setPage(new ContentPage(m_profile, m_view));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::StrongFocus);
    // Chromium takes every key that reaches the widget that draws the page (the view's focus
    // proxy, made and remade by the view): Esc is caught before it gets there. Watching the
    // view for new children keeps the filter on whichever widget draws the page now.
    m_view->installEventFilter(this);
    for (QWidget *child : m_view->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->installEventFilter(this);
    m_backButton->setObjectName(u"pageBackButton"_s);
    m_backButton->setFocusPolicy(Qt::TabFocus);
    m_backButton->installEventFilter(this);
    setFocusPolicy(Qt::NoFocus);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_titleLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    connect(m_backButton, &QPushButton::clicked, this, &PageViewerPage::backRequested);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_errorLabel->setVisible(!ok);
        Q_EMIT pageLoaded(ok);
    });
    connect(&services.languages, &LanguageManager::languageChanged, this, [this] {
        // The package may have a version of the page in the new language.
        if (m_activity.id != 0)
            openActivity(m_activity);
    });
    retranslate();
}

PageViewerPage::~PageViewerPage()
{
    // The page must go before the profile it was made from.
    delete m_view;
}

void PageViewerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool PageViewerPage::event(QEvent *event)
{
    // Esc goes back to the course; claimed here, it never meets a window-wide shortcut with
    // the same key.
    if (event->type() == QEvent::ShortcutOverride && isEscape(event)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool PageViewerPage::isEscape(QEvent *event)
{
    auto *key = static_cast<QKeyEvent *>(event);
    return key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
}

bool PageViewerPage::isBackKey(QObject *watched, QEvent *event) const
{
    if (isEscape(event))
        return true;
    // Inside the page Chromium takes Alt+Left for its own history: here it leaves the page, as
    // everywhere else in the window.
    return watched != m_backButton && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Back);
}

void PageViewerPage::keyPressEvent(QKeyEvent *event)
{
    if (isEscape(event)) {
        event->accept();
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PageViewerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::ChildAdded) {
            if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
                child->installEventFilter(this);
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride && isBackKey(watched, event)) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        if (isBackKey(watched, event)) {
            Q_EMIT backRequested();
            return true;
        }
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_backButton
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_backButton->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PageViewerPage::retranslate()
{
    m_backButton->setText(tr("‹ Back to the course"));
    m_backButton->setAccessibleName(tr("Back to the course"));
    m_backButton->setToolTip(tr("Back to the course (Esc or Alt+Left)"));
    m_view->setAccessibleName(tr("Page content"));
    m_errorLabel->setText(tr("This page could not be shown: its files are missing or damaged. "
                             "Use File › Check the library, then put the course back."));
    m_titleLabel->setText(m_activity.title.text(m_services.languages.language()));
}

void PageViewerPage::openActivity(const Activity &activity)
{
    m_activity = activity;
    Q_EMIT activityOpened(activity.id); // seen by opening it
    const QString language = m_services.languages.language();
    m_titleLabel->setText(activity.title.text(language));
    m_handler->setPackage(activity);
    const FileEntry *entry = activity.entryFile(language);
    if (!entry) {
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_view->setUrl(m_handler->urlOf(entry->path));
    m_view->setFocus(Qt::OtherFocusReason);
}

void PageViewerPage::clear()
{
    m_activity = {};
    m_view->setUrl(QUrl(u"about:blank"_s));
}

void PageViewerPage::leave(int)
{
    clear();
}

} // namespace clikc
