#include "courserepository.h"

#include "blobrepository.h"

#include "sqlutil.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

// Deletes the children of `parentId` in `table` whose id is not in `keep`.
StorageError deleteOthers(QSqlDatabase &db, const QString &table, const QString &parentColumn,
                          qint64 parentId, const QList<qint64> &keep)
{
    sql::Query q(db);
    const QString sql = u"DELETE FROM %1 WHERE %2 = ? AND id NOT IN (%3)"_s.arg(table, parentColumn,
                                                                                sql::idList(keep));
    return sql::run(q, sql, {parentId});
}

} // namespace

StorageError CourseRepository::save(Course &course)
{
    sql::Query q(m_db);
    const QVariant i18n
        = sql::i18nColumn({{u"title"_s, &course.title}, {u"summary"_s, &course.summary}});
    if (!sql::exec(
            q,
            u"INSERT INTO courses (source_id, remote_id, short_name, title, summary, i18n, "
            "language, time_modified, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source_id, remote_id) DO UPDATE SET short_name = excluded.short_name, "
            "title = excluded.title, summary = excluded.summary, i18n = excluded.i18n, "
            "language = excluded.language, time_modified = excluded.time_modified "
            "RETURNING id"_s,
            {course.sourceId, course.remoteId, course.shortName, course.title.defaultText(),
             course.summary.defaultText(), i18n, sql::nullIfEmpty(course.language),
             course.timeModified, sql::now()})
        || !q.next()) {
        return sql::failure(q);
    }
    course.id = q.value(0).toLongLong();
    q.finish();

    QList<qint64> kept;
    QList<qint64> keptActivities;
    for (Section &section : course.sections) {
        if (auto error = saveSection(course.id, section, keptActivities); error.isError())
            return error;
        kept.append(section.id);
    }
    // Activities go only once every section is saved: one that moved to another section was
    // moved, not deleted, and keeps the learners' progress.
    const QString gone = u"SELECT a.id FROM activities a JOIN sections s ON s.id = a.section_id "
                         "WHERE s.course_id = %1 AND a.id NOT IN (%2)"_s.arg(
                             QString::number(course.id), sql::idList(keptActivities));
    // What learners did on an activity the source no longer lists is kept aside, not deleted.
    if (!sql::exec(
            q,
            u"INSERT INTO kept_progress (profile_id, source_id, course_remote_id, "
            "activity_remote_id, kind, data, kept_at) "
            "SELECT p.profile_id, c.source_id, c.remote_id, a.remote_id, 'progress', "
            "json_object('position_ms', p.position_ms, 'duration_ms', p.duration_ms, "
            "'watched_ms', p.watched_ms, 'seen_ranges', p.seen_ranges, 'completed', p.completed, "
            "'completed_at', p.completed_at, 'updated_at', p.updated_at, 'server_state', "
            "p.server_state, 'server_time_completed', p.server_time_completed, "
            "'server_known_at', p.server_known_at), ? "
            "FROM progress p JOIN activities a ON a.id = p.activity_id "
            "JOIN sections s ON s.id = a.section_id JOIN courses c ON c.id = s.course_id "
            "WHERE a.id IN (%1)"_s.arg(gone),
            {sql::now()})
        || !sql::exec(q,
                      u"INSERT INTO kept_progress (profile_id, source_id, course_remote_id, "
                      "activity_remote_id, kind, data, kept_at) "
                      "SELECT t.profile_id, c.source_id, c.remote_id, a.remote_id, 'scorm', "
                      "json_object('sco', t.sco, 'attempt', t.attempt, 'data', t.data, 'finished', "
                      "t.finished, 'updated_at', t.updated_at), ? "
                      "FROM scorm_attempts t JOIN activities a ON a.id = t.activity_id "
                      "JOIN sections s ON s.id = a.section_id JOIN courses c ON c.id = s.course_id "
                      "WHERE a.id IN (%1)"_s.arg(gone),
                      {sql::now()})
        || !sql::exec(q, u"DELETE FROM activities WHERE id IN (%1)"_s.arg(gone))) {
        return sql::failure(q);
    }
    if (auto error = deleteOthers(m_db, u"sections"_s, u"course_id"_s, course.id, kept);
        error.isError()) {
        return error;
    }
    return restoreKeptProgress(course.id);
}

