#include "autodownloader.h"

#include "accountservice.h"
#include "downloadmanager.h"
#include "library/coursequeries.h"

#include <QLoggingCategory>

namespace clikc {
namespace {

Q_LOGGING_CATEGORY(lcAuto, "clikc.autodownload")

constexpr qint64 kLongestSleepMs = 30 * 1000;

} // namespace

AutoDownloader::AutoDownloader(DownloadManager &downloads, CourseQueries &courses,
                               AccountService &account, std::function<qint64()> profileId,
                               QObject *parent)
    : QObject(parent)
    , m_downloads(downloads)
    , m_courses(courses)
    , m_account(account)
    , m_profileId(std::move(profileId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoDownloader::tick);
}

void AutoDownloader::setSchedule(bool enabled, const QString &window)
{
    m_enabled = enabled;
    m_window = SyncWindow::parse(window);
    m_open.reset(); // judged afresh: a new window may be open now
    tick();
}

void AutoDownloader::tick()
{
    m_timer.stop();
    if (!m_enabled || !m_window) {
        if (m_pausedByUs)
            m_downloads.resumeAll();
        m_pausedByUs = false;
        m_inWindow = false;
        m_open.reset();
        return;
    }
    const QDateTime now = Clock::now();
    const bool open = m_window->contains(now);
    if (!m_open || *m_open != open) {
        m_open = open;
        m_inWindow = open;
        qCInfo(lcAuto) << "the hours" << m_window->toString() << (open ? "started" : "ended");
        if (open) {
            if (m_pausedByUs)
                m_downloads.resumeAll();
            m_pausedByUs = false;
            queueEverything();
        } else {
            m_downloads.pauseAll();
            m_pausedByUs = true;
        }
        Q_EMIT windowChanged(open);
    }
    // Woken when the hours change, and at least every half minute (a clock set forward, a
    // computer that slept through the hour).
    const qint64 untilChange = open ? m_window->msUntilClose(now) : m_window->msUntilOpen(now);
    const qint64 realMs = untilChange < 0 ? kLongestSleepMs : Clock::realMs(untilChange) + 20;
    m_timer.start(int(qMin(realMs, kLongestSleepMs)));
}

void AutoDownloader::queueEverything()
{
    m_courses.courses(m_profileId()).then(this, [this](const QList<CourseSummary> &courses) {
        if (!m_inWindow)
            return;
        for (const CourseSummary &course : courses) {
            const bool ours = (m_account.state() == AccountService::State::SignedIn
                               && course.sourceId == m_account.sourceId())
                              || course.sourceKind == SourceKind::Mirror;
            if (ours && course.readyFileCount < course.fileCount)
                m_downloads.enqueueCourse(course.id);
        }
    });
}

} // namespace clikc
