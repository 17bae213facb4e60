#pragma once

#include "storage/downloadrepository.h"
#include "sync/downloaderror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QFile;
class QNetworkReply;

namespace clikc {

class ContentStore;
class Database;
class NetworkAccess;

// Fetches files into the content store, completely and correctly however bad the link:
// a persistent queue (the `downloads` table) that survives restarts and carries on by itself;
// several transfers at once; resume with Range, accepted only from a 206 whose Content-Range
// starts where the .part file ends and whose ETag/Last-Modified match the first response (the
// real server ignores If-Range); bytes written to the .part file as they arrive; size and SHA-1
// (the pluginfile ETag, a SCORM package's sha1hash) checked before the file is placed in the
// store; retries with exponential backoff and jitter on network errors, 5xx and 429 (honouring
// Retry-After); a stalled transfer reconnects; a bandwidth cap; pause, resume and cancel.
// A large file that arrives slowly while connections are to spare is split into ranges fetched
// at once (each answer checked by the same rules, the written ranges kept in the queue so that
// a restart asks only for the holes, the whole file verified by its checksums).
//
// Lives on its own thread (see AppContext): the public methods may be called from any thread and
// are carried out on the manager's; its signals arrive queued.
class DownloadManager final : public QObject
{
    Q_OBJECT

public:
    DownloadManager(Database &database, ContentStore &store, QObject *parent = nullptr);
    ~DownloadManager() override;
    Q_DISABLE_COPY_MOVE(DownloadManager)

    using State = DownloadRepository::State;

    struct Item
    {
        qint64 fileId = 0;
        QString title; // the activity's
        QString path;
        State state = State::Queued;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0; // 0 when the server does not say
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1; // -1 when unknown
        int attempts = 0;
        DownloadError error;
        QString servedBy; // where the bytes come from: a site's or a mirror's address, a folder
    };

    // The current batch: every file queued since the queue was last empty. Its total stays
    // fixed while files finish, and bytesDone only grows (a finished file counts whole), so a
    // progress bar and a time left read sensibly. When nothing is active the batch ends.
    struct Totals
    {
        int active = 0; // queued, running or verifying
        int failed = 0;
        int done = 0;          // every finished download the table remembers
        int batchFiles = 0;    // files in the current batch
        int batchDone = 0;     // of which finished and verified
        qint64 bytesDone = 0;  // of the batch
        qint64 bytesTotal = 0; // of the batch
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;
    };

    struct Policy
    {
        int maxParallel = 3;
        qint64 bandwidthLimit = 0;  // bytes per second over all transfers; 0 = none
        int stallTimeoutMs = 30000; // no byte for this long: reconnect
        // Slower than this over a whole window (a server that trickles a byte now and then to
        // keep the stall timeout away) is a stall too: reconnect, and count a try. Not applied
        // when the learner's own bandwidth cap leaves a transfer less than four times that.
        qint64 lowSpeedBytesPerSecond = 256;
        int lowSpeedWindowMs = 2 * 60 * 1000;
        int retryBaseMs = 2000;
        int retryMaxMs = 5 * 60 * 1000;
        int maxChecksumFailures = 3;                // then the file is marked failed
        qint64 freeSpaceReserve = 64 * 1024 * 1024; // a file fails rather than eat into this
        int linkProbeMs = 1000; // while the link is down, one file tries this often
        // A file arriving slower than this, over a link that has connections to spare (nothing
        // else waits to start, no bandwidth cap), from a server that has answered a range of
        // this version of it, gets more connections, each fetching a range: on a lossy link one
        // TCP connection is held to a fraction of the line. Not on a fast one, where it gains
        // nothing and the later ranges are hashed when they join up instead of as they arrive.
        // 0: never split.
        qint64 splitBelowBytesPerSecond = 4 * 1024 * 1024;
        qint64 splitMinBytes = 1024 * 1024; // no range smaller than this
    };

    // --- callable from any thread ---
    void start();
    void setPolicy(const Policy &policy);
    // Changes only how many files travel at once (1–16) and the bandwidth cap (0: none).
    void setLimits(int maxParallel, qint64 bytesPerSecond);
    // A file that fails this many times in a row in this run (whatever the reason, bytes or
    // not) is given up, with the last reason: a scheduled run must end. 0 (the application's
    // choice): never given up, the learner's downloads carry on through any outage.
    void setMaxTries(int tries);
    // The token that authorises requests for the files of `sourceId` (empty: signed out), and
    // the site it belongs to: the token goes to that site's origin only, and a file listed
    // elsewhere is refused. `allowPlainHttp`: the user allowed that site over plain HTTP.
    void setAuthorization(qint64 sourceId, const QString &token, const QUrl &site,
                          bool allowPlainHttp = false);
    // A mirror added as a course source (Source::subscribed) at `baseUrl` (a web address or a
    // folder; empty: no longer): its own files are fetched from it, with no token, and a site's
    // file it holds (by the site's SHA-1, see SourceRepository::mirrorCopies) is fetched from it
    // rather than from the site — from the site after all if the mirror fails it.
    void setMirrorSource(qint64 sourceId, const QString &baseUrl, bool allowPlainHttp = false);
    void enqueueFiles(const QList<qint64> &fileIds);
    void enqueueCourse(qint64 courseId, qint64 activityId = 0);
    void pause(qint64 fileId);
    void resume(qint64 fileId);
    void cancel(qint64 fileId);
    void pauseAll();
    void resumeAll();
    void cancelAll();
    void clearFinished();

