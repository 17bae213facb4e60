#include "scormplayerpage.h"

#include "content/contentstore.h"
#include "content/scormrules.h"
#include "contentschemehandler.h"
#include "i18n/languagemanager.h"
#include "library/scormlessons.h"
#include "sync/accountservice.h"

#include <QBoxLayout>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QWebChannel>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScorm, "clikc.scorm")

namespace clikc {

// What the lesson's page hands to the application, over QWebChannel.
class ScormBridge final : public QObject
{
    Q_OBJECT

public:
    explicit ScormBridge(ScormPlayerPage &page)
        : QObject(&page)
        , m_page(page)
    {}

    // `kind`: "commit" (what changed), "finish" (everything to keep), "nav" ({"request"});
    // `json`: {"sco", "attempt", "values"} — the page says which session it speaks for, since
    // it may be heard after the learner moved on.
    Q_INVOKABLE void receive(const QString &kind, const QString &json)
    {
        m_page.onLessonData(kind, QJsonDocument::fromJson(json.toUtf8()).object());
    }

private:
    ScormPlayerPage &m_page;
};

namespace {

constexpr int kIdentifierRole = Qt::UserRole + 1;

// A lesson's page: no windows, no dialogs that wait, nothing outside the package.
class LessonPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        if (url.toString() == u"about:blank"_s)
            return true;
        if (url.scheme() != QLatin1StringView(ContentSchemeHandler::kScheme))
            return false;
        // The top of the view is the player's page, which holds the API: a lesson that sends
        // `top.location` elsewhere would lose it. Its frames may go anywhere in the package.
        return !isMainFrame
               || url.path().startsWith(u"/"_s + ContentSchemeHandler::kGeneratedFolder.toString());
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    // A lesson's errors help to understand why it does not work here ("clikc.scorm" at info
    // level); the rest of what it writes to its console only at debug level.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        const QString where = QUrl(source).path() + u':' + QString::number(line);
        if (level == ErrorMessageLevel)
            qCInfo(lcScorm).noquote() << "lesson error:" << message.left(500) << where;
        else
            qCDebug(lcScorm).noquote() << "lesson:" << message.left(500) << where;
    }
    void javaScriptAlert(const QUrl &, const QString &message) override
    {
        qCInfo(lcScorm) << "alert:" << message.left(200);
    }
    // Lessons ask with confirm() whether to resume where the learner left ("Would you like to
    // resume from where you previously left off?"): yes, without a dialog that would hold the
    // lesson. Starting again is the player's own choice (Start a new attempt).
    bool javaScriptConfirm(const QUrl &, const QString &message) override
    {
        qCInfo(lcScorm) << "confirm answered yes:" << message.left(200);
        return true;
    }
    bool javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *) override
    {
        return false;
    }
};

} // namespace

