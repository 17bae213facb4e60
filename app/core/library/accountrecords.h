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

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
