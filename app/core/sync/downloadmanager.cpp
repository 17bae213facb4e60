#include "downloadmanager.h"

#include "connector/moodleprotocol.h"
#include "content/contentstore.h"
#include "content/mirrorcatalogue.h"
#include "downloaderror.h"
#include "i18n/format.h"
#include "network/networkaccess.h"
#include "storage/blobrepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "transferrules.h"
#include "util/freespace.h"
#include "util/onthread.h"
#include "util/safefile.h"
#include "util/streamhasher.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDownloads, "clikc.downloads")

namespace {

// A write the queue can do without for now (the row is written again at its next step, and a
// start repairs what a stop left): said in the log, with why.
void noteWrite(const clikc::StorageError &error, const char *what)
{
    // (Written under UnsyncedCommits where they are frequent: see persist().)
    if (error.isError())
        qCWarning(lcDownloads) << "could not record" << what << error.key();
}

} // namespace

namespace clikc {
namespace {

constexpr int kPersistEveryMs = 2000;
constexpr int kThrottleTickMs = 100;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Moodle's pluginfile ETag is the SHA-1 of the content, quoted.
// Why a .part file could not be opened or written: a full disk (ENOSPC, which Qt reports as a
// resource error) says how much is needed; anything else says what the system said.
DownloadError writeError(const QFile &part, const DownloadRepository::Row &row)
{
    if (part.error() == QFileDevice::ResourceError) {
        return {DownloadError::Code::NoSpace,
                {},
                Format::fileSize(qMax<qint64>(0, row.file.size - row.bytesDone))};
    }
    return {DownloadError::Code::WriteFailed, {}, part.errorString()};
}

// What the queue keeps beside the key: the error's subject (a host, a size, the system's
// reason), else the site's own words.
QString detailOf(const DownloadError &error)
{
    if (error.code != DownloadError::Code::Site)
        return error.subject;
    return error.site.subject.isEmpty() ? error.site.detail : error.site.subject;
}

// The keys of a broken link (what the link probe and "the link is back" look for).
QStringList linkDownKeys()
{
    return {DownloadError::fromSite({ConnectorError::Code::ConnectionFailed, {}, {}, {}}).key(),
            DownloadError::fromSite({ConnectorError::Code::Timeout, {}, {}, {}}).key()};
}

QString sha1FromEtag(const QString &etag)
{
    QString value = etag;
    if (value.startsWith(u"W/"_s))
        return {};
    value.remove(u'"');
    static const QRegularExpression hex(u"^[0-9a-fA-F]{40}$"_s);
    return hex.match(value).hasMatch() ? value.toLower() : QString();
}

} // namespace

// One request for bytes of one file. Owned by its Transfer: removing it from there ends it.
struct DownloadManager::Request
{
    explicit Request(QObject *receiver)
        : serial(++s_serial)
        , owner(receiver)
    {}
    ~Request() { abort(); }
    Q_DISABLE_COPY_MOVE(Request)

    // Ends the request without another word from it, and closes its handle on the .part file.
    void abort()
    {
        stoppedByUs = true;
        if (reply) {
            reply->disconnect(owner);
            reply->abort();
            reply->deleteLater();
            reply = nullptr;
        }
        if (part)
            part->close();
    }
    // Where this request stops: `end`, or the end of the file.
    qint64 endIn(qint64 fileSize) const { return end >= 0 ? end : fileSize; }

    static inline quint64 s_serial = 0;
    const quint64 serial;
    QObject *const owner; // the manager, whose connections to the reply go with it
    QNetworkReply *reply = nullptr;
    std::unique_ptr<QFile> part;
    qint64 start = 0; // the first byte asked for
    qint64 pos = 0;   // where the next byte goes
    qint64 end = -1;  // one past the last byte it is to write; -1: to the end of the file
    bool headersRead = false;
    bool writing = false; // the body is file content (not an error page)
    bool stoppedByUs = false;
    bool tooSlow = false;
    int httpStatus = 0;
    QByteArray errorBody;
    QElapsedTimer windowClock; // the low-speed check's window
    qint64 windowBytes = 0;
};

// One file being fetched, by one request, or several when it is split. Owned by m_transfers:
// removing it from there ends its requests.
struct DownloadManager::Transfer
{
    explicit Transfer(QObject *receiver)
        : serial(++s_serial)
        , owner(receiver)
    {}
    ~Transfer() { abort(); }
    Q_DISABLE_COPY_MOVE(Transfer)

    void abort()
    {
        stoppedByUs = true;
        requests.clear(); // each ends its reply
    }
    Request *find(quint64 requestSerial) const
    {
        for (const auto &request : requests) {
            if (request->serial == requestSerial)
                return request.get();
        }
        return nullptr;
    }

    static inline quint64 s_serial = 0;
    const quint64 serial; // tells a transfer from a later one at the same address
    QObject *const owner;
    DownloadRepository::Row row;
    // Where its bytes are asked for (see route()): the site's address with its token, the
    // mirror's, or a file in a folder mirror.
    QUrl url;
    QString token;
    qint64 viaMirror = 0;   // the mirror source serving a site's file; 0: none
    QString expectedSha256; // what the bytes must hash to, when known (a mirror's file)
    bool fromFolder = false;
    std::vector<std::unique_ptr<Request>> requests;
    // Unsplit, the .part file is one run of bytes from 0 (row.bytesDone of them). Split, it has
    // holes, and `written` says which bytes it holds.
    bool split = false;
    transferrules::ByteRanges written;
    bool servesRanges = false; // a range of this version came back: the file may be split
    qint64 receivedNow = 0;    // bytes written since this transfer began
    // The .part's digests, fed in order as its bytes are written, so a finished file is never
    // read again; ranges written ahead of the first gap are read back (from the page cache)
    // when the bytes before them are in. None: they would not match the file, which is then
    // read to check it.
    std::unique_ptr<StreamHasher> hasher;
    std::unique_ptr<QFile> reader; // reads ranges back for the hasher
    bool stoppedByUs = false;
    QElapsedTimer persistClock;
    QElapsedTimer rateClock;
    qint64 rateBytes = 0;
    double rate = 0;
};

DownloadManager::DownloadManager(Database &database, ContentStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
    qRegisterMetaType<Item>();
    qRegisterMetaType<Totals>();
    // Parented so that moveToThread() takes the timers along.
    m_retryTimer.setParent(this);
    m_throttle.setParent(this);
    m_totalsTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadManager::schedule);
    m_throttle.setInterval(kThrottleTickMs);
    connect(&m_throttle, &QTimer::timeout, this, &DownloadManager::throttleTick);
    // While the link is down, one file at a time probes it every second or so; when bytes flow
    // again the others are released (see onData), instead of each waiting out its own backoff.
    m_probeTimer.setParent(this);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &DownloadManager::probeLink);
    m_copies.setMaxThreadCount(1);
    m_totalsTimer.setInterval(250);
    m_totalsTimer.setSingleShot(true);
    connect(&m_totalsTimer, &QTimer::timeout, this, &DownloadManager::publishTotals);
}

DownloadManager::~DownloadManager()
{
    m_transfers.clear(); // each ends its request
    m_copies.waitForDone();
    m_database.closeConnection();
}

void DownloadManager::start()
{
    runOnThreadOf(this, [this] {
        if (m_started)
            return;
        m_started = true;
        m_network = std::make_unique<NetworkAccess>();
        for (auto it = m_plainHttp.cbegin(); it != m_plainHttp.cend(); ++it)
            m_network->setPlainHttpAllowed(it.key(), it.value());
        // A crash or a power cut left these mid-way: their .part files carry on.
        DownloadRepository(m_database.connection()).requeueInterrupted();
        for (const auto &row : DownloadRepository(m_database.connection()).all())
            publish(row);
        schedule();
    });
}

