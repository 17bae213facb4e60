#pragma once

#include "domain/scorm.h"
#include "domain/types.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace clikc {

class LibraryWorker;

// What the library holds, read for the pages, the models and the command line.
class CourseQueries final
{
public:
    explicit CourseQueries(LibraryWorker &worker)
        : m_worker(worker)
    {}

    QFuture<QList<CourseSummary>> courses(qint64 profileId);
    QFuture<std::optional<Course>> course(qint64 courseId);
    QFuture<std::optional<Activity>> activity(qint64 activityId);

    // Everything a course page shows, in one read: the course, which activities the learner
    // completed, and how each SCORM lesson went.
    struct CoursePage
    {
        std::optional<Course> course;
        QHash<qint64, bool> completed;
        QHash<qint64, ScormResult> scorm;
    };
    QFuture<CoursePage> coursePage(qint64 profileId, qint64 courseId);

    struct Stats
    {
        int courses = 0;
        int blobs = 0;
        qint64 bytes = 0;
        int pendingUploads = 0;
    };
    QFuture<Stats> stats(qint64 profileId);

    // Everything the library page and the status bar show, in one read.
    struct Library
    {
        QList<CourseSummary> courses;
        Stats stats;
    };
    QFuture<Library> library(qint64 profileId);
    // Starts reading the library of `profileId` now, for the next library(profileId) to take
    // over: a start reads it while the window is being built. Call from the thread that will
    // call library().
    void prefetchLibrary(qint64 profileId);
    // The same for only these courses (those gone are not in it), with the whole library's
    // totals.
    QFuture<Library> library(qint64 profileId, const QList<qint64> &courseIds);

private:
    static Stats statsOn(QSqlDatabase db, qint64 profileId);

    LibraryWorker &m_worker;
    QElapsedTimer m_keptClock; // when the overview was last kept (the worker's thread only)
    qint64 m_prefetchedProfile = 0;
    QFuture<Library> m_prefetched;
};

} // namespace clikc