ScormPlayerPage::ScormPlayerPage(const Services &services, QWidget *parent)
    : ActivityPage(parent)
    , m_services(services)
    , m_handler(new ContentSchemeHandler(services.store, this))
    , m_profile(ContentSchemeHandler::createProfile(m_handler, this))
    , m_view(new QWebEngineView(this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new ScormBridge(*this))
    , m_backButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_unpackProgress(new QProgressBar(this))
    , m_contents(new QTreeWidget(this))
    , m_previousButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_newAttemptButton(new QPushButton(this))
    , m_timeLimit(new QTimer(this))
    , m_startCheck(new QTimer(this))
{
    setObjectName(u"scormPlayerPage"_s);
    m_view->setObjectName(u"scormView"_s);
    auto *page = new LessonPage(m_profile, m_view);
    page->setWebChannel(m_channel);
    m_channel->registerObject(u"scorm"_s, m_bridge);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(page, &QWebEnginePage::windowCloseRequested, this, &ScormPlayerPage::closeLesson);
    // A lesson's full-screen button (Rise, Storyline, iSpring) fills the screen with the window,
    // and Esc or the lesson brings it back.
    connect(page, &QWebEnginePage::fullScreenRequested, this,
            [this](QWebEngineFullScreenRequest request) {
                QWidget *window = this->window();
                if (request.toggleOn() && !window->isFullScreen()) {
                    m_wasMaximized = window->isMaximized();
                    window->showFullScreen();
                } else if (!request.toggleOn() && window->isFullScreen()) {
                    m_wasMaximized ? window->showMaximized() : window->showNormal();
                }
                request.accept();
            });
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) {
                qCInfo(lcScorm) << "download refused:" << download->url().toDisplayString();
                download->cancel();
            });

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_messageLabel->setObjectName(u"scormMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_timeLimit->setSingleShot(true);
    m_timeLimit->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5% early
    connect(m_timeLimit, &QTimer::timeout, this, &ScormPlayerPage::onTimeLimitReached);
    m_newAttemptButton->setObjectName(u"scormNewAttempt"_s);
    connect(m_newAttemptButton, &QPushButton::clicked, this, &ScormPlayerPage::startNewAttempt);
    m_contents->setObjectName(u"scormContents"_s);
    m_contents->setHeaderHidden(true);
    m_contents->setMinimumWidth(180);
    m_previousButton->setObjectName(u"scormPrevious"_s);
    m_nextButton->setObjectName(u"scormNext"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_newAttemptButton);
    top->addWidget(m_previousButton);
    top->addWidget(m_nextButton);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    // A large package takes a moment to unpack the first time.
    m_unpackProgress->setObjectName(u"scormUnpackProgress"_s);
    m_unpackProgress->hide();
    connect(&services.scormLessons, &ScormLessons::unpackProgressed, this,
            [this](qint64 done, qint64 total) {
                if (total <= 0)
                    return;
                m_unpackProgress->setRange(0, 1000);
                m_unpackProgress->setValue(int(double(done) / double(total) * 1000));
            });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_unpackProgress);
    layout->addWidget(splitter, 1);

    connect(m_backButton, &QPushButton::clicked, this, &ScormPlayerPage::backRequested);
    connect(m_view, &QWebEngineView::loadFinished, this, &ScormPlayerPage::scoLoaded);
    // A SCO that has not started its session some seconds after it loaded, while something it
    // wanted from outside its package was refused, most likely needs the internet (a library
    // from a web address): the learner is told, instead of facing an empty page.
    m_startCheck->setSingleShot(true);
    m_startCheck->setInterval(kStartCheckMs);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool) {
        if (!m_sco.isEmpty())
            m_startCheck->start();
    });
    connect(m_startCheck, &QTimer::timeout, this, [this] {
        const QString sco = m_sco;
        const ScormItem *item = m_session.manifest().item(sco);
        if (!item || item->scormType != ScormType::Sco
            || m_handler->refusedCount() == m_refusedAtLaunch)
            return;
        m_view->page()->runJavaScript(u"window.clikcStarted === true"_s,
                                      [this, sco](const QVariant &started) {
                                          if (sco == m_sco && !started.toBool())
                                              showNotice(tr("This part of the lesson has not "
                                                            "started: it seems to need the "
                                                            "internet, which lessons cannot use "
                                                            "here. Its other parts may work."));
                                      });
    });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString identifier = item->data(0, kIdentifierRole).toString();
        if (!identifier.isEmpty() && identifier != m_sco && m_session.manifest().choiceAllowed
            && m_session.navigation().isAvailable(identifier, m_statuses))
            launch(identifier);
    });
    auto step = [this](int delta) {
        if (m_sco.isEmpty())
            return;
        const QString target = delta > 0 ? m_session.navigation().next(m_sco, m_statuses)
                                         : m_session.navigation().previous(m_sco, m_statuses);
        if (!target.isEmpty())
            launch(target);
    };
    connect(m_previousButton, &QPushButton::clicked, this, [step] { step(-1); });
    connect(m_nextButton, &QPushButton::clicked, this, [step] { step(1); });
    retranslate();
    updateNavigation();
}

ScormPlayerPage::~ScormPlayerPage()
{
    // The page must go before the profile it was made from.
    delete m_view;
}

void ScormPlayerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScormPlayerPage::retranslate()
{
    m_backButton->setText(tr("‹ Back to the course"));
    m_backButton->setToolTip(tr("Back to the course (Alt+Left); your place in the lesson is kept"));
    m_previousButton->setText(tr("‹ Previous"));
    m_previousButton->setToolTip(tr("The previous part of the lesson"));
    m_nextButton->setText(tr("Next ›"));
    m_nextButton->setToolTip(tr("The next part of the lesson"));
    m_newAttemptButton->setText(tr("Start a new attempt"));
    updateNavigation(); // the button's tooltip depends on the attempts left
    m_contents->setToolTip(m_session.manifest().choiceAllowed
                               ? tr("The parts of this lesson: double-click one to open it")
                               : tr("The parts of this lesson, taken in order: use Next ›"));
    m_unpackProgress->setFormat(tr("Preparing the lesson… %p%"));
    m_unpackProgress->setTextVisible(true);
}