void DownloadManager::setPolicy(const Policy &policy)
{
    runOnThreadOf(this, [this, policy] { applyPolicy(policy); });
}

void DownloadManager::setMaxTries(int tries)
{
    runOnThreadOf(this, [this, tries] { m_maxTries = qMax(0, tries); });
}

void DownloadManager::setLimits(int maxParallel, qint64 bytesPerSecond)
{
    runOnThreadOf(this, [this, maxParallel, bytesPerSecond] {
        Policy policy = m_policy;
        policy.maxParallel = qBound(1, maxParallel, 16);
        policy.bandwidthLimit = qMax<qint64>(0, bytesPerSecond);
        applyPolicy(policy);
    });
}

void DownloadManager::applyPolicy(const Policy &policy)
{
    {
        m_policy = policy;
        if (policy.bandwidthLimit > 0) {
            for (const auto &[id, t] : m_transfers) {
                for (const auto &request : t->requests) {
                    if (request->reply)
                        request->reply->setReadBufferSize(
                            qMax<qint64>(16 * 1024, policy.bandwidthLimit / 4));
                }
            }
            m_throttle.start();
        } else {
            m_throttle.stop();
            forEachRequest([this](Transfer *transfer, Request *request) {
                if (request->reply) {
                    request->reply->setReadBufferSize(0);
                    onData(transfer, request);
                }
            });
        }
        schedule();
    }
}

void DownloadManager::setAuthorization(qint64 sourceId, const QString &token, const QUrl &site,
                                       bool allowPlainHttp)
{
    runOnThreadOf(this, [this, sourceId, token, site, allowPlainHttp] {
        if (token.isEmpty()) {
            m_tokens.remove(sourceId);
        } else {
            m_tokens.insert(sourceId, token);
            m_sites.insert(sourceId, site);
        }
        m_plainHttp.insert(site, allowPlainHttp);
        if (m_network)
            m_network->setPlainHttpAllowed(site, allowPlainHttp);
        schedule();
    });
}

void DownloadManager::setMirrorSource(qint64 sourceId, const QString &baseUrl, bool allowPlainHttp)
{
    runOnThreadOf(this, [this, sourceId, baseUrl, allowPlainHttp] {
        if (baseUrl.isEmpty()) {
            m_mirrors.remove(sourceId);
        } else {
            m_mirrors.insert(sourceId, {baseUrl, allowPlainHttp});
            const QUrl base(baseUrl);
            if (!base.isLocalFile() && !QDir::isAbsolutePath(baseUrl)) {
                m_plainHttp.insert(base, allowPlainHttp);
                if (m_network)
                    m_network->setPlainHttpAllowed(base, allowPlainHttp);
            }
        }
        schedule();
    });
}

QList<qint64> DownloadManager::readySources() const
{
    QList<qint64> sources = m_tokens.keys();
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it) {
        if (!sources.contains(it.key()))
            sources.append(it.key());
    }
    return sources;
}

void DownloadManager::enqueueFiles(const QList<qint64> &fileIds)
{
    runOnThreadOf(this, [this, fileIds] {
        DownloadRepository repository(m_database.connection());
        repository.enqueue(fileIds);
        for (qint64 id : fileIds) {
            if (const auto row = repository.row(id)) {
                publish(*row);
                // Part of the batch the totals count from now, even if it is done before they
                // are next published.
                if (row->state != State::Done)
                    m_batch.insert(id);
            }
        }
        schedule();
    });
}

void DownloadManager::enqueueCourse(qint64 courseId, qint64 activityId)
{
    runOnThreadOf(this, [this, courseId, activityId] {
        enqueueFiles(
            DownloadRepository(m_database.connection()).downloadableFiles(courseId, activityId));
    });
}

void DownloadManager::pause(qint64 fileId)
{
    runOnThreadOf(this, [this, fileId] { stopTransfer(fileId, State::Paused); });
}

void DownloadManager::resume(qint64 fileId)
{
    runOnThreadOf(this, [this, fileId] {
        DownloadRepository repository(m_database.connection());
        if (auto row = repository.row(fileId); row && row->state != State::Done) {
            m_tries.remove(fileId); // the learner asked: a fresh start
            row->state = State::Queued;
            row->nextAttemptAt = 0;
            if (row->errorCode == u"verification"_s)
                row->verifyFailures = 0;
            row->errorCode.clear();
            row->errorDetail.clear();
            persist(*row);
            publish(*row);
        }
        schedule();
    });
}

void DownloadManager::cancel(qint64 fileId)
{
    runOnThreadOf(this, [this, fileId] { stopTransfer(fileId, State::Cancelled); });
}

void DownloadManager::pauseAll()
{
    runOnThreadOf(this, [this] {
        for (const auto &row : DownloadRepository(m_database.connection()).all()) {
            if (row.state == State::Queued || row.state == State::Running)
                stopTransfer(row.fileId, State::Paused);
        }
    });
}

void DownloadManager::resumeAll()
{
    runOnThreadOf(this, [this] {
        for (const auto &row : DownloadRepository(m_database.connection()).all()) {
            if (row.state == State::Paused || row.state == State::Failed)
                resume(row.fileId);
        }
    });
}

void DownloadManager::cancelAll()
{
    runOnThreadOf(this, [this] {
        for (const auto &row : DownloadRepository(m_database.connection()).all()) {
            if (row.state != State::Done)
                stopTransfer(row.fileId, State::Cancelled);
        }
    });
}

void DownloadManager::clearFinished()
{
    runOnThreadOf(this, [this] {
        DownloadRepository repository(m_database.connection());
        for (const auto &row : repository.all()) {
            if (row.state == State::Done || row.state == State::Cancelled)
                Q_EMIT itemRemoved(row.fileId);
        }
        noteWrite(repository.removeFinished(), "the finished downloads' removal");
    });
}

void DownloadManager::stopTransfer(qint64 fileId, State state)
{
    DownloadRepository repository(m_database.connection());
    auto row = repository.row(fileId);
    if (!row)
        return;
    if (auto running = m_transfers.extract(fileId)) {
        running.mapped()->abort();
        const DownloadRepository::Row now = rowOf(running.mapped().get());
        row->bytesDone = now.bytesDone;
        row->ranges = now.ranges;
    }
    row->state = state;
    if (state == State::Cancelled) {
        if (!row->partPath.isEmpty())
            QFile::remove(row->partPath);
        row->partPath.clear();
        row->ranges.clear();
        row->bytesDone = 0;
        row->etag.clear();
        row->lastModified.clear();
        noteWrite(repository.setFileState(fileId, row->file.sha256.isEmpty()
                                                      ? FileState::Remote
                                                      : FileState::UpdateAvailable),
                  "a file's state");
    } else {
        noteWrite(repository.setFileState(fileId, row->bytesDone > 0 ? FileState::Partial
                                                                     : FileState::Queued),
                  "a file's state");
    }
    persist(*row);
    publish(*row);
    schedule();
}

bool DownloadManager::isIdle() const
{
    if (!m_transfers.empty())
        return false;
    // Anything queued for a signed-in source, now or later.
    DownloadRepository repository(m_database.connection());
    return !repository.hasQueued(readySources());
}

bool DownloadManager::waitUntilIdle(int timeoutMs)
{
    // Listening before asking, so that an idle() sent between the answer and the wait is not
    // lost; and only an idle() sent after the answer counts: one sent before it (by work the
    // caller queued earlier, still on its way when the wait began) says nothing of that work.
    QEventLoop loop;
    auto answeredAt = std::make_shared<std::atomic<quint64>>(~quint64(0));
    connect(this, &DownloadManager::idle, &loop, [this, &loop, answeredAt] {
        if (m_idleSent.load() > answeredAt->load())
            loop.exit(0);
    });
    bool idleNow = false;
    const auto ask = [this, &idleNow, answeredAt] {
        answeredAt->store(m_idleSent.load());
        idleNow = isIdle();
    };
    if (QThread::currentThread() == thread())
        ask();
    else
        QMetaObject::invokeMethod(this, ask, Qt::BlockingQueuedConnection);
    if (idleNow)
        return true;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    timeout.start(timeoutMs);
    return loop.exec() == 0;
}

