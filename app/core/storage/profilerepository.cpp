#include "profilerepository.h"

#include "sqlutil.h"

using namespace Qt::StringLiterals;

namespace clikc {

std::optional<ProfileRepository::Account> ProfileRepository::account(qint64 profileId)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT coalesce(source_id, 0), coalesce(username, ''), "
                   "coalesce(remote_user_id, 0), signed_in FROM profiles WHERE id = ?"_s,
                   {profileId})
        || !q.next()) {
        return std::nullopt;
    }
    return Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                   q.value(3).toBool()};
}

StorageError ProfileRepository::setAccount(qint64 profileId, const Account &account)
{
    sql::Query q(m_db);
    // No such profile: NotFound, nothing was written.
    return sql::runOnOne(q,
                         u"UPDATE profiles SET source_id = ?, username = ?, remote_user_id = ?, "
                         "signed_in = ?, last_used_at = ? WHERE id = ?"_s,
                         {account.sourceId > 0 ? QVariant(account.sourceId) : QVariant(),
                          sql::nullIfEmpty(account.username), account.remoteUserId,
                          account.signedIn ? 1 : 0, sql::now(), profileId});
}

StorageError ProfileRepository::setSignedIn(qint64 profileId, bool signedIn)
{
    sql::Query q(m_db);
    return sql::run(q, u"UPDATE profiles SET signed_in = ? WHERE id = ?"_s,
                    {signedIn ? 1 : 0, profileId});
}

namespace {

const QString kProfileColumns
    = u"p.id, p.name, coalesce(p.language, ''), coalesce(p.source_id, 0), "
      "coalesce(s.base_url, ''), coalesce(s.title, ''), coalesce(p.username, ''), p.signed_in, "
      "p.created_at, coalesce(p.last_used_at, 0), "
      "(SELECT count(*) FROM uploads u WHERE u.profile_id = p.id AND u.state <> 'rejected'), "
      "(SELECT count(*) FROM uploads u WHERE u.profile_id = p.id AND u.state = 'rejected'), "
      "p.secret_hash IS NOT NULL "
      "FROM profiles p LEFT JOIN sources s ON s.id = p.source_id"_s;

ProfileRepository::Profile profileFrom(const QSqlQuery &q)
{
    ProfileRepository::Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.language = q.value(2).toString();
    p.sourceId = q.value(3).toLongLong();
    p.siteUrl = q.value(4).toString();
    p.siteTitle = q.value(5).toString();
    p.username = q.value(6).toString();
    p.signedIn = q.value(7).toBool();
    p.createdAt = q.value(8).toLongLong();
    p.lastUsedAt = q.value(9).toLongLong();
    p.pendingUploads = q.value(10).toInt();
    p.refusedUploads = q.value(11).toInt();
    p.hasSecret = q.value(12).toBool();
    return p;
}

} // namespace

QList<ProfileRepository::Profile> ProfileRepository::all()
{
    QList<Profile> profiles;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kProfileColumns + u" ORDER BY p.id"_s))
        return profiles;
    while (q.next())
        profiles.append(profileFrom(q));
    return profiles;
}

std::optional<ProfileRepository::Profile> ProfileRepository::profile(qint64 id)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT "_s + kProfileColumns + u" WHERE p.id = ?"_s, {id}) || !q.next())
        return std::nullopt;
    return profileFrom(q);
}

std::optional<ProfileRepository::Profile> ProfileRepository::find(const QString &nameOrId)
{
    {
        sql::Query q(m_db);
        if (sql::exec(q, u"SELECT "_s + kProfileColumns + u" WHERE p.name = ?"_s, {nameOrId})
            && q.next())
            return profileFrom(q);
    }
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    return isNumber ? profile(id) : std::nullopt;
}

