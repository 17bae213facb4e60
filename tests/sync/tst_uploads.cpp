// The upload queue against the project's stand-in for a Moodle site, which counts the effect of
// every call on its state: views, completion and tracks reach the server once and in order;
// repetitions are merged; the server's refusals are kept with their reason; a newer change on
// the site wins; the server down and up again; the token expiring mid-upload; two profiles
// whose queues never mix; and a queue that waits for a profile that is signed out.
// Runs in a private D-Bus session with its own keyring (support/with-keyring.sh).

#include "connector/moodleconnector.h"
#include "fakemoodle.h"
#include "storage/database.h"
#include "storage/uploadrepository.h"
#include "sync/accountservice.h"
#include "sync/uploader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeEvent;
using clikc::test::FakeMoodle;
using clikc::test::Misbehaviour;

namespace {

constexpr int kCourse = 2;
constexpr int kPageCmid = 1;   // page, instance 1, manual completion
constexpr int kVideoCmid = 2;  // resource, instance 1, manual completion
constexpr int kScormCmid = 3;  // automatic completion
constexpr int kExtraPages = 6; // pages 2..7 added by the test, manual completion

} // namespace

class TestUploads : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeMoodle> m_server;
    std::unique_ptr<test::TestLibrary> m_lib;
    QList<int> m_extraCmids;
    quint16 m_port = 0;

    Uploader &uploader() { return m_lib->context().uploads(); }
    ScormLessons &scormLessons() { return m_lib->scormLessons(); }
    CourseQueries &courseQueries() { return m_lib->courseQueries(); }
    ProgressRecorder &progressRecorder() { return m_lib->progressRecorder(); }
    UploadQueue &uploadQueue() { return m_lib->uploadQueue(); }
    UploadRepository uploads()
    {
        return UploadRepository(m_lib->context().database().connection());
    }

    qint64 courseId()
    {
        for (const CourseSummary &c : courseQueries().courses(1).result()) {
            if (c.sourceKind == SourceKind::Moodle)
                return c.id;
        }
        return 0;
    }

    // The local activity for a server cmid.
    qint64 activity(int cmid)
    {
        const auto course = courseQueries().course(courseId()).result();
        for (const Section &section : course->sections) {
            for (const Activity &a : section.activities) {
                if (a.remoteId == QString::number(cmid))
                    return a.id;
            }
        }
        return 0;
    }

    bool completedHere(int cmid)
    {
        return progressRecorder().playbackState(1, activity(cmid)).result().completed;
    }

    void goOffline() { m_server->close(); }

    // Back online, and every attempt made while offline has come back refused: a request asked
    // for now opens a connection of its own instead of queueing behind a connect that fails
    // (Qt fails the requests queued on a connection with its error).
    void goOnline()
    {
        QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port));
        QVERIFY(uploader().waitUntilIdle(30000));
    }

    // Keeps the uploader from sending (as if the profile were signed out), so that what is
    // recorded meanwhile can be looked at in the queue; release() gives the token back.
    void hold() { uploader().setAuthorization(1, {}, 0, {}); }
    void release() { uploader().setAuthorization(1, m_server->baseUrl(), 3, m_server->token()); }

    bool drain(int timeoutMs = 30000)
    {
        uploader().uploadNow();
        return uploader().waitUntilIdle(timeoutMs);
    }

    // The REST calls the server received, by function.
    QStringList calls()
    {
        QStringList result;
        for (const auto &request : m_server->requests()) {
            if (!request.function.isEmpty())
                result.append(request.function + u':' + request.param(u"cmid"_s)
                              + request.param(u"pageid"_s) + u'=' + request.param(u"completed"_s));
        }
        return result;
    }

    // HTTP requests that carried web-service calls (a batch is one; its calls are not counted).
    int restRequests()
    {
        int n = 0;
        for (const auto &request : m_server->requests())
            n += !request.function.isEmpty() && request.batch.isEmpty() ? 1 : 0;
        return n;
    }

    // Six pages viewed and ticked while offline: twelve actions for six activities.
    void queueViewsAndTicksOffline()
    {
        goOffline();
        for (int cmid : std::as_const(m_extraCmids)) {
            QVERIFY(!(progressRecorder().recordActivityView(1, activity(cmid)).result()).isError());
            QVERIFY(!(progressRecorder().setManualCompletion(1, activity(cmid), true).result())
                         .isError());
        }
        QCOMPARE(uploads().counts(1).pending, 2 * kExtraPages);
        goOnline();
        m_server->resetCounters();
    }

    // Each page was viewed once and ticked once on the site, the view before the tick.
    void checkEachReachedTheSiteOnceInOrder()
    {
        QMap<int, int> views;
        for (const FakeEvent &event : m_server->events())
            views[event.instanceId] += event.function == u"mod_page_view_page"_s ? 1 : 0;
        int viewed = 0;
        for (int count : std::as_const(views))
            viewed += count == 1 ? 1 : 0;
        QCOMPARE(viewed, kExtraPages);
        const QStringList sent = calls();
        for (int cmid : std::as_const(m_extraCmids)) {
            QCOMPARE(m_server->completionState(cmid), 1);
            QCOMPARE(m_server->completionChangeCount(cmid), 1);
            const qsizetype tick = sent.indexOf(
                u"core_completion_update_activity_completion_status_manually:%1=1"_s.arg(cmid));
            QVERIFY2(tick >= 0, qPrintable(sent.join(u", "_s)));
        }
        // Views come before ticks: every view call precedes the first tick.
        qsizetype lastView = -1, firstTick = sent.size();
        for (qsizetype i = 0; i < sent.size(); ++i) {
            if (sent.at(i).startsWith(u"mod_page_view_page"_s))
                lastView = i;
            else if (sent.at(i).startsWith(u"core_completion_update"_s))
                firstTick = std::min(firstTick, i);
        }
        QVERIFY2(lastView < firstTick, qPrintable(sent.join(u", "_s)));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeMoodle>();
        m_server->loadFixtureSite();
        m_extraCmids.clear();
        for (int i = 0; i < kExtraPages; ++i) {
            const int cmid = m_server->addPage(kCourse, 1, u"Extra page %1"_s.arg(i + 1),
                                               u"<p>Page %1</p>"_s.arg(i + 1));
            m_server->setCompletion(cmid, FakeMoodle::Completion::Manual);
            m_extraCmids.append(cmid);
        }
        QVERIFY(m_server->listen());
        m_port = m_server->port();
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        Uploader::Policy policy;
        policy.retryBaseMs = 100;
        policy.retryMaxMs = 400;
        policy.timeoutMs = 5000;
        uploader().setPolicy(policy);
        const auto signedIn = waitFor(m_lib->context().account().signIn(
            m_server->baseUrl().toString(), u"student"_s, u"Student-1234"_s));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.message()));
        QVERIFY(!waitFor(m_lib->context().account().refreshCatalogue()).error.isError());
        QVERIFY(activity(kPageCmid) > 0);
        QVERIFY(uploader().waitUntilIdle(10000));
        m_server->resetCounters();
    }

    void cleanup()
    {
        m_lib.reset();
        m_server.reset();
    }

    void everythingReachesTheServerOnceAndInOrder()
    {
        hold();
        QVERIFY(!(progressRecorder().recordCourseView(1, courseId()).result()).isError());
        for (int i = 0; i < 10; ++i) // ten views between two uploads are one view
            QVERIFY(!(progressRecorder().recordActivityView(1, activity(kPageCmid)).result())
                         .isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kPageCmid), true).result())
                     .isError());
        // Ticked, unticked, ticked again: one change to send.
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kVideoCmid), true).result())
                     .isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kVideoCmid), false).result())
                     .isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kVideoCmid), true).result())
                     .isError());
        // Shown at once, long before the server knows.
        QVERIFY(completedHere(kPageCmid));
        QVERIFY(completedHere(kVideoCmid));
        // Automatic completion is the server's: the learner cannot tick it.
        QCOMPARE(
            progressRecorder().setManualCompletion(1, activity(kScormCmid), true).result().code,
            LibraryError::Code::NotAllowed);
        QCOMPARE(uploads().counts(1).pending, 4);

        release();
        QSignalSpy uploaded(&uploader(), &Uploader::uploaded);
        QVERIFY(drain());
        QCOMPARE(uploads().counts(1).pending, 0);
        QVERIFY(uploads().counts(1).lastUploadAt > 0);
        QCOMPARE(m_server->viewCount(u"core_course_view_course"_s, kCourse), 1);
        QCOMPARE(m_server->viewCount(u"mod_page_view_page"_s, 1), 1);
        QCOMPARE(m_server->completionState(kPageCmid), 1);
        QCOMPARE(m_server->completionChangeCount(kPageCmid), 1);
        QCOMPARE(m_server->completionState(kVideoCmid), 1);
        QCOMPARE(m_server->completionChangeCount(kVideoCmid), 1);
        // In order for the activity: the page was viewed before it was ticked.
        const QStringList sent = calls();
        const qsizetype view = sent.indexOf(u"mod_page_view_page:1="_s);
        const qsizetype tick
            = sent.indexOf(u"core_completion_update_activity_completion_status_manually:1=1"_s);
        QVERIFY2(view >= 0 && tick > view, qPrintable(sent.join(u", "_s)));
        const auto confirmed = [&uploaded] {
            int total = 0;
            for (const QList<QVariant> &signal : std::as_const(uploaded)) {
                if (signal.at(0).toLongLong() == 1)
                    total += signal.at(1).toInt();
            }
            return total;
        };
        QTRY_COMPARE(confirmed(), 4);
        // Actions of different activities travel together: fewer requests than actions.
        QVERIFY(m_server->batchCallCount() >= 1);

        // Nothing left: a second pass sends nothing.
        m_server->resetCounters();
        QVERIFY(drain());
        QCOMPARE(calls(), QStringList());
    }

    void mergingKeepsTheLatestAndTheOrder()
    {
        hold();
        const qint64 scorm = activity(kScormCmid);
        QVERIFY(!(scormLessons()
                      .saveScormAttempt(1, scorm, u"ITEM1"_s, 1,
                                        QJsonObject{{u"cmi.core.lesson_location"_s, u"page1"_s},
                                                    {u"cmi.core.lesson_status"_s, u"incomplete"_s}},
                                        false)
                      .result())
                     .isError());
        QVERIFY(!(scormLessons()
                      .saveScormAttempt(1, scorm, u"ITEM1"_s, 1,
                                        QJsonObject{{u"cmi.core.lesson_location"_s, u"page3"_s},
                                                    {u"cmi.core.score.raw"_s, u"85"_s}},
                                        false)
                      .result())
                     .isError());
        const auto waiting = uploads().waiting(1);
        QCOMPARE(waiting.size(), 1);
        const QJsonObject tracks = waiting.first().payload.value(u"tracks"_s).toObject();
        QCOMPARE(tracks.value(u"cmi.core.lesson_location"_s).toString(), u"page3"_s);
        QCOMPARE(tracks.value(u"cmi.core.lesson_status"_s).toString(), u"incomplete"_s);
        QCOMPARE(tracks.value(u"cmi.core.score.raw"_s).toString(), u"85"_s);
        // A second attempt is its own row.
        QVERIFY(
            !(scormLessons()
                  .saveScormAttempt(1, scorm, u"ITEM1"_s, 2,
                                    QJsonObject{{u"cmi.core.lesson_status"_s, u"passed"_s}}, false)
                  .result())
                 .isError());
        QCOMPARE(uploads().waiting(1).size(), 2);
        QVERIFY(completedHere(kScormCmid)); // passed: shown completed at once

        // A completion between two views of the same activity keeps them apart in order.
        const qint64 page = activity(kPageCmid);
        QVERIFY(!(progressRecorder().recordActivityView(1, page).result()).isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, page, true).result()).isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, page, false).result())
                     .isError()); // merged: latest
        const auto rows = uploads().waiting(1);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(3).kind, UploadKind::Completion);
        QCOMPARE(rows.at(3).payload.value(u"completed"_s).toBool(), false);

        release();
        QVERIFY(drain());
        QCOMPARE(m_server->scormTracks(kScormCmid, 3, 1).value(u"cmi.core.lesson_location"_s),
                 u"page3"_s);
        QCOMPARE(m_server->scormTracks(kScormCmid, 3, 1).value(u"cmi.core.score.raw"_s), u"85"_s);
        QCOMPARE(m_server->scormTracks(kScormCmid, 3, 2).value(u"cmi.core.lesson_status"_s),
                 u"passed"_s);
        QCOMPARE(m_server->trackWriteCount(kScormCmid, 3, 1), 3);
        // The server's id of the SCO was asked for once, then known.
        QCOMPARE(m_server->requestCount(u"mod_scorm_get_scorm_scoes"_s), 1);
        QCOMPARE(m_server->completionState(kPageCmid), 0);
        QCOMPARE(m_server->completionChangeCount(kPageCmid), 0); // never needed changing
    }

    void unknownScoIsRefused()
    {
        QVERIFY(!(scormLessons()
                      .saveScormAttempt(1, activity(kScormCmid), u"NO-SUCH-ITEM"_s, 1,
                                        QJsonObject{{u"cmi.core.lesson_status"_s, u"completed"_s}},
                                        false)
                      .result())
                     .isError());
        QVERIFY(drain());
        const auto rows = uploads().all(1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().state, UploadState::Rejected);
        QCOMPARE(rows.first().errorCode, u"cannotfindsco"_s);
        QVERIFY(m_server->scormTracks(kScormCmid).isEmpty());
    }

    void refusalsAreKeptWithTheServersReason()
    {
        goOffline();
        // On the site, meanwhile: the page stops being manual, the video is deleted.
        m_server->setCompletion(kPageCmid, FakeMoodle::Completion::Automatic);
        m_server->removeActivity(kVideoCmid);
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kPageCmid), true).result())
                     .isError());
        QVERIFY(
            !(progressRecorder().recordActivityView(1, activity(kVideoCmid)).result()).isError());
        QVERIFY(!(progressRecorder()
                      .setManualCompletion(1, activity(m_extraCmids.at(0)), true)
                      .result())
                     .isError());
        goOnline();
        QVERIFY(drain());
        const auto rows = uploads().all(1);
        QCOMPARE(uploads().counts(1).pending, 0);
        QCOMPARE(uploads().counts(1).rejected, 2);
        QStringList codes;
        for (const auto &row : rows) {
            QCOMPARE(row.state, UploadState::Rejected);
            QVERIFY(!row.errorMessage.isEmpty()); // the server's own words are kept
            codes.append(row.errorCode);
        }
        codes.sort();
        QCOMPARE(codes, (QStringList{u"cannotmanualctrack"_s, u"invalidrecord"_s}));
        // The other action went through; the two completion changes travelled together, and
        // the refusal of one was that action's alone.
        QCOMPARE(m_server->completionState(m_extraCmids.at(0)), 1);
        QCOMPARE(m_server->batchCallCount(), 1);
        // Refused actions stay until the learner dismisses them; another pass does not resend.
        m_server->resetCounters();
        QVERIFY(drain());
        QCOMPARE(calls(), QStringList());
        QVERIFY(!(uploadQueue().dismissUpload(1, rows.first().id).result()).isError());
        QCOMPARE(uploads().counts(1).rejected, 1);
    }

    void newerChangeOnTheSiteWins()
    {
        const qint64 page = activity(kPageCmid);
        const qint64 other = activity(m_extraCmids.at(0));
        QVERIFY(!(progressRecorder().setManualCompletion(1, page, true).result()).isError());
        QVERIFY(drain());
        QCOMPARE(m_server->completionState(kPageCmid), 1);

        goOffline();
        // Unticked here; then, later, ticked again on the website from another computer.
        QVERIFY(!(progressRecorder().setManualCompletion(1, page, false).result()).isError());
        // Ticked here after the site's change on the other activity: this one wins.
        m_server->setCompletionState(m_extraCmids.at(0), 1,
                                     QDateTime::currentSecsSinceEpoch() - 3600);
        QVERIFY(!(progressRecorder().setManualCompletion(1, other, true).result()).isError());
        QVERIFY(!(progressRecorder().setManualCompletion(1, other, false).result()).isError());
        QTest::qWait(1100);
        m_server->setCompletionState(kPageCmid, 1, QDateTime::currentSecsSinceEpoch() + 1);
        const int changesBefore = m_server->completionChangeCount(kPageCmid);
        QSignalSpy superseded(&uploader(), &Uploader::completionSuperseded);
        goOnline();
        QVERIFY(drain());
        // The site's newer state was kept, shown here, and the learner is told why.
        QCOMPARE(m_server->completionState(kPageCmid), 1);
        QCOMPARE(m_server->completionChangeCount(kPageCmid), changesBefore);
        QVERIFY(completedHere(kPageCmid));
        QTRY_COMPARE(superseded.size(), 1);
        QCOMPARE(superseded.first().at(1).toLongLong(), page);
        const auto rows = uploads().all(1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().errorCode, u"superseded"_s);
        // The older change on the site lost to the learner's newer one.
        QCOMPARE(m_server->completionState(m_extraCmids.at(0)), 0);
        QVERIFY(!completedHere(m_extraCmids.at(0)));
    }

    void syncBringsTheServersStateUnlessAChangeWaits()
    {
        // Completed on the website: the next sync shows it here.
        m_server->setCompletionState(m_extraCmids.at(1), 1, QDateTime::currentSecsSinceEpoch());
        hold(); // while the sync runs
        QVERIFY(!(progressRecorder()
                      .setManualCompletion(1, activity(m_extraCmids.at(2)), true)
                      .result())
                     .isError());
        QVERIFY(!waitFor(m_lib->context().account().refreshCatalogue()).error.isError());
        QVERIFY(completedHere(m_extraCmids.at(1)));
        QVERIFY(completedHere(m_extraCmids.at(2))); // the learner's waiting tick stays
        QCOMPARE(uploads().counts(1).pending, 1);
    }

    void refreshThatCrossedAnUploadDoesNotUndoIt()
    {
        // The catalogue is asked for while the learner's tick waits; the site's answer (not yet
        // ticked) arrives only after the tick was sent and confirmed. It must not untick the
        // page here: it is older than what the site knows.
        const qint64 page = activity(kPageCmid);
        hold();
        QVERIFY(!(progressRecorder().setManualCompletion(1, page, true).result()).isError());
        m_server->misbehave(Misbehaviour::stall(0, 1500, u"core_course_get_contents"_s));
        auto refresh = m_lib->context().account().refreshCatalogue();
        QTRY_VERIFY(m_server->requestCount(u"core_course_get_contents"_s) >= 1);
        release();
        QVERIFY(drain());
        QCOMPARE(m_server->completionState(kPageCmid), 1);
        QVERIFY(!refresh.isFinished()); // still held back by the server
        QVERIFY(!waitFor(refresh).error.isError());
        m_server->clearMisbehaviour();
        QVERIFY(completedHere(kPageCmid));

        // An answer asked for afterwards is the site's word: unticked there, unticked here.
        QVERIFY(!waitFor(m_lib->context().account().refreshCatalogue()).error.isError());
        QVERIFY(completedHere(kPageCmid));
        m_server->setCompletionState(kPageCmid, 0, 0);
        QVERIFY(!waitFor(m_lib->context().account().refreshCatalogue()).error.isError());
        QVERIFY(!completedHere(kPageCmid));
        QCOMPARE(uploads().counts(1).pending, 0);
    }

    // A learner's action the library cannot keep (the disk is full) is refused with that
    // reason, said in the window whoever asked (LibraryWorker::failed), and the queue is as it
    // was: nothing half-recorded to be sent later.
    void anActionTheDiskCannotHoldIsRefusedAsNoSpace()
    {
        hold();
        QVERIFY(!(progressRecorder().recordCourseView(1, courseId()).result()).isError());
        const int pending = uploads().counts(1).pending;
        const bool completed = completedHere(kPageCmid);
        // The worker's own connection is the one that writes: its database may grow no more.
        LibraryWorker &worker = m_lib->context().libraryWorker();
        QVERIFY(worker
                    .run([&worker] {
                        QSqlQuery q(worker.database().connection());
                        return q.exec(u"PRAGMA page_count"_s) && q.next()
                               && q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt()));
                    })
                    .result());
        QSignalSpy failed(&worker, &LibraryWorker::failed);
        // Enough tracks to need a new page, where one small row might still fit.
        QJsonObject values;
        for (int i = 0; i < 400; ++i)
            values.insert(u"cmi.interactions.%1.id"_s.arg(i), QString(64, u'q'));
        const LibraryError refused
            = m_lib->scormLessons()
                  .saveScormAttempt(1, activity(kScormCmid), u"ITEM1"_s, 1, values, false)
                  .result();
        QCOMPARE(refused.code, LibraryError::Code::NoSpace);
        QVERIFY(!refused.message().isEmpty());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LibraryError>().code, LibraryError::Code::NoSpace);
        QCOMPARE(uploads().counts(1).pending, pending);
        QCOMPARE(completedHere(kPageCmid), completed);
    }

    void serverDownThenUp()
    {
        goOffline();
        QVERIFY(
            !(progressRecorder().recordActivityView(1, activity(kPageCmid)).result()).isError());
        QSignalSpy status(&uploader(), &Uploader::statusChanged);
        QVERIFY(drain());
        QCOMPARE(uploads().counts(1).pending, 1); // kept
        QTRY_VERIFY(!status.isEmpty()
                    && status.constLast().at(0).value<Uploader::Status>().lastError.code
                           == ConnectorError::Code::ConnectionFailed);
        goOnline();
        // The retry comes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(uploads().counts(1).pending, 0, 10000);
        QCOMPARE(m_server->viewCount(u"mod_page_view_page"_s, 1), 1);
    }

    void busyServerIsRetried()
    {
        QVERIFY(!(progressRecorder().recordCourseView(1, courseId()).result()).isError());
        m_server->misbehave(Misbehaviour::httpStatus(503, 2, 0, u"core_course_view_course"_s));
        QVERIFY(drain());
        QTRY_COMPARE_WITH_TIMEOUT(uploads().counts(1).pending, 0, 10000);
        QCOMPARE(m_server->viewCount(u"core_course_view_course"_s, kCourse), 1);
    }

    // Actions of different activities travel together (tool_mobile_call_external_functions):
    // on a satellite link every request costs a round trip. Twelve actions: the views in one
    // request, the site's completion states in another, the ticks in a third.
    void actionsTravelTogether()
    {
        queueViewsAndTicksOffline();
        QVERIFY(drain());
        QCOMPARE(uploads().counts(1).pending, 0);
        checkEachReachedTheSiteOnceInOrder();
        QCOMPARE(m_server->batchCallCount(), 2);
        QCOMPARE(restRequests(), 3);
    }

    // A site that does not offer the batch function (an older Moodle, a service without it)
    // refuses it before running anything: each call then goes on its own, now and from then on.
    void aSiteWithoutBatchesGetsEachCallAlone()
    {
        m_server->setFunctionEnabled(u"tool_mobile_call_external_functions"_s, false);
        queueViewsAndTicksOffline();
        QVERIFY(drain());
        QCOMPARE(uploads().counts(1).pending, 0);
        QCOMPARE(uploads().counts(1).rejected, 0);
        checkEachReachedTheSiteOnceInOrder();
        QCOMPARE(m_server->batchCallCount(), 0);
        QCOMPARE(m_server->requestCount(u"tool_mobile_call_external_functions"_s), 1);
    }

    // A batch lost on its way (the connection closes, no answer) is a failure of every action in
    // it: all are kept, sent again after the backoff, and each reaches the site once.
    void aLostBatchIsSentAgainWhole()
    {
        queueViewsAndTicksOffline();
        Misbehaviour lost = Misbehaviour::closeWithoutResponse(u"mod_page_view_page"_s);
        lost.times = 1;
        m_server->misbehave(lost);
        uploader().uploadNow();
        QTRY_VERIFY_WITH_TIMEOUT(uploads().counts(1).pending == 0, 20000);
        QVERIFY(uploader().waitUntilIdle(10000));
        QCOMPARE(uploads().counts(1).rejected, 0);
        checkEachReachedTheSiteOnceInOrder();
        QCOMPARE(m_server->requestCount(u"tool_mobile_call_external_functions"_s), 3);
    }

    void failureOfAnEarlierAttemptDoesNotDelayUploadNow()
    {
        // A call made before "Upload now" (while the link was down, say) fails only after it:
        // that is not the attempt the learner asked for. It goes again at once, and drain()
        // comes back only when it is through, not at the moment of quiet the failure leaves.
        Uploader::Policy policy;
        policy.retryBaseMs = 60000; // a retry would come far too late for this test
        policy.retryMaxMs = 60000;
        policy.timeoutMs = 1500;
        uploader().setPolicy(policy);
        Misbehaviour stall = Misbehaviour::stall(0, -1, u"core_course_view_course"_s);
        stall.times = 1;
        m_server->misbehave(stall);
        QVERIFY(!(progressRecorder().recordCourseView(1, courseId()).result())
                     .isError()); // sent at once, then stuck
        QTRY_COMPARE(m_server->requestCount(u"core_course_view_course"_s), 1);
        QVERIFY(drain()); // "Upload now" while that call still waits for its answer
        QCOMPARE(uploads().counts(1).pending, 0);
        QCOMPARE(m_server->requestCount(u"core_course_view_course"_s), 2);
    }

    void waitUntilIdleSeesWhatWasAskedBefore()
    {
        // Queued and kicked just before the wait: the wait covers it, however busy the machine.
        for (int round = 0; round < 5; ++round) {
            QVERIFY(!(progressRecorder()
                          .setManualCompletion(1, activity(m_extraCmids.at(0)), round % 2 == 0)
                          .result())
                         .isError());
            QVERIFY(drain());
            QCOMPARE(uploads().counts(1).pending, 0);
            QCOMPARE(m_server->completionState(m_extraCmids.at(0)), round % 2 == 0 ? 1 : 0);
        }
    }

    void expiredTokenPausesTheQueueAndLosesNothing()
    {
        goOffline();
        for (int cmid : std::as_const(m_extraCmids))
            QVERIFY(!(progressRecorder().setManualCompletion(1, activity(cmid), true).result())
                         .isError());
        goOnline();
        // The token dies after a few requests, in the middle of the upload (two actions in
        // each, so that there is a middle).
        Uploader::Policy policy;
        policy.retryBaseMs = 100;
        policy.retryMaxMs = 400;
        policy.timeoutMs = 5000;
        policy.batchActions = 2;
        uploader().setPolicy(policy);
        m_server->misbehave(Misbehaviour::expireToken(3));
        QSignalSpy needsSignIn(&uploader(), &Uploader::needsSignIn);
        QVERIFY(drain());
        QTRY_COMPARE(needsSignIn.size(), 1);
        QTRY_COMPARE(m_lib->context().account().state(), AccountService::State::NeedsSignIn);
        const int left = uploads().counts(1).pending;
        QVERIFY2(left > 0 && left < kExtraPages, qPrintable(QString::number(left)));
        QCOMPARE(uploads().counts(1).rejected, 0);
        // Nothing is tried while the token is known to be dead (the calls already on their way
        // come back first).
        QVERIFY(uploader().waitUntilIdle(5000));
        m_server->resetCounters();
        QTest::qWait(300);
        QCOMPARE(calls(), QStringList());

        const auto again = waitFor(m_lib->context().account().signIn(
            m_server->baseUrl().toString(), u"student"_s, u"Student-1234"_s));
        QVERIFY(again.ok());
        QTRY_COMPARE_WITH_TIMEOUT(uploads().counts(1).pending, 0, 10000);
        for (int cmid : std::as_const(m_extraCmids)) {
            QCOMPARE(m_server->completionState(cmid), 1);
            QCOMPARE(m_server->completionChangeCount(cmid), 1);
        }
    }

    void twoProfilesNeverMix()
    {
        // A second officer on the same computer, with an account of their own on the site.
        m_server->addUser(u"officer"_s, u"Officer-5678"_s, 4);
        QSqlQuery q(m_lib->context().database().connection());
        QVERIFY(q.exec(u"INSERT INTO profiles (id, name, created_at) VALUES (2, 'officer', 0)"_s));
        goOffline();
        QVERIFY(!(progressRecorder()
                      .setManualCompletion(1, activity(m_extraCmids.at(0)), true)
                      .result())
                     .isError());
        QVERIFY(!(progressRecorder()
                      .setManualCompletion(2, activity(m_extraCmids.at(1)), true)
                      .result())
                     .isError());
        QVERIFY(
            !(progressRecorder().recordActivityView(2, activity(kPageCmid)).result()).isError());
        QCOMPARE(uploads().counts(1).pending, 1);
        QCOMPARE(uploads().counts(2).pending, 2);
        goOnline();

        // The officer is signed out: their queue waits, the student's goes.
        QVERIFY(drain());
        QCOMPARE(uploads().counts(1).pending, 0);
        QCOMPARE(uploads().counts(2).pending, 2);
        QCOMPARE(m_server->completionState(m_extraCmids.at(0), 3), 1);
        QCOMPARE(m_server->completionState(m_extraCmids.at(1), 3), 0);

        // The officer signs in: their actions go with their own token.
        uploader().setAuthorization(2, m_server->baseUrl(), 4, m_server->signIn(u"officer"_s));
        QVERIFY(drain());
        QCOMPARE(uploads().counts(2).pending, 0);
        QCOMPARE(m_server->completionState(m_extraCmids.at(1), 4), 1);
        QCOMPARE(m_server->completionState(m_extraCmids.at(1), 3), 0);
        QCOMPARE(m_server->completionState(m_extraCmids.at(0), 4), 0);
        QCOMPARE(m_server->viewCount(u"mod_page_view_page"_s, 1, 4), 1);
        QCOMPARE(m_server->viewCount(u"mod_page_view_page"_s, 1, 3), 0);
    }

    void queueSurvivesARestart()
    {
        goOffline();
        QVERIFY(!(progressRecorder().setManualCompletion(1, activity(kPageCmid), true).result())
                     .isError());
        QVERIFY(m_lib->restart()); // the token comes back from the keychain
        QCOMPARE(uploads().counts(1).pending, 1);
        goOnline();
        QVERIFY(waitFor(m_lib->context().account().restore()) == AccountService::State::SignedIn);
        QTRY_COMPARE_WITH_TIMEOUT(uploads().counts(1).pending, 0, 10000);
        QCOMPARE(m_server->completionChangeCount(kPageCmid), 1);
    }
};

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
