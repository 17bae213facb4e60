#pragma once

#include "activitypage.h"

#include "content/scormmanifest.h"
#include "content/scormsession.h"
#include "domain/scorm.h"
#include "domain/types.h"

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace clikc {

class AccountService;
class ContentStore;
class LanguageManager;
class ScormLessons;
class ContentSchemeHandler;
class ScormBridge;

// The SCORM player: a lesson's table of contents, and each SCO in the sandboxed web view, served
// from the content store through its own origin (clikc-content://a<activity>/). The SCO runs in
// a frame of a page the application makes, which holds the run-time API (window.API for 1.2,
// window.API_1484_11 for 2004, from scorm-runtime.js) so that lessons find it in a parent frame;
// every Commit and the end of the session are handed over QWebChannel to the library, which keeps
// them and queues them for the site. Alerts, new windows, downloads and navigation away are
// handled here and never block the application. The way through the package (which parts the
// contents show, what ‹ Previous and Next › reach, what follows a part the lesson ended itself)
// is ScormNavigation's; when nothing follows, backRequested takes the learner to the course.
// GUI thread.
class ScormPlayerPage final : public ActivityPage
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        AccountService &account;
        LanguageManager &languages;
        qint64 profileId;
        ScormLessons &scormLessons;
        ContentStore &store;
    };

    explicit ScormPlayerPage(const Services &services, QWidget *parent = nullptr);
    ~ScormPlayerPage() override;
    Q_DISABLE_COPY_MOVE(ScormPlayerPage)

    // activityOpened once the package was unpacked and its manifest accepted (a package refused
    // as unsafe or unreadable never opens, and so never counts as viewed).
    void openActivity(const Activity &activity) override;
    void leave(int waitMs = 0) override;
    // Ends the open SCO's session: its own API object finishes it, and what it hands over is
    // kept. With `waitMs` > 0 (the application is closing), waits that long at most for it.
    void stop(int waitMs = 0);
    QWebEngineView *view() const { return m_view; }
    ContentSchemeHandler *handler() const { return m_handler; }
    QTreeWidget *contents() const { return m_contents; }
    QString currentSco() const { return m_sco; }
    // How long after a SCO loaded the player checks that it started its session.
    static constexpr int kStartCheckMs = 8000;

Q_SIGNALS:
    // The SCO's page finished loading.
    void scoLoaded(bool ok);
    // The library kept what the lesson handed over (a Commit or the end of a session).
    void saved(const QString &sco, bool finished);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ScormBridge;
    void retranslate();
    void showError(const QString &message);
    void launch(const QString &itemIdentifier);
    // The lesson closed its window: its session ends and the learner is back at the course.
    void closeLesson();
    // The lesson ended the session of `sco` by itself and nothing followed in its frame: the
    // next part opens, or the learner goes back to the course, as Moodle's player does.
    void onPartEnded(const QString &sco);
    // Ends the session and starts the package again as a new attempt, from its first part.
    void startNewAttempt();
    // Applies the item's time limit (max_time_allowed, less the time already spent).
    void startTimeLimit(const ScormItem &item, const QJsonObject &stored);
    void onTimeLimitReached();
    void showNotice(const QString &message);
    QString attemptLimitText() const;
    void onLessonData(const QString &kind, const QJsonObject &message);
    void updateNavigation();
    // Reads the parts' results again: the contents' icons, what may be opened, the buttons.
    // With `openFirst`, then opens the first part the learner may open.
    void updateStates(bool openFirst = false);
    // The learner's name as the lesson is told it.
    QString learnerName() const;
    // Opens the SCO for `attempt` (the latest, or a new one) in the view.
    void begin(const ScormItem &launched, const ScormAttempt &attempt,
               const QList<ScormAttempt> &all);

    Services m_services;
    ContentSchemeHandler *m_handler;
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
    QWebChannel *m_channel;
    ScormBridge *m_bridge;
    QPushButton *m_backButton;
    QLabel *m_titleLabel;
    QLabel *m_messageLabel;
    QProgressBar *m_unpackProgress;
    QTreeWidget *m_contents;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_newAttemptButton;
    QTimer *m_timeLimit;
    QTimer *m_startCheck;
    int m_refusedAtLaunch = 0;
    QString m_timeLimitAction;
    Activity m_activity;
    ScormSession m_session; // the package's manifest, its flow and the session's rules
    ScormNavigation::Statuses m_statuses; // as last read
    QString m_sco;
    int m_attempt = 1;
    int m_newAttempt = 0;   // set by "Start a new attempt": the attempt every part starts
    int m_attemptsUsed = 0; // the highest attempt of any part, as stored
    // SCO and attempt of the sessions that only review an attempt that is over.
    QSet<QString> m_reviewOnly;
    bool m_wasMaximized = false; // before a lesson asked for the full screen
    static QString reviewKey(const QString &sco, int attempt)
    {
        return sco + u'\n' + QString::number(attempt);
    }
    quint64 m_generation = 0;
};

} // namespace clikc
