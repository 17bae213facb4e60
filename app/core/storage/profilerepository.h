#pragma once

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

    struct Account
    {
        qint64 sourceId = 0; // the site signed in to; 0 when never signed in
        QString username;
        qint64 remoteUserId = 0;
        bool signedIn = false; // false after signing out (the username is kept for the form)
    };

    std::optional<Account> account(qint64 profileId);
    bool setAccount(qint64 profileId, const Account &account);
    bool setSignedIn(qint64 profileId, bool signedIn);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
