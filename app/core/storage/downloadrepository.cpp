#include "downloadrepository.h"

#include "blobrepository.h"
#include "sqlutil.h"

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr std::array<const char16_t *, 7> kStates
    = {u"queued", u"running", u"paused", u"verifying", u"done", u"failed", u"cancelled"};

// A download with its file, activity, section and course (for the file's source and course).
const QString kQueueFrom = u" FROM downloads d JOIN files f ON f.id = d.file_id "
                           "JOIN activities a ON a.id = f.activity_id "
                           "JOIN sections s ON s.id = a.section_id "
                           "JOIN courses c ON c.id = s.course_id"_s;

const QString kRowColumns
    = u"d.id, d.file_id, d.state, coalesce(d.part_path, ''), d.bytes_done, "
      "coalesce(d.bytes_total, 0), coalesce(d.etag, ''), coalesce(d.last_modified, ''), "
      "d.attempts, coalesce(d.next_attempt_at, 0), coalesce(d.error_code, ''), "
      "coalesce(d.error_detail, ''), f.path, f.mime_type, coalesce(f.remote_url, ''), f.size, "
      "f.remote_time_modified, coalesce(f.remote_checksum, ''), "
      "coalesce(f.remote_checksum_kind, ''), coalesce(f.sha256, ''), f.state, c.source_id, "
      "a.title, d.verify_failures, c.id, coalesce(d.ranges, ''), coalesce(d.served_by, '')"_s
      + kQueueFrom;

DownloadRepository::Row rowFrom(const QSqlQuery &q)
{
    DownloadRepository::Row row;
    row.id = q.value(0).toLongLong();
    row.fileId = q.value(1).toLongLong();
    row.state = DownloadRepository::stateFromKey(q.value(2).toString());
    row.partPath = q.value(3).toString();
    row.bytesDone = q.value(4).toLongLong();
    row.bytesTotal = q.value(5).toLongLong();
    row.etag = q.value(6).toString();
    row.lastModified = q.value(7).toString();
    row.attempts = q.value(8).toInt();
    row.nextAttemptAt = q.value(9).toLongLong();
    row.errorCode = q.value(10).toString();
    row.errorDetail = q.value(11).toString();
    row.file.id = row.fileId;
    row.file.path = q.value(12).toString();
    row.file.mimeType = q.value(13).toString();
    row.file.remoteUrl = q.value(14).toString();
    row.file.size = q.value(15).toLongLong();
    row.file.remoteTimeModified = q.value(16).toLongLong();
    row.file.remoteChecksum = q.value(17).toString();
    row.file.remoteChecksumKind = q.value(18).toString();
    row.file.sha256 = q.value(19).toString();
    row.file.state = fileStateFromString(q.value(20).toString());
    row.sourceId = q.value(21).toLongLong();
    row.activityTitle = q.value(22).toString();
    row.verifyFailures = q.value(23).toInt();
    row.courseId = q.value(24).toLongLong();
    row.ranges = q.value(25).toString();
    row.servedBy = q.value(26).toString();
    return row;
}

} // namespace

QString DownloadRepository::keyOf(State state)
{
    return QString::fromUtf16(kStates[size_t(state)]);
}

DownloadRepository::State DownloadRepository::stateFromKey(const QString &key)
{
    for (size_t i = 0; i < kStates.size(); ++i) {
        if (key == QStringView(kStates[i]))
            return State(i);
    }
    return State::Failed;
}

int DownloadRepository::enqueue(const QList<qint64> &fileIds)
{
    int added = 0;
    sql::Query q(m_db);
    for (qint64 fileId : fileIds) {
        if (!sql::exec(
                q,
                u"INSERT INTO downloads (file_id, state, created_at, updated_at) "
                "SELECT id, 'queued', ?, ? FROM files WHERE id = ? AND remote_url IS NOT NULL "
                "AND state IN ('remote', 'update_available', 'failed', 'missing', 'partial') "
                "ON CONFLICT (file_id) DO UPDATE SET state = 'queued', attempts = 0, "
                "verify_failures = 0, "
                "next_attempt_at = NULL, error_code = NULL, error_detail = NULL, "
                "updated_at = excluded.updated_at "
                "WHERE downloads.state IN ('failed', 'cancelled', 'done', 'paused')"_s,
                {sql::now(), sql::now(), fileId})) {
            continue;
        }
        if (q.numRowsAffected() > 0) {
            ++added;
            sql::Query mark(m_db);
            sql::exec(
                mark,
                u"UPDATE files SET state = 'queued' WHERE id = ? AND state <> 'update_available'"_s,
                {fileId});
        }
    }
    return added;
}

QList<qint64> DownloadRepository::downloadableFiles(qint64 courseId, qint64 activityId)
{
    QList<qint64> ids;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT f.id FROM files f JOIN activities a ON a.id = f.activity_id "
                   "JOIN sections s ON s.id = a.section_id WHERE s.course_id = ? "
                   "AND (? = 0 OR a.id = ?) AND f.remote_url IS NOT NULL "
                   "AND f.state IN ('remote', 'update_available', 'failed', 'missing', 'partial') "
                   "ORDER BY s.position, a.position, f.id"_s,
                   {courseId, activityId, activityId})) {
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<DownloadRepository::Row> DownloadRepository::all()
{
    QList<Row> rows;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kRowColumns + u" ORDER BY d.priority DESC, d.id"_s))
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