StorageError CourseRepository::restoreKeptProgress(qint64 courseId)
{
    sql::Query q(m_db);
    // The course's activities that match kept work, by the source's own identities.
    const QString match
        = u"FROM kept_progress k JOIN courses c ON c.source_id = k.source_id "
          "AND c.remote_id = k.course_remote_id JOIN sections s ON s.course_id = c.id "
          "JOIN activities a ON a.section_id = s.id AND a.remote_id = k.activity_remote_id "
          "WHERE c.id = ?"_s;
    // What the learner did since (a row already there) wins over what was kept.
    if (!sql::exec(q,
                   u"INSERT OR IGNORE INTO progress (profile_id, activity_id, position_ms, "
                   "duration_ms, watched_ms, seen_ranges, completed, completed_at, updated_at, "
                   "server_state, server_time_completed, server_known_at) "
                   "SELECT k.profile_id, a.id, json_extract(k.data, '$.position_ms'), "
                   "json_extract(k.data, '$.duration_ms'), json_extract(k.data, '$.watched_ms'), "
                   "json_extract(k.data, '$.seen_ranges'), json_extract(k.data, '$.completed'), "
                   "json_extract(k.data, '$.completed_at'), json_extract(k.data, '$.updated_at'), "
                   "json_extract(k.data, '$.server_state'), "
                   "json_extract(k.data, '$.server_time_completed'), "
                   "json_extract(k.data, '$.server_known_at') "_s
                       + match + u" AND k.kind = 'progress'"_s,
                   {courseId})
        || !sql::exec(q,
                      u"INSERT OR IGNORE INTO scorm_attempts (profile_id, activity_id, sco, "
                      "attempt, data, finished, updated_at) "
                      "SELECT k.profile_id, a.id, json_extract(k.data, '$.sco'), "
                      "json_extract(k.data, '$.attempt'), json_extract(k.data, '$.data'), "
                      "json_extract(k.data, '$.finished'), json_extract(k.data, '$.updated_at') "_s
                          + match + u" AND k.kind = 'scorm'"_s,
                      {courseId})) {
        return sql::failure(q);
    }
    return sql::run(q,
                    u"DELETE FROM kept_progress WHERE rowid IN (SELECT k.rowid "_s + match + u")"_s,
                    {courseId});
}

StorageError CourseRepository::saveSection(qint64 courseId, Section &section,
                                           QList<qint64> &keptActivities)
{
    sql::Query q(m_db);
    const QVariant i18n
        = sql::i18nColumn({{u"title"_s, &section.title}, {u"summary"_s, &section.summary}});
    if (!sql::exec(q,
                   u"INSERT INTO sections (course_id, remote_id, position, title, summary, i18n) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (course_id, remote_id) DO UPDATE SET "
                   "position = excluded.position, title = excluded.title, "
                   "summary = excluded.summary, i18n = excluded.i18n RETURNING id"_s,
                   {courseId, section.remoteId, section.position, section.title.defaultText(),
                    section.summary.defaultText(), i18n})
        || !q.next()) {
        return sql::failure(q);
    }
    section.id = q.value(0).toLongLong();
    q.finish();

    for (Activity &activity : section.activities) {
        if (auto error = saveActivity(courseId, section.id, activity); error.isError())
            return error;
        keptActivities.append(activity.id);
    }
    return {};
}