void DownloadManager::probeLink()
{
    if (!m_linkDown || !m_started || !m_transfers.empty())
        return; // a running transfer tells soon enough whether the link is back
    const QStringList linkDown = linkDownKeys();
    const qint64 now = nowSeconds();
    const QList<qint64> ready = readySources();
    for (auto row : DownloadRepository(m_database.connection()).all()) {
        if (row.state != State::Queued || row.nextAttemptAt <= now || !ready.contains(row.sourceId)
            || !linkDown.contains(row.errorCode))
            continue;
        row.nextAttemptAt = 0;
        persist(row);
        begin(row);
        return;
    }
}

void DownloadManager::schedule()
{
    if (!m_started)
        return;
    DownloadRepository repository(m_database.connection());
    const qint64 now = nowSeconds();
    // Only what may start now, of the sources signed in (the others wait for a sign-in): a
    // queue of twenty thousand files is not read whole for every file that finishes.
    const QList<qint64> sources = readySources();
    QList<qint64> running;
    for (const auto &[id, transfer] : m_transfers)
        running.append(id);
    // A connection is a request: a split file holds several.
    const int room = m_policy.maxParallel - connectionCount();
    const QList<DownloadRepository::Row> startable
        = room > 0 ? repository.startable(sources, now, room, running)
                   : QList<DownloadRepository::Row>();
    for (const auto &row : startable) {
        if (connectionCount() >= m_policy.maxParallel)
            break;
        if (m_transfers.contains(row.fileId))
            continue;
        begin(row);
    }
    // Files come first; what they leave may speed up the running ones.
    m_queueWaiting = room <= 0 || startable.size() >= room;
    useSpareConnections();
    const qint64 nextWake = repository.nextAttemptAfter(sources, now);
    if (nextWake > 0)
        m_retryTimer.start(int(qMax<qint64>(0, (nextWake - now) * 1000)));
    const bool idleNow = m_transfers.empty() && nextWake == 0 && isIdle();
    // The totals read the whole queue: at most every 250 ms while files come and go, and at
    // once when the queue goes idle, so that what it says then is final.
    if (idleNow)
        publishTotals();
    else if (!m_totalsTimer.isActive())
        m_totalsTimer.start();
    if (idleNow) {
        ++m_idleSent;
        Q_EMIT idle();
    }
}

void DownloadManager::begin(DownloadRepository::Row row)
{
    auto owned = std::make_unique<Transfer>(this);
    Transfer *transfer = owned.get();
    if (row.partPath.isEmpty())
        row.partPath = m_store.partsDir() + u'/' + QString::number(row.fileId) + u".part"_s;
    const QFileInfo part(row.partPath);
    // What is on disk is the truth: the database may lag behind the last bytes written.
    qint64 offset = part.exists() ? part.size() : 0;
    // A file fetched in ranges: the ranges recorded (they may lag behind the disk, never run
    // ahead of it) say what is there. Ranges that do not fit the file are not trusted.
    if (!row.ranges.isEmpty()) {
        const auto ranges = transferrules::ByteRanges::fromString(row.ranges, row.file.size);
        if (ranges && part.exists() && ranges->ranges().back().second <= part.size()) {
            transfer->split = true;
            transfer->servesRanges = true;
            transfer->written = *ranges;
        } else {
            qCInfo(lcDownloads) << "dropping the ranges of" << row.fileId << row.ranges;
            QFile::remove(row.partPath);
            row.ranges.clear();
            offset = 0;
        }
    }
    const std::vector<transferrules::ByteRanges::Range> gaps
        = transfer->split ? transfer->written.gaps(row.file.size)
                          : std::vector<transferrules::ByteRanges::Range>();
    // Every byte is here already (the placing failed on a full disk or a store that could not
    // be written, or the application stopped before it): check and place it, without asking
    // the site again. Wrong bytes are thrown away there and fetched again.
    if ((transfer->split && gaps.empty())
        || (!transfer->split && row.file.size > 0 && offset == row.file.size)) {
        transfer->row = row;
        m_transfers[row.fileId] = std::move(owned);
        verifyAndPlace(transfer);
        return;
    }
    // The same bytes are in the store already (in another course, or placed by another
    // account's library in a shared folder): found by the site's SHA-1, checked against both
    // hashes, and used without fetching them again.
    if (!transfer->split && offset == 0 && row.file.remoteChecksumKind == u"sha1"_s
        && !row.file.remoteChecksum.isEmpty()) {
        if (const auto held = m_store.objectForSiteSha1(row.file.remoteChecksum, row.file.size)) {
            qCInfo(lcDownloads) << "already stored:" << row.fileId;
            transfer->row = row;
            m_transfers[row.fileId] = std::move(owned);
            recordPlaced(transfer, *held);
            return;
        }
    }
    if (!transfer->split) {
        // A generated file of unknown size is served without Range support.
        if (row.file.size <= 0 || (row.file.size > 0 && offset >= row.file.size)) {
            if (offset > 0)
                QFile::remove(row.partPath);
            offset = 0;
        }
        if (offset == 0) {
            row.etag.clear();
            row.lastModified.clear();
        }
        row.bytesDone = offset;
    } else {
        row.bytesDone = transfer->written.total();
    }
    row.bytesTotal = row.file.size;

    // Room for this file and for what the running transfers still have to write, plus the
    // reserve the system needs to keep working. Without it the file fails with a reason the
    // learner can act on (free some space, then Resume), rather than filling the disk.
    qint64 needed = qMax<qint64>(0, row.file.size - row.bytesDone);
    for (const auto &[id, running] : m_transfers)
        needed += qMax<qint64>(0, running->row.file.size - running->row.bytesDone);
    // "Cannot tell" is not "enough".
    const std::optional<qint64> available = freeBytes(m_store.partsDir());
    if (!available || *available < needed + m_policy.freeSpaceReserve) {
        transfer->row = row;
        m_transfers[row.fileId] = std::move(owned);
        qCInfo(lcDownloads) << "not enough space for" << row.fileId << needed
                            << available.value_or(-1);
        failFor(transfer, {DownloadError::Code::NoSpace,
                           {},
                           Format::fileSize(qMax<qint64>(row.file.size, needed))});
        return;
    }

    transfer->row = row;
    m_transfers[row.fileId] = std::move(owned);
    if (!route(transfer))
        return;
    row.servedBy = transfer->row.servedBy;

    row.state = State::Running;
    transfer->row = row;
    {
        // One commit, not synced: a hint the .part file can rebuild (see persist()).
        QSqlDatabase db = m_database.connection();
        UnsyncedCommits hints(db);
        ScopedTransaction transaction(db);
        StorageError written
            = DownloadRepository(db).setFileState(row.fileId, FileState::Downloading);
        if (written.ok())
            written = DownloadRepository(db).update(row);
        if (written.ok())
            written = transaction.commit();
        noteWrite(written, "a download's start");
    }
    transfer->persistClock.start();
    transfer->rateClock.start();
    if (transfer->fromFolder) {
        publish(row, transfer);
        copyFromFolder(transfer);
        return;
    }
    // A split file starts with its first gap; connections to spare take the others.
    if (transfer->split)
        startRequest(transfer, gaps.front().first, gaps.front().second);
    else
        startRequest(transfer, offset, -1);
    publish(row, transfer);
}