void ScormPlayerPage::showError(const QString &message)
{
    m_messageLabel->setStyleSheet(u"color: #b00020;"_s);
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

void ScormPlayerPage::openActivity(const Activity &activity)
{
    stop();
    const quint64 generation = ++m_generation;
    m_activity = activity;
    m_session = ScormSession();
    m_statuses.clear();
    m_newAttempt = 0;
    m_attemptsUsed = 0;
    m_reviewOnly.clear();
    m_contents->clear();
    m_messageLabel->hide();
    m_titleLabel->setText(activity.title.text(m_services.languages.language()));
    m_services.scormLessons.openScorm(activity.id)
        .then(this, [this, generation](const ScormLessons::ScormLesson &lesson) {
            if (generation != m_generation)
                return;
            if (!lesson.ok()) {
                showError(lesson.error.message());
                return;
            }
            m_activity = lesson.activity;
            m_session = ScormSession(lesson.manifest);
            m_handler->setPackage(m_activity);
            std::function<void(QTreeWidgetItem *, const QList<ScormItem> &)> fill;
            fill = [&](QTreeWidgetItem *parent, const QList<ScormItem> &items) {
                for (const ScormItem &item : items) {
                    if (!item.isVisible)
                        continue;
                    auto *node
                        = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_contents);
                    node->setText(0, item.title);
                    if (item.isLaunchable())
                        node->setData(0, kIdentifierRole, item.identifier);
                    fill(node, item.children);
                }
            };
            fill(nullptr, m_session.manifest().items);
            m_contents->expandAll();
            retranslate(); // the contents' tooltip depends on the package
            updateStates(true);
            Q_EMIT activityOpened(m_activity.id);
        });
}

void ScormPlayerPage::stop(int waitMs)
{
    ++m_generation;
    m_timeLimit->stop();
    m_startCheck->stop();
    m_view->page()->triggerAction(QWebEnginePage::ExitFullScreen);
    if (m_sco.isEmpty())
        return;
    // The lesson's session ends: a lesson that did not finish itself is finished by its own API
    // object, so that its time and its place are kept.
    const QString sco = m_sco;
    // Shared: the page's answer may come after this function returned.
    auto loop = std::make_shared<QEventLoop>();
    auto handedOver = std::make_shared<bool>(false);
    if (waitMs > 0) {
        connect(this, &ScormPlayerPage::saved, loop.get(),
                [loop, handedOver, sco](const QString &savedSco, bool finished) {
                    if (finished && savedSco == sco) {
                        *handedOver = true;
                        loop->quit();
                    }
                });
    }
    // First the lesson's frame goes, so that its own beforeunload and unload handlers run while
    // the API is there (many set cmi.core.exit to "suspend" and finish there). Then, if the
    // lesson has not finished, the API finishes it. "true": a finish was handed over.
    m_view->page()->runJavaScript(
        u"(function () { window.clikcStopping = true;\n"
        "var frame = document.getElementById(\"sco\");\n"
        "try { frame.contentWindow.dispatchEvent(new Event(\"beforeunload\")); } catch (e) {}\n"
        "try { frame.remove(); } catch (e) {}\n"
        "if (window.clikcFinished) { return \"true\"; }\n"
        "try { if (window.API) { return window.API.LMSFinish(\"\"); }\n"
        "if (window.API_1484_11) { return window.API_1484_11.Terminate(\"\"); } }\n"
        "catch (e) {} return \"false\"; })()"_s,
        [loop](const QVariant &result) {
            // "false": the lesson had finished already, nothing more will come.
            if (result.toString() != u"true"_s)
                loop->quit();
        });
    m_sco.clear();
    updateNavigation();
    if (waitMs > 0 && !*handedOver) {
        QTimer::singleShot(waitMs, loop.get(), &QEventLoop::quit);
        loop->exec();
    }
}

