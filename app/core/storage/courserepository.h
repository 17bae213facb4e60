#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QSqlDatabase>
#include <optional>

namespace clikc {

// Courses, their sections, activities and file records. Used on whichever thread owns `db`.
class CourseRepository final
{
public:
    explicit CourseRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts or updates the course (matched by source and remote id) with its whole structure;
    // sections, activities and files that the new structure no longer has are deleted, but what
    // learners did on such an activity (progress, SCORM attempts) is kept aside and given back
    // when the source lists that activity again. Ids in `course` are filled in. Call inside a
    // transaction.
    StorageError save(Course &course);

    std::optional<Course> course(qint64 id);
    std::optional<qint64> idOf(qint64 sourceId, const QString &remoteId);
    // Every course (or only those in `only`), with the profile's figures.
    // The courses of a site (`sourceId`) the site lists for the learner, and no others of it:
    // the learner sees a site's course only when it is theirs.
    StorageError setLearnerCourses(qint64 profileId, qint64 sourceId,
                                   const QList<qint64> &courseIds);
    StorageError addLearnerCourses(qint64 profileId, const QList<qint64> &courseIds);
    // The courses the learner took from the site's catalogue without being enrolled (the
    // site's ids), in the order they were taken.
    QStringList pickedCourses(qint64 profileId, qint64 sourceId);
    StorageError pickCourse(qint64 profileId, qint64 sourceId, const QString &remoteId,
                            qint64 atSecs);
    // No longer one of theirs: out of the catalogue picks and of their courses (the content
    // stays on this computer, as for a course the site stops listing).
    StorageError unpickCourse(qint64 profileId, qint64 sourceId, const QString &remoteId);
    // A site's course brought in from a mirror: every learner of the library sees it, whatever
    // the site lists for them (a sync from the site keeps the mark).
    StorageError markFromMirror(qint64 courseId);
    QList<CourseSummary> summaries(qint64 profileId, const QList<qint64> &only = {});
    std::optional<Activity> activity(qint64 id);
    qint64 courseIdOfActivity(qint64 activityId);
    int count();

    // The whole library as a profile's list shows it, with the totals beside it.
    struct Overview
    {
        QList<CourseSummary> courses;
        int courseCount = 0;
        int blobCount = 0;
        qint64 blobBytes = 0;
        bool operator==(const Overview &) const = default;
    };
    // The overview kept by the last keepOverview() when nothing it shows has changed since
    // (every write that could change it deletes it: schema 13's triggers); nothing otherwise,
    // or when what is kept cannot be read.
    std::optional<Overview> keptOverview(qint64 profileId);
    // Reads the overview and, when `keep`, keeps it for keptOverview() — only if no other
    // connection wrote in between (read and kept in one transaction; a write that came between
    // makes the keeping fail, and it is simply not kept).
    Overview readOverview(qint64 profileId, bool keep);

    // Marks every file of the course as no longer on this machine. The blobs stay until
    // garbage collection finds them unreferenced.
    StorageError dropContent(qint64 courseId);
    // Deletes the course and everything under it, progress included.
    StorageError remove(qint64 courseId);

private:
    StorageError saveSection(qint64 courseId, Section &section, QList<qint64> &keptActivities);
    StorageError saveActivity(qint64 courseId, qint64 sectionId, Activity &activity);
    StorageError saveFile(qint64 activityId, FileEntry &file);
    StorageError restoreKeptProgress(qint64 courseId);
    QList<FileEntry> filesOf(qint64 activityId);

    QSqlDatabase m_db;
};

} // namespace clikc