namespace {

// How a mirror's address reads to a person: its folder, or its address without a query.
QString mirrorLabel(const QString &baseUrl)
{
    const QUrl url(baseUrl);
    if (url.isLocalFile())
        return QDir::toNativeSeparators(url.toLocalFile());
    if (url.scheme().isEmpty())
        return QDir::toNativeSeparators(baseUrl);
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::StripTrailingSlash);
}

} // namespace

bool DownloadManager::route(Transfer *transfer)
{
    DownloadRepository::Row &row = transfer->row;
    transfer->viaMirror = 0;
    transfer->expectedSha256.clear();
    transfer->token.clear();
    transfer->fromFolder = false;
    const auto fromMirror = [&](const MirrorAccess &mirror, const QString &sha256) {
        transfer->expectedSha256 = sha256;
        transfer->url = MirrorCatalogue::objectUrl(mirror.baseUrl, sha256);
        transfer->fromFolder = transfer->url.isLocalFile();
        row.servedBy = mirrorLabel(mirror.baseUrl);
    };
    // A mirror's own file: from the mirror, by the SHA-256 it is named by, with no token (the
    // address recorded when it was listed is not used: the mirror may have moved since).
    if (const auto mirror = m_mirrors.constFind(row.sourceId); mirror != m_mirrors.cend()) {
        if (row.file.remoteChecksumKind != u"sha256"_s
            || !ContentStore::isSha256(row.file.remoteChecksum)) {
            failFor(transfer,
                    {DownloadError::Code::MirrorFileUnavailable, {}, mirrorLabel(mirror->baseUrl)});
            return false;
        }
        fromMirror(*mirror, row.file.remoteChecksum);
        return true;
    }
    // A site's file a mirror on the LAN holds (by the site's own checksum, or address and time,
    // and size): from the mirror, checked against the mirror's SHA-256 (and the site's SHA-1
    // when known); from the site if the mirror fails it.
    if (!m_noMirror.contains(row.fileId) && !m_mirrors.isEmpty()) {
        const QList<MirrorCopy> copies
            = SourceRepository(m_database.connection()).mirrorCopies(row.file);
        for (const MirrorCopy &copy : copies) {
            const auto mirror = m_mirrors.constFind(copy.sourceId);
            if (mirror == m_mirrors.cend())
                continue;
            fromMirror(*mirror, copy.sha256);
            transfer->viaMirror = copy.sourceId;
            return true;
        }
    }
    // The token goes to the site it belongs to, nowhere else: a file the site lists at another
    // origin is refused with the reason.
    const QUrl fileUrl(row.file.remoteUrl);
    const QUrl site = m_sites.value(row.sourceId);
    if (NetworkAccess::originOf(fileUrl) != NetworkAccess::originOf(site)) {
        qCWarning(lcDownloads) << "refused a file listed at another site:" << row.fileId
                               << fileUrl.host();
        failFor(transfer, {DownloadError::Code::ForeignFileUrl, {}, fileUrl.host()});
        return false;
    }
    transfer->url = fileUrl;
    transfer->token = m_tokens.value(row.sourceId);
    row.servedBy = mirrorLabel(site.toString());
    return true;
}

bool DownloadManager::fallBackToSite(Transfer *transfer)
{
    const qint64 fileId = transfer->row.fileId;
    if (transfer->viaMirror == 0 || !m_tokens.contains(transfer->row.sourceId)
        || m_noMirror.contains(fileId)) {
        return false;
    }
    qCInfo(lcDownloads) << "the mirror failed" << fileId << "- fetching it from the site";
    m_noMirror.insert(fileId);
    restartFromZero(transfer);
    return true;
}

void DownloadManager::copyFromFolder(Transfer *transfer)
{
    const qint64 fileId = transfer->row.fileId;
    const quint64 serial = transfer->serial;
    const QString path = transfer->url.toLocalFile();
    // The folder the mirror is in: a link inside it is not followed out of it.
    const QString root = QFileInfo(path).dir().absolutePath().section(u'/', 0, -3);
    const ContentStore::Expectation expected{transfer->expectedSha256, transfer->row.file.size};
    ContentStore *store = &m_store;
    struct Copied
    {
        std::optional<QString> sha256;
        ContentStore::Error error = ContentStore::Error::None;
        bool unavailable = false;
    };
    QtConcurrent::run(&m_copies, [store, root, path, expected] {
        Copied copied;
        QFile input;
        if (safefile::openRegular(root, path, &input) != safefile::Refusal::None) {
            copied.unavailable = true;
            return copied;
        }
        copied.sha256 = store->add(input, expected, &copied.error);
        return copied;
    }).then(this, [this, fileId, serial, root](const Copied &copied) {
        if (!isCurrent(fileId, serial))
            return; // paused or cancelled meanwhile; the copy, unrecorded, is tidied later
        Transfer *copying = transferOf(fileId);
        using E = ContentStore::Error;
        if (copied.sha256) {
            recordPlaced(copying, *copied.sha256);
        } else if (copied.unavailable || copied.error == E::ReadFailed) {
            failFor(
                copying,
                {DownloadError::Code::MirrorFileUnavailable, {}, QDir::toNativeSeparators(root)});
        } else if (copied.error == E::SizeMismatch || copied.error == E::ChecksumMismatch) {
            failFor(copying, {DownloadError::Code::VerificationFailed, {}, {}});
        } else if (copied.error == E::NoSpace) {
            failFor(copying,
                    {DownloadError::Code::NoSpace, {}, Format::fileSize(copying->row.file.size)});
        } else {
            failFor(copying, {DownloadError::Code::StoreFailed, {}, u"write"_s});
        }
    });
}

void DownloadManager::startRequest(Transfer *transfer, qint64 start, qint64 end)
{
    auto owned = std::make_unique<Request>(this);
    Request *request = owned.get();
    request->start = request->pos = start;
    request->end = end;
    QNetworkRequest get = m_network->request(
        transfer->token.isEmpty() ? transfer->url
                                  : moodle::withToken(transfer->url.toString(), transfer->token),
        m_policy.stallTimeoutMs);
    if (end >= 0)
        get.setRawHeader("Range",
                         "bytes=" + QByteArray::number(start) + '-' + QByteArray::number(end - 1));
    else if (start > 0)
        get.setRawHeader("Range", "bytes=" + QByteArray::number(start) + '-');
    QNetworkReply *reply = m_network->get(get);
    request->reply = reply;
    if (m_policy.bandwidthLimit > 0) {
        reply->setReadBufferSize(qMax<qint64>(16 * 1024, m_policy.bandwidthLimit / 4));
        m_throttle.start();
    }
    request->windowClock.start();
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, transfer, request] { onHeaders(transfer, request); });
    connect(reply, &QNetworkReply::readyRead, this, [this, transfer, request] {
        if (m_policy.bandwidthLimit <= 0)
            onData(transfer, request);
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, transfer, request] { onFinished(transfer, request); });
    transfer->requests.push_back(std::move(owned));
}