StorageError CourseRepository::saveActivity(qint64 courseId, qint64 sectionId, Activity &activity)
{
    sql::Query q(m_db);
    // The same activity in another section of the course has moved here.
    if (!sql::exec(q,
                   u"UPDATE activities SET section_id = ? WHERE remote_id = ? AND section_id <> ? "
                   "AND section_id IN (SELECT id FROM sections WHERE course_id = ?)"_s,
                   {sectionId, activity.remoteId, sectionId, courseId})) {
        return sql::failure(q);
    }
    const QVariant i18n = sql::i18nColumn({{u"title"_s, &activity.title},
                                           {u"description"_s, &activity.description},
                                           {u"entry"_s, &activity.entryPath}});
    if (!sql::exec(
            q,
            u"INSERT INTO activities (section_id, remote_id, position, kind, title, "
            "description, entry_path, url, completion, i18n, time_modified, module, instance_id, "
            "max_attempts, auto_continue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (section_id, remote_id) DO UPDATE SET position = excluded.position, "
            "kind = excluded.kind, title = excluded.title, description = excluded.description, "
            "entry_path = excluded.entry_path, url = excluded.url, "
            "completion = excluded.completion, i18n = excluded.i18n, "
            "time_modified = excluded.time_modified, module = excluded.module, "
            "instance_id = excluded.instance_id, max_attempts = excluded.max_attempts, "
            "auto_continue = excluded.auto_continue "
            "RETURNING id"_s,
            {sectionId, activity.remoteId, activity.position, keyOf(activity.kind),
             activity.title.defaultText(), activity.description.defaultText(),
             activity.entryPath.defaultText(), sql::nullIfEmpty(activity.url),
             keyOf(activity.completion), i18n, activity.timeModified, activity.module,
             activity.instanceId, activity.maxAttempts, activity.autoContinue ? 1 : 0})
        || !q.next()) {
        return sql::failure(q);
    }
    activity.id = q.value(0).toLongLong();
    activity.sectionId = sectionId;
    q.finish();

    QList<qint64> kept;
    for (FileEntry &file : activity.files) {
        if (auto error = saveFile(activity.id, file); error.isError())
            return error;
        kept.append(file.id);
    }
    return deleteOthers(m_db, u"files"_s, u"activity_id"_s, activity.id, kept);
}

StorageError CourseRepository::saveFile(qint64 activityId, FileEntry &file)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"INSERT INTO files (activity_id, path, role, mime_type, remote_url, size, "
                   "remote_time_modified, remote_checksum, remote_checksum_kind, sha256, state) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (activity_id, path) DO UPDATE SET role = excluded.role, "
                   "mime_type = excluded.mime_type, remote_url = excluded.remote_url, "
                   "size = excluded.size, remote_time_modified = excluded.remote_time_modified, "
                   "remote_checksum = excluded.remote_checksum, "
                   "remote_checksum_kind = excluded.remote_checksum_kind, "
                   "sha256 = excluded.sha256, state = excluded.state RETURNING id"_s,
                   {activityId, file.path, keyOf(file.role), file.mimeType,
                    sql::nullIfEmpty(file.remoteUrl), file.size, file.remoteTimeModified,
                    sql::nullIfEmpty(file.remoteChecksum),
                    sql::nullIfEmpty(file.remoteChecksumKind), sql::nullIfEmpty(file.sha256),
                    keyOf(file.state)})
        || !q.next()) {
        return sql::failure(q);
    }
    file.id = q.value(0).toLongLong();
    return {};
}

QList<FileEntry> CourseRepository::filesOf(qint64 activityId)
{
    QList<FileEntry> files;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT id, path, role, mime_type, remote_url, size, remote_time_modified, "
                   "remote_checksum, remote_checksum_kind, sha256, state FROM files "
                   "WHERE activity_id = ? ORDER BY id"_s,
                   {activityId})) {
        return files;
    }
    while (q.next()) {
        FileEntry file;
        file.id = q.value(0).toLongLong();
        file.path = q.value(1).toString();
        file.role = fileRoleFromString(q.value(2).toString());
        file.mimeType = q.value(3).toString();
        file.remoteUrl = q.value(4).toString();
        file.size = q.value(5).toLongLong();
        file.remoteTimeModified = q.value(6).toLongLong();
        file.remoteChecksum = q.value(7).toString();
        file.remoteChecksumKind = q.value(8).toString();
        file.sha256 = q.value(9).toString();
        file.state = fileStateFromString(q.value(10).toString());
        files.append(file);
    }
    return files;
}