StorageError ProfileRepository::add(const QString &name, qint64 *id, bool nameFromSite)
{
    // Never the id of a learner removed before: what a crash may have left of them outside the
    // database (a keychain entry, a settings group, both keyed by the id) must not become a
    // newcomer's. The highest id ever given is kept in meta (the caller's transaction, if any).
    sql::Query q(m_db);
    StorageError error = sql::run(
        q,
        u"INSERT INTO profiles (id, name, created_at, name_from_site) VALUES (1 + max("
        "coalesce((SELECT max(id) FROM profiles), 0), "
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_profile_id'), 0)), "
        "?, ?, ?)"_s,
        {name, sql::now(), nameFromSite ? 1 : 0});
    const qint64 added = error.ok() ? q.lastInsertId().toLongLong() : 0;
    if (error.ok())
        error = sql::run(q,
                         u"INSERT INTO meta (key, value) VALUES ('last_profile_id', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                         {QString::number(added)});
    if (error.ok() && id)
        *id = added;
    return error;
}

StorageError ProfileRepository::remove(qint64 id)
{
    sql::Query q(m_db);
    StorageError error
        = sql::run(q,
                   u"INSERT OR REPLACE INTO forgotten_learners (profile_id, site_url, username) "
                   "SELECT p.id, coalesce(s.base_url, ''), coalesce(p.username, '') "
                   "FROM profiles p LEFT JOIN sources s ON s.id = p.source_id WHERE p.id = ?"_s,
                   {id});
    return error.ok() ? sql::runOnOne(q, u"DELETE FROM profiles WHERE id = ?"_s, {id}) : error;
}

QList<ForgottenLearner> ProfileRepository::forgotten()
{
    QList<ForgottenLearner> learners;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT profile_id, site_url, username FROM forgotten_learners "
                      "ORDER BY profile_id"_s))
        return learners;
    while (q.next())
        learners.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return learners;
}

StorageError ProfileRepository::settleForgotten(qint64 id)
{
    sql::Query q(m_db);
    return sql::run(q, u"DELETE FROM forgotten_learners WHERE profile_id = ?"_s, {id});
}

StorageError ProfileRepository::touch(qint64 id)
{
    sql::Query q(m_db);
    return sql::runOnOne(q, u"UPDATE profiles SET last_used_at = ? WHERE id = ?"_s,
                         {sql::now(), id});
}

StorageError ProfileRepository::rename(qint64 id, const QString &name)
{
    sql::Query q(m_db);
    return sql::runOnOne(q, u"UPDATE profiles SET name = ?, name_from_site = 0 WHERE id = ?"_s,
                         {name, id});
}

bool ProfileRepository::nameFromSite(qint64 id)
{
    sql::Query q(m_db);
    return sql::exec(q, u"SELECT name_from_site FROM profiles WHERE id = ?"_s, {id}) && q.next()
           && q.value(0).toBool();
}

StorageError ProfileRepository::setLanguage(qint64 id, const QString &code)
{
    sql::Query q(m_db);
    return sql::runOnOne(q, u"UPDATE profiles SET language = ? WHERE id = ?"_s,
                         {sql::nullIfEmpty(code), id});
}

std::optional<ProfileRepository::Lock> ProfileRepository::lock(qint64 id)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT coalesce(secret_hash, ''), failed_unlocks, unlock_not_before "
                   "FROM profiles WHERE id = ?"_s,
                   {id})
        || !q.next())
        return std::nullopt;
    return Lock{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
}

StorageError ProfileRepository::setSecretHash(qint64 id, const QString &hash)
{
    sql::Query q(m_db);
    return sql::runOnOne(q,
                         u"UPDATE profiles SET secret_hash = ?, failed_unlocks = 0, "
                         "unlock_not_before = 0 WHERE id = ?"_s,
                         {sql::nullIfEmpty(hash), id});
}

StorageError ProfileRepository::recordUnlockTry(qint64 id, int failures, qint64 notBeforeMs)
{
    sql::Query q(m_db);
    return sql::runOnOne(
        q, u"UPDATE profiles SET failed_unlocks = ?, unlock_not_before = ? WHERE id = ?"_s,
        {failures, notBeforeMs, id});
}

} // namespace clikc
