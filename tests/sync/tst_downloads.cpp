// Downloads against the project's stand-in for a Moodle site (tests/server), misbehaving on
// demand: interrupted many times, range ignored, file changed mid-resume, lying about lengths,
// 503 with Retry-After, stalls, an expired token, pause/resume/cancel, a bandwidth cap, a slow
// file split into ranges over several connections (resumed by range after a restart, started
// again whole when the server stops serving ranges) — every file ends complete and verified,
// or is never placed. Also: no token or password on disk.

#include "connector/moodleconnector.h"
#include "content/contentstore.h"
#include "fakemoodle.h"
#include "library/librarymaintenance.h"
#include "models/coursemodel.h"
#include "models/librarymodel.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "storage/downloadrepository.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "sync/transferrules.h"
#include "testsupport.h"
#include "util/freespace.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QHttpServer>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeMoodle;
using clikc::test::Misbehaviour;

namespace {

constexpr qint64 kBigSize = 6 * 1000 * 1000;

} // namespace

class TestDownloads : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeMoodle> m_server;
    std::unique_ptr<test::TestLibrary> m_lib;
    int m_bigCmid = 0;

    DownloadManager &downloads() { return m_lib->context().downloads(); }

    void fastPolicy(qint64 bandwidth = 0, int stallMs = 3000)
    {
        DownloadManager::Policy policy;
        policy.retryBaseMs = 50;
        policy.retryMaxMs = 400;
        policy.stallTimeoutMs = stallMs;
        policy.bandwidthLimit = bandwidth;
        downloads().setPolicy(policy);
    }

    qint64 courseId()
    {
        for (const CourseSummary &c : m_lib->courseQueries().courses(1).result()) {
            if (c.sourceKind == SourceKind::Moodle)
                return c.id;
        }
        return 0;
    }

    // The file rows of the server's course, with their local state.
    QList<FileEntry> files()
    {
        QList<FileEntry> result;
        const auto course = m_lib->courseQueries().course(courseId()).result();
        for (const Section &section : course->sections) {
            for (const Activity &activity : section.activities)
                result += activity.files;
        }
        return result;
    }

    FileEntry bigFile()
    {
        for (const FileEntry &f : files()) {
            if (f.path == u"big.mp4"_s)
                return f;
        }
        return {};
    }

    QString storedSha1(const FileEntry &file)
    {
        QFile stored(m_lib->context().store().pathOf(file.sha256));
        if (!stored.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(&stored);
        return QString::fromLatin1(hash.result().toHex());
    }

    // The byte ranges the queue records for a file fetched over several connections.
    QString recordedRanges(qint64 fileId)
    {
        const auto row = DownloadRepository(m_lib->context().database().connection()).row(fileId);
        return row ? row->ranges : QString();
    }

    // The requests the server answered for the big file: their Range header (empty: none),
    // status and body bytes.
    struct Asked
    {
        QByteArray range;
        int status = 0;
        qint64 bytes = 0;
        qint64 start() const
        {
            return range.isEmpty() ? 0 : range.mid(6, range.indexOf('-') - 6).toLongLong();
        }
        bool closed() const
        {
            static const QRegularExpression re(u"^bytes=\\d+-\\d+$"_s);
            return re.match(QString::fromLatin1(range)).hasMatch();
        }
    };
    QList<Asked> bigRequests()
    {
        QList<Asked> asked;
        for (const auto &request : m_server->requests()) {
            if (request.path.contains(u"big.mp4"_s) && request.status != 0)
                asked.append({request.header("Range"), request.status, request.bodyBytesSent});
        }
        return asked;
    }

    bool syncAll(int timeoutMs = 60000)
    {
        downloads().enqueueCourse(courseId());
        return downloads().waitUntilIdle(timeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeMoodle>();
        m_server->loadFixtureSite();
        m_bigCmid = m_server->addResource(
            2, 1, u"Big video"_s,
            test::FakeFile::generated(u"big.mp4"_s, "video/mp4", kBigSize, 7));
        QVERIFY(m_server->listen());
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        fastPolicy();
        const auto signedIn = waitFor(m_lib->context().account().signIn(
            m_server->baseUrl().toString(), u"student"_s, u"Student-1234"_s));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.message()));
        const auto catalogue = waitFor(m_lib->context().account().refreshCatalogue());
        QVERIFY2(!catalogue.error.isError(), qPrintable(catalogue.error.message()));
        QCOMPARE(catalogue.courses, 1);
        QCOMPARE(bigFile().size, kBigSize);
        m_server->resetCounters();
    }

    void cleanup()
    {
        m_lib.reset();
        m_server.reset();
    }

    void downloadsEverythingVerified()
    {
        QSignalSpy ready(&downloads(), &DownloadManager::fileReady);
        QSignalSpy changed(&m_lib->libraryWorker(), &LibraryWorker::coursesChanged);
        QVERIFY(syncAll());
        // Each finished file names its course, and the burst reaches the views as one change
        // of that course.
        QTRY_COMPARE(ready.size(), 4);
        for (const QList<QVariant> &signal : std::as_const(ready))
            QCOMPARE(signal.at(1).toLongLong(), courseId());
        QTRY_VERIFY(!changed.isEmpty());
        QList<qint64> named;
        for (const QList<QVariant> &signal : std::as_const(changed))
            named += signal.first().value<QList<qint64>>();
        QCOMPARE(QSet<qint64>(named.begin(), named.end()), QSet<qint64>{courseId()});
        QVERIFY(changed.size() <= 4);
        const auto all = files();
        QCOMPARE(all.size(), 4); // index.html, sample.mp4, big.mp4, the SCORM package
        for (const FileEntry &file : all) {
            QVERIFY2(file.state == FileState::Ready, qPrintable(file.path));
            QVERIFY(m_lib->context().store().verify(file.sha256));
        }
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        // A fast link gets nothing from more connections: the big file came in one request.
        QCOMPARE(bigRequests().size(), 1);
        const auto courses = m_lib->courseQueries().courses(1).result();
        const auto site
            = std::find_if(courses.begin(), courses.end(),
                           [this](const CourseSummary &c) { return c.id == courseId(); });
        QVERIFY(site != courses.end());
        QCOMPARE(site->offlineState(), OfflineState::OnThisMachine);
        // Nothing left behind.
        QCOMPARE(QDir(m_lib->context().store().partsDir()).entryList(QDir::Files).size(), 0);
    }

    // One finished file of one course updates that course's row: the library list is not reset
    // (a reset makes every view measure and repaint every row, and loses its selection), the
    // other rows are not touched, and the row shows the new state.
    void aFinishedFileUpdatesItsRowWithoutAReset()
    {
        // The sample too: a row that must stay as it is.
        QVERIFY(m_lib->context()
                    .maintenance()
                    .importMirror(AppContext::sampleMirrorRoot(), SourceKind::Bundled)
                    .result()
                    .ok());
        LibraryModel model(m_lib->courseQueries(), m_lib->libraryWorker(), 1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LibraryModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        // The course's page too: its activity rows stay, only the finished one changes.
        CourseModel course(m_lib->courseQueries(), m_lib->progressRecorder(),
                           m_lib->libraryWorker(), 1);
        QAbstractItemModelTester courseTester(
            &course, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy courseLoaded(&course, &CourseModel::loaded);
        course.setCourse(courseId());
        QTRY_COMPARE(courseLoaded.size(), 1);
        const int row = model.rowOf(courseId());
        QVERIFY(row >= 0);
        QVERIFY(model.rowCount() > 1);
        const int readyBefore = model.courseAt(row)->readyFileCount;
        QSignalSpy reset(&model, &LibraryModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &LibraryModel::dataChanged);
        QSignalSpy layout(&model, &LibraryModel::layoutAboutToBeChanged);
        QSignalSpy courseReset(&course, &CourseModel::modelAboutToBeReset);
        QSignalSpy courseRemoved(&course, &CourseModel::rowsAboutToBeRemoved);
        QSignalSpy courseChanged(&course, &CourseModel::dataChanged);

        FileEntry page;
        for (const FileEntry &file : files()) {
            if (file.path == u"index.html"_s)
                page = file;
        }
        QVERIFY(page.id > 0);
        downloads().enqueueFiles({page.id});
        QVERIFY(downloads().waitUntilIdle(30000));
        QTRY_COMPARE(model.courseAt(model.rowOf(courseId()))->readyFileCount, readyBefore + 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto from = signal.at(0).value<QModelIndex>();
            const auto to = signal.at(1).value<QModelIndex>();
            QCOMPARE(from.row(), model.rowOf(courseId()));
            QCOMPARE(to.row(), from.row());
        }
        QTRY_VERIFY(courseLoaded.size() >= 2);
        QCOMPARE(courseReset.size(), 0);
        QCOMPARE(courseRemoved.size(), 0);
        QVERIFY(!courseChanged.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(courseChanged)) {
            const auto from = signal.at(0).value<QModelIndex>();
            QCOMPARE(from, signal.at(1).value<QModelIndex>().siblingAtColumn(0));
            const Activity *activity = course.activityAt(from);
            QVERIFY(activity);
            bool holdsIt = false;
            for (const FileEntry &file : activity->files)
                holdsIt = holdsIt || file.id == page.id;
            QVERIFY2(holdsIt, qPrintable(activity->title.defaultText()));
        }
    }

    void interruptedManyTimesFinishesWithLittleExtraTraffic()
    {
        Misbehaviour drop = Misbehaviour::dropMidBody(700 * 1000, u"big.mp4"_s);
        drop.times = 8;
        m_server->misbehave(drop);
        QVERIFY(syncAll());
        const FileEntry big = bigFile();
        QCOMPARE(big.state, FileState::Ready);
        QCOMPARE(storedSha1(big), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        // Every interruption resumed where the bytes stopped: one whole response, the rest
        // partial (206), each starting where the one before it ended.
        //
        // Qt 6.4 itself sometimes sends a request a second time: when the server's close races
        // with Qt reading a fresh answer, its channel takes the connection for a stale one and
        // re-sends the same request (same Range) while also finishing the reply with a short
        // body. Qt tears that copy down as soon as the reply is deleted, and its bytes never
        // reach the manager, which resumes from what it kept. Those copies are told apart by
        // their Range repeating the one before; the manager's own requests carry every byte
        // of the file exactly once.
        int whole = 0, partial = 0, qtCopies = 0;
        qint64 managerSent = 0, expectedStart = 0;
        QByteArray previousRange;
        for (const auto &request : m_server->requests()) {
            if (!request.path.contains(u"big.mp4"_s))
                continue;
            const QByteArray range = request.header("Range");
            if (!previousRange.isNull() && range == previousRange) {
                ++qtCopies;
                continue;
            }
            previousRange = range.isNull() ? QByteArray("") : range;
            whole += request.status == 200 ? 1 : 0;
            partial += request.status == 206 ? 1 : 0;
            const QByteArray wanted = "bytes=" + QByteArray::number(expectedStart) + '-';
            QCOMPARE(range, expectedStart == 0 ? QByteArray() : wanted);
            expectedStart += request.bodyBytesSent;
            managerSent += request.bodyBytesSent;
        }
        QCOMPARE(whole, 1);
        QVERIFY(partial >= 1);
        QVERIFY(partial + qtCopies >= 8); // each of the 8 cuts met a request, then one went through
        QCOMPARE(managerSent, kBigSize);
        if (qtCopies > 0)
            qInfo("Qt sent %d request(s) again by itself", qtCopies);
    }

    // A file that arrives slowly on one connection (the server paces each connection, as a
    // lossy link holds one TCP connection to a fraction of the line) gets the connections the
    // other files no longer need: its rest is cut into ranges fetched at once, each a 206 of
    // the same version, and the whole file is verified as ever.
    void aSlowLargeFileIsFetchedInRangesAtOnce()
    {
        m_server->misbehave(Misbehaviour::trickle(1000 * 1000, u"big.mp4"_s));
        QVERIFY(syncAll());
        const FileEntry big = bigFile();
        QCOMPARE(big.state, FileState::Ready);
        QCOMPARE(storedSha1(big), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        const QList<Asked> asked = bigRequests();
        QVERIFY2(asked.size() >= 2, qPrintable(QString::number(asked.size())));
        // The first request asked for the whole file and was stopped where the ranges began.
        QVERIFY(asked.first().range.isEmpty());
        QVERIFY2(asked.first().bytes < kBigSize * 9 / 10,
                 qPrintable(QString::number(asked.first().bytes)));
        qint64 served = 0;
        int ranges = 0;
        for (const Asked &a : asked) {
            served += a.bytes;
            if (a.range.isEmpty())
                continue;
            QVERIFY2(a.closed(), a.range.constData());
            QCOMPARE(a.status, 206);
            ++ranges;
        }
        QVERIFY(ranges >= 1);
        // Little fetched twice: what a stopped request had on its way.
        QVERIFY2(served <= kBigSize * 5 / 4, qPrintable(QString::number(served)));
        // Nothing left behind: no .part, no ranges in the queue.
        QCOMPARE(QDir(m_lib->context().store().partsDir()).entryList(QDir::Files).size(), 0);
        QCOMPARE(recordedRanges(big.id), QString());
    }

    // The ranges written are kept in the queue: after a restart only what is missing is asked
    // for, never the whole file again.
    void aRestartAsksOnlyForTheMissingRanges()
    {
        m_server->misbehave(Misbehaviour::trickle(400 * 1000, u"big.mp4"_s));
        downloads().enqueueCourse(courseId());
        const qint64 id = bigFile().id;
        // Split, and the second range has bytes on disk (recorded every 2 s).
        QTRY_VERIFY_WITH_TIMEOUT(recordedRanges(id).contains(u','), 20000);
        QVERIFY(m_lib->restart());
        fastPolicy();
        const QString before = recordedRanges(id);
        const auto kept = transferrules::ByteRanges::fromString(before, kBigSize);
        QVERIFY2(kept && kept->ranges().size() >= 2, qPrintable(before));
        // The sign-in comes back from the keychain, as at any start.
        QCOMPARE(waitFor(m_lib->context().account().restore()), AccountService::State::SignedIn);
        m_server->resetCounters();
        QVERIFY(syncAll());
        QCOMPARE(bigFile().state, FileState::Ready);
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        qint64 served = 0;
        for (const Asked &a : bigRequests()) {
            // Every request asks for a range that starts where the recorded bytes end.
            QVERIFY2(a.closed(), a.range.constData());
            QCOMPARE(a.status, 206);
            QVERIFY2(kept->runEnd(a.start()) == a.start(), a.range.constData());
            served += a.bytes;
        }
        const qint64 missing = kBigSize - kept->total();
        QVERIFY2(served >= missing && served <= missing * 5 / 4 + 256 * 1024,
                 qPrintable(u"%1 of %2"_s.arg(served).arg(missing)));
    }

    // A server that says it serves ranges (Accept-Ranges: bytes) and answers one with the whole
    // file: the bytes cannot be trusted to fit, so the file starts again whole, on one
    // connection for the rest of the run, and ends verified.
    void aServerThatDoesNotServeRangesGetsTheFileWhole()
    {
        m_server->misbehave(Misbehaviour::trickle(1500 * 1000, u"big.mp4"_s));
        m_server->misbehave(Misbehaviour::ignoreRange(u"big.mp4"_s));
        const qint64 id = bigFile().id;
        QVERIFY(syncAll());
        QCOMPARE(bigFile().state, FileState::Ready);
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        const QList<Asked> asked = bigRequests();
        // Some range was answered whole; after that the file came on one connection from 0.
        qsizetype refused = -1;
        for (qsizetype i = 0; i < asked.size(); ++i) {
            if (!asked[i].range.isEmpty() && asked[i].status == 200) {
                refused = i;
                break;
            }
        }
        QVERIFY(refused >= 0);
        const Asked &last = asked.last();
        QVERIFY2(last.range.isEmpty() && last.status == 200 && last.bytes == kBigSize,
                 last.range.constData());
        for (qsizetype i = refused + 1; i < asked.size(); ++i)
            QVERIFY2(!asked[i].closed() || asked[i].status == 200, asked[i].range.constData());
        QCOMPARE(recordedRanges(id), QString());
    }

    void ignoredRangeStartsAgainCleanly()
    {
        Misbehaviour drop = Misbehaviour::dropMidBody(2 * 1000 * 1000, u"big.mp4"_s);
        drop.times = 1;
        m_server->misbehave(drop);
        Misbehaviour ignore = Misbehaviour::ignoreRange(u"big.mp4"_s);
        m_server->misbehave(ignore);
        QVERIFY(syncAll());
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
    }

    void fileChangedMidResumeIsFetchedWhole()
    {
        Misbehaviour drop = Misbehaviour::dropMidBody(3 * 1000 * 1000, u"big.mp4"_s);
        drop.times = 1;
        m_server->misbehave(drop);
        // After the first (interrupted) request, the file changes on the server.
        m_server->misbehave(Misbehaviour::changeFile(1, u"big.mp4"_s));
        QVERIFY(syncAll());
        const FileEntry big = bigFile();
        QCOMPARE(big.state, FileState::Ready);
        // The bytes are the new version's, whole: never half old, half new.
        QCOMPARE(storedSha1(big), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
    }

    void wrongBytesAreNeverPlaced()
    {
        // The server claims fewer bytes than the file has, twice: both copies are refused.
        Misbehaviour lie = Misbehaviour::lieAboutLength(-1000, u"sample.mp4"_s);
        lie.times = 2;
        m_server->misbehave(lie);
        QVERIFY(syncAll());
        for (const FileEntry &file : files())
            QVERIFY(m_lib->context().store().verify(file.sha256));
        QVERIFY(m_server->requestCount(u"sample.mp4"_s) >= 3);
        // Only verified content is in the store: one object per file.
        QCOMPARE(m_lib->context().store().objects().size(), files().size());
    }

    void alwaysWrongBytesEndAsFailed()
    {
        m_server->misbehave(Misbehaviour::lieAboutLength(-1000, u"sample.mp4"_s));
        syncAll();
        FileEntry sample;
        for (const FileEntry &f : files()) {
            if (f.path == u"sample.mp4"_s)
                sample = f;
        }
        QCOMPARE(sample.state, FileState::Failed);
        QVERIFY(sample.sha256.isEmpty());
        QCOMPARE(bigFile().state, FileState::Ready); // the others are not held back
    }

    void busyServerIsRetriedAfterItsDelay()
    {
        m_server->misbehave(Misbehaviour::httpStatus(503, 2, 1, u"big.mp4"_s));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(syncAll());
        QCOMPARE(bigFile().state, FileState::Ready);
        QVERIFY(clock.elapsed() >= 1500); // Retry-After: 1, twice
        m_server->misbehave(Misbehaviour::httpStatus(429, 1, 1, u"sample.mp4"_s));
    }

    void stalledTransferReconnects()
    {
        fastPolicy(0, 1000);
        Misbehaviour stall = Misbehaviour::stall(1000 * 1000, -1, u"big.mp4"_s);
        stall.times = 1;
        m_server->misbehave(stall);
        QVERIFY(syncAll());
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        QVERIFY(m_server->fileBytesSent(m_bigCmid) <= kBigSize + kBigSize / 20);
    }

    void expiredTokenWaitsForANewSignIn()
    {
        m_server->expireTokens();
        QSignalSpy state(&m_lib->context().account(), &AccountService::stateChanged);
        downloads().enqueueCourse(courseId());
        QTRY_COMPARE_WITH_TIMEOUT(m_lib->context().account().state(),
                                  AccountService::State::NeedsSignIn, 20000);
        QVERIFY(downloads().waitUntilIdle(10000)); // nothing can progress: idle, not failed
        QVERIFY(bigFile().state != FileState::Failed);
        const auto again = waitFor(m_lib->context().account().signIn(
            m_server->baseUrl().toString(), u"student"_s, u"Student-1234"_s));
        QVERIFY(again.ok());
        QVERIFY(downloads().waitUntilIdle(60000));
        for (const FileEntry &file : files())
            QCOMPARE(file.state, FileState::Ready);
    }

    void pauseResumeCancel()
    {
        m_server->misbehave(Misbehaviour::trickle(1000 * 1000, u"big.mp4"_s));
        const qint64 big = bigFile().id;
        qint64 done = 0; // what the client has received of it
        QObject receiver;
        connect(&downloads(), &DownloadManager::itemChanged, &receiver,
                [&done, big](const DownloadManager::Item &item) {
                    if (item.fileId == big)
                        done = std::max(done, item.bytesDone);
                });
        downloads().enqueueFiles({big});
        QTRY_VERIFY_WITH_TIMEOUT(done > 500 * 1000, 15000);
        downloads().pause(big);
        QTRY_COMPARE_WITH_TIMEOUT(bigFile().state, FileState::Partial, 5000);
        const QString part = m_lib->context().store().partsDir() + u"/%1.part"_s.arg(big);
        QTRY_VERIFY(QFileInfo(part).size() > 0);
        m_server->clearMisbehaviour();
        // What the server sent before the pause and the client never read (socket buffers: more
        // on a busy machine) is lost either way; what counts is that the resume asks only for
        // what is missing, not for the whole file again.
        const qint64 sentBeforeResume = m_server->fileBytesSent(m_bigCmid);
        downloads().resume(big);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
        const qint64 sentAfterResume = m_server->fileBytesSent(m_bigCmid) - sentBeforeResume;
        QVERIFY2(sentAfterResume < kBigSize - 250 * 1000,
                 qPrintable(QString::number(sentAfterResume)));

        // Cancelling a transfer removes what it had.
        m_server->misbehave(Misbehaviour::trickle(200 * 1000, u"sample.mp4"_s));
        qint64 sample = 0;
        for (const FileEntry &f : files()) {
            if (f.path == u"sample.mp4"_s)
                sample = f.id;
        }
        downloads().enqueueFiles({sample});
        QTRY_VERIFY_WITH_TIMEOUT(m_server->fileBytesSent(2) > 10000, 10000);
        downloads().cancel(sample);
        QTRY_VERIFY(
            !QFileInfo::exists(m_lib->context().store().partsDir() + u"/%1.part"_s.arg(sample)));
        const auto stateOf = [this](qint64 id) {
            for (const FileEntry &f : files()) {
                if (f.id == id)
                    return f.state;
            }
            return FileState::Missing;
        };
        QTRY_COMPARE(stateOf(sample), FileState::Remote);
    }

    void bandwidthCapIsHonoured()
    {
        fastPolicy(2 * 1000 * 1000);
        const qint64 big = bigFile().id;
        QElapsedTimer clock;
        clock.start();
        downloads().enqueueFiles({big});
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
        // 6 MB at 2 MB/s: about 3 s (the socket buffers let a little through early).
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void linkBackIsNoticedWithinAProbe()
    {
        // Long backoffs, as after a long outage; a short probe.
        DownloadManager::Policy policy;
        policy.retryBaseMs = 20000;
        policy.retryMaxMs = 60000;
        policy.linkProbeMs = 200;
        downloads().setPolicy(policy);
        const quint16 port = m_server->port();
        m_server->close();
        QVERIFY(!syncAll(1500)); // nothing can arrive: every file waits out its backoff
        QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(downloads().waitUntilIdle(15000));
        for (const FileEntry &f : files())
            QCOMPARE(f.state, FileState::Ready);
        // Within a few probes, not after the 20 s backoff.
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    }

    // A server that trickles a few bytes now and then never trips the stall timeout; a transfer
    // slower than the low-speed limit over a whole window is a stall all the same: it reconnects
    // and resumes where it was, and the try counts (so a night run given a try limit ends).
    void trickleIsAStallToo()
    {
        DownloadManager::Policy policy;
        policy.retryBaseMs = 50;
        policy.retryMaxMs = 400;
        policy.lowSpeedBytesPerSecond = 64 * 1000;
        policy.lowSpeedWindowMs = 1000;
        downloads().setPolicy(policy);
        Misbehaviour trickle = Misbehaviour::trickle(8 * 1000, u"big.mp4"_s);
        trickle.times = 1;
        m_server->misbehave(trickle);
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        QVERIFY(syncAll());
        QCOMPARE(bigFile().state, FileState::Ready);
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        QList<QByteArray> ranges;
        for (const auto &request : m_server->requests()) {
            if (request.path.contains(u"big.mp4"_s) && request.status != 0)
                ranges.append(request.header("Range"));
        }
        // The trickled request, then one that resumed after what it brought.
        QVERIFY2(ranges.size() >= 2, qPrintable(QString::number(ranges.size())));
        QVERIFY(ranges.first().isEmpty());
        QVERIFY2(ranges.last().startsWith("bytes=") && ranges.last() != "bytes=0-",
                 ranges.last().constData());
        bool toldWhy = false;
        for (const QList<QVariant> &change : std::as_const(changes)) {
            const auto item = change.at(0).value<DownloadManager::Item>();
            toldWhy = toldWhy
                      || (item.fileId == bigFile().id
                          && item.error.site.code == ConnectorError::Code::Timeout);
        }
        QVERIFY(toldWhy);
    }

    void notEnoughSpaceFailsWithAReasonThenResumes()
    {
        DownloadManager::Policy policy;
        policy.retryBaseMs = 50;
        // More than the disk has free: the check before starting must refuse the file.
        policy.freeSpaceReserve
            = freeBytes(m_lib->context().store().partsDir()).value_or(0) + (qint64(1) << 40);
        downloads().setPolicy(policy);
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        const qint64 big = bigFile().id;
        downloads().enqueueFiles({big});
        QVERIFY(downloads().waitUntilIdle(10000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QCOMPARE(m_server->fileBytesSent(m_bigCmid), 0); // refused before asking the server
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.fileId, big);
        QCOMPARE(last.state, DownloadManager::State::Failed);
        QCOMPARE(last.error.code, DownloadError::Code::NoSpace);
        QVERIFY2(last.error.message().contains(u"space"_s), qPrintable(last.error.message()));

        // Space freed: Resume fetches it.
        fastPolicy();
        downloads().resume(big);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
    }

    // The token goes to the site's own origin only: a file the site lists at another host is
    // refused with the reason, and a download the site redirects elsewhere is not followed.
    void theTokenStaysWithTheSite()
    {
        int elsewhereHits = 0;
        QHttpServer elsewhere;
        elsewhere.route(u"/<arg>"_s, [&](const QString &, const QHttpServerRequest &) {
            ++elsewhereHits;
            return QHttpServerResponse("application/octet-stream", QByteArray(100, 'x'));
        });
        const quint16 port = elsewhere.listen(QHostAddress(u"127.0.0.2"_s));
        QVERIFY(port);

        // Redirected elsewhere on the way.
        m_server->misbehave(test::Misbehaviour::redirect(
            QUrl(u"http://127.0.0.2:%1/big.mp4"_s.arg(port)), 302, u"big.mp4"_s));
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        downloads().enqueueFiles({bigFile().id});
        QVERIFY(downloads().waitUntilIdle(10000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.error.code, DownloadError::Code::Site);
        QCOMPARE(last.error.site.code, ConnectorError::Code::UnsafeRedirect);
        QCOMPARE(elsewhereHits, 0);
        m_server->clearMisbehaviour();

        // Listed at another host from the start.
        m_server->setFileUrlBase(u"http://127.0.0.2:%1/webservice/pluginfile.php"_s.arg(port));
        const auto catalogue = waitFor(m_lib->context().account().refreshCatalogue());
        QVERIFY(!catalogue.error.isError());
        QVERIFY(bigFile().remoteUrl.startsWith(u"http://127.0.0.2"_s));
        changes.clear();
        downloads().resume(bigFile().id);
        QVERIFY(downloads().waitUntilIdle(10000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.error.code, DownloadError::Code::ForeignFileUrl);
        QVERIFY2(last.error.message().contains(u"127.0.0.2"_s), qPrintable(last.error.message()));
        QCOMPARE(elsewhereHits, 0);
    }

    // A scheduled run ends: with a bound on tries, a file that keeps failing (a server that
    // answers 500 forever) is given up with its reason; without one (the application) it waits.
    void aFileThatKeepsFailingIsGivenUp()
    {
        m_server->misbehave(test::Misbehaviour::httpStatus(500, -1, -1, u"big.mp4"_s));
        downloads().setMaxTries(3);
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        downloads().enqueueFiles({bigFile().id});
        QVERIFY(downloads().waitUntilIdle(20000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.state, DownloadManager::State::Failed);
        QCOMPARE(last.error.code, DownloadError::Code::Site);
        QCOMPARE(last.error.site.code, ConnectorError::Code::HttpError);
        QCOMPARE(m_server->requestCount(u"big.mp4"_s), 3);
        downloads().setMaxTries(0);
        m_server->clearMisbehaviour();
        downloads().resume(bigFile().id);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
    }

    // A file that cannot be written for another reason than space says that reason, not
    // "not enough space (Unknown error needed)".
    void aWriteFailureSaysWhy()
    {
        const QString parts = m_lib->context().store().partsDir();
        QVERIFY(QDir(parts).removeRecursively());
        QFile blocker(parts); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        downloads().enqueueFiles({bigFile().id});
        QVERIFY(downloads().waitUntilIdle(10000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.error.code, DownloadError::Code::WriteFailed);
        const QString message = last.error.message();
        QVERIFY2(!message.contains(u"space"_s) && !message.contains(u"Unknown error"_s)
                     && message.contains(u"directory"_s, Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY(QFile::remove(parts));
        QVERIFY(QDir().mkpath(parts));
        downloads().resume(bigFile().id);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
    }

    // The bytes arrived whole but could not be placed (the store cannot be written): the file
    // fails with that reason, not as a damaged download; the .part file stays, and Resume
    // places it without asking the site for a byte more.
    void aStoreFailureKeepsTheBytes()
    {
        const QString objects
            = m_lib->context().store().pathOf(QString(64, u'0')).section(u'/', 0, -3);
        QVERIFY(objects.endsWith(u"/objects"_s));
        QVERIFY(QDir(objects).removeRecursively());
        QFile blocker(objects); // a file where the store's folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        const qint64 big = bigFile().id;
        downloads().enqueueFiles({big});
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.error.code, DownloadError::Code::StoreFailed);
        QVERIFY2(!last.error.message().contains(u"damaged"_s), qPrintable(last.error.message()));
        const qint64 sent = m_server->fileBytesSent(m_bigCmid);
        QCOMPARE(sent, kBigSize); // fetched once, never again for a failure of ours
        const QString part
            = m_lib->context().store().partsDir() + u'/' + QString::number(big) + u".part"_s;
        QCOMPARE(QFileInfo(part).size(), kBigSize);

        QVERIFY(QFile::remove(objects));
        QVERIFY(QDir().mkpath(objects));
        downloads().resume(big);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
        QCOMPARE(storedSha1(bigFile()), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        QCOMPARE(m_server->fileBytesSent(m_bigCmid), sent);
        QVERIFY(!QFileInfo::exists(part));
    }

    // A server that sends more than the file it listed is cut off at the size it listed: the
    // extra never fills the disk, and the bytes are refused as damaged.
    void moreBytesThanListedAreCutOff()
    {
        m_server->misbehave(test::Misbehaviour::oversize(200 * 1000 * 1000, u"big.mp4"_s));
        QSignalSpy changes(&downloads(), &DownloadManager::itemChanged);
        downloads().enqueueFiles({bigFile().id});
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Failed);
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.constLast().at(0).value<DownloadManager::Item>();
        QCOMPARE(last.error.code, DownloadError::Code::VerificationFailed);
        // Each try stopped soon after the listed size: the three tries together sent less than
        // one whole oversized answer (what the server pushed into the socket before it noticed
        // the close is counted too, and grows on a busy machine).
        QVERIFY2(m_server->fileBytesSent(m_bigCmid) < 300 * 1000 * 1000,
                 qPrintable(QString::number(m_server->fileBytesSent(m_bigCmid))));
        m_server->clearMisbehaviour();
        downloads().resume(bigFile().id);
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
    }

    // What the status bar shows of a batch only grows: done counts finished files and bytes,
    // toward a total fixed once the batch is queued, and ends at that total.
    void batchTotalsOnlyGrow()
    {
        m_server->misbehave(test::Misbehaviour::trickle(3'000'000, u"big.mp4"_s));
        QList<DownloadManager::Totals> seen;
        QObject guard;
        connect(&downloads(), &DownloadManager::totalsChanged, &guard,
                [&seen](const DownloadManager::Totals &t) { seen.append(t); });
        QVERIFY(syncAll());
        QTRY_VERIFY(!seen.isEmpty() && seen.constLast().active == 0);
        m_server->clearMisbehaviour();
        const int fileCount = int(files().size());
        QVERIFY(fileCount >= 3);
        int busy = 0;
        for (qsizetype i = 1; i < seen.size(); ++i) {
            const auto &before = seen.at(i - 1);
            const auto &now = seen.at(i);
            if (before.batchFiles == 0 || now.batchFiles == 0)
                continue; // between batches
            ++busy;
            const QString where = u"step %1: %2/%3 -> %4/%5 bytes, %6 -> %7 files"_s.arg(i)
                                      .arg(before.bytesDone)
                                      .arg(before.bytesTotal)
                                      .arg(now.bytesDone)
                                      .arg(now.bytesTotal)
                                      .arg(before.batchDone)
                                      .arg(now.batchDone);
            QVERIFY2(now.bytesDone >= before.bytesDone, qPrintable(where));
            QVERIFY2(now.batchDone >= before.batchDone, qPrintable(where));
            QVERIFY2(now.batchFiles >= before.batchFiles, qPrintable(where));
            // The total never falls as files finish; it grows only by what the site did not
            // tell in advance (a page's generated index.html has no size in the listing).
            QVERIFY2(now.bytesTotal >= before.bytesTotal, qPrintable(where));
            QVERIFY2(now.bytesTotal - before.bytesTotal < 64 * 1024
                         || now.batchFiles > before.batchFiles,
                     qPrintable(where));
        }
        QVERIFY(busy >= 3);
        // The batch's own last word: after it, a later pass of the scheduler may report the
        // next, empty batch.
        auto lastOfBatch = seen.crbegin();
        while (lastOfBatch != seen.crend() && lastOfBatch->batchFiles == 0)
            ++lastOfBatch;
        QVERIFY(lastOfBatch != seen.crend());
        const auto &last = *lastOfBatch;
        QCOMPARE(last.active, 0);
        QCOMPARE(last.batchDone, last.batchFiles);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(last.bytesTotal >= kBigSize);
    }

    void limitsChangeOnlyParallelismAndCap()
    {
        fastPolicy(0, 3000);
        // Two transfers at most, and a 1.5 MB/s cap: the 6 MB file takes about 4 s.
        downloads().setLimits(2, 1500 * 1000);
        QElapsedTimer clock;
        clock.start();
        downloads().enqueueFiles({bigFile().id});
        QVERIFY(downloads().waitUntilIdle(30000));
        QCOMPARE(bigFile().state, FileState::Ready);
        QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void updatedFileReplacesTheOldOnlyOnceVerified()
    {
        QVERIFY(syncAll());
        const FileEntry before = bigFile();
        m_server->changeFile(m_bigCmid, 0, FakeMoodle::FileUrl::NewRevision);
        QVERIFY(!waitFor(m_lib->context().account().refreshCatalogue()).error.isError());
        const FileEntry marked = bigFile();
        QCOMPARE(marked.state, FileState::UpdateAvailable);
        QCOMPARE(marked.sha256, before.sha256); // the old version is still there, usable
        QVERIFY(m_lib->context().store().contains(before.sha256));
        m_server->resetCounters();
        QVERIFY(syncAll());
        const FileEntry after = bigFile();
        QCOMPARE(after.state, FileState::Ready);
        QVERIFY(after.sha256 != before.sha256);
        QCOMPARE(storedSha1(after), QString::fromLatin1(m_server->fileSha1(m_bigCmid)));
        QVERIFY(!m_lib->context().store().contains(before.sha256)); // freed
        // Only the changed file was fetched.
        QCOMPARE(m_server->requestCount(u"sample.mp4"_s), 0);
    }

    void noSecretOnDisk()
    {
        QVERIFY(syncAll());
        const QByteArray token = m_server->token().toUtf8();
        QVERIFY(!token.isEmpty());
        m_lib->context().settings().sync();
        m_lib->libraryWorker().waitForIdle();
        QDirIterator it(m_lib->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int searched = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains("Student-1234"), qPrintable(file.fileName()));
            ++searched;
        }
        QVERIFY(searched >= 5); // the database, its WAL, settings, stored files
    }
};

QTEST_GUILESS_MAIN(TestDownloads)
#include "tst_downloads.moc"