void DownloadManager::onHeaders(Transfer *transfer, Request *request)
{
    if (request->headersRead)
        return;
    QNetworkReply *reply = request->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return; // redirects are followed; the final response's headers come again
    request->headersRead = true;
    request->httpStatus = status;
    const QString etag = QString::fromLatin1(reply->rawHeader("ETag"));
    const QString lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    DownloadRepository::Row &row = transfer->row;

    const transferrules::Asked asked{request->start, row.file.size, row.file.mimeType, row.etag,
                                     row.lastModified};
    const transferrules::Answer answer{
        status, reply->rawHeader("Content-Range"),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), etag, lastModified};
    transferrules::Resume resume = transferrules::decide(asked, answer);
    // A whole file is a fresh start for a file in one run; for one fetched in ranges it is a
    // server that no longer serves them: that file starts again, whole, on one connection.
    if (resume == transferrules::Resume::FromStart && (transfer->split || request->end >= 0))
        resume = transferrules::Resume::AskAgain;
    // The site's SHA-1 of the file (Moodle's ETag): bytes stored before (in another course, or
    // by another account's library in a shared folder) are used instead of fetching them
    // again. The answer stops here; bytes that do not match after all are fetched, once.
    const QString etagSha1 = sha1FromEtag(etag);
    if (resume == transferrules::Resume::FromStart && !transfer->split && request->end < 0
        && !etagSha1.isEmpty() && !m_noReuse.contains(row.fileId)
        && m_store.siteSha1Candidate(etagSha1, row.file.size)) {
        m_noReuse.insert(row.fileId);
        transfer->abort();
        if (const auto held = m_store.objectForSiteSha1(etagSha1, row.file.size)) {
            qCInfo(lcDownloads) << "already stored:" << row.fileId;
            recordPlaced(transfer, *held);
        } else {
            restartFromZero(transfer);
        }
        return;
    }
    switch (resume) {
    case transferrules::Resume::AskAgain:
        qCInfo(lcDownloads) << "resume refused for" << row.fileId << "status" << status
                            << answer.contentRange << "at" << asked.offset;
        // A range answered wrongly: this file goes on one connection for the rest of the run
        // (a server that serves ranges only now and then would otherwise restart it forever).
        if (transfer->split || request->end >= 0)
            m_noSplit.insert(row.fileId);
        restartFromZero(transfer);
        return;
    case transferrules::Resume::NotTheFile:
        request->writing = false;
        return;
    case transferrules::Resume::FromStart:
        request->start = request->pos = 0; // a whole file: what was here is replaced
        break;
    case transferrules::Resume::Append:
        break;
    }
    request->writing = true;
    // A range of this very version came back: the file can be fetched in ranges (a weak ETag
    // does not promise the same bytes).
    const bool validated
        = (!etag.isEmpty() && !etag.startsWith(u"W/"_s)) || !lastModified.isEmpty();
    if (status == 206 && validated)
        transfer->servesRanges = true;
    else if (status == 200 && validated && reply->rawHeader("Accept-Ranges").trimmed() == "bytes")
        transfer->servesRanges = true;
    if (row.etag.isEmpty() || (!transfer->split && request->start == 0)) {
        row.etag = etag;
        row.lastModified = lastModified;
    }
    request->part = std::make_unique<QFile>(row.partPath);
    // One run is appended to (or written afresh); a range is written in place, unbuffered, so
    // that the hasher can read it back at once.
    const QIODevice::OpenMode mode = transfer->split ? QIODevice::ReadWrite | QIODevice::Unbuffered
                                     : request->start > 0
                                         ? QIODevice::WriteOnly | QIODevice::Append
                                         : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!request->part->open(mode) || (transfer->split && !request->part->seek(request->pos))) {
        failFor(transfer, writeError(*request->part, row));
        return;
    }
    if (!transfer->split)
        row.bytesDone = request->start;
    // Hash as the bytes arrive; what is here already is read once, now.
    if (!transfer->hasher) {
        transfer->hasher = std::make_unique<StreamHasher>(row.file.size);
        hashUpTo(transfer, transfer->split ? transfer->written.runEnd(0) : request->start);
    }
    persist(rowOf(transfer));
}

void DownloadManager::hashUpTo(Transfer *transfer, qint64 end)
{
    StreamHasher *hasher = transfer->hasher.get();
    if (!hasher || hasher->size() >= end)
        return;
    if (!transfer->reader) {
        transfer->reader = std::make_unique<QFile>(transfer->row.partPath);
        if (!transfer->reader->open(QIODevice::ReadOnly)) {
            transfer->hasher.reset(); // checked by reading it at the end instead
            return;
        }
    }
    // (A split file's requests write unbuffered: what they wrote is in the file already.)
    if (!transfer->reader->seek(hasher->size())) {
        transfer->hasher.reset();
        return;
    }
    while (hasher->size() < end) {
        const QByteArray chunk
            = transfer->reader->read(qMin<qint64>(1024 * 1024, end - hasher->size()));
        if (chunk.isEmpty()) {
            transfer->hasher.reset();
            return;
        }
        hasher->add(chunk);
    }
}

DownloadRepository::Row DownloadManager::rowOf(const Transfer *transfer) const
{
    DownloadRepository::Row row = transfer->row;
    if (transfer->split) {
        row.bytesDone = transfer->written.total();
        row.ranges = transfer->written.toString();
    } else {
        row.ranges.clear();
    }
    return row;
}

int DownloadManager::connectionCount() const
{
    int count = 0;
    for (const auto &[id, transfer] : m_transfers)
        count += qMax(1, int(transfer->requests.size()));
    return count;
}

bool DownloadManager::isCurrent(qint64 fileId, quint64 serial) const
{
    const Transfer *current = transferOf(fileId);
    return current && current->serial == serial;
}

bool DownloadManager::isLive(qint64 fileId, quint64 serial, quint64 requestSerial) const
{
    const Transfer *current = transferOf(fileId);
    return current && current->serial == serial && current->find(requestSerial);
}

void DownloadManager::onData(Transfer *transfer, Request *request, qint64 budget)
{
    QNetworkReply *reply = request->reply;
    if (!reply)
        return;
    const qint64 fileId = transfer->row.fileId;
    const quint64 serial = transfer->serial;
    const quint64 requestSerial = request->serial;
    if (!request->headersRead)
        onHeaders(transfer, request);
    if (!isLive(fileId, serial, requestSerial) || request->reply != reply)
        return; // restarted or stopped while reading the headers
    if (!request->writing) {
        request->errorBody += reply->read(64 * 1024 - request->errorBody.size());
        reply->readAll(); // drop the rest of a large error page
        return;
    }
    qint64 available = reply->bytesAvailable();
    if (budget >= 0)
        available = qMin(available, budget);
    // A range ends where the next one begins, whatever the server sends on.
    if (request->end >= 0)
        available = qMin(available, request->end - request->pos);
    if (available <= 0) {
        if (request->end >= 0 && request->pos >= request->end)
            requestDone(transfer, request);
        return;
    }
    const QByteArray bytes = reply->read(available); // shared with the hasher, not copied
    if (request->part->write(bytes) != bytes.size()) {
        failFor(transfer, writeError(*request->part, transfer->row));
        return;
    }
    DownloadRepository::Row &row = transfer->row;
    const qint64 at = request->pos;
    request->pos += bytes.size();
    transfer->receivedNow += bytes.size();
    if (transfer->split) {
        transfer->written.add(at, request->pos);
        row.bytesDone = transfer->written.total();
        if (transfer->hasher) {
            const qint64 hashed = transfer->hasher->size();
            if (hashed == at)
                transfer->hasher->add(bytes);
            // Ranges fetched ahead join up with the bytes before them: read back.
            hashUpTo(transfer, transfer->written.runEnd(transfer->hasher ? transfer->hasher->size()
                                                                         : hashed));
        }
    } else {
        row.bytesDone += bytes.size();
        if (transfer->hasher)
            transfer->hasher->add(bytes);
    }
    if (m_linkDown && !bytes.isEmpty()) {
        // Bytes arrive again: the link is back, so the files that wait out a backoff after a
        // broken connection go now instead of each at the end of its own delay.
        m_linkDown = false;
        const int released = DownloadRepository(m_database.connection()).retryNow(linkDownKeys());
        if (released > 0) {
            qCInfo(lcDownloads) << "link back:" << released << "files retry now";
            QTimer::singleShot(0, this, &DownloadManager::schedule);
        }
    }
    // More bytes than the site said the file has: a hostile or broken answer, not to be
    // written on until the disk is full. What arrived is checked (and refused) as it stands.
    if (!transfer->split && row.file.size > 0 && row.bytesDone > row.file.size) {
        qCWarning(lcDownloads) << "more bytes than the file has:" << row.fileId;
        transfer->abort();
        verifyAndPlace(transfer);
        return;
    }
    request->windowBytes += bytes.size();
    if (const qint64 window = request->windowClock.elapsed();
        window >= m_policy.lowSpeedWindowMs && m_policy.lowSpeedBytesPerSecond > 0) {
        const qint64 perTransferCap = m_policy.bandwidthLimit > 0
                                          ? m_policy.bandwidthLimit / qMax(1, m_policy.maxParallel)
                                          : 0;
        const bool capped
            = perTransferCap > 0 && perTransferCap < 4 * m_policy.lowSpeedBytesPerSecond;
        if (!capped && request->windowBytes * 1000 < m_policy.lowSpeedBytesPerSecond * window) {
            qCInfo(lcDownloads) << "too slow:" << row.fileId << request->windowBytes << "bytes in"
                                << window << "ms";
            request->tooSlow = true;
            reply->abort(); // finished() follows: retried from where it is, as a stall
            return;
        }
        request->windowBytes = 0;
        request->windowClock.restart();
    }
    transfer->rateBytes += bytes.size();
    if (transfer->rateClock.elapsed() >= 1000) {
        const double instant
            = double(transfer->rateBytes) * 1000.0 / double(transfer->rateClock.elapsed());
        transfer->rate = transfer->rate <= 0 ? instant : 0.7 * transfer->rate + 0.3 * instant;
        transfer->rateBytes = 0;
        transfer->rateClock.restart();
    }
    if (transfer->persistClock.elapsed() >= kPersistEveryMs) {
        request->part->flush();
        // The ranges recorded never run ahead of the bytes on disk (a power cut would leave
        // zeros where the queue says bytes are): synced first. One file's data, every 2 s.
        if (transfer->split)
            ::fdatasync(request->part->handle());
        persist(rowOf(transfer));
        publish(row, transfer);
        transfer->persistClock.restart();
        // The rate is known now: a slow file may get the connections nothing else uses.
        if (!m_queueWaiting && connectionCount() < m_policy.maxParallel)
            QTimer::singleShot(0, this, &DownloadManager::useSpareConnections);
    }
    if (!m_totalsTimer.isActive())
        m_totalsTimer.start();
    if (request->end >= 0 && request->pos >= request->end)
        requestDone(transfer, request);
}