namespace {

Activity activityFromRow(const QSqlQuery &q)
{
    Activity activity;
    activity.id = q.value(0).toLongLong();
    activity.sectionId = q.value(1).toLongLong();
    activity.remoteId = q.value(2).toString();
    activity.position = q.value(3).toInt();
    activity.kind = activityKindFromString(q.value(4).toString());
    const QVariant i18n = q.value(10);
    activity.title = sql::localized(q.value(5).toString(), i18n, u"title"_s);
    activity.description = sql::localized(q.value(6).toString(), i18n, u"description"_s);
    activity.entryPath = sql::localized(q.value(7).toString(), i18n, u"entry"_s);
    activity.url = q.value(8).toString();
    activity.completion = completionRuleFromString(q.value(9).toString());
    activity.timeModified = q.value(11).toLongLong();
    activity.module = q.value(12).toString();
    activity.instanceId = q.value(13).toString();
    activity.maxAttempts = q.value(14).toInt();
    activity.autoContinue = q.value(15).toBool();
    return activity;
}

const QString kActivityColumns = u"id, section_id, remote_id, position, kind, title, description, "
                                 "entry_path, url, completion, i18n, time_modified, module, "
                                 "instance_id, max_attempts, auto_continue"_s;

} // namespace

std::optional<Course> CourseRepository::course(qint64 id)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT id, source_id, remote_id, short_name, title, summary, i18n, language, "
                   "time_modified FROM courses WHERE id = ?"_s,
                   {id})
        || !q.next()) {
        return std::nullopt;
    }
    Course course;
    course.id = q.value(0).toLongLong();
    course.sourceId = q.value(1).toLongLong();
    course.remoteId = q.value(2).toString();
    course.shortName = q.value(3).toString();
    course.title = sql::localized(q.value(4).toString(), q.value(6), u"title"_s);
    course.summary = sql::localized(q.value(5).toString(), q.value(6), u"summary"_s);
    course.language = q.value(7).toString();
    course.timeModified = q.value(8).toLongLong();

    if (!sql::exec(q,
                   u"SELECT id, remote_id, position, title, summary, i18n FROM sections "
                   "WHERE course_id = ? ORDER BY position, id"_s,
                   {id})) {
        return std::nullopt;
    }
    while (q.next()) {
        Section section;
        section.id = q.value(0).toLongLong();
        section.remoteId = q.value(1).toString();
        section.position = q.value(2).toInt();
        section.title = sql::localized(q.value(3).toString(), q.value(5), u"title"_s);
        section.summary = sql::localized(q.value(4).toString(), q.value(5), u"summary"_s);
        course.sections.append(section);
    }
    for (Section &section : course.sections) {
        if (!sql::exec(q,
                       u"SELECT "_s + kActivityColumns
                           + u" FROM activities WHERE section_id = ? ORDER BY position, id"_s,
                       {section.id})) {
            return std::nullopt;
        }
        while (q.next())
            section.activities.append(activityFromRow(q));
        for (Activity &activity : section.activities)
            activity.files = filesOf(activity.id);
    }
    return course;
}

std::optional<Activity> CourseRepository::activity(qint64 id)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kActivityColumns + u" FROM activities WHERE id = ?"_s, {id})
        || !q.next()) {
        return std::nullopt;
    }
    Activity activity = activityFromRow(q);
    activity.files = filesOf(id);
    return activity;
}

qint64 CourseRepository::courseIdOfActivity(qint64 activityId)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT s.course_id FROM activities a JOIN sections s ON s.id = a.section_id "
                   "WHERE a.id = ?"_s,
                   {activityId})
        || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> CourseRepository::idOf(qint64 sourceId, const QString &remoteId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT id FROM courses WHERE source_id = ? AND remote_id = ?"_s,
                   {sourceId, remoteId})
        || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

int CourseRepository::count()
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT count(*) FROM courses"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StorageError CourseRepository::setLearnerCourses(qint64 profileId, qint64 sourceId,
                                                 const QList<qint64> &courseIds)
{
    sql::Query q(m_db);
    StorageError error = sql::run(
        q,
        u"DELETE FROM profile_courses WHERE profile_id = ? AND course_id IN (SELECT id FROM "
        "courses WHERE source_id = ?)"_s
            + (courseIds.isEmpty() ? QString()
                                   : u" AND course_id NOT IN (%1)"_s.arg(sql::idList(courseIds))),
        {profileId, sourceId});
    return error.ok() ? addLearnerCourses(profileId, courseIds) : error;
}

