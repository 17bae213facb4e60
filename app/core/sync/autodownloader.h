#pragma once

#include "util/syncwindow.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace clikc {

class AccountService;
class CourseQueries;
class DownloadManager;

// The window's Download automatically: in the hours given (the same form as clikc sync
// --window), every course of the signed-in site and of the course sources that is not entirely
// on this computer is queued when the hours start; when they end every download is paused, and
// carries on when they start again (a course the learner downloads meanwhile goes at once: their
// own choice). Off by default; the bandwidth cap and the files at once
// are the Downloads page's own. Follows Clock (an injected clock in tests). GUI thread.
class AutoDownloader final : public QObject
{
    Q_OBJECT

public:
    AutoDownloader(DownloadManager &downloads, CourseQueries &courses, AccountService &account,
                   std::function<qint64()> profileId, QObject *parent = nullptr);

    // `window` "22:00-06:00"; off: nothing is paused or queued by it any more (what it paused
    // carries on).
    void setSchedule(bool enabled, const QString &window);
    bool inWindow() const { return m_inWindow; }

Q_SIGNALS:
    // The hours started (true) or ended (false).
    void windowChanged(bool open);

private:
    void tick();
    void queueEverything();

    DownloadManager &m_downloads;
    CourseQueries &m_courses;
    AccountService &m_account;
    std::function<qint64()> m_profileId;
    QTimer m_timer;
    bool m_enabled = false;
    std::optional<SyncWindow> m_window;
    std::optional<bool> m_open; // as last seen; nothing before the first tick
    bool m_inWindow = false;
    bool m_pausedByUs = false;
};

} // namespace clikc
