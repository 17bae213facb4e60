#include "uploadrepository.h"

#include "scormrepository.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr std::array<const char16_t *, 3> kStates = {u"pending", u"sending", u"rejected"};

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kColumns
    = u"id, uuid, profile_id, source_id, course_id, activity_id, kind, target, payload, "
      "order_key, title, state, attempts, error_code, error_message, created_at, updated_at"_s;

} // namespace

StorageError UploadRepository::enqueueCourseView(qint64 profileId, qint64 courseId)
{
    return enqueue(profileId, 0, courseId, Kind::CourseView, {}, u"course_view:%1"_s.arg(courseId));
}

StorageError UploadRepository::enqueueActivityView(qint64 profileId, qint64 activityId)
{
    return enqueue(profileId, activityId, 0, Kind::ActivityView, {}, u"view:%1"_s.arg(activityId));
}

StorageError UploadRepository::enqueueCompletion(qint64 profileId, qint64 activityId,
                                                 bool completed, qint64 timeMs)
{
    return enqueue(profileId, activityId, 0, Kind::Completion,
                   {{u"completed"_s, completed}, {u"time"_s, timeMs}},
                   u"completion:%1"_s.arg(activityId));
}

StorageError UploadRepository::enqueueScormTracks(qint64 profileId, qint64 activityId,
                                                  const QString &sco, int attempt,
                                                  const QMap<QString, QString> &tracks)
{
    QJsonObject values;
    for (auto it = tracks.begin(); it != tracks.end(); ++it)
        values.insert(it.key(), it.value());
    const qint64 scoId = ScormRepository(m_db).remoteScoId(activityId, sco);
    return enqueue(
        profileId, activityId, 0, Kind::ScormTracks,
        {{u"sco"_s, sco}, {u"scoId"_s, scoId}, {u"attempt"_s, attempt}, {u"tracks"_s, values}},
        u"tracks:%1:%2:%3"_s.arg(activityId).arg(sco).arg(attempt));
}

StorageError UploadRepository::setScoId(qint64 id, qint64 scoId)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"UPDATE uploads SET payload = json_set(payload, '$.scoId', ?) WHERE id = ?"_s,
                    {scoId, id});
}