void DownloadManager::requestDone(Transfer *transfer, Request *request)
{
    const qint64 fileId = transfer->row.fileId;
    const quint64 serial = transfer->serial;
    std::erase_if(transfer->requests, [request](const auto &r) { return r.get() == request; });
    if (transfer->requests.empty() && transfer->written.gaps(transfer->row.file.size).empty()) {
        persist(rowOf(transfer));
        verifyAndPlace(transfer);
        return;
    }
    // Its connection goes to a gap of this file, another file, or a split.
    if (transfer->requests.empty())
        fillGap(transfer);
    if (isCurrent(fileId, serial))
        QTimer::singleShot(0, this, &DownloadManager::schedule);
}

void DownloadManager::dropRequest(Transfer *transfer, Request *request, const DownloadError &why)
{
    qCInfo(lcDownloads) << "one range of" << transfer->row.fileId << "broke at" << request->pos
                        << "of" << request->endIn(transfer->row.file.size) << ":" << why.key()
                        << detailOf(why);
    std::erase_if(transfer->requests, [request](const auto &r) { return r.get() == request; });
    persist(rowOf(transfer));
    // Its range waits a moment, then goes to the next connection free (see fillGap).
    QTimer::singleShot(m_policy.retryBaseMs, this, &DownloadManager::schedule);
}

bool DownloadManager::fillGap(Transfer *transfer)
{
    if (!transfer->split || transfer->stoppedByUs)
        return false;
    transferrules::ByteRanges covered = transfer->written;
    for (const auto &request : transfer->requests)
        covered.add(request->pos, request->endIn(transfer->row.file.size));
    const auto gaps = covered.gaps(transfer->row.file.size);
    if (gaps.empty())
        return false;
    startRequest(transfer, gaps.front().first, gaps.front().second);
    return true;
}

bool DownloadManager::trySplit(Transfer *transfer)
{
    const qint64 size = transfer->row.file.size;
    if (m_policy.splitBelowBytesPerSecond <= 0 || m_policy.bandwidthLimit > 0 || size <= 0
        || m_noSplit.contains(transfer->row.fileId) || !transfer->servesRanges
        || transfer->stoppedByUs || transfer->rate <= 0
        || transfer->rate >= double(m_policy.splitBelowBytesPerSecond))
        return false;
    // The request with the most left to fetch gives up the second half of it.
    Request *widest = nullptr;
    for (const auto &request : transfer->requests) {
        if (!request->writing || !request->reply)
            continue;
        if (!widest || request->endIn(size) - request->pos > widest->endIn(size) - widest->pos)
            widest = request.get();
    }
    if (!widest || widest->pos == 0)
        return false;
    const qint64 end = widest->endIn(size);
    const qint64 cut = transferrules::splitPoint(widest->pos, end, m_policy.splitMinBytes);
    if (cut < 0)
        return false;
    if (!transfer->split) {
        // The .part stops being one run: it is written in place from now on, and what it
        // holds is recorded (and kept on disk) before any byte lands past a hole.
        widest->part->close();
        if (!widest->part->open(QIODevice::ReadWrite | QIODevice::Unbuffered)
            || !widest->part->seek(widest->pos) || ::fdatasync(widest->part->handle()) != 0) {
            failFor(transfer, writeError(*widest->part, transfer->row));
            return false;
        }
        transfer->split = true;
        transfer->written.add(0, widest->pos);
    }
    widest->end = cut;
    persist(rowOf(transfer));
    qCInfo(lcDownloads) << "splitting" << transfer->row.fileId << "at" << cut << "("
                        << qint64(transfer->rate) << "bytes/s)";
    startRequest(transfer, cut, end);
    return true;
}

void DownloadManager::useSpareConnections()
{
    if (m_queueWaiting)
        return;
    for (Transfer *transfer : runningTransfers()) {
        if (transferOf(transfer->row.fileId) != transfer)
            continue;
        while (connectionCount() < m_policy.maxParallel
               && (fillGap(transfer) || trySplit(transfer))) {
            if (transferOf(transfer->row.fileId) != transfer)
                break;
        }
    }
}

void DownloadManager::throttleTick()
{
    if (m_policy.bandwidthLimit <= 0 || m_transfers.empty()) {
        if (m_transfers.empty())
            m_throttle.stop();
        return;
    }
    const qint64 share
        = m_policy.bandwidthLimit * kThrottleTickMs / 1000 / qMax<qint64>(1, connectionCount());
    forEachRequest(
        [this, share](Transfer *transfer, Request *request) { onData(transfer, request, share); });
}

void DownloadManager::forEachRequest(const std::function<void(Transfer *, Request *)> &step)
{
    // A snapshot of who runs now; `step` may end a request or a transfer, so each is looked
    // up again before its turn.
    struct Running
    {
        Transfer *transfer;
        qint64 fileId;
        quint64 serial;
        quint64 requestSerial;
    };
    std::vector<Running> running;
    for (const auto &[fileId, transfer] : m_transfers) {
        for (const auto &request : transfer->requests)
            running.push_back({transfer.get(), fileId, transfer->serial, request->serial});
    }
    for (const Running &r : running) {
        if (isLive(r.fileId, r.serial, r.requestSerial))
            step(r.transfer, r.transfer->find(r.requestSerial));
    }
}