void ScormPlayerPage::startNewAttempt()
{
    if (m_sco.isEmpty())
        return;
    stop(); // the attempt so far is kept as it is
    const qint64 activityId = m_activity.id;
    m_services.scormLessons.scormAttempts(m_services.profileId, activityId)
        .then(this, [this, activityId](const QList<ScormAttempt> &attempts) {
            if (activityId != m_activity.id)
                return;
            int last = std::max(m_attempt, m_newAttempt);
            for (const auto &attempt : attempts)
                last = std::max(last, attempt.attempt);
            if (m_activity.maxAttempts > 0 && last >= m_activity.maxAttempts) {
                // The site's limit: the learner may still review the last attempt.
                showNotice(attemptLimitText());
                if (const QString first = m_session.navigation().first(m_statuses);
                    !first.isEmpty())
                    launch(first);
                return;
            }
            m_newAttempt = last + 1;
            m_statuses.clear(); // nothing of the new attempt is done yet
            if (const QString first = m_session.navigation().first(m_statuses); !first.isEmpty())
                launch(first);
            showNotice(tr("Attempt %1 started. Your earlier attempts and their results are kept.")
                           .arg(m_newAttempt));
        });
}

QString ScormPlayerPage::attemptLimitText() const
{
    return tr("This lesson allows %n attempt(s), and all of them have been used.", "",
              m_activity.maxAttempts);
}

void ScormPlayerPage::startTimeLimit(const ScormItem &item, const QJsonObject &stored)
{
    m_timeLimit->stop();
    const auto allowed = ScormManifest::durationMs(item.maxTimeAllowed);
    if (!allowed || *allowed <= 0)
        return;
    const QString total = stored.value(u"cmi.core.total_time"_s).toString()
                          + stored.value(u"cmi.total_time"_s).toString();
    const qint64 used = ScormManifest::durationMs(total).value_or(0);
    m_timeLimitAction = item.timeLimitAction.isEmpty() ? u"continue,no message"_s
                                                       : item.timeLimitAction.trimmed().toLower();
    m_timeLimit->start(int(std::clamp<qint64>(*allowed - used, 0, 24LL * 3600 * 1000)));
}

void ScormPlayerPage::onTimeLimitReached()
{
    const bool message = !m_timeLimitAction.endsWith(u"no message"_s);
    if (m_timeLimitAction.startsWith(u"exit"_s)) {
        // The lesson asked to be ended when its time is up: its session ends (and is kept), and
        // the learner can read why.
        stop(); // the lesson's frame goes with its session
        if (message)
            showError(tr("The time allowed for this part of the lesson is over. What you did is "
                         "kept."));
    } else if (message) {
        showNotice(tr("The time allowed for this part of the lesson is over. You may finish it."));
    }
}

void ScormPlayerPage::showNotice(const QString &message)
{
    showError(message);
    m_messageLabel->setStyleSheet(QString());
}

void ScormPlayerPage::closeLesson()
{
    if (m_sco.isEmpty())
        return;
    stop();
    Q_EMIT backRequested();
}

void ScormPlayerPage::onPartEnded(const QString &sco)
{
    if (sco.isEmpty() || sco != m_sco)
        return; // a session the player ended itself, or one the learner has left
    const quint64 generation = m_generation;
    const qint64 activityId = m_activity.id;
    // The part's own end was saved before (the library keeps requests in order): its result may
    // open the parts that require it.
    m_services.scormLessons.scormAttempts(m_services.profileId, activityId)
        .then(this, [this, sco, generation](const QList<ScormAttempt> &attempts) {
            if (generation != m_generation || sco != m_sco)
                return;
            m_statuses = ScormSession::statusesOf(attempts, m_newAttempt);
            const ScormNavigation::Step step
                = m_session.navigation().afterFinish(sco, m_activity.autoContinue, m_statuses);
            switch (step.action) {
            case ScormNavigation::Action::Next:
                launch(step.target);
                break;
            case ScormNavigation::Action::Course:
                closeLesson();
                break;
            case ScormNavigation::Action::Stay:
                updateNavigation();
                if (m_session.manifest().version == ScormVersion::Scorm12)
                    showNotice(tr("This part of the lesson is finished. Choose Next › to go on."));
                break;
            }
        });
}

void ScormPlayerPage::launch(const QString &itemIdentifier)
{
    const ScormItem *item = m_session.manifest().item(itemIdentifier);
    if (!item || !item->isLaunchable())
        return;
    if (!m_sco.isEmpty())
        stop();
    const quint64 generation = ++m_generation;
    m_sco = itemIdentifier;
    m_refusedAtLaunch = m_handler->refusedCount();
    updateNavigation();
    const ScormItem launched = *item;
    const qint64 profileId = m_services.profileId;
    const qint64 activityId = m_activity.id;
    m_services.scormLessons.scormAttempt(profileId, activityId, itemIdentifier)
        .then(this, [this, generation, launched, profileId,
                     activityId](const ScormAttempt &attempt) {
            if (generation != m_generation)
                return;
            // Every part's attempts too: the shared data stores (adl.data) hold what any part
            // wrote last.
            m_services.scormLessons.scormAttempts(profileId, activityId)
                .then(this, [this, generation, launched, attempt](const QList<ScormAttempt> &all) {
                    if (generation == m_generation)
                        begin(launched, attempt, all);
                });
        });
}