StorageError UploadRepository::enqueue(qint64 profileId, qint64 activityId, qint64 courseId,
                                       Kind kind, const QJsonObject &payload,
                                       const QString &mergeKey)
{
    sql::Query q(m_db);
    // Where it goes: only courses that came from a server have someone to tell.
    qint64 sourceId = 0;
    QJsonObject target;
    QString title;
    if (activityId > 0) {
        if (!sql::exec(
                q,
                u"SELECT c.id, c.source_id, c.remote_id, a.remote_id, a.module, "
                "a.instance_id, a.title, src.kind FROM activities a "
                "JOIN sections s ON s.id = a.section_id JOIN courses c ON c.id = s.course_id "
                "JOIN sources src ON src.id = c.source_id WHERE a.id = ?"_s,
                {activityId})) {
            return sql::failure(q);
        }
        if (!q.next())
            return {}; // gone: nothing to report
        courseId = q.value(0).toLongLong();
        sourceId = q.value(1).toLongLong();
        target = {{u"course"_s, q.value(2).toString()},
                  {u"cmid"_s, q.value(3).toString()},
                  {u"module"_s, q.value(4).toString()},
                  {u"instance"_s, q.value(5).toString()}};
        title = q.value(6).toString();
        const QString sourceKind = q.value(7).toString();
        if (sourceKind != u"moodle"_s && sourceKind != u"totara"_s)
            return {};
    } else {
        if (!sql::exec(q,
                       u"SELECT c.source_id, c.remote_id, c.title, src.kind FROM courses c "
                       "JOIN sources src ON src.id = c.source_id WHERE c.id = ?"_s,
                       {courseId})) {
            return sql::failure(q);
        }
        if (!q.next())
            return {};
        sourceId = q.value(0).toLongLong();
        target = {{u"course"_s, q.value(1).toString()}};
        title = q.value(2).toString();
        const QString sourceKind = q.value(3).toString();
        if (sourceKind != u"moodle"_s && sourceKind != u"totara"_s)
            return {};
    }
    q.finish();
    const QString orderKey
        = activityId > 0 ? u"activity:%1"_s.arg(activityId) : u"course:%1"_s.arg(courseId);
    const qint64 now = nowMs();

    // Merge into the waiting row when that loses nothing. A view says nothing a waiting view
    // does not; a completion or a set of tracks replaces the waiting one only when nothing else
    // for the activity was queued after it, so the order per activity stays as it happened.
    const bool isView = kind == Kind::CourseView || kind == Kind::ActivityView;
    const QString mergeSql
        = isView ? u"SELECT id, payload FROM uploads WHERE profile_id = ? AND merge_key = ? "
                   "AND state = 'pending' ORDER BY id DESC LIMIT 1"_s
                 : u"SELECT u.id, u.payload FROM uploads u WHERE u.profile_id = ? AND "
                   "u.merge_key = ? AND u.state = 'pending' AND u.id = (SELECT max(id) FROM "
                   "uploads WHERE profile_id = u.profile_id AND order_key = u.order_key AND "
                   "state IN ('pending', 'sending'))"_s;
    if (!sql::exec(q, mergeSql, {profileId, mergeKey}))
        return sql::failure(q);
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (isView)
            return {};
        QJsonObject merged = payload;
        if (kind == Kind::ScormTracks) {
            QJsonObject tracks = fromJson(q.value(1).toString()).value(u"tracks"_s).toObject();
            const QJsonObject newer = payload.value(u"tracks"_s).toObject();
            for (auto it = newer.begin(); it != newer.end(); ++it)
                tracks.insert(it.key(), it.value());
            merged.insert(u"tracks"_s, tracks);
        }
        q.finish();
        return sql::run(q, u"UPDATE uploads SET payload = ?, updated_at = ? WHERE id = ?"_s,
                        {toJson(merged), now, id});
    }
    q.finish();
    return sql::run(
        q,
        u"INSERT INTO uploads (uuid, profile_id, source_id, course_id, activity_id, kind, target, "
        "payload, order_key, merge_key, title, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), profileId, sourceId, courseId,
         activityId > 0 ? QVariant(activityId) : QVariant(), uploadKindKey(kind), toJson(target),
         toJson(payload), orderKey, mergeKey, title, now, now});
}

QList<UploadRepository::Action> UploadRepository::select(const QString &where,
                                                         std::initializer_list<QVariant> values)
{
    QList<Action> result;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kColumns + u" FROM uploads "_s + where, values))
        return result;
    while (q.next()) {
        Action a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.profileId = q.value(2).toLongLong();
        a.sourceId = q.value(3).toLongLong();
        a.courseId = q.value(4).toLongLong();
        a.activityId = q.value(5).toLongLong();
        a.kind = uploadKindFromKey(q.value(6).toString());
        a.target = fromJson(q.value(7).toString());
        a.payload = fromJson(q.value(8).toString());
        a.orderKey = q.value(9).toString();
        a.title = q.value(10).toString();
        const QString state = q.value(11).toString();
        a.state = state == QStringView(kStates[1])   ? State::Sending
                  : state == QStringView(kStates[2]) ? State::Rejected
                                                     : State::Pending;
        a.attempts = q.value(12).toInt();
        a.errorCode = q.value(13).toString();
        a.errorMessage = q.value(14).toString();
        a.createdAtMs = q.value(15).toLongLong();
        a.updatedAtMs = q.value(16).toLongLong();
        result.append(a);
    }
    return result;
}

QList<UploadRepository::Action> UploadRepository::waiting(qint64 profileId, int limit)
{
    return select(u"WHERE profile_id = ? AND state IN ('pending', 'sending') ORDER BY id LIMIT ?"_s,
                  {profileId, limit});
}

