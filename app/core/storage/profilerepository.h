#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace clikc {

// The learners of this computer. Each profile has its own sign-in (site and username, never the
// token), language and progress.
class ProfileRepository final
{
public:
    explicit ProfileRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    using Account = AccountRecord;

    std::optional<Account> account(qint64 profileId);
    StorageError setAccount(qint64 profileId, const Account &account);
    StorageError setSignedIn(qint64 profileId, bool signedIn);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
