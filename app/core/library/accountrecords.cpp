#include "accountrecords.h"

#include "coursemerge.h"
#include "libraryworker.h"
#include "progress/completionreconcile.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/sourcerepository.h"
#include "util/learnersecret.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace clikc {

QFuture<std::optional<AccountRecord>> AccountRecords::account(qint64 profileId)
{
    return m_worker.run([this, profileId] {
        return ProfileRepository(m_worker.database().connection()).account(profileId);
    });
}

QFuture<std::optional<Source>> AccountRecords::source(qint64 sourceId)
{
    return m_worker.run([this, sourceId] {
        return SourceRepository(m_worker.database().connection()).source(sourceId);
    });
}

QFuture<qint64> AccountRecords::recordSignIn(qint64 profileId, Source site, const QString &username,
                                             qint64 remoteUserId, const QString &fullName)
{
    return m_worker.run([this, profileId, site, username, remoteUserId,
                         fullName = fullName.trimmed().left(64)]() mutable -> qint64 {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        StorageError error = SourceRepository(db).save(site);
        ProfileRepository profiles(db);
        if (error.ok()) {
            const AccountRecord account{site.id, username, remoteUserId, true};
            error = profiles.setAccount(profileId, account);
        }
        if (error.ok() && !fullName.isEmpty() && profiles.nameFromSite(profileId)) {
            // Two officers of one name on one computer: the second is told apart by user name.
            const auto isTaken = [&profiles, profileId](const QString &name) {
                const auto taken = profiles.find(name);
                return taken && taken->name == name && taken->id != profileId;
            };
            QString name = fullName;
            if (isTaken(name))
                name = u"%1 (%2)"_s.arg(fullName, username).left(64);
            if (!isTaken(name))
                error = profiles.rename(profileId, name);
        }
        if (error.ok())
            error = transaction.commit();
        if (error.isError()) {
            m_worker.report(LibraryError::fromStorage(error));
            return 0;
        }
        return site.id;
    });
}

QFuture<LibraryError> AccountRecords::recordSignOut(qint64 profileId)
{
    return m_worker.run([this, profileId] {
        return m_worker.outcome(
            ProfileRepository(m_worker.database().connection()).setSignedIn(profileId, false));
    });
}

QFuture<QStringList> AccountRecords::pickedCourses(qint64 profileId, qint64 sourceId)
{
    return m_worker.run([this, profileId, sourceId] {
        return CourseRepository(m_worker.database().connection())
            .pickedCourses(profileId, sourceId);
    });
}

QFuture<LibraryError> AccountRecords::pickCourse(qint64 profileId, qint64 sourceId,
                                                 const QString &remoteId)
{
    return m_worker.run([this, profileId, sourceId, remoteId] {
        return m_worker.outcome(
            CourseRepository(m_worker.database().connection())
                .pickCourse(profileId, sourceId, remoteId, QDateTime::currentSecsSinceEpoch()));
    });
}

QFuture<LibraryError> AccountRecords::unpickCourse(qint64 profileId, qint64 sourceId,
                                                   const QString &remoteId)
{
    return m_worker.run([this, profileId, sourceId, remoteId] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        StorageError error = CourseRepository(db).unpickCourse(profileId, sourceId, remoteId);
        if (error.ok())
            error = transaction.commit();
        if (error.ok())
            Q_EMIT m_worker.libraryChanged();
        return m_worker.outcome(error);
    });
}

