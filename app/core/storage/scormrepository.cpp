#include "scormrepository.h"

#include "sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

ScormRepository::Attempt attemptFrom(const QSqlQuery &q)
{
    ScormRepository::Attempt a;
    a.sco = q.value(0).toString();
    a.attempt = q.value(1).toInt();
    a.data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    a.finished = q.value(3).toBool();
    a.updatedAt = q.value(4).toLongLong();
    return a;
}

} // namespace

QHash<qint64, ScormRepository::Result> ScormRepository::results(qint64 profileId, qint64 courseId)
{
    QHash<qint64, QList<Attempt>> byActivity;
    sql::Query q(m_db);
    if (sql::exec(q,
                  u"SELECT t.sco, t.attempt, t.data, t.finished, t.updated_at, t.activity_id "
                  "FROM scorm_attempts t JOIN activities a ON a.id = t.activity_id "
                  "JOIN sections s ON s.id = a.section_id "
                  "WHERE t.profile_id = ? AND s.course_id = ?"_s,
                  {profileId, courseId})) {
        while (q.next())
            byActivity[q.value(5).toLongLong()].append(attemptFrom(q));
    }
    QHash<qint64, Result> results;
    for (auto it = byActivity.cbegin(); it != byActivity.cend(); ++it)
        results.insert(it.key(), ScormResult::summarize(it.value()));
    return results;
}

std::optional<ScormRepository::Attempt> ScormRepository::latest(qint64 profileId, qint64 activityId,
                                                                const QString &sco)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT sco, attempt, data, finished, updated_at FROM scorm_attempts "
                   "WHERE profile_id = ? AND activity_id = ? AND sco = ? "
                   "ORDER BY attempt DESC LIMIT 1"_s,
                   {profileId, activityId, sco})
        || !q.next()) {
        return std::nullopt;
    }
    return attemptFrom(q);
}

QList<ScormRepository::Attempt> ScormRepository::attempts(qint64 profileId, qint64 activityId)
{
    QList<Attempt> result;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT sco, attempt, data, finished, updated_at FROM scorm_attempts "
                   "WHERE profile_id = ? AND activity_id = ? ORDER BY sco, attempt"_s,
                   {profileId, activityId})) {
        return result;
    }
    while (q.next())
        result.append(attemptFrom(q));
    return result;
}

StorageError ScormRepository::save(qint64 profileId, qint64 activityId, const QString &sco,
                                   int attempt, const QJsonObject &values, bool finished,
                                   QJsonObject *merged)
{
    QJsonObject data;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT data FROM scorm_attempts WHERE profile_id = ? AND activity_id = ? "
                   "AND sco = ? AND attempt = ?"_s,
                   {profileId, activityId, sco, attempt})) {
        return sql::failure(q);
    }
    if (q.next())
        data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    for (auto it = values.begin(); it != values.end(); ++it)
        data.insert(it.key(), it.value());
    if (merged)
        *merged = data;
    return sql::run(q,
                    u"INSERT INTO scorm_attempts (profile_id, activity_id, sco, attempt, data, "
                    "finished, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (profile_id, activity_id, sco, attempt) DO UPDATE SET "
                    "data = excluded.data, finished = max(finished, excluded.finished), "
                    "updated_at = excluded.updated_at"_s,
                    {profileId, activityId, sco, attempt,
                     QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                     finished ? 1 : 0, sql::now()});
}

StorageError ScormRepository::setRemoteScoes(qint64 activityId,
                                             const QList<std::pair<QString, qint64>> &scoes)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"DELETE FROM scorm_scoes WHERE activity_id = ?"_s, {activityId}))
        return sql::failure(q);
    for (const auto &[identifier, remoteId] : scoes) {
        if (!sql::exec(q,
                       u"INSERT INTO scorm_scoes (activity_id, identifier, remote_id) "
                       "VALUES (?, ?, ?)"_s,
                       {activityId, identifier, remoteId})) {
            return sql::failure(q);
        }
    }
    return {};
}

QString ScormRepository::unpackedPackage(qint64 activityId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT package_sha256 FROM activities WHERE id = ?"_s, {activityId})
        || !q.next()) {
        return {};
    }
    return q.value(0).toString();
}

StorageError ScormRepository::replaceUnpacked(
    qint64 activityId, const QString &packageSha256,
    const QList<std::tuple<QString, qint64, QString>> &files)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"DELETE FROM files WHERE activity_id = ? AND role = 'asset'"_s,
                   {activityId})) {
        return sql::failure(q);
    }
    for (const auto &[path, size, sha256] : files) {
        if (!sql::exec(q,
                       u"INSERT INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"_s,
                       {sha256, size, sql::now()})
            || !sql::exec(q,
                          u"INSERT INTO files (activity_id, path, role, size, sha256, state) "
                          "VALUES (?, ?, 'asset', ?, ?, 'ready') ON CONFLICT (activity_id, path) "
                          "DO NOTHING"_s,
                          {activityId, path, size, sha256})) {
            return sql::failure(q);
        }
    }
    return sql::run(q, u"UPDATE activities SET package_sha256 = ? WHERE id = ?"_s,
                    {packageSha256, activityId});
}

qint64 ScormRepository::remoteScoId(qint64 activityId, const QString &identifier)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT remote_id FROM scorm_scoes WHERE activity_id = ? AND identifier = ?"_s,
                   {activityId, identifier})
        || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace clikc