void DownloadManager::onFinished(Transfer *transfer, Request *request)
{
    QNetworkReply *reply = request->reply;
    if (request->stoppedByUs || !reply)
        return;
    const qint64 fileId = transfer->row.fileId;
    const quint64 serial = transfer->serial;
    const quint64 requestSerial = request->serial;
    // Read what is left, even after an error: bytes that arrived before a drop are good.
    onData(transfer, request);
    if (!isLive(fileId, serial, requestSerial) || request->reply != reply)
        return;
    if (request->part)
        request->part->close();
    request->reply = nullptr;
    reply->deleteLater();

    // Refused by the network policy (a redirect off the site, or down to plain HTTP): not a
    // drop to retry.
    QUrl refused;
    if (const NetworkAccess::Refusal why = NetworkAccess::refusal(reply, &refused);
        why != NetworkAccess::Refusal::None) {
        failFor(transfer, DownloadError::fromSite({why == NetworkAccess::Refusal::Redirect
                                                       ? ConnectorError::Code::UnsafeRedirect
                                                       : ConnectorError::Code::InsecureTransport,
                                                   refused.host(),
                                                   {},
                                                   refused.scheme()}));
        return;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = request->httpStatus
                           ? request->httpStatus
                           : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!request->writing && request->headersRead) {
        const QByteArray body = request->errorBody + reply->readAll();
        QJsonDocument json;
        ConnectorError error = moodle::readAnswer(status == 200 ? 400 : status, body, &json);
        if (!error.isError())
            error = {ConnectorError::Code::HttpError, QString::number(status), {}, {}};
        // (A mirror asked without a token that refuses is not a sign-in to ask for.)
        if (error.needsSignIn() && !transfer->token.isEmpty()) {
            const qint64 sourceId = transfer->row.sourceId;
            m_tokens.remove(sourceId); // everything of this source waits for a new sign-in
            DownloadRepository::Row row = rowOf(transfer);
            row.state = State::Queued;
            row.errorCode = DownloadError::fromSite(error).key();
            m_transfers.erase(row.fileId); // ends it
            persist(row);
            publish(row);
            Q_EMIT needsSignIn(sourceId);
            schedule();
            return;
        }
        if (status == 429 || status >= 500 || error.code == ConnectorError::Code::Maintenance) {
            retryLater(transfer, DownloadError::fromSite(error),
                       reply->rawHeader("Retry-After").toInt());
            return;
        }
        failFor(transfer, DownloadError::fromSite(error));
        return;
    }
    // Qt sometimes ends a dropped connection without an error, the body short: that is a drop
    // to resume from, not a damaged file to throw away. A range is short when it stopped
    // before its end (a whole range ends in requestDone, not here).
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const qint64 received = request->pos - request->start;
    const qint64 size = transfer->row.file.size;
    const bool cutShort = networkError == QNetworkReply::NoError && request->writing
                          && (request->end >= 0 ? request->pos < request->end
                                                : (size > 0 && request->pos < size
                                                   && (declared <= 0 || received < declared)));
    std::optional<DownloadError> broke;
    if (cutShort) {
        broke = DownloadError::fromSite({ConnectorError::Code::ConnectionFailed,
                                         reply->url().host(),
                                         {},
                                         u"connection closed early"_s});
    } else if (request->tooSlow) {
        broke = DownloadError::fromSite(
            {ConnectorError::Code::Timeout,
             reply->url().host(),
             {},
             u"slower than %1 bytes/s for %2 s"_s.arg(m_policy.lowSpeedBytesPerSecond)
                 .arg(m_policy.lowSpeedWindowMs / 1000)});
    } else if (networkError != QNetworkReply::NoError) {
        // Dropped, reset, stalled (the transfer timeout): the .part file keeps what arrived.
        const bool stalled = networkError == QNetworkReply::OperationCanceledError
                             || networkError == QNetworkReply::TimeoutError;
        broke = DownloadError::fromSite(
            {stalled ? ConnectorError::Code::Timeout : ConnectorError::Code::ConnectionFailed,
             reply->url().host(),
             {},
             reply->errorString()});
    }
    if (broke) {
        // One range of several: the others go on, and this one is taken up again.
        if (transfer->requests.size() > 1)
            dropRequest(transfer, request, *broke);
        else
            retryLater(transfer, *broke);
        return;
    }
    if (transfer->split) {
        requestDone(transfer, request);
        return;
    }
    verifyAndPlace(transfer);
}

void DownloadManager::verifyAndPlace(Transfer *transfer)
{
    DownloadRepository::Row &row = transfer->row;
    row.state = State::Verifying;
    persist(rowOf(transfer));
    publish(row, transfer);

    QString sha1 = sha1FromEtag(row.etag);
    if (row.file.remoteChecksumKind == u"sha1"_s && !row.file.remoteChecksum.isEmpty())
        sha1 = row.file.remoteChecksum;
    ContentStore::Error error = ContentStore::Error::None;
    const qint64 expectedSize = row.file.size > 0 ? row.file.size : -1;
    for (const auto &request : transfer->requests) {
        if (request->part)
            request->part->close(); // every byte written is in the file
    }
    // Ranges fetched ahead of the bytes before them are hashed now, from the page cache.
    if (transfer->split && transfer->hasher)
        hashUpTo(transfer, transfer->written.runEnd(transfer->hasher->size()));
    transfer->reader.reset();
    // Hashed while written (the usual case): placed without reading the file again. Otherwise
    // (bytes that were all here at start, a .part that could not be read back) it is read.
    std::optional<QString> sha256;
    if (transfer->hasher && transfer->hasher->size() == QFileInfo(row.partPath).size()) {
        const StreamHasher::Result hashes = transfer->hasher->finish();
        if (!transfer->expectedSha256.isEmpty() && hashes.sha256 != transfer->expectedSha256)
            error = ContentStore::Error::ChecksumMismatch; // a mirror's file is named by its hash
        else
            sha256 = m_store.adoptHashed(row.partPath, expectedSize, hashes.sha256, hashes.sha1,
                                         sha1, &error);
    } else {
        sha256 = m_store.adoptFile(row.partPath, {transfer->expectedSha256, expectedSize}, sha1,
                                   &error);
    }
    transfer->hasher.reset(); // spent
    if (!sha256) {
        using E = ContentStore::Error;
        if (error != E::SizeMismatch && error != E::ChecksumMismatch) {
            // The bytes may well be right: the disk or the store failed. The .part file stays,
            // and Resume places it without downloading it again.
            qCWarning(lcDownloads) << "could not place" << row.fileId << int(error);
            failFor(transfer, error == E::NoSpace
                                  ? DownloadError{DownloadError::Code::NoSpace,
                                                  {},
                                                  Format::fileSize(row.file.size)}
                                  : DownloadError{DownloadError::Code::StoreFailed,
                                                  {},
                                                  error == E::ReadFailed ? u"read"_s : u"write"_s});
            return;
        }
        // Wrong bytes are never placed: start again from nothing.
        QFile::remove(row.partPath);
        transfer->split = false;
        transfer->written = {};
        ++row.verifyFailures;
        qCWarning(lcDownloads) << "verification failed for" << row.fileId << int(error);
        if (row.verifyFailures >= m_policy.maxChecksumFailures) {
            failFor(transfer, {DownloadError::Code::VerificationFailed, {}, {}});
        } else {
            row.etag.clear();
            row.lastModified.clear();
            retryLater(transfer, {DownloadError::Code::VerificationFailed, {}, {}});
        }
        return;
    }
    recordPlaced(transfer, *sha256);
}

