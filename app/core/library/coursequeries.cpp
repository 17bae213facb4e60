#include "coursequeries.h"

#include "libraryworker.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "storage/uploadrepository.h"

namespace clikc {

QFuture<QList<CourseSummary>> CourseQueries::courses(qint64 profileId)
{
    return m_worker.run([this, profileId] {
        return CourseRepository(m_worker.database().connection()).summaries(profileId);
    });
}

QFuture<std::optional<Course>> CourseQueries::course(qint64 courseId)
{
    return m_worker.run([this, courseId] {
        return CourseRepository(m_worker.database().connection()).course(courseId);
    });
}

QFuture<std::optional<Activity>> CourseQueries::activity(qint64 activityId)
{
    return m_worker.run([this, activityId] {
        return CourseRepository(m_worker.database().connection()).activity(activityId);
    });
}

QFuture<CourseQueries::CoursePage> CourseQueries::coursePage(qint64 profileId, qint64 courseId)
{
    return m_worker.run([this, profileId, courseId] {
        QSqlDatabase db = m_worker.database().connection();
        CoursePage page;
        page.course = CourseRepository(db).course(courseId);
        if (page.course) {
            page.completed = ProgressRepository(db).completions(profileId, courseId);
            page.scorm = ScormRepository(db).results(profileId, courseId);
        }
        return page;
    });
}

CourseQueries::Stats CourseQueries::statsOn(QSqlDatabase db, qint64 profileId)
{
    Stats stats;
    stats.courses = CourseRepository(db).count();
    const BlobRepository::Totals blobs = BlobRepository(db).totals();
    stats.blobs = blobs.count;
    stats.bytes = blobs.bytes;
    stats.pendingUploads = UploadRepository(db).counts(profileId).pending;
    return stats;
}

QFuture<CourseQueries::Stats> CourseQueries::stats(qint64 profileId)
{
    return m_worker.run(
        [this, profileId] { return statsOn(m_worker.database().connection(), profileId); });
}

void CourseQueries::prefetchLibrary(qint64 profileId)
{
    m_prefetched = library(profileId);
    m_prefetchedProfile = profileId;
}

QFuture<CourseQueries::Library> CourseQueries::library(qint64 profileId)
{
    // Taken over once: a write queued since is followed by libraryChanged, and a read then.
    if (m_prefetched.isValid() && m_prefetchedProfile == profileId) {
        QFuture<Library> prefetched = std::exchange(m_prefetched, {});
        return prefetched;
    }
    return m_worker.run([this, profileId] {
        QSqlDatabase db = m_worker.database().connection();
        CourseRepository courses(db);
        // The overview kept at the last read when nothing changed since (a start, usually):
        // 1,000 rows read instead of 20,000 files added up. Otherwise it is read, and kept for
        // the next time — at most every half minute, as a sync changes it all the time.
        std::optional<CourseRepository::Overview> overview = courses.keptOverview(profileId);
        if (!overview) {
            const bool keep = !m_keptClock.isValid() || m_keptClock.elapsed() >= 30 * 1000;
            overview = courses.readOverview(profileId, keep);
            if (keep)
                m_keptClock.start();
        }
        Library library;
        library.courses = std::move(overview->courses);
        library.stats.courses = overview->courseCount;
        library.stats.blobs = overview->blobCount;
        library.stats.bytes = overview->blobBytes;
        library.stats.pendingUploads = UploadRepository(db).counts(profileId).pending;
        return library;
    });
}

QFuture<CourseQueries::Library> CourseQueries::library(qint64 profileId,
                                                       const QList<qint64> &courseIds)
{
    return m_worker.run([this, profileId, courseIds] {
        QSqlDatabase db = m_worker.database().connection();
        return Library{CourseRepository(db).summaries(profileId, courseIds),
                       statsOn(db, profileId)};
    });
}

} // namespace clikc