QList<DownloadRepository::Row> DownloadRepository::startable(const QList<qint64> &sourceIds,
                                                             qint64 now, int limit,
                                                             const QList<qint64> &running)
{
    QList<Row> rows;
    if (limit <= 0 || sourceIds.isEmpty())
        return rows;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT "_s + kRowColumns
                       + u" WHERE d.state = 'queued' AND coalesce(d.next_attempt_at, 0) <= ? "
                         "AND c.source_id IN (%1) AND d.file_id NOT IN (%2) "
                         "ORDER BY d.priority DESC, d.id LIMIT ?"_s.arg(sql::idList(sourceIds),
                                                                        sql::idList(running)),
                   {now, limit})) {
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

bool DownloadRepository::hasQueued(const QList<qint64> &sourceIds)
{
    sql::Query q(m_db);
    return !sourceIds.isEmpty()
           && sql::exec(q, u"SELECT 1"_s + kQueueFrom
                               + u" WHERE d.state = 'queued' AND c.source_id IN (%1) LIMIT 1"_s.arg(
                                   sql::idList(sourceIds)))
           && q.next();
}

qint64 DownloadRepository::nextAttemptAfter(const QList<qint64> &sourceIds, qint64 now)
{
    sql::Query q(m_db);
    if (sourceIds.isEmpty()
        || !sql::exec(
            q,
            u"SELECT coalesce(min(d.next_attempt_at), 0)"_s + kQueueFrom
                + u" WHERE d.state = 'queued' AND d.next_attempt_at > ? AND c.source_id IN (%1)"_s
                      .arg(sql::idList(sourceIds)),
            {now})
        || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<DownloadRepository::Row> DownloadRepository::row(qint64 fileId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kRowColumns + u" WHERE d.file_id = ?"_s, {fileId})
        || !q.next())
        return std::nullopt;
    return rowFrom(q);
}

int DownloadRepository::requeueInterrupted()
{
    sql::Query q(m_db);
    if (!sql::exec(
            q, u"UPDATE downloads SET state = 'queued' WHERE state IN ('running', 'verifying')"_s))
        return 0;
    return q.numRowsAffected();
}

int DownloadRepository::retryNow(const QStringList &errorCodes)
{
    if (errorCodes.isEmpty())
        return 0;
    QVariantList values;
    QStringList placeholders;
    for (const QString &code : errorCodes) {
        values.append(code);
        placeholders.append(u"?"_s);
    }
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"UPDATE downloads SET next_attempt_at = NULL, attempts = 0 WHERE state = "
                   "'queued' AND next_attempt_at IS NOT NULL AND error_code IN (%1)"_s.arg(
                       placeholders.join(u',')),
                   values)) {
        return 0;
    }
    return q.numRowsAffected();
}

StorageError DownloadRepository::update(const Row &row)
{
    sql::Query q(m_db);
    return sql::run(
        q,
        u"UPDATE downloads SET state = ?, part_path = ?, bytes_done = ?, bytes_total = ?, "
        "etag = ?, last_modified = ?, attempts = ?, next_attempt_at = ?, error_code = ?, "
        "error_detail = ?, verify_failures = ?, ranges = ?, served_by = ?, updated_at = ? "
        "WHERE file_id = ?"_s,
        {keyOf(row.state), sql::nullIfEmpty(row.partPath), row.bytesDone, row.bytesTotal,
         sql::nullIfEmpty(row.etag), sql::nullIfEmpty(row.lastModified), row.attempts,
         row.nextAttemptAt, sql::nullIfEmpty(row.errorCode), sql::nullIfEmpty(row.errorDetail),
         row.verifyFailures, sql::nullIfEmpty(row.ranges), sql::nullIfEmpty(row.servedBy),
         sql::now(), row.fileId});
}

StorageError DownloadRepository::setFileState(qint64 fileId, FileState state)
{
    sql::Query q(m_db);
    // A file with an update keeps saying so while its new version is on its way.
    return sql::run(q,
                    u"UPDATE files SET state = CASE WHEN sha256 IS NOT NULL AND ? <> 'ready' "
                    "THEN 'update_available' ELSE ? END WHERE id = ?"_s,
                    {clikc::keyOf(state), clikc::keyOf(state), fileId});
}

StorageError DownloadRepository::complete(qint64 fileId, const QString &sha256, qint64 size)
{
    sql::Query q(m_db);
    if (auto error = BlobRepository(m_db).add(sha256, size); error.isError())
        return error;
    if (auto error = sql::run(q, u"UPDATE files SET sha256 = ?, state = 'ready' WHERE id = ?"_s,
                              {sha256, fileId});
        error.isError()) {
        return error;
    }
    return sql::run(
        q,
        u"UPDATE downloads SET state = 'done', bytes_done = ?, bytes_total = ?, "
        "part_path = NULL, ranges = NULL, error_code = NULL, error_detail = NULL, updated_at = ? "
        "WHERE file_id = ?"_s,
        {size, size, sql::now(), fileId});
}

StorageError DownloadRepository::remove(qint64 fileId)
{
    sql::Query q(m_db);
    return sql::run(q, u"DELETE FROM downloads WHERE file_id = ?"_s, {fileId});
}

StorageError DownloadRepository::removeFinished()
{
    sql::Query q(m_db);
    return sql::run(q, u"DELETE FROM downloads WHERE state IN ('done', 'cancelled')"_s);
}

} // namespace clikc