QStringList CourseRepository::pickedCourses(qint64 profileId, qint64 sourceId)
{
    sql::Query q(m_db);
    QStringList ids;
    if (sql::exec(q,
                  u"SELECT remote_id FROM catalogue_picks WHERE profile_id = ? AND source_id = ? "
                  "ORDER BY picked_at, remote_id"_s,
                  {profileId, sourceId})) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

StorageError CourseRepository::pickCourse(qint64 profileId, qint64 sourceId,
                                          const QString &remoteId, qint64 atSecs)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"INSERT OR IGNORE INTO catalogue_picks (profile_id, source_id, remote_id, "
                    "picked_at) VALUES (?, ?, ?, ?)"_s,
                    {profileId, sourceId, remoteId, atSecs});
}

StorageError CourseRepository::unpickCourse(qint64 profileId, qint64 sourceId,
                                            const QString &remoteId)
{
    sql::Query q(m_db);
    StorageError error = sql::run(
        q,
        u"DELETE FROM catalogue_picks WHERE profile_id = ? AND source_id = ? AND remote_id = ?"_s,
        {profileId, sourceId, remoteId});
    if (error.ok()) {
        error = sql::run(q,
                         u"DELETE FROM profile_courses WHERE profile_id = ? AND course_id IN "
                         "(SELECT id FROM courses WHERE source_id = ? AND remote_id = ?)"_s,
                         {profileId, sourceId, remoteId});
    }
    return error;
}

StorageError CourseRepository::markFromMirror(qint64 courseId)
{
    sql::Query q(m_db);
    return sql::run(q, u"UPDATE courses SET from_mirror = 1 WHERE id = ?"_s, {courseId});
}

StorageError CourseRepository::addLearnerCourses(qint64 profileId, const QList<qint64> &courseIds)
{
    sql::Query q(m_db);
    StorageError error;
    for (qint64 courseId : courseIds) {
        error = sql::run(
            q, u"INSERT OR IGNORE INTO profile_courses (profile_id, course_id) VALUES (?, ?)"_s,
            {profileId, courseId});
        if (error.isError())
            break;
    }
    return error;
}

