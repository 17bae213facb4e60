// Power cuts while recording and while uploading: the application's processes are killed at many
// points (failpoints that end the process at once, and SIGKILL), restarted, and carry on. At the
// end every action the learner was told about is on the server, completion and SCORM tracks
// exactly once, and the queue is empty. Views are the one call Moodle cannot recognise a second
// time: one whose answer the crash swallowed is sent again and adds one line to the site's log,
// never more than the requests that were in flight when the process died.
//
// The recording process is this test binary started again with CLIKC_CRASH_CHILD set: it opens
// the library and records a fixed plan of actions through the library's services, printing
// "ACK n" once each one is acknowledged. The uploading process is the real `clikc upload`.
// A training centre's version: three officers of one library take turns while the power goes,
// and the nightly `clikc upload --all-profiles` is cut too; each officer's progress reaches the
// site under their own user, once.
// Runs in a private D-Bus session with its own keyring (support/with-keyring.sh).

#include "appcontext.h"
#include "connector/moodleconnector.h"
#include "fakemoodle.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeEvent;
using clikc::test::FakeMoodle;

namespace {

constexpr int kPages = 6;
constexpr int kScormCmid = 3;
constexpr int kMaxInFlight = 4; // Uploader::Policy's default

// One thing the learner does.
struct Step
{
    enum Kind { CourseView, View, Tick, Untick, Tracks } kind;
    int page = 0; // index of the extra page
    QMap<QString, QString> tracks;
    qint64 learner = 1; // the profile at the keyboard
};

QList<Step> plan()
{
    QList<Step> steps{{Step::CourseView, 0, {}}};
    for (int p = 0; p < kPages; ++p) {
        steps.append({Step::View, p, {}});
        steps.append({Step::Tick, p, {}});
        if (p % 2 == 1)
            steps.append({Step::Untick, p, {}});
        steps.append({Step::View, p, {}});
    }
    steps.append({Step::Tracks, 0, {{u"cmi.core.lesson_location"_s, u"page1"_s}}});
    steps.append({Step::Tracks, 0, {{u"cmi.core.lesson_status"_s, u"incomplete"_s}}});
    steps.append(
        {Step::Tracks,
         0,
         {{u"cmi.core.lesson_location"_s, u"page3"_s}, {u"cmi.core.score.raw"_s, u"80"_s}}});
    return steps;
}

// A training centre: three officers of one library (profiles 1, 2 and 3) take turns at one
// computer, each doing their own part of the course.
QList<Step> centrePlan()
{
    qint64 learner = 1;
    QList<Step> steps;
    const auto add = [&](Step::Kind kind, int page = 0, QMap<QString, QString> tracks = {}) {
        steps.append({kind, page, std::move(tracks), learner});
    };
    const QString location = u"cmi.core.lesson_location"_s;
    add(Step::CourseView), add(Step::View, 0), add(Step::Tick, 0), add(Step::View, 1);
    learner = 2;
    add(Step::CourseView), add(Step::View, 1), add(Step::Tick, 1), add(Step::Tick, 2);
    learner = 3;
    add(Step::View, 0), add(Step::Tick, 0), add(Step::Untick, 0);
    add(Step::Tracks, 0, {{location, u"c-page2"_s}});
    learner = 1;
    add(Step::Tick, 1), add(Step::Tracks, 0, {{location, u"a-page5"_s}});
    add(Step::Tracks, 0, {{u"cmi.core.score.raw"_s, u"70"_s}});
    learner = 2;
    add(Step::Untick, 2), add(Step::View, 3), add(Step::Tick, 3);
    learner = 3;
    add(Step::Tick, 4), add(Step::CourseView);
    learner = 1;
    add(Step::Untick, 0), add(Step::View, 5);
    return steps;
}

bool centreMode()
{
    return qEnvironmentVariable("CLIKC_CRASH_PLAN") == u"centre"_s;
}

// The recording process: performs the plan from step `from` and acknowledges each step.
int childMain(const QString &dataDir, int from)
{
    AppContext context(dataDir);
    if (!context.open(false))
        return 3;
    qint64 courseId = 0;
    for (const CourseSummary &c : context.courseQueries().courses(1).result()) {
        if (c.sourceKind == SourceKind::Moodle)
            courseId = c.id;
    }
    const auto course = context.courseQueries().course(courseId).result();
    if (!course)
        return 4;
    QHash<QString, qint64> byCmid;
    QList<qint64> pages;
    for (const Section &section : course->sections) {
        for (const Activity &a : section.activities) {
            byCmid.insert(a.remoteId, a.id);
            if (a.title.defaultText().startsWith(u"Extra page"_s))
                pages.append(a.id);
        }
    }
    if (pages.size() != kPages)
        return 5;
    const QList<Step> steps = centreMode() ? centrePlan() : plan();
    for (int i = from; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        bool ok = false;
        switch (s.kind) {
        case Step::CourseView:
            ok = !(context.progressRecorder().recordCourseView(s.learner, courseId).result())
                      .isError();
            break;
        case Step::View:
            ok = !(context.progressRecorder()
                       .recordActivityView(s.learner, pages.at(s.page))
                       .result())
                      .isError();
            break;
        case Step::Tick:
        case Step::Untick:
            ok = !(context.progressRecorder()
                       .setManualCompletion(s.learner, pages.at(s.page), s.kind == Step::Tick)
                       .result())
                      .isError();
            break;
        case Step::Tracks: {
            QJsonObject values;
            for (auto it = s.tracks.begin(); it != s.tracks.end(); ++it)
                values.insert(it.key(), it.value());
            ok = !(context.scormLessons()
                       .saveScormAttempt(s.learner, byCmid.value(QString::number(kScormCmid)),
                                         u"ITEM1"_s, 1, values, false)
                       .result())
                      .isError();
        } break;
        }
        if (!ok)
            return 6;
        // Shown to the learner: from here on it must never be lost.
        std::printf("ACK %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestUploadCrash : public QObject
{
    Q_OBJECT

    FakeMoodle m_server;
    QTemporaryDir m_dir;
    QList<int> m_pages; // cmids
    int m_crashes = 0;  // upload processes that died

    QString m_library = u"data"_s; // the folder of the library under test, in m_dir
    QString dataDir() const { return m_dir.path() + u'/' + m_library; }

    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QString &program, const QStringList &arguments,
               const QMap<QString, QString> &env = {}, const QByteArray &input = {},
               std::function<bool(QProcess &)> killWhen = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        // This thread serves the site while the process runs.
        const bool ended = QTest::qWaitFor(
            [&] {
                if (killWhen && process.state() == QProcess::Running && killWhen(process))
                    process.kill(); // SIGKILL
                return process.state() == QProcess::NotRunning;
            },
            120000);
        if (!ended)
            return {};
        return {process.exitCode(), process.exitStatus(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    Result cli(const QStringList &arguments, const QMap<QString, QString> &env = {},
               const QByteArray &input = {}, std::function<bool(QProcess &)> killWhen = {})
    {
        return run(QStringLiteral(CLIKC_CLI), QStringList{u"--data-dir"_s, dataDir()} + arguments,
                   env, input, std::move(killWhen));
    }

    // Runs the recording process from `from`; returns the last acknowledged step (or from - 1).
    int record(int from, const QString &failpoint = {}, int killAfterMs = -1,
               const QString &plan = {})
    {
        QMap<QString, QString> env{{u"CLIKC_CRASH_CHILD"_s, QString::number(from)},
                                   {u"CLIKC_CRASH_DATA"_s, dataDir()},
                                   {u"CLIKC_CRASH_PLAN"_s, plan}};
        if (!failpoint.isEmpty())
            env.insert(u"CLIKC_FAILPOINT"_s, failpoint);
        QElapsedTimer clock;
        clock.start();
        const Result r = run(QCoreApplication::applicationFilePath(), {}, env, {}, [&](QProcess &) {
            return killAfterMs >= 0 && clock.elapsed() > killAfterMs;
        });
        int last = from - 1;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("ACK "))
                last = line.mid(4).toInt();
        }
        return last;
    }

    int waitingUploads(const QString &profile = {})
    {
        const Result r = cli(profile.isEmpty()
                                 ? QStringList{u"status"_s, u"--json"_s}
                                 : QStringList{u"--profile"_s, profile, u"status"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out).object().value(u"pendingUploads"_s).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CLIKC_KEYRING_HOME").isEmpty())
            QSKIP("run through tests/support/with-keyring.sh");
        m_server.loadFixtureSite();
        for (int i = 0; i < kPages; ++i) {
            const int cmid = m_server.addPage(2, 1, u"Extra page %1"_s.arg(i + 1), u"<p>x</p>"_s);
            m_server.setCompletion(cmid, FakeMoodle::Completion::Manual);
            m_pages.append(cmid);
        }
        QVERIFY(m_server.listen());
        const Result login = cli({u"login"_s, u"--site"_s, m_server.baseUrl().toString(),
                                  u"--username"_s, u"student"_s, u"--password-stdin"_s},
                                 {}, "Student-1234\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(cli({u"courses"_s}).exitCode, 0);
    }

    void killedWhileRecordingLosesNothingAcknowledged()
    {
        const int total = int(plan().size());
        int next = 0;
        // Power cuts just before and just after a commit, at many steps, and one at a random
        // moment; after each the learner carries on from where the application said it was.
        const QList<std::pair<QString, int>> cuts = {
            {u"record-before-commit@1"_s, -1}, {u"record-after-commit@2"_s, -1},
            {u"record-before-commit@3"_s, -1}, {u"record-after-commit@1"_s, -1},
            {u"record-before-commit@4"_s, -1}, {QString(), 150},
        };
        for (const auto &[failpoint, killAfterMs] : cuts) {
            if (next >= total)
                break;
            const int last = record(next, failpoint, killAfterMs);
            QVERIFY2(last >= next - 1, qPrintable(failpoint));
            next = last + 1;
        }
        QCOMPARE(record(next), total - 1);
        // Everything is waiting: one row per page's views, one per completion, one for the
        // course view, one for the tracks (merged as they were recorded).
        QCOMPARE(waitingUploads(), 1 + 2 * kPages + 1);
    }

    void killedWhileUploadingAppliesEverythingOnce()
    {
        // Crashes before sending, in the window after the server confirmed, and a SIGKILL while
        // requests are on their way. Actions of different activities travel in one request, so
        // a run makes few: the first run (every action waiting) answers two at least, the views
        // and then the ticks that wait for them; later runs are cut at their first.
        const QStringList failpoints
            = {u"upload-after-confirm@2"_s, u"upload-before-send@1"_s, u"upload-after-confirm@1"_s,
               u"upload-before-send@1"_s, u"upload-after-confirm@1"_s};
        for (const QString &failpoint : failpoints) {
            const Result r = cli({u"upload"_s}, {{u"CLIKC_FAILPOINT"_s, failpoint}});
            QVERIFY2(r.exitCode == 77, QByteArray(r.out + r.err).constData()); // the failpoint
            ++m_crashes; // requests may have been on their way, whichever the failpoint
        }
        QSignalSpy handled(&m_server, &FakeMoodle::requestHandled);
        const Result killed
            = cli({u"upload"_s}, {}, {}, [&](QProcess &) { return handled.size() >= 2; });
        if (killed.status == QProcess::CrashExit)
            ++m_crashes;

        const Result last = cli({u"upload"_s, u"--json"_s});
        QVERIFY2(last.exitCode == 0, last.out.constData());
        QCOMPARE(waitingUploads(), 0);

        // Completion: exactly once, to the final state of each page.
        for (int p = 0; p < kPages; ++p) {
            const int expected = p % 2 == 1 ? 0 : 1;
            QCOMPARE(m_server.completionState(m_pages.at(p)), expected);
            QCOMPARE(m_server.completionChangeCount(m_pages.at(p)), expected);
        }
        // Tracks: the latest value of each element, each written once.
        const auto tracks = m_server.scormTracks(kScormCmid);
        QCOMPARE(tracks.value(u"cmi.core.lesson_location"_s), u"page3"_s);
        QCOMPARE(tracks.value(u"cmi.core.lesson_status"_s), u"incomplete"_s);
        QCOMPARE(tracks.value(u"cmi.core.score.raw"_s), u"80"_s);
        QCOMPARE(m_server.trackWriteCount(kScormCmid), 3);
        // Views: each at least once; a repeat only for a request a crash left unanswered.
        int extra = 0;
        const QList<FakeEvent> events = m_server.events();
        auto count = [&](const QString &function, int instance) {
            int n = 0;
            for (const FakeEvent &e : events)
                n += e.function == function && e.instanceId == instance ? 1 : 0;
            return n;
        };
        QList<int> instances;
        for (const FakeEvent &e : events) {
            if (e.function == u"mod_page_view_page"_s && !instances.contains(e.instanceId))
                instances.append(e.instanceId);
        }
        QCOMPARE(instances.size(), kPages);
        for (int instance : std::as_const(instances)) {
            const int n = count(u"mod_page_view_page"_s, instance);
            QVERIFY(n >= 1);
            extra += n - 1;
        }
        const int courseViews = count(u"core_course_view_course"_s, 2);
        QVERIFY(courseViews >= 1);
        extra += courseViews - 1;
        qInfo("%d upload processes died; %d views were repeated", m_crashes, extra);
        QVERIFY2(extra <= m_crashes * kMaxInFlight,
                 qPrintable(u"%1 repeated views after %2 crashes"_s.arg(extra).arg(m_crashes)));
    }

    // A training centre's half day: three officers of one library take turns at one computer
    // while the power goes (during recording, during the nightly upload for everyone, and at a
    // random moment), and at the end each officer's progress is on the site under their own
    // user, exactly once, and nobody's under anybody else's.
    void threeOfficersThroughPowerCutsEachOnTheSiteOnce()
    {
        m_library = u"centre"_s;
        const QList<std::pair<QString, int>> officers
            = {{u"amina"_s, 61}, {u"bruno"_s, 62}, {u"chen"_s, 63}};
        for (int i = 0; i < officers.size(); ++i) {
            const auto &[username, userId] = officers.at(i);
            m_server.addUser(username, u"Pass-"_s + username, userId);
            const QString profile = QString::number(i + 1);
            if (i > 0) {
                const Result added
                    = cli({u"profiles"_s, u"add"_s, u"Officer "_s + username, u"--json"_s});
                QCOMPARE(QJsonDocument::fromJson(added.out)[u"id"_s].toInteger(), i + 1);
            }
            const Result login = cli({u"--profile"_s, profile, u"login"_s, u"--site"_s,
                                      m_server.baseUrl().toString(), u"--username"_s, username,
                                      u"--password-stdin"_s},
                                     {}, (u"Pass-"_s + username + u'\n').toUtf8());
            QVERIFY2(login.exitCode == 0, login.err.constData());
            QCOMPARE(cli({u"--profile"_s, profile, u"courses"_s}).exitCode, 0);
        }

        const QString centre = u"centre"_s;
        const int total = int(centrePlan().size());
        int next = 0;
        const QList<std::pair<QString, int>> cuts = {
            {u"record-after-commit@3"_s, -1},
            {u"record-before-commit@2"_s, -1},
            {u"record-before-commit@5"_s, -1},
            {u"record-after-commit@1"_s, -1},
            {QString(), 120},
        };
        for (const auto &[failpoint, killAfterMs] : cuts) {
            if (next >= total)
                break;
            const int last = record(next, failpoint, killAfterMs, centre);
            QVERIFY2(last >= next - 1, qPrintable(failpoint));
            next = last + 1;
        }
        QCOMPARE(record(next, {}, -1, centre), total - 1);
        QVERIFY(waitingUploads(u"1"_s) > 0);
        QVERIFY(waitingUploads(u"2"_s) > 0);
        QVERIFY(waitingUploads(u"3"_s) > 0);

        // The nightly upload for every learner, cut several times.
        int crashes = 0;
        for (const QString &failpoint : {u"upload-after-confirm@2"_s, u"upload-before-send@2"_s,
                                         u"upload-after-confirm@1"_s}) {
            const Result r
                = cli({u"upload"_s, u"--all-profiles"_s}, {{u"CLIKC_FAILPOINT"_s, failpoint}});
            if (r.exitCode == 77)
                ++crashes;
        }
        QSignalSpy handled(&m_server, &FakeMoodle::requestHandled);
        const Result killed = cli({u"upload"_s, u"--all-profiles"_s}, {}, {},
                                  [&](QProcess &) { return handled.size() >= 2; });
        if (killed.status == QProcess::CrashExit)
            ++crashes;
        const Result last = cli({u"upload"_s, u"--all-profiles"_s, u"--json"_s});
        QVERIFY2(last.exitCode == 0, QByteArray(last.out + last.err).constData());
        for (const QString &profile : {u"1"_s, u"2"_s, u"3"_s})
            QCOMPARE(waitingUploads(profile), 0);

        // Completion: each officer's final state, each change made once, and nothing on the
        // pages an officer never touched.
        const QList<QList<int>> completed = {
            {0, 1, 0, 0, 0, 0}, // amina: ticked 0 and 1, then unticked 0
            {0, 1, 0, 1, 0, 0}, // bruno: ticked 1, 2 and 3, then unticked 2
            {0, 0, 0, 0, 1, 0}, // chen: ticked and unticked 0, ticked 4
        };
        for (int o = 0; o < officers.size(); ++o) {
            const int userId = officers.at(o).second;
            for (int p = 0; p < kPages; ++p) {
                const int expected = completed.at(o).at(p);
                QCOMPARE(m_server.completionState(m_pages.at(p), userId), expected);
                QCOMPARE(m_server.completionChangeCount(m_pages.at(p), userId), expected);
            }
        }
        // SCORM tracks: each officer's own values, each written once; bruno has none.
        QCOMPARE(m_server.scormTracks(kScormCmid, 61).value(u"cmi.core.lesson_location"_s),
                 u"a-page5"_s);
        QCOMPARE(m_server.scormTracks(kScormCmid, 61).value(u"cmi.core.score.raw"_s), u"70"_s);
        QCOMPARE(m_server.trackWriteCount(kScormCmid, 61), 2);
        QCOMPARE(m_server.scormTracks(kScormCmid, 63).value(u"cmi.core.lesson_location"_s),
                 u"c-page2"_s);
        QCOMPARE(m_server.trackWriteCount(kScormCmid, 63), 1);
        QCOMPARE(m_server.trackWriteCount(kScormCmid, 62), 0);
        QVERIFY(
            m_server.scormTracks(kScormCmid, 62).value(u"cmi.core.lesson_location"_s).isEmpty());
        // Views: each officer's own, at least once, and a repeat only for a request whose
        // answer a crash swallowed: at most once per crash (a view whose answer arrived is
        // never sent again).
        const QList<QList<int>> viewed = {{0, 1, 5}, {1, 3}, {0}};
        int extra = 0;
        const auto checkViews = [&](int n, bool expected, const QString &what) {
            QVERIFY2(expected ? n >= 1 && n <= 1 + crashes : n == 0,
                     qPrintable(u"%1: %2 views after %3 crashes"_s.arg(what).arg(n).arg(crashes)));
            extra += std::max(0, n - 1);
        };
        for (int o = 0; o < officers.size(); ++o) {
            const int userId = officers.at(o).second;
            for (int p = 0; p < kPages; ++p) {
                checkViews(m_server.viewCount(u"mod_page_view_page"_s,
                                              m_server.instanceOf(m_pages.at(p)), userId),
                           viewed.at(o).contains(p), u"officer %1, page %2"_s.arg(o).arg(p));
            }
            checkViews(m_server.viewCount(u"core_course_view_course"_s, 2, userId), true,
                       u"officer %1, course"_s.arg(o));
        }
        qInfo("%d upload processes died; %d views were repeated", crashes, extra);
        // Nothing is left to send: another nightly run adds nothing to anybody's log.
        qsizetype logged = 0;
        for (const auto &[username, userId] : officers)
            logged += m_server.events(userId).size();
        QCOMPARE(cli({u"upload"_s, u"--all-profiles"_s}).exitCode, 0);
        qsizetype after = 0;
        for (const auto &[username, userId] : officers)
            after += m_server.events(userId).size();
        QCOMPARE(after, logged);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("CLIKC_CRASH_CHILD")) {
        QCoreApplication app(argc, argv);
        return childMain(qEnvironmentVariable("CLIKC_CRASH_DATA"),
                         qEnvironmentVariableIntValue("CLIKC_CRASH_CHILD"));
    }
    QCoreApplication app(argc, argv);
    TestUploadCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uploadcrash.moc"
