#include "progressrepository.h"

#include "sqlutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clikc {

PlaybackState ProgressRepository::state(qint64 profileId, qint64 activityId)
{
    PlaybackState state;
    sql::Query q(m_db);
    if (sql::exec(
            q,
            u"SELECT position_ms, duration_ms, watched_ms, completed, seen_ranges FROM progress "
            "WHERE profile_id = ? AND activity_id = ?"_s,
            {profileId, activityId})
        && q.next()) {
        state.positionMs = q.value(0).toLongLong();
        state.durationMs = q.value(1).toLongLong();
        state.watchedMs = q.value(2).toLongLong();
        state.completed = q.value(3).toBool();
        state.seenRanges = q.value(4).toString();
    }
    return state;
}

QHash<qint64, bool> ProgressRepository::completions(qint64 profileId, qint64 courseId)
{
    QHash<qint64, bool> result;
    sql::Query q(m_db);
    if (!sql::exec(
            q,
            u"SELECT p.activity_id, p.completed FROM progress p "
            "JOIN activities a ON a.id = p.activity_id JOIN sections s ON s.id = a.section_id "
            "WHERE p.profile_id = ? AND s.course_id = ?"_s,
            {profileId, courseId})) {
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toBool());
    return result;
}

StorageError ProgressRepository::save(qint64 profileId, qint64 activityId,
                                      const PlaybackState &state)
{
    sql::Query q(m_db);
    return sql::run(
        q,
        u"INSERT INTO progress (profile_id, activity_id, position_ms, duration_ms, "
        "watched_ms, seen_ranges, completed, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?) "
        "ON CONFLICT (profile_id, activity_id) DO UPDATE SET "
        "position_ms = excluded.position_ms, duration_ms = excluded.duration_ms, "
        "watched_ms = excluded.watched_ms, seen_ranges = excluded.seen_ranges, "
        "updated_at = excluded.updated_at"_s,
        {profileId, activityId, state.positionMs, state.durationMs, state.watchedMs,
         state.seenRanges, sql::now()});
}

StorageError ProgressRepository::markCompleted(qint64 profileId, qint64 activityId,
                                               bool *newlyCompleted)
{
    if (newlyCompleted)
        *newlyCompleted = false;
    const qint64 when = sql::now();
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"INSERT INTO progress (profile_id, activity_id, completed, completed_at, "
                   "updated_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (profile_id, activity_id) DO "
                   "UPDATE SET completed = 1, completed_at = excluded.completed_at, "
                   "updated_at = excluded.updated_at WHERE progress.completed = 0"_s,
                   {profileId, activityId, when, when})) {
        return sql::failure(q);
    }
    if (newlyCompleted)
        *newlyCompleted = q.numRowsAffected() > 0;
    return {};
}

StorageError ProgressRepository::setCompleted(qint64 profileId, qint64 activityId, bool completed,
                                              bool *changed)
{
    if (changed)
        *changed = false;
    const qint64 when = sql::now();
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"INSERT INTO progress (profile_id, activity_id, completed, completed_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, activity_id) DO "
                   "UPDATE SET completed = excluded.completed, completed_at = "
                   "excluded.completed_at, updated_at = excluded.updated_at "
                   "WHERE progress.completed <> excluded.completed"_s,
                   {profileId, activityId, completed ? 1 : 0,
                    completed ? QVariant(when) : QVariant(), when})) {
        return sql::failure(q);
    }
    if (changed)
        *changed = q.numRowsAffected() > 0;
    return {};
}

StorageError ProgressRepository::setServerCompletion(qint64 profileId, qint64 activityId,
                                                     const ServerCompletion &server)
{
    sql::Query q(m_db);
    const qint64 knownAt
        = server.observedAtMs > 0 ? server.observedAtMs : QDateTime::currentMSecsSinceEpoch();
    return sql::run(
        q,
        u"INSERT INTO progress (profile_id, activity_id, server_state, "
        "server_time_completed, server_known_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (profile_id, activity_id) DO UPDATE SET "
        "server_state = excluded.server_state, "
        "server_time_completed = excluded.server_time_completed, "
        "server_known_at = MAX(server_known_at, excluded.server_known_at)"_s,
        {profileId, activityId, server.state, server.timeCompleted, knownAt, sql::now()});
}

StorageError ProgressRepository::noteServerUpdated(qint64 profileId, qint64 activityId, qint64 atMs)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"INSERT INTO progress (profile_id, activity_id, server_known_at, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, activity_id) DO UPDATE SET "
                    "server_known_at = MAX(server_known_at, excluded.server_known_at)"_s,
                    {profileId, activityId, atMs, sql::now()});
}

qint64 ProgressRepository::serverKnownAt(qint64 profileId, qint64 activityId)
{
    sql::Query q(m_db);
    if (!sql::exec(
            q, u"SELECT server_known_at FROM progress WHERE profile_id = ? AND activity_id = ?"_s,
            {profileId, activityId})
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace clikc