    // Waits (running the calling thread's event loop) until nothing is queued or running, or
    // only waits for a sign-in / has failed. For the command line and tests.
    bool waitUntilIdle(int timeoutMs);

Q_SIGNALS:
    void itemChanged(const clikc::DownloadManager::Item &item);
    void itemRemoved(qint64 fileId);
    void totalsChanged(const clikc::DownloadManager::Totals &totals);
    void fileReady(qint64 fileId, qint64 courseId);
    // Nothing left that can progress now.
    void idle();
    // The server no longer accepts the token for this source's files.
    void needsSignIn(qint64 sourceId);

private:
    struct Request;
    struct Transfer;

    void applyPolicy(const Policy &policy);
    void schedule();
    void begin(DownloadRepository::Row row);
    // Where the transfer's bytes are asked for (its address, token and what they must hash to),
    // false when it may not be fetched at all (then it has failed, with the reason).
    bool route(Transfer *transfer);
    // A file a folder mirror holds: copied and checked off this thread, then recorded.
    void copyFromFolder(Transfer *transfer);
    // A transfer from a LAN mirror that failed, for a site's file: fetched from the site now.
    bool fallBackToSite(Transfer *transfer);
    QList<qint64> readySources() const;
    // A request for bytes [start, end) of the transfer's file (end -1: to its end).
    void startRequest(Transfer *transfer, qint64 start, qint64 end);
    void onHeaders(Transfer *transfer, Request *request);
    void onData(Transfer *transfer, Request *request, qint64 budget = -1);
    void onFinished(Transfer *transfer, Request *request);
    // A request has written all it was to write.
    void requestDone(Transfer *transfer, Request *request);
    // A request of a split file broke while others go on: its range waits for a connection.
    void dropRequest(Transfer *transfer, Request *request, const DownloadError &why);
    // Starts a request for one range of a split file that no request covers; false if none.
    bool fillGap(Transfer *transfer);
    // Gives a running file one more connection by cutting a request's range in two.
    bool trySplit(Transfer *transfer);
    // Connections no queued file can use go to the running files' gaps and splits.
    void useSpareConnections();
    int connectionCount() const;
    // Every running request, each still running when its turn comes.
    void forEachRequest(const std::function<void(Transfer *, Request *)> &step);
    void hashUpTo(Transfer *transfer, qint64 end);
    DownloadRepository::Row rowOf(const Transfer *transfer) const;
    void restartFromZero(Transfer *transfer);
    void retryLater(Transfer *transfer, const DownloadError &error, int retryAfterSeconds = 0);
    void failFor(Transfer *transfer, const DownloadError &error);
    void verifyAndPlace(Transfer *transfer);
    // Records the file as ready with the object `sha256`, and ends its transfer.
    void recordPlaced(Transfer *transfer, const QString &sha256);
    void finishTransfer(Transfer *transfer);
    void stopTransfer(qint64 fileId, State state);
    void throttleTick();
    void probeLink();
    void persist(const DownloadRepository::Row &row);
    void publish(const DownloadRepository::Row &row, const Transfer *transfer = nullptr);
    void publishTotals();
    bool isIdle() const;
    bool isCurrent(qint64 fileId, quint64 serial) const;
    bool isLive(qint64 fileId, quint64 serial, quint64 requestSerial) const;
    Transfer *transferOf(qint64 fileId) const;
    // A snapshot, for loops whose steps may end transfers (check transferOf() before each).
    std::vector<Transfer *> runningTransfers() const;

    Database &m_database;
    ContentStore &m_store;
    std::unique_ptr<NetworkAccess> m_network;
    Policy m_policy;
    int m_maxTries = 0;
    QHash<qint64, int> m_tries; // file id → failed tries in this run
    QSet<qint64> m_noReuse;     // files whose stored copy (by the site's SHA-1) was tried this run
    QSet<qint64> m_noSplit;     // files whose server answered a range wrongly in this run
    QHash<qint64, QString> m_tokens; // source id → token
    QHash<qint64, QUrl> m_sites;     // source id → the site the token belongs to
    QHash<QUrl, bool> m_plainHttp;   // sites allowed over plain HTTP, for the network
    struct MirrorAccess
    {
        QString baseUrl;
        bool allowPlainHttp = false;
    };
    QHash<qint64, MirrorAccess> m_mirrors; // subscribed mirror source id → where it is
    QSet<qint64> m_noMirror; // site files a mirror failed in this run: fetched from the site
    QThreadPool m_copies;    // copies from folder mirrors (one at a time)
    // file id → running transfer; erasing one ends its request (see Transfer::abort).
    std::map<qint64, std::unique_ptr<Transfer>> m_transfers;
    std::atomic<quint64> m_idleSent{0}; // how many times idle() was sent, for waitUntilIdle
    QSet<qint64> m_batch;               // file ids of the current batch (see Totals)
    QTimer m_retryTimer;
    QTimer m_throttle;
    QTimer m_totalsTimer;
    QTimer m_probeTimer;
    bool m_started = false;
    bool m_linkDown = false;     // a transfer is waiting because the link failed
    bool m_queueWaiting = false; // files wait to start for want of a connection
};

} // namespace clikc

Q_DECLARE_METATYPE(clikc::DownloadManager::Item)
Q_DECLARE_METATYPE(clikc::DownloadManager::Totals)
