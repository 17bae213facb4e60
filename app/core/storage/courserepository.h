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
    QList<CourseSummary> summaries(qint64 profileId, const QList<qint64> &only = {});
    std::optional<Activity> activity(qint64 id);
    qint64 courseIdOfActivity(qint64 activityId);
    int count();

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
