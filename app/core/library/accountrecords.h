#pragma once

#include "domain/types.h"
#include "libraryerror.h"

#include <QFuture>
#include <optional>

namespace clikc {

class LibraryWorker;

// What the library keeps of a profile's sign-in (site and username; never the token), and the
// courses the site lists for it.
class AccountRecords final
{
public:
    explicit AccountRecords(LibraryWorker &worker)
        : m_worker(worker)
    {}

    QFuture<std::optional<AccountRecord>> account(qint64 profileId);
    QFuture<std::optional<Source>> source(qint64 sourceId);
    // Records a successful sign-in: the site as a source, and the profile's account. Returns the
    // source's id (0 on failure).
    QFuture<qint64> recordSignIn(qint64 profileId, Source site, const QString &username,
                                 qint64 remoteUserId);
    QFuture<LibraryError> recordSignOut(qint64 profileId);
    // Stores courses fresh from a server, merged with what is on this computer, and reconciles
    // the server's completion states with the profile's (see progress/completionreconcile.h).
    QFuture<LibraryError> saveRemoteCourses(qint64 profileId, qint64 sourceId,
                                            QList<Course> courses);

    // The learners of this library.
    QFuture<QList<Learner>> learners();
    // By name, else by id (see ProfileRepository::find).
    QFuture<std::optional<Learner>> findLearner(const QString &nameOrId);
    struct Added
    {
        qint64 id = 0;
        LibraryError error;
    };
    // A local learner: a name only (trimmed, 1 to 64 characters, not taken).
    QFuture<Added> addLearner(const QString &name);
    // Deletes the learner and all that is theirs in the library (see ProfileRepository::remove);
    // the caller removes their keychain entry. The last learner stays: a library has one.
    QFuture<LibraryError> removeLearner(qint64 id);
    QFuture<LibraryError> touchLearner(qint64 id);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