QFuture<LibraryError> AccountRecords::saveRemoteCourses(qint64 profileId, qint64 sourceId,
                                                        QList<Course> courses,
                                                        const QStringList &keep, bool wholeList)
{
    return m_worker.run([this, profileId, sourceId, courses, keep, wholeList]() mutable {
        QSqlDatabase db = m_worker.database().connection();
        CourseRepository repository(db);
        StorageError firstError;
        QList<qint64> superseded;
        QList<qint64> listed;
        bool progressMoved = false;
        for (Course &incoming : courses) {
            incoming.sourceId = sourceId;
            // Read, merged and written in one immediate transaction: the downloads thread may
            // finish one of the course's files meanwhile, and a merge of what was read before
            // would write the file back as not downloaded (and the sync would end without it).
            ScopedTransaction transaction(db);
            std::optional<Course> existing;
            if (const auto id = repository.idOf(sourceId, incoming.remoteId))
                existing = repository.course(*id);
            Course merged = mergeRemoteCourse(std::move(incoming), existing);
            StorageError saved = repository.save(merged);
            // The ids are known once saved; the server's completion came with the structure.
            for (const Section &section : std::as_const(merged.sections)) {
                for (const Activity &activity : section.activities) {
                    if (saved.isError() || !activity.serverCompletion.known())
                        continue;
                    using progress::Reconciled;
                    StorageError failure{StorageError::Code::Failed};
                    const Reconciled r = progress::reconcileCompletion(
                        db, profileId, activity.id, activity.serverCompletion, &failure);
                    if (r == Reconciled::Failed)
                        saved = failure; // the database's own reason (a full disk, …)
                    progressMoved = progressMoved || r == Reconciled::TookServer
                                    || r == Reconciled::ServerWon;
                    if (r == Reconciled::ServerWon)
                        superseded.append(activity.id);
                }
            }
            if (saved.ok())
                saved = transaction.commit();
            if (saved.ok())
                listed.append(merged.id);
            if (firstError.ok())
                firstError = saved;
        }
        // The courses the site lists for this learner are theirs to see; one it no longer lists
        // is not (its content and their progress stay). After a partial failure, only added.
        for (const QString &remoteId : keep) {
            if (const auto id = repository.idOf(sourceId, remoteId))
                listed.append(*id);
        }
        {
            ScopedTransaction transaction(db);
            StorageError linked = firstError.ok() && wholeList
                                      ? repository.setLearnerCourses(profileId, sourceId, listed)
                                      : repository.addLearnerCourses(profileId, listed);
            if (linked.ok())
                linked = transaction.commit();
            if (firstError.ok())
                firstError = linked;
        }
        for (qint64 activityId : std::as_const(superseded))
            Q_EMIT m_worker.completionSuperseded(profileId, activityId);
        if (!superseded.isEmpty())
            Q_EMIT m_worker.uploadsQueued(profileId);
        if (progressMoved)
            Q_EMIT m_worker.progressChanged(profileId, 0);
        // Files the server no longer lists may have freed content.
        m_worker.freeUnusedBlobs();
        Q_EMIT m_worker.libraryChanged();
        return m_worker.outcome(firstError);
    });
}

QFuture<QList<Learner>> AccountRecords::learners()
{
    return m_worker.run(
        [this] { return ProfileRepository(m_worker.database().connection()).all(); });
}

QFuture<std::optional<Learner>> AccountRecords::findLearner(const QString &nameOrId)
{
    return m_worker.run([this, nameOrId] {
        return ProfileRepository(m_worker.database().connection()).find(nameOrId);
    });
}

QFuture<std::optional<Learner>> AccountRecords::learner(qint64 id)
{
    return m_worker.run(
        [this, id] { return ProfileRepository(m_worker.database().connection()).profile(id); });
}

QFuture<AccountRecords::Added> AccountRecords::addLearner(const QString &name, bool nameFromSite)
{
    return m_worker.run([this, name = name.trimmed(), nameFromSite]() mutable {
        Added added;
        ProfileRepository profiles(m_worker.database().connection());
        if (name.isEmpty() && nameFromSite) {
            // Named by the site at their sign-in; until then, a name no one has.
            for (int n = 1; name.isEmpty() || profiles.find(name); ++n)
                name = QCoreApplication::translate("AccountRecords", "New learner %1").arg(n);
        }
        if (name.isEmpty() || name.size() > 64) {
            added.error.code = LibraryError::Code::InvalidName;
            added.error.subject = name;
            return added;
        }
        if (const auto existing = profiles.find(name); existing && existing->name == name) {
            added.error.code = LibraryError::Code::NameTaken;
            added.error.subject = name;
            return added;
        }
        ScopedTransaction transaction(m_worker.database().connection());
        StorageError written = profiles.add(name, &added.id, nameFromSite);
        if (written.ok())
            written = transaction.commit();
        if (written.isError())
            added.id = 0;
        added.error = m_worker.outcome(written);
        return added;
    });
}