void DownloadManager::recordPlaced(Transfer *transfer, const QString &sha256)
{
    DownloadRepository::Row &row = transfer->row;
    const qint64 size = QFileInfo(m_store.pathOf(sha256)).size();
    QSqlDatabase db = m_database.connection();
    const QString previous = row.file.sha256;
    {
        ScopedTransaction transaction(db);
        StorageError written = DownloadRepository(db).complete(row.fileId, sha256, size);
        if (written.ok())
            written = transaction.commit();
        if (written.isError()) {
            qCWarning(lcDownloads) << "could not record" << row.fileId << written.key();
            failFor(transfer, written.code == StorageError::Code::Full
                                  ? DownloadError{DownloadError::Code::NoSpace,
                                                  {},
                                                  Format::fileSize(row.file.size)}
                                  : DownloadError{DownloadError::Code::LibraryFailed, {}, {}});
            return;
        }
    }
    // The new version is in use: the old one goes if nothing else needs it.
    if (!previous.isEmpty() && previous != sha256) {
        BlobRepository blobs(db);
        if (blobs.referenceCount(previous) == 0 && blobs.remove(previous).ok())
            m_store.remove(previous);
    }
    row.state = State::Done;
    row.bytesDone = size;
    row.bytesTotal = size;
    row.partPath.clear();
    publish(row, transfer);
    Q_EMIT fileReady(row.fileId, row.courseId);
    finishTransfer(transfer);
}

void DownloadManager::restartFromZero(Transfer *transfer)
{
    DownloadRepository::Row row = transfer->row;
    transfer->abort();
    QFile::remove(row.partPath);
    row.ranges.clear();
    row.bytesDone = 0;
    row.etag.clear();
    row.lastModified.clear();
    row.state = State::Queued;
    m_transfers.erase(row.fileId); // ends it
    persist(row);
    begin(row);
}

void DownloadManager::retryLater(Transfer *transfer, const DownloadError &error,
                                 int retryAfterSeconds)
{
    if (fallBackToSite(transfer))
        return;
    if (m_maxTries > 0 && ++m_tries[transfer->row.fileId] >= m_maxTries) {
        qCInfo(lcDownloads) << "giving up" << transfer->row.fileId << "after" << m_maxTries
                            << "tries:" << error.key() << detailOf(error);
        failFor(transfer, error);
        return;
    }
    DownloadRepository::Row row = rowOf(transfer);
    // A connection that delivered bytes before it broke shows the link is back: start the backoff
    // over, so that a flapping link is retried quickly after each outage.
    if (transfer->receivedNow > 0)
        row.attempts = 0;
    ++row.attempts;
    const qint64 delayMs = transferrules::backoffMs(
        row.attempts, m_policy.retryBaseMs, m_policy.retryMaxMs, qint64(retryAfterSeconds) * 1000);
    row.nextAttemptAt = nowSeconds() + (delayMs + 999) / 1000;
    row.state = State::Queued;
    if (!transfer->split)
        row.bytesDone = QFileInfo(row.partPath).size();
    row.errorCode = error.key();
    row.errorDetail = detailOf(error);
    if (error.isLinkDown()) {
        m_linkDown = true;
        m_probeTimer.start(m_policy.linkProbeMs);
    }
    qCInfo(lcDownloads) << "retrying" << row.fileId << "in" << delayMs << "ms:" << error.key()
                        << detailOf(error) << error.site.detail;
    m_transfers.erase(row.fileId); // ends it
    noteWrite(
        DownloadRepository(m_database.connection())
            .setFileState(row.fileId, row.bytesDone > 0 ? FileState::Partial : FileState::Queued),
        "a file's state");
    persist(row);
    publish(row);
    // Sub-second backoffs (tests, quick reconnects) need a finer timer than the stored seconds.
    QTimer::singleShot(int(delayMs), this, &DownloadManager::schedule);
    schedule();
}

void DownloadManager::failFor(Transfer *transfer, const DownloadError &error)
{
    if (error.code != DownloadError::Code::NoSpace && fallBackToSite(transfer))
        return;
    DownloadRepository::Row row = rowOf(transfer);
    transfer->abort();
    row.state = State::Failed;
    row.errorCode = error.key();
    row.errorDetail = detailOf(error);
    m_transfers.erase(row.fileId); // ends it
    noteWrite(
        DownloadRepository(m_database.connection()).setFileState(row.fileId, FileState::Failed),
        "a file's state");
    persist(row);
    publish(row);
    schedule();
}

void DownloadManager::finishTransfer(Transfer *transfer)
{
    m_transfers.erase(transfer->row.fileId); // ends it
    schedule();
}

void DownloadManager::persist(const DownloadRepository::Row &row)
{
    // A download's progress is a hint: what is on disk is the truth (begin() reads the .part),
    // so it is not synced on its own. Five synced commits per file made a sync of many small
    // files wait on the disk; what must survive a power cut (a file placed and recorded as
    // ready, in verifyAndPlace) is still synced, and syncs these with it.
    QSqlDatabase db = m_database.connection();
    UnsyncedCommits hints(db);
    noteWrite(DownloadRepository(db).update(row), "a download's progress");
}

void DownloadManager::publish(const DownloadRepository::Row &row, const Transfer *transfer)
{
    Item item;
    item.fileId = row.fileId;
    item.title = row.activityTitle;
    item.path = row.file.path;
    item.state = row.state;
    item.bytesDone = row.bytesDone;
    item.bytesTotal = row.bytesTotal > 0 ? row.bytesTotal : row.file.size;
    item.attempts = row.attempts;
    item.servedBy = row.servedBy;
    if (transfer && row.state == State::Running) {
        item.bytesPerSecond = transfer->rate;
        if (transfer->rate > 0 && item.bytesTotal > 0)
            item.secondsLeft = qint64(double(item.bytesTotal - item.bytesDone) / transfer->rate);
    }
    if (!row.errorCode.isEmpty() && row.state != State::Done) {
        item.error = DownloadError::fromKey(row.errorCode, row.errorDetail);
    }
    Q_EMIT itemChanged(item);
}

void DownloadManager::publishTotals()
{
    Totals totals;
    for (const auto &row : DownloadRepository(m_database.connection()).all()) {
        const qint64 total = row.bytesTotal > 0 ? row.bytesTotal : row.file.size;
        const Transfer *t = transferOf(row.fileId);
        switch (row.state) {
        case State::Done:
            ++totals.done;
            if (m_batch.contains(row.fileId)) {
                ++totals.batchDone;
                totals.bytesDone += total;
                totals.bytesTotal += total;
            }
            break;
        case State::Failed:
            ++totals.failed;
            if (m_batch.contains(row.fileId)) {
                totals.bytesDone += row.bytesDone;
                totals.bytesTotal += total;
            }
            break;
        case State::Cancelled:
        case State::Paused:
            // Taken out of the batch by the learner: no longer part of what is awaited.
            m_batch.remove(row.fileId);
            break;
        default:
            ++totals.active;
            m_batch.insert(row.fileId);
            totals.bytesDone += t ? t->row.bytesDone : row.bytesDone;
            totals.bytesTotal += total;
            if (t)
                totals.bytesPerSecond += t->rate;
        }
    }
    totals.batchFiles = int(m_batch.size());
    if (totals.bytesPerSecond > 0 && totals.bytesTotal > totals.bytesDone)
        totals.secondsLeft
            = qint64(double(totals.bytesTotal - totals.bytesDone) / totals.bytesPerSecond);
    for (const auto &[id, t] : m_transfers)
        publish(t->row, t.get());
    if (totals.active == 0)
        m_batch.clear(); // the next file queued starts a new batch
    Q_EMIT totalsChanged(totals);
}

DownloadManager::Transfer *DownloadManager::transferOf(qint64 fileId) const
{
    const auto it = m_transfers.find(fileId);
    return it == m_transfers.end() ? nullptr : it->second.get();
}

std::vector<DownloadManager::Transfer *> DownloadManager::runningTransfers() const
{
    std::vector<Transfer *> running;
    running.reserve(m_transfers.size());
    for (const auto &[id, transfer] : m_transfers)
        running.push_back(transfer.get());
    return running;
}

} // namespace clikc