QList<UploadRepository::Action> UploadRepository::all(qint64 profileId)
{
    return select(u"WHERE profile_id = ? ORDER BY id"_s, {profileId});
}

std::optional<UploadRepository::Action> UploadRepository::action(qint64 id)
{
    const QList<Action> found = select(u"WHERE id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<qint64> UploadRepository::profilesWithWork()
{
    QList<qint64> result;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT DISTINCT profile_id FROM uploads WHERE state IN ('pending', "
                      "'sending') ORDER BY profile_id"_s))
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

StorageError UploadRepository::markSending(qint64 id)
{
    sql::Query q(m_db);
    return sql::runOnOne(q,
                         u"UPDATE uploads SET state = 'sending', attempts = attempts + 1, "
                         "updated_at = ? WHERE id = ? AND state IN ('pending', 'sending')"_s,
                         {nowMs(), id});
}

StorageError UploadRepository::confirm(qint64 id)
{
    sql::Query q(m_db);
    if (auto error = sql::run(q,
                              u"UPDATE profiles SET last_upload_at = ? WHERE id = "
                              "(SELECT profile_id FROM uploads WHERE id = ?)"_s,
                              {sql::now(), id});
        error.isError()) {
        return error;
    }
    return sql::run(q, u"DELETE FROM uploads WHERE id = ?"_s, {id});
}

StorageError UploadRepository::reject(qint64 id, const QString &code, const QString &message)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"UPDATE uploads SET state = 'rejected', merge_key = NULL, error_code = ?, "
                    "error_message = ?, updated_at = ? WHERE id = ?"_s,
                    {code, message, nowMs(), id});
}

StorageError UploadRepository::retryLater(qint64 id, const QString &code, const QString &message)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"UPDATE uploads SET state = 'pending', error_code = ?, error_message = ?, "
                    "updated_at = ? WHERE id = ? AND state = 'sending'"_s,
                    {code, message, nowMs(), id});
}

int UploadRepository::requeueSending()
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"UPDATE uploads SET state = 'pending' WHERE state = 'sending'"_s))
        return -1;
    return q.numRowsAffected();
}

StorageError UploadRepository::dismiss(qint64 profileId, qint64 id)
{
    sql::Query q(m_db);
    return sql::runOnOne(
        q, u"DELETE FROM uploads WHERE id = ? AND profile_id = ? AND state = 'rejected'"_s,
        {id, profileId});
}

UploadRepository::Counts UploadRepository::counts(qint64 profileId)
{
    Counts counts;
    sql::Query q(m_db);
    if (sql::exec(
            q,
            u"SELECT coalesce(sum(state <> 'rejected'), 0), coalesce(sum(state = 'rejected'), "
            "0), (SELECT coalesce(last_upload_at, 0) FROM profiles WHERE id = ?) "
            "FROM uploads WHERE profile_id = ?"_s,
            {profileId, profileId})
        && q.next()) {
        counts.pending = q.value(0).toInt();
        counts.rejected = q.value(1).toInt();
        counts.lastUploadAt = q.value(2).toLongLong();
    }
    return counts;
}

bool UploadRepository::hasWaiting(qint64 profileId, qint64 activityId)
{
    sql::Query q(m_db);
    return sql::exec(q,
                     u"SELECT 1 FROM uploads WHERE profile_id = ? AND activity_id = ? AND state IN "
                     "('pending', 'sending') LIMIT 1"_s,
                     {profileId, activityId})
           && q.next();
}

std::optional<UploadRepository::Action> UploadRepository::waitingCompletion(qint64 profileId,
                                                                            qint64 activityId)
{
    const QList<Action> found
        = select(u"WHERE profile_id = ? AND activity_id = ? AND kind = 'completion' AND state IN "
                 "('pending', 'sending') ORDER BY id DESC LIMIT 1"_s,
                 {profileId, activityId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace clikc