QFuture<LibraryError> AccountRecords::removeLearner(qint64 id)
{
    return m_worker.run([this, id] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        ProfileRepository profiles(db);
        if (profiles.all().size() <= 1) {
            LibraryError last;
            last.code = LibraryError::Code::LastLearner;
            return last;
        }
        StorageError error = profiles.remove(id);
        if (error.ok())
            error = transaction.commit();
        return m_worker.outcome(error);
    });
}

QFuture<LibraryError> AccountRecords::settleForgotten(qint64 id)
{
    return m_worker.run([this, id] {
        return m_worker.outcome(
            ProfileRepository(m_worker.database().connection()).settleForgotten(id));
    });
}

QFuture<LibraryError> AccountRecords::touchLearner(qint64 id)
{
    return m_worker.run([this, id] {
        return m_worker.outcome(ProfileRepository(m_worker.database().connection()).touch(id));
    });
}

QFuture<LibraryError> AccountRecords::setLearnerLanguage(qint64 id, const QString &code)
{
    return m_worker.run([this, id, code] {
        return m_worker.outcome(
            ProfileRepository(m_worker.database().connection()).setLanguage(id, code));
    });
}

QFuture<LibraryError> AccountRecords::setLearnerSecret(qint64 id, const QString &secret)
{
    return m_worker.run([this, id, secret] {
        LibraryError error;
        QString hash;
        if (!secret.isEmpty()) {
            if (!learnersecret::acceptable(secret)) {
                error.code = LibraryError::Code::InvalidSecret;
                return error;
            }
            hash = learnersecret::hash(secret);
            if (hash.isEmpty()) {
                error.code = LibraryError::Code::DatabaseFailed;
                return error;
            }
        }
        return m_worker.outcome(
            ProfileRepository(m_worker.database().connection()).setSecretHash(id, hash));
    });
}

QFuture<AccountRecords::Unlock> AccountRecords::unlockLearner(qint64 id, const QString &secret,
                                                              qint64 nowMs)
{
    return m_worker.run([this, id, secret, nowMs] {
        Unlock result;
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        ProfileRepository profiles(db);
        const std::optional<ProfileRepository::Lock> lock = profiles.lock(id);
        if (!lock) {
            result.error.code = LibraryError::Code::NotFound;
            return result;
        }
        result.failures = lock->failures;
        if (lock->secretHash.isEmpty()) {
            result.outcome = Unlock::Outcome::Unlocked;
            result.learner = profiles.profile(id).value_or(Learner{});
            return result;
        }
        if (nowMs < lock->notBeforeMs) {
            result.outcome = Unlock::Outcome::TooSoon;
            result.waitMs = lock->notBeforeMs - nowMs;
            return result;
        }
        const bool right = learnersecret::verify(lock->secretHash, secret);
        result.failures = right ? 0 : lock->failures + 1;
        result.waitMs = right ? 0 : learnersecret::delayAfterMs(result.failures);
        StorageError error = profiles.recordUnlockTry(id, result.failures, nowMs + result.waitMs);
        if (error.ok())
            error = transaction.commit();
        if (error.isError()) {
            result.error = m_worker.outcome(error);
            return result;
        }
        result.outcome = right ? Unlock::Outcome::Unlocked : Unlock::Outcome::Wrong;
        if (right)
            result.learner = profiles.profile(id).value_or(Learner{});
        return result;
    });
}

} // namespace clikc