QList<CourseSummary> CourseRepository::summaries(qint64 profileId, const QList<qint64> &only)
{
    QList<CourseSummary> result;
    sql::Query q(m_db);
    const QString filter
        = only.isEmpty() ? QString() : u" AND s.course_id IN (%1)"_s.arg(sql::idList(only));
    // One pass over each table, grouped by course (not a sub-query per course and figure): the
    // files' counts and sizes, the distinct content of each course present in the store (counted
    // once, as the store keeps it), the activities that count, and the profile's completions.
    // A ready file's blob is in the store and whole (quarantining a blob makes its files
    // missing in the same transaction), so what is on disk needs no look at the blobs (half of
    // the read with 20,000 files).
    const QString courseFiles = u"FROM files f JOIN activities a ON a.id = f.activity_id "
                                "JOIN sections s ON s.id = a.section_id WHERE 1"_s
                                + filter;
    const bool ok = sql::exec(
        q,
        u"WITH fc AS (SELECT s.course_id AS cid, count(*) AS files, sum(f.size) AS total, "
        "  sum(f.state = 'ready') AS ready, "
        "  sum(f.state IN ('queued', 'downloading', 'partial')) AS transferring, "
        "  sum(f.state = 'update_available') AS updates, sum(f.state = 'failed') AS failed "_s
            + courseFiles
            + u" GROUP BY s.course_id), "
              "disk AS (SELECT cid, sum(size) AS bytes FROM (SELECT s.course_id AS cid, "
              "  max(f.size) AS size "_s
            + QString(courseFiles).replace(u"WHERE 1"_s, u"WHERE f.state = 'ready'"_s)
            + u" GROUP BY s.course_id, f.sha256) GROUP BY cid), "
              "ac AS (SELECT s.course_id AS cid, count(*) AS counted FROM activities a "
              "  JOIN sections s ON s.id = a.section_id WHERE a.completion <> 'none'"_s
            + filter
            + u" GROUP BY s.course_id), "
              "pc AS (SELECT s.course_id AS cid, sum(a.completion <> 'none') AS completed, "
              "  count(*) AS done FROM progress p JOIN activities a ON a.id = p.activity_id "
              "  JOIN sections s ON s.id = a.section_id WHERE p.profile_id = ? "
              "  AND p.completed = 1"_s
            + filter
            + u" GROUP BY s.course_id) "
              "SELECT c.id, c.remote_id, c.short_name, c.title, c.summary, c.i18n, c.added_at, "
              "src.kind, src.title, src.i18n, coalesce(fc.total, 0), coalesce(disk.bytes, 0), "
              "coalesce(fc.files, 0), coalesce(fc.ready, 0), coalesce(ac.counted, 0), "
              "coalesce(pc.completed, 0), c.source_id, coalesce(fc.transferring, 0), "
              "coalesce(fc.updates, 0), coalesce(fc.failed, 0), coalesce(pc.done, 0) "
              "FROM courses c JOIN sources src ON src.id = c.source_id "
              "LEFT JOIN fc ON fc.cid = c.id LEFT JOIN disk ON disk.cid = c.id "
              "LEFT JOIN ac ON ac.cid = c.id LEFT JOIN pc ON pc.cid = c.id "
              // A site's course only for the learners the site lists it for, unless it came
              // from a mirror (brought to this computer for whoever uses it).
              "WHERE (src.kind NOT IN ('moodle', 'totara') OR c.from_mirror = 1 OR EXISTS (SELECT "
              "1 FROM "
              "profile_courses l "
              "  WHERE l.profile_id = ? AND l.course_id = c.id))"_s
            + QString(filter).replace(u"s.course_id"_s, u"c.id"_s)
            + u" ORDER BY c.title COLLATE NOCASE, c.id"_s,
        {profileId, profileId});
    if (!ok)
        return result;
    QHash<qint64, LocalizedText> sourceTitles;
    while (q.next()) {
        CourseSummary s;
        s.id = q.value(0).toLongLong();
        s.remoteId = q.value(1).toString();
        s.shortName = q.value(2).toString();
        const QJsonObject i18n = sql::i18nObject(q.value(5));
        s.title = sql::localized(q.value(3).toString(), i18n, u"title"_s);
        s.summary = sql::localized(q.value(4).toString(), i18n, u"summary"_s);
        s.addedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong());
        s.sourceKind = sourceKindFromString(q.value(7).toString());
        s.sourceId = q.value(16).toLongLong();
        // A thousand courses come from a handful of sources: each source's title read once.
        auto source = sourceTitles.constFind(s.sourceId);
        if (source == sourceTitles.cend())
            source = sourceTitles.insert(
                s.sourceId, sql::localized(q.value(8).toString(), q.value(9), u"title"_s));
        s.sourceTitle = *source;
        s.totalBytes = q.value(10).toLongLong();
        s.bytesOnDisk = q.value(11).toLongLong();
        s.fileCount = q.value(12).toInt();
        s.readyFileCount = q.value(13).toInt();
        s.activityCount = q.value(14).toInt();
        s.completedCount = q.value(15).toInt();
        s.transferringCount = q.value(17).toInt();
        s.updateCount = q.value(18).toInt();
        s.failedCount = q.value(19).toInt();
        s.doneCount = q.value(20).toInt();
        result.append(s);
    }
    return result;
}

namespace {

// What keepOverview() writes: bump it whenever CourseSummary, LocalizedText or this encoding
// changes, so that an older build's bytes are recomputed rather than misread.
constexpr int kOverviewFormat = 2; // 2: a text's translations as a list of pairs
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

void write(QDataStream &out, const LocalizedText &text)
{
    out << text.defaultText() << text.translationList();
}

bool read(QDataStream &in, LocalizedText *text)
{
    QString defaultText;
    LocalizedText::Translations translations;
    in >> defaultText >> translations;
    *text = LocalizedText(std::move(defaultText), std::move(translations));
    return in.status() == QDataStream::Ok;
}

QByteArray encode(const CourseRepository::Overview &overview)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << qint32(overview.courseCount) << qint32(overview.blobCount) << overview.blobBytes
        << qint32(overview.courses.size());
    for (const CourseSummary &c : overview.courses) {
        out << c.id << c.remoteId << c.shortName;
        write(out, c.title);
        write(out, c.summary);
        out << c.sourceId << qint32(c.sourceKind);
        write(out, c.sourceTitle);
        out << c.totalBytes << c.bytesOnDisk << qint32(c.fileCount) << qint32(c.readyFileCount)
            << qint32(c.transferringCount) << qint32(c.updateCount) << qint32(c.failedCount)
            << qint32(c.activityCount) << qint32(c.completedCount) << qint32(c.doneCount)
            << c.addedAt.toSecsSinceEpoch();
    }
    return bytes;
}

