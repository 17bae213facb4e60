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
    // Records a successful sign-in: the site as a source, and the profile's account. A learner
    // who takes their name from the site (a new library's "local", one added with an account)
    // takes `fullName`, the site's name for the user, followed by the user name when another
    // learner has it. Returns the source's id (0 on failure).
    QFuture<qint64> recordSignIn(qint64 profileId, Source site, const QString &username,
                                 qint64 remoteUserId, const QString &fullName = {});
    QFuture<LibraryError> recordSignOut(qint64 profileId);
    // Stores courses fresh from a server, merged with what is on this computer, and reconciles
    // the server's completion states with the profile's (see progress/completionreconcile.h).
    // `keep`: the site's ids of courses that stay the learner's although not among `courses`
    // (catalogue picks the site could not be asked about this time). `wholeList` false: the
    // courses are added to the learner's, the others left as they are (one course just taken
    // or enrolled in).
    QFuture<LibraryError> saveRemoteCourses(qint64 profileId, qint64 sourceId,
                                            QList<Course> courses, const QStringList &keep = {},
                                            bool wholeList = true);
    // The courses the learner took from the site's catalogue without being enrolled (the
    // site's ids); see CourseRepository::pickedCourses.
    QFuture<QStringList> pickedCourses(qint64 profileId, qint64 sourceId);
    QFuture<LibraryError> pickCourse(qint64 profileId, qint64 sourceId, const QString &remoteId);
    QFuture<LibraryError> unpickCourse(qint64 profileId, qint64 sourceId, const QString &remoteId);

    // The learners of this library.
    QFuture<QList<Learner>> learners();
    // By name, else by id (see ProfileRepository::find).
    QFuture<std::optional<Learner>> findLearner(const QString &nameOrId);
    // As the library has them now (no learner of that id: nullopt).
    QFuture<std::optional<Learner>> learner(qint64 id);
    struct Added
    {
        qint64 id = 0;
        LibraryError error;
    };
    // A learner: a name (trimmed, 1 to 64 characters, not taken). `nameFromSite`: they sign
    // in with a CLiKC! account next and take the site's full name for them (recordSignIn);
    // `name` may then be empty, and a free "New learner N" holds the place until then.
    QFuture<Added> addLearner(const QString &name, bool nameFromSite = false);
    // Deletes the learner and all that is theirs in the library (see ProfileRepository::remove);
    // the caller removes their keychain entry and settings, then settles them. The last
    // learner stays: a library has one.
    QFuture<LibraryError> removeLearner(qint64 id);
    // Records that a removed learner's keychain entry and settings are gone too.
    QFuture<LibraryError> settleForgotten(qint64 id);
    QFuture<LibraryError> touchLearner(qint64 id);
    // Empty `code`: the workstation's default language.
    QFuture<LibraryError> setLearnerLanguage(qint64 id, const QString &code);

    // Sets the learner's PIN or passphrase (empty: removes it), kept as an Argon2id hash only.
    // InvalidSecret when it is too short or too long.
    QFuture<LibraryError> setLearnerSecret(qint64 id, const QString &secret);
    struct Unlock
    {
        enum class Outcome {
            Unlocked, // the right secret, or the learner has none
            Wrong,    // not theirs; `waitMs` before the next try is checked
            TooSoon,  // not checked: `waitMs` are left of the delay after the last wrong one
            Failed,   // no such learner, or the library could not record the try (`error`)
        };
        Outcome outcome = Outcome::Failed;
        qint64 waitMs = 0;
        int failures = 0; // wrong tries in a row, this one included
        LibraryError error;
        Learner learner; // Unlocked: the learner as the library has them now
    };
    // Checks `secret` against the learner's hash at `nowMs` (ms since the epoch; the caller's
    // clock, so that tests need not wait), keeping the count of wrong tries and the growing
    // delay (learnersecret::delayAfterMs) in the library: a restart does not reset them. The
    // check and its record are one transaction, so two tries at once cannot both be checked.
    // Runs on the library's worker, which it holds for the tenth of a second a hash takes.
    QFuture<Unlock> unlockLearner(qint64 id, const QString &secret, qint64 nowMs);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