void ScormPlayerPage::begin(const ScormItem &launched, const ScormAttempt &attempt,
                            const QList<ScormAttempt> &all)
{
    // After "Start a new attempt", every part starts that attempt afresh.
    const bool fresh = m_newAttempt > attempt.attempt;
    m_attempt = fresh ? m_newAttempt : attempt.attempt;
    QJsonObject stored = fresh ? QJsonObject{} : attempt.data;
    // An attempt that ended is reviewed: the lesson shows it, nothing is kept.
    const bool reviewing = !fresh && attempt.ended;
    if (!fresh)
        m_messageLabel->hide();
    if (reviewing) {
        m_reviewOnly.insert(reviewKey(launched.identifier, m_attempt));
        showNotice(tr("You are reviewing attempt %1, which is over: nothing you do now "
                      "changes its result. To try again, choose Start a new attempt.")
                       .arg(m_attempt));
    }
    // An asset has no API to report with: opening it completes it, as on the site. If its page
    // opens a session all the same, that session starts completed (and stays so, onLessonData).
    if (launched.scormType == ScormType::Asset && !reviewing) {
        const QJsonObject completed = ScormRules::assetCompletion(m_session.manifest().version);
        if (!scormIsDone(stored))
            onLessonData(u"finish"_s, QJsonObject{{u"sco"_s, launched.identifier},
                                                  {u"attempt"_s, m_attempt},
                                                  {u"values"_s, completed}});
        for (auto it = completed.begin(); it != completed.end(); ++it) {
            if (!stored.contains(it.key()))
                stored.insert(it.key(), it.value());
        }
        stored = ScormRules::keepAssetCompleted(stored, m_session.manifest().version);
    }
    const QJsonObject state
        = m_session.launchState(launched, learnerName(), m_statuses, stored, reviewing, all);
    if (!reviewing)
        startTimeLimit(launched, stored);
    QFile runtime(u":/scorm/scorm-runtime.js"_s);
    QFile script(u":/scorm/player.js"_s);
    QFile channel(u":/qtwebchannel/qwebchannel.js"_s);
    if (!runtime.open(QIODevice::ReadOnly) || !script.open(QIODevice::ReadOnly)
        || !channel.open(QIODevice::ReadOnly)) {
        showError(tr("The lesson player is incomplete: reinstall the application."));
        return;
    }
    m_handler->setGenerated(u"scorm-runtime.js"_s, "text/javascript", runtime.readAll());
    m_handler->setGenerated(u"player.js"_s, "text/javascript", script.readAll());
    m_handler->setGenerated(u"qwebchannel.js"_s, "text/javascript", channel.readAll());
    m_handler->setGenerated(u"player.html"_s, "text/html",
                            m_session.playerPage(launched, m_attempt, state));
    m_view->setUrl(
        m_handler->urlOf(ContentSchemeHandler::kGeneratedFolder.toString() + u"player.html"_s));
}

QString ScormPlayerPage::learnerName() const
{
    const QString username = m_services.account.username();
    return username.isEmpty() ? tr("Learner") : username;
}

void ScormPlayerPage::onLessonData(const QString &kind, const QJsonObject &message)
{
    QJsonObject values = message.value(u"values"_s).toObject();
    if (kind == u"nav"_s) {
        using Kind = ScormSession::Request::Kind;
        const auto request = m_session.navigationRequest(values.value(u"request"_s).toString());
        switch (request.kind) {
        case Kind::Ended: {
            const QString sco = message.value(u"sco"_s).toString();
            QMetaObject::invokeMethod(
                this, [this, sco] { onPartEnded(sco); }, Qt::QueuedConnection);
            break;
        }
        case Kind::Continue:
            m_nextButton->click();
            break;
        case Kind::Previous:
            m_previousButton->click();
            break;
        case Kind::Close:
            QMetaObject::invokeMethod(this, &ScormPlayerPage::closeLesson, Qt::QueuedConnection);
            break;
        case Kind::Open:
            QMetaObject::invokeMethod(
                this, [this, target = request.target] { launch(target); }, Qt::QueuedConnection);
            break;
        case Kind::Ignored:
            break;
        }
        return;
    }
    const QString sco = message.value(u"sco"_s).toString();
    const int attempt = message.value(u"attempt"_s).toInt();
    if ((kind != u"commit"_s && kind != u"finish"_s) || sco.isEmpty() || attempt < 1
        || !m_session.manifest().item(sco))
        return;
    const bool finished = kind == u"finish"_s;
    if (m_reviewOnly.contains(reviewKey(sco, attempt))) {
        Q_EMIT saved(sco, finished); // nothing to keep, and no one should wait for it
        return;
    }
    if (m_session.manifest().item(sco)->scormType == ScormType::Asset)
        values = ScormRules::keepAssetCompleted(values, m_session.manifest().version);
    m_services.scormLessons
        .saveScormAttempt(m_services.profileId, m_activity.id, sco, attempt, values, finished)
        .then(this, [this, sco, finished](const LibraryError &error) {
            if (error.isError())
                showError(
                    tr("Your progress in this lesson could not be saved: %1").arg(error.message()));
            updateStates();
            Q_EMIT saved(sco, finished);
        });
}

