#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace clikc {

// The persistent transfer queue: one row per file being fetched, with what a resume needs
// (bytes on disk, the server's ETag and Last-Modified) and why it last failed.
class DownloadRepository final
{
public:
    explicit DownloadRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    enum class State { Queued, Running, Paused, Verifying, Done, Failed, Cancelled };

    struct Row
    {
        qint64 id = 0;
        qint64 fileId = 0;
        State state = State::Queued;
        QString partPath;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        QString etag;
        QString lastModified;
        int attempts = 0;
        int verifyFailures = 0;
        qint64 nextAttemptAt = 0; // seconds since the epoch; 0 = now
        QString errorCode;
        QString errorDetail;
        // The byte ranges in the .part file when it was fetched over several connections
        // (transferrules::ByteRanges::toString()); empty: one run from byte 0.
        QString ranges;
        // Where the bytes come from when not the file's own address: a mirror's (its address or
        // folder), for the Downloads page; empty for the site or the mirror listing the file.
        QString servedBy;
        // From the file record:
        FileEntry file;
        qint64 sourceId = 0;
        qint64 courseId = 0;
        QString activityTitle;
    };

    static QString keyOf(State state);
    static State stateFromKey(const QString &key);

    // Queues files that are not on this computer (or have an update); returns how many were
    // added. Files already queued are left as they are.
    int enqueue(const QList<qint64> &fileIds);
    // Every file of the course / activity that can be fetched.
    QList<qint64> downloadableFiles(qint64 courseId, qint64 activityId = 0);
    QList<Row> all();
    // The queued rows of these sources that may start at `now`, first first, at most `limit`,
    // leaving out `running`: what the scheduler needs, without reading the whole queue.
    QList<Row> startable(const QList<qint64> &sourceIds, qint64 now, int limit,
                         const QList<qint64> &running);
    // Whether any row of these sources is queued, now or for later.
    bool hasQueued(const QList<qint64> &sourceIds);
    // The earliest later attempt among the queued rows of these sources (0: none waits).
    qint64 nextAttemptAfter(const QList<qint64> &sourceIds, qint64 now);
    std::optional<Row> row(qint64 fileId);
    // After a crash: what was running or being verified is queued again.
    int requeueInterrupted();
    // Queued rows that wait out a backoff after one of `errorCodes` may start at once, with their
    // backoff begun again (the link they waited for is back).
    int retryNow(const QStringList &errorCodes);
    StorageError update(const Row &row);
    StorageError setFileState(qint64 fileId, FileState state);
    // The verified bytes are in the store: the file is ready, the row is done.
    StorageError complete(qint64 fileId, const QString &sha256, qint64 size);
    StorageError remove(qint64 fileId);
    StorageError removeFinished();

private:
    QSqlDatabase m_db;
};

} // namespace clikc
