#include "accountrecords.h"

#include "coursemerge.h"
#include "libraryworker.h"
#include "progress/completionreconcile.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/sourcerepository.h"

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
                                             qint64 remoteUserId)
{
    return m_worker.run([this, profileId, site, username, remoteUserId]() mutable -> qint64 {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        StorageError error = SourceRepository(db).save(site);
        if (error.ok()) {
            const AccountRecord account{site.id, username, remoteUserId, true};
            error = ProfileRepository(db).setAccount(profileId, account);
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

QFuture<LibraryError> AccountRecords::saveRemoteCourses(qint64 profileId, qint64 sourceId,
                                                        QList<Course> courses)
{
    return m_worker.run([this, profileId, sourceId, courses]() mutable {
        QSqlDatabase db = m_worker.database().connection();
        CourseRepository repository(db);
        StorageError firstError;
        QList<qint64> superseded;
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
            if (firstError.ok())
                firstError = saved;
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

QFuture<AccountRecords::Added> AccountRecords::addLearner(const QString &name)
{
    return m_worker.run([this, name = name.trimmed()] {
        Added added;
        if (name.isEmpty() || name.size() > 64) {
            added.error.code = LibraryError::Code::InvalidName;
            added.error.subject = name;
            return added;
        }
        ProfileRepository profiles(m_worker.database().connection());
        if (const auto existing = profiles.find(name); existing && existing->name == name) {
            added.error.code = LibraryError::Code::NameTaken;
            added.error.subject = name;
            return added;
        }
        added.error = m_worker.outcome(profiles.add(name, &added.id));
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

QFuture<LibraryError> AccountRecords::touchLearner(qint64 id)
{
    return m_worker.run([this, id] {
        return m_worker.outcome(ProfileRepository(m_worker.database().connection()).touch(id));
    });
}

} // namespace clikc