void ScormPlayerPage::updateStates(bool openFirst)
{
    const qint64 activityId = m_activity.id;
    m_services.scormLessons.scormAttempts(m_services.profileId, activityId)
        .then(this, [this, activityId, openFirst](const QList<ScormAttempt> &attempts) {
            if (activityId != m_activity.id)
                return;
            QHash<QString, ScormAttempt> latest;
            m_attemptsUsed = 0;
            for (const auto &attempt : attempts) {
                latest.insert(attempt.sco, attempt); // ordered by attempt: the last wins
                m_attemptsUsed = std::max(m_attemptsUsed, attempt.attempt);
            }
            m_statuses = ScormSession::statusesOf(attempts, m_newAttempt);
            if (openFirst && m_sco.isEmpty()) {
                if (const QString first = m_session.navigation().first(m_statuses);
                    !first.isEmpty())
                    launch(first);
            }
            updateNavigation();
            for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
                const QString id = (*it)->data(0, kIdentifierRole).toString();
                if (id.isEmpty())
                    continue;
                // A SCORM 1.2 part whose prerequisites are not met is listed, but cannot be
                // opened yet, as on the site.
                const bool available = m_session.navigation().isAvailable(id, m_statuses);
                (*it)->setDisabled(!available);
                const QString locked
                    = available
                          ? QString()
                          : tr("Not available yet: first finish the parts it depends on") + u"\n"_s;
                const auto found = latest.constFind(id);
                if (found == latest.cend()) {
                    (*it)->setIcon(0, {});
                    (*it)->setToolTip(0, locked + tr("Not started"));
                    continue;
                }
                const QJsonObject &d = found->data;
                const bool done = scormIsDone(d);
                const bool failed = scormIsFailed(d);
                const auto score = scormScorePercent(d);
                QString tip = failed ? tr("Not passed")
                              : done ? tr("Completed")
                                     : tr("Started: you can continue where you left it");
                if (score)
                    tip += u" · "_s + tr("score %1").arg(QLocale().toString(qRound(*score)));
                (*it)->setToolTip(0, locked + tip);
                (*it)->setIcon(0, QIcon(done && !failed ? u":/icons/completed.svg"_s
                                        : failed        ? u":/icons/failed.svg"_s
                                                        : u":/icons/partial.svg"_s));
            }
        });
}

void ScormPlayerPage::updateNavigation()
{
    const bool playing = !m_sco.isEmpty() && m_session.manifest().item(m_sco);
    m_previousButton->setEnabled(playing
                                 && !m_session.navigation().previous(m_sco, m_statuses).isEmpty());
    const bool limitReached = m_activity.maxAttempts > 0
                              && std::max(m_attemptsUsed, m_attempt) >= m_activity.maxAttempts;
    m_newAttemptButton->setEnabled(playing && !limitReached);
    m_newAttemptButton->setToolTip(limitReached
                                       ? attemptLimitText()
                                       : tr("Start the lesson again from the beginning; your "
                                            "earlier attempts and their results are kept"));
    m_nextButton->setEnabled(playing && !m_session.navigation().next(m_sco, m_statuses).isEmpty());
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        QFont font = (*it)->font(0);
        font.setBold((*it)->data(0, kIdentifierRole).toString() == m_sco && !m_sco.isEmpty());
        (*it)->setFont(0, font);
    }
}

void ScormPlayerPage::leave(int waitMs)
{
    stop(waitMs);
}

} // namespace clikc

#include "scormplayerpage.moc"
