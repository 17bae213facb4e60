#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QList>
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

    using Profile = Learner;
    // Every learner, first added first.
    QList<Profile> all();
    std::optional<Profile> profile(qint64 id);
    // By name (exactly, as given), else by id when `nameOrId` is a number.
    std::optional<Profile> find(const QString &nameOrId);
    // A learner (no sign-in yet); `id` set. Constraint when the name is taken. `nameFromSite`:
    // the name is theirs until the site gives its own (see nameFromSite()).
    StorageError add(const QString &name, qint64 *id, bool nameFromSite = false);
    // Deletes the learner and everything that is theirs (progress, attempts, the upload queue
    // and its refusals, their list of site courses): the tables cascade. Course content is
    // the library's and stays. What the keychain and the settings hold of them outside the
    // database is listed in forgotten() until settleForgotten() says it is gone too.
    StorageError remove(qint64 id);
    QList<ForgottenLearner> forgotten();
    StorageError settleForgotten(qint64 id);
    StorageError touch(qint64 id);
    // The name is the learner's from now: nameFromSite() is false after it.
    StorageError rename(qint64 id, const QString &name);
    // Whether the learner takes the site's full name for them at their next sign-in.
    bool nameFromSite(qint64 id);
    // Empty `code`: the workstation's default.
    StorageError setLanguage(qint64 id, const QString &code);

    // What unlocking the learner checks (see learnersecret.h). Null when there is no such learner.
    struct Lock
    {
        QString secretHash; // empty: no PIN or passphrase
        int failures = 0;
        qint64 notBeforeMs = 0;
    };
    std::optional<Lock> lock(qint64 id);
    // Sets (or, empty, removes) the hash; the count of wrong tries starts again.
    StorageError setSecretHash(qint64 id, const QString &hash);
    StorageError recordUnlockTry(qint64 id, int failures, qint64 notBeforeMs);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