std::optional<CourseRepository::Overview> decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    CourseRepository::Overview overview;
    qint32 courseCount = 0, blobCount = 0, size = 0;
    in >> courseCount >> blobCount >> overview.blobBytes >> size;
    if (in.status() != QDataStream::Ok || size < 0 || size > bytes.size())
        return std::nullopt;
    overview.courseCount = courseCount;
    overview.blobCount = blobCount;
    overview.courses.reserve(size);
    for (qint32 i = 0; i < size; ++i) {
        CourseSummary c;
        qint32 kind = 0, files = 0, ready = 0, transferring = 0, updates = 0, failed = 0,
               activities = 0, completed = 0, done = 0;
        qint64 addedAt = 0;
        in >> c.id >> c.remoteId >> c.shortName;
        if (!read(in, &c.title) || !read(in, &c.summary))
            return std::nullopt;
        in >> c.sourceId >> kind;
        if (!read(in, &c.sourceTitle))
            return std::nullopt;
        in >> c.totalBytes >> c.bytesOnDisk >> files >> ready >> transferring >> updates >> failed
            >> activities >> completed >> done >> addedAt;
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        c.sourceKind = SourceKind(kind);
        c.fileCount = files;
        c.readyFileCount = ready;
        c.transferringCount = transferring;
        c.updateCount = updates;
        c.failedCount = failed;
        c.activityCount = activities;
        c.completedCount = completed;
        c.doneCount = done;
        c.addedAt = QDateTime::fromSecsSinceEpoch(addedAt);
        overview.courses.append(std::move(c));
    }
    if (!in.atEnd())
        return std::nullopt;
    return overview;
}

} // namespace

std::optional<CourseRepository::Overview> CourseRepository::keptOverview(qint64 profileId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT data FROM summary_snapshot WHERE profile_id = ? AND format = ?"_s,
                   {profileId, kOverviewFormat})
        || !q.next())
        return std::nullopt;
    return decode(q.value(0).toByteArray());
}

CourseRepository::Overview CourseRepository::readOverview(qint64 profileId, bool keep)
{
    // A deferred transaction: the reads see one state of the library, and the write at the end
    // can only begin if no other connection committed since (else SQLite answers busy at once,
    // and what was read is returned, not kept: it may already be out of date).
    const bool inTransaction = keep && QSqlQuery(m_db).exec(u"BEGIN DEFERRED"_s);
    Overview overview;
    overview.courses = summaries(profileId);
    overview.courseCount = count();
    const BlobRepository::Totals blobs = BlobRepository(m_db).totals();
    overview.blobCount = blobs.count;
    overview.blobBytes = blobs.bytes;
    if (!inTransaction)
        return overview;
    bool kept = false;
    {
        sql::Query q(m_db);
        kept = sql::exec(q,
                         u"INSERT OR REPLACE INTO summary_snapshot (profile_id, format, data) "
                         "VALUES (?, ?, ?)"_s,
                         {profileId, kOverviewFormat, encode(overview)});
    }
    QSqlQuery end(m_db);
    if (!kept || !end.exec(u"COMMIT"_s))
        end.exec(u"ROLLBACK"_s);
    return overview;
}

StorageError CourseRepository::dropContent(qint64 courseId)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"UPDATE files SET sha256 = NULL, state = 'remote' WHERE activity_id IN "
                    "(SELECT a.id FROM activities a JOIN sections s ON s.id = a.section_id "
                    "WHERE s.course_id = ?)"_s,
                    {courseId});
}

StorageError CourseRepository::remove(qint64 courseId)
{
    sql::Query q(m_db);
    return sql::run(q, u"DELETE FROM courses WHERE id = ?"_s, {courseId});
}

} // namespace clikc
