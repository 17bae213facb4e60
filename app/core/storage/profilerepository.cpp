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

} // namespace clikc
