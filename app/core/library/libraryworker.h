#pragma once

#include "libraryerror.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace clikc {

class ContentStore;
class Database;

// The one ordered worker every library service runs on, and the changes they announce.
// Operations run one at a time, in the order asked (so a save is never overtaken by a later
// read), on one thread that keeps its SQLite connection open; each returns a QFuture and nothing
// blocks the caller. Lives on the thread that created it (the GUI thread in the application);
// its signals are emitted from the worker and arrive queued.
class LibraryWorker final : public QObject
{
    Q_OBJECT

public:
    LibraryWorker(Database &database, ContentStore &store, QObject *parent = nullptr);
    ~LibraryWorker() override;
    Q_DISABLE_COPY_MOVE(LibraryWorker)

    // Not QtConcurrent::run: a thread that waits on one of its futures may take the task and
    // run it itself, beside the worker, which would break the one-at-a-time order the library
    // relies on (a repair could see a half-imported course's files as orphans). A promise fed
    // from a plain runnable cannot be taken that way.
    template<typename F>
    auto run(F &&function)
    {
        using Result = std::invoke_result_t<std::decay_t<F>>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        m_pool.start([promise, work = std::forward<F>(function)]() mutable {
            if constexpr (std::is_void_v<Result>)
                work();
            else
                promise->addResult(work());
            promise->finish();
        });
        return future;
    }

    // Waits for every queued operation (shutdown, tests, the command line).
    void waitForIdle();

    // For the services' operations, on the worker.
    Database &database() { return m_database; }
    ContentStore &store() { return m_store; }
    // Frees the blobs no course file uses any more; how many went.
    int freeUnusedBlobs();
    // On the worker: a failure is announced (failed()) and handed back to the caller.
    LibraryError report(const LibraryError &error);
    // What a write comes to: nothing, or why the library could not be written (announced).
    LibraryError outcome(const StorageError &written)
    {
        return written.ok() ? LibraryError{} : report(LibraryError::fromStorage(written));
    }

    // Finished downloads changed these courses' files (and nothing else).
    void notifyCoursesChanged(const QList<qint64> &courseIds) { Q_EMIT coursesChanged(courseIds); }
    // Something outside the services (the uploader) changed a profile's progress.
    void notifyProgressChanged(qint64 profileId, qint64 activityId)
    {
        Q_EMIT progressChanged(profileId, activityId);
        Q_EMIT completionSuperseded(profileId, activityId);
    }

Q_SIGNALS:
    // Courses, their files or their content changed.
    void libraryChanged();
    // Only the files of these courses changed (downloads finished): what shows other courses
    // need not read anything again.
    void coursesChanged(const QList<qint64> &courseIds);
    // A profile's progress changed (activity 0: several of them).
    void progressChanged(qint64 profileId, qint64 activityId);
    // Something was queued for the server, or left the queue.
    void uploadsQueued(qint64 profileId);
    // A change made on this computer lost to a newer one made on the site.
    void completionSuperseded(qint64 profileId, qint64 activityId);
    // Something asked of the library did not happen (the window says so, whoever asked).
    void failed(const clikc::LibraryError &error);

private:
    Database &m_database;
    ContentStore &m_store;
    QThreadPool m_pool;
};

} // namespace clikc
