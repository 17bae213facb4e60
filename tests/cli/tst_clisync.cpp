// The command line end to end against the stand-in Moodle site, as a coordinator's nightly script
// would run it: login (password on standard input), courses, sync, status, logout — and a sync
// killed mid-download that resumes on the next run without fetching again what it had; two
// learners of one library signing in and out apart (--profile, profiles add/list/remove).
// Runs in a private D-Bus session with its own keyring (support/with-keyring.sh), which the
// separate clikc processes share as they would share the user's.

#include "connector/moodleconnector.h"
#include "credentials/credentialstore.h"
#include "fakemoodle.h"
#include "i18n/format.h"
#include "storage/database.h"
#include "storage/uploadrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using clikc::test::FakeMoodle;
using clikc::test::FakeRequest;
using clikc::test::Misbehaviour;

class TestCliSync : public QObject
{
    Q_OBJECT

    FakeMoodle m_server;
    QTemporaryDir m_dir;
    int m_bigCmid = 0;
    static constexpr qint64 kBigSize = 8 * 1000 * 1000;

    QString dataDir() const { return m_dir.path() + u"/data"_s; }

    std::unique_ptr<QProcess> startCli(const QStringList &arguments,
                                       const QProcessEnvironment &environment
                                       = QProcessEnvironment::systemEnvironment())
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->setProgram(QStringLiteral(CLIKC_CLI));
        process->setArguments(QStringList{u"--data-dir"_s, dataDir()} + arguments);
        process->start();
        return process;
    }

    // Runs clikc to the end while this thread keeps serving the site.
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        auto process = startCli(arguments, environment);
        if (!input.isEmpty()) {
            process->write(input);
            process->closeWriteChannel();
        }
        if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 120000))
            return {};
        return {process->exitCode(), process->readAllStandardOutput(),
                process->readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CLIKC_KEYRING_HOME").isEmpty())
            QSKIP("run through tests/support/with-keyring.sh");
        m_server.loadFixtureSite();
        m_bigCmid = m_server.addResource(
            2, 1, u"Long video"_s,
            clikc::test::FakeFile::generated(u"long.mp4"_s, "video/mp4", kBigSize, 11));
        QVERIFY(m_server.listen());
    }

    void loginWithWrongPasswordFails()
    {
        const Result r = run({u"login"_s, u"--site"_s, m_server.baseUrl().toString(),
                              u"--username"_s, u"student"_s, u"--password-stdin"_s},
                             "wrong\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("username or password"), r.err.constData());
    }

    void loginCoursesStatus()
    {
        Result r = run({u"login"_s, u"--site"_s, m_server.baseUrl().toString(), u"--username"_s,
                        u"student"_s, u"--password-stdin"_s},
                       "Student-1234\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Stu Dent"));

        r = run({u"courses"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray courses
            = QJsonDocument::fromJson(r.out).object().value(u"courses"_s).toArray();
        QStringList ids;
        for (const QJsonValue &c : courses)
            ids.append(c.toObject().value(u"remoteId"_s).toString());
        QVERIFY2(ids.contains(u"2"_s), r.out.constData()); // LOOP101 from the site
        QVERIFY(ids.contains(u"clikc-sample-101"_s));

        r = run({u"status"_s, u"--json"_s});
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(status.value(u"account"_s).toString(), u"signed_in"_s);
        QCOMPARE(status.value(u"username"_s).toString(), u"student"_s);
        QVERIFY(status.value(u"keychain"_s).toBool());
    }

    void killedSyncResumesWithoutFetchingAgain()
    {
        m_server.resetCounters();
        m_server.misbehave(Misbehaviour::trickle(2 * 1000 * 1000, u"long.mp4"_s));
        auto first = startCli({u"sync"_s, u"--all"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.fileBytesSent(m_bigCmid) > 3 * 1000 * 1000, 30000);
        first->kill(); // SIGKILL: no chance to tidy up, as in a power cut
        QVERIFY(QTest::qWaitFor([&] { return first->state() == QProcess::NotRunning; }, 10000));
        const qint64 beforeRestart = m_server.fileBytesSent(m_bigCmid);
        QVERIFY(beforeRestart < kBigSize);

        m_server.clearMisbehaviour();
        const Result r = run({u"sync"_s, u"--all"_s, u"--parallel"_s, u"2"_s, u"--limit-rate"_s,
                              u"20M"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QCOMPARE(report.value(u"filesMissing"_s).toInt(), 0);
        QVERIFY(report.value(u"filesReady"_s).toInt() >= 4);
        // Resumed: the file crossed the wire about once in all.
        const qint64 total = m_server.fileBytesSent(m_bigCmid);
        QVERIFY2(total <= kBigSize + kBigSize / 20,
                 qPrintable(u"%1 bytes sent for %2"_s.arg(total).arg(kBigSize)));

        // A second sync has nothing to do.
        m_server.resetCounters();
        QCOMPARE(run({u"sync"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(m_server.fileBytesSent(m_bigCmid), 0);
    }

    // Not a terminal: plain lines, each with done/total and a percentage, the total fixed for
    // the run and done only growing, then a last line; a run with nothing to do ends with one too.
    void syncProgressGrowsTowardAFixedTotal()
    {
        for (int i = 0; i < 3; ++i) {
            m_server.addResource(2, 1, u"Extra %1"_s.arg(i),
                                 clikc::test::FakeFile::generated(u"extra%1.bin"_s.arg(i),
                                                                  "application/octet-stream",
                                                                  (i + 1) * 400 * 1000, 20 + i));
        }
        // The largest arrives last and slowly, so that lines are written while files finish.
        m_server.misbehave(Misbehaviour::trickle(1000 * 1000, u"extra2.bin"_s));
        const Result r = run({u"sync"_s, u"--course"_s, u"2"_s, u"--parallel"_s, u"1"_s});
        m_server.clearMisbehaviour();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains('\r') && !r.err.contains("\x1b["), r.err.constData());

        static const QRegularExpression progress(
            uR"(^(.+) of (.+) \((\d+)%\)(?: · .+)? · (\d+) files? left$)"_s);
        QStringList totals;
        int lastPercent = -1;
        int lastLeft = INT_MAX;
        QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, r.err.constData());
        // The run's one-line summary comes last (for a scheduler's log).
        QVERIFY2(lines.takeLast().startsWith(
                     u"Sync: 3 files arrived (2.4 MB), 0 failed, 1 of 1 courses complete; "_s),
                 r.err.constData());
        for (const QString &line : lines.first(lines.size() - 1)) {
            const QRegularExpressionMatch m = progress.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            totals.append(m.captured(2));
            const int percent = m.captured(3).toInt();
            const int left = m.captured(4).toInt();
            QVERIFY2(percent >= lastPercent, r.err.constData());
            QVERIFY2(left <= lastLeft, r.err.constData());
            lastPercent = percent;
            lastLeft = left;
        }
        totals.removeDuplicates();
        const QString total = clikc::Format::fileSize(2400 * 1000, QLocale(u"en"_s));
        QCOMPARE(totals, QStringList{total}); // 0.4 + 0.8 + 1.2 MB, never less
        QCOMPARE(lines.last(), u"Finished: %1 of %1 downloaded (100%)."_s.arg(total));
        QVERIFY(r.out.contains("course synchronised"));

        const Result again = run({u"sync"_s, u"--course"_s, u"2"_s});
        QCOMPARE(again.exitCode, 0);
        const QList<QByteArray> said = again.err.trimmed().split('\n');
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.first(),
                 QByteArray("Nothing to download: the chosen courses are already on this "
                            "computer."));
        QVERIFY(said.last().startsWith("Sync: 0 files arrived (0 bytes), 0 failed, 1 of 1"));
    }

    // What the library already knows starts before the catalogue's refresh is done: with the
    // site slow to describe a course, the first file is asked for while that answer is still
    // awaited (before, every course was described before the first byte).
    void syncStartsTheKnownQueueBeforeTheCatalogue()
    {
        QCOMPARE(run({u"sync"_s, u"--all"_s}).exitCode, 0); // everything known and on disk
        {
            // The learner removed the course's content from this computer.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"removal"_s);
            db.setDatabaseName(dataDir() + u"/library.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE files SET sha256 = NULL, state = 'remote' WHERE activity_id "
                           "IN (SELECT a.id FROM activities a JOIN sections s ON s.id = "
                           "a.section_id JOIN courses c ON c.id = s.course_id WHERE c.remote_id = "
                           "'2')"_s));
            QVERIFY(q.numRowsAffected() > 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"removal"_s);
        m_server.resetCounters();
        Misbehaviour slow = Misbehaviour::stall(0, 8000, u"core_course_get_contents"_s);
        slow.times = 1;
        m_server.misbehave(slow);
        auto process = startCli({u"sync"_s, u"--all"_s});
        const auto firstFile = [this]() -> std::optional<FakeRequest> {
            for (const FakeRequest &request : m_server.requests()) {
                if (request.path.contains(u"pluginfile.php"_s))
                    return request;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstFile().has_value(), 30000);
        // The first file was asked for before any course was described: the description (stalled
        // for 8 s) may not even have been asked for yet, but none has been answered.
        bool described = false;
        for (const FakeRequest &request : m_server.requests()) {
            if (request.function == u"core_course_get_contents"_s && request.bodyBytesSent > 0)
                described = true;
        }
        QVERIFY(!described);
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 60000));
        m_server.clearMisbehaviour();
        QCOMPARE(process->exitCode(), 0);
        QVERIFY(m_server.requestCount(u"core_course_get_contents"_s) >= 1); // it was refreshed
        const Result again = run({u"sync"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"filesMissing"_s).toInt(), 0);
    }

    // A night run whose hours end in the middle of a file (a clock that reads 04:00 and runs an
    // hour a second): the download stops at 06:00, the run sleeps through the day, and at 22:00
    // it carries on from where the file stopped; the report counts the wait.
    void aNightRunStopsWhenItsHoursEndAndCarriesOnAtNight()
    {
        constexpr qint64 kSize = 1'200'000;
        const int cmid = m_server.addResource(
            2, 1, u"Night video"_s,
            clikc::test::FakeFile::generated(u"night.mp4"_s, "video/mp4", kSize, 23));
        m_server.resetCounters();
        m_server.misbehave(Misbehaviour::trickle(300'000, u"night.mp4"_s));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CLIKC_TEST_CLOCK"_s,
                           QDateTime(QDate::currentDate(), QTime(4, 0)).toString(Qt::ISODate));
        environment.insert(u"CLIKC_TEST_CLOCK_RATE"_s, u"3600"_s);
        const QString reportPath = m_dir.path() + u"/night-report.json"_s;
        QElapsedTimer clock;
        clock.start();
        const Result r = run({u"sync"_s, u"--course"_s, u"LOOP101"_s, u"--window"_s,
                              u"22:00-06:00"_s, u"--report"_s, reportPath},
                             {}, environment);
        m_server.clearMisbehaviour();
        QFile file(reportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray reportBytes = file.readAll();
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + reportBytes).constData());
        QVERIFY2(r.err.contains("The hours 22:00-06:00 are over"), r.err.constData());
        QVERIFY2(r.err.contains("Outside the hours 22:00-06:00: waiting until"), r.err.constData());
        QVERIFY(clock.elapsed() >= 15000); // 06:00 to 22:00 at an hour a second
        // Carried on, not started again: asked for from where it stopped, and the file crossed
        // the wire once (and what was on its way when the hours ended).
        bool ranged = false;
        for (const FakeRequest &request : m_server.requests()) {
            if (request.path.contains(u"night.mp4"_s) && !request.header("Range").isEmpty())
                ranged = true;
        }
        QVERIFY(ranged);
        QVERIFY(m_server.fileBytesSent(cmid) >= kSize);
        QVERIFY2(m_server.fileBytesSent(cmid) < kSize + 256 * 1024,
                 QByteArray::number(m_server.fileBytesSent(cmid)).constData());
        const QJsonObject report = QJsonDocument::fromJson(reportBytes).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QVERIFY(report.value(u"secondsWaiting"_s).toInt() >= 15);
        // (The clock runs an hour a second: past 22:00 that day, perhaps into the next.)
        QVERIFY(QDateTime::fromString(report.value(u"finished"_s).toString(), Qt::ISODate)
                >= QDateTime(QDate::currentDate(), QTime(22, 0)));
        bool arrived = false;
        for (const QJsonValue &value : report.value(u"arrived"_s).toArray())
            arrived = arrived || value.toObject().value(u"file"_s) == u"night.mp4"_s;
        QVERIFY(arrived);
    }

    void noSecretOnDisk()
    {
        const QByteArray token = m_server.token().toUtf8();
        QVERIFY(!token.isEmpty());
        QDirIterator it(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token) && !bytes.contains("Student-1234"),
                     qPrintable(file.fileName()));
        }
    }

    // Two learners of one library (a shared workstation): each signs in as their own user,
    // the keychain keeps a token per learner, and removing one takes their data and token and
    // nothing of the other's.
    void learnersSignInAndOutApart()
    {
        const auto object = [](const Result &r) {
            return QJsonDocument::fromJson(r.out).object();
        };
        m_server.addUser(u"officer2"_s, u"Officer-2222"_s, 42);
        const Result added = run({u"profiles"_s, u"add"_s, u"Officer Two"_s, u"--json"_s});
        QCOMPARE(added.exitCode, 0);
        const qint64 id = object(added).value(u"id"_s).toInteger();
        QVERIFY(id > 1);
        const Result login = run({u"--profile"_s, u"Officer Two"_s, u"login"_s, u"--site"_s,
                                  m_server.baseUrl().toString(), u"--username"_s, u"officer2"_s,
                                  u"--password-stdin"_s},
                                 "Officer-2222\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        // Each is signed in as themselves, by name or by id.
        const QJsonObject first = object(run({u"status"_s, u"--json"_s}));
        QCOMPARE(first.value(u"account"_s).toString(), u"signed_in"_s);
        QCOMPARE(first.value(u"username"_s).toString(), u"student"_s);
        for (const QString &who : {u"Officer Two"_s, QString::number(id)}) {
            const QJsonObject second = object(run({u"--profile"_s, who, u"status"_s, u"--json"_s}));
            QCOMPARE(second.value(u"account"_s).toString(), u"signed_in"_s);
            QCOMPARE(second.value(u"username"_s).toString(), u"officer2"_s);
        }
        const QJsonArray learners
            = object(run({u"profiles"_s, u"list"_s, u"--json"_s})).value(u"profiles"_s).toArray();
        QCOMPARE(learners.size(), 2);
        for (const QJsonValue &learner : learners) {
            QVERIFY(learner[u"signedIn"_s].toBool());
            QCOMPARE(learner[u"current"_s].toBool(), learner[u"id"_s].toInteger() != id);
        }

        // The keychain holds the second learner's token under its own key, until removal.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"learners"_s);
        db.setDatabaseName(dataDir() + u"/library.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'library.id'"_s) && q.next());
        const clikc::CredentialStore::TokenKey key{q.value(0).toString(), id, m_server.baseUrl(),
                                                   u"officer2"_s};
        q.finish();
        db.close();
        clikc::CredentialStore keychain;
        QVERIFY(!clikc::waitFor(keychain.token(key)).isEmpty());

        const Result removed = run({u"profiles"_s, u"remove"_s, u"Officer Two"_s, u"--json"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(object(removed).value(u"tokenRemoved"_s).toBool());
        QVERIFY(clikc::waitFor(keychain.token(key)).isEmpty());
        const Result gone = run({u"--profile"_s, u"Officer Two"_s, u"status"_s, u"--json"_s});
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(object(gone).value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"unknown_profile"_s);
        // The other learner is untouched: still signed in, and still the library's.
        const QJsonObject still = object(run({u"status"_s, u"--json"_s}));
        QCOMPARE(still.value(u"account"_s).toString(), u"signed_in"_s);
        QCOMPARE(still.value(u"username"_s).toString(), u"student"_s);
        // The only learner left cannot be removed.
        const Result last = run({u"profiles"_s, u"remove"_s, u"1"_s, u"--json"_s});
        QCOMPARE(last.exitCode, 1);
        QCOMPARE(object(last).value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"last_learner"_s);
    }

    // A power cut between the library forgetting a learner and the keychain doing so: the
    // next start finishes the removal (their token and their settings go), and nothing of the
    // other learners changes.
    void removalCutShortIsFinishedAtTheNextStart()
    {
        m_server.addUser(u"officer3"_s, u"Officer-3333"_s, 43);
        const Result added = run({u"profiles"_s, u"add"_s, u"Officer Three"_s, u"--json"_s});
        QCOMPARE(added.exitCode, 0);
        const qint64 id = QJsonDocument::fromJson(added.out)[u"id"_s].toInteger();
        const Result login = run({u"--profile"_s, u"Officer Three"_s, u"login"_s, u"--site"_s,
                                  m_server.baseUrl().toString(), u"--username"_s, u"officer3"_s,
                                  u"--password-stdin"_s},
                                 "Officer-3333\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QString group = u"learner-%1"_s.arg(id);
        {
            QSettings settings(dataDir() + u"/settings.ini"_s, QSettings::IniFormat);
            settings.setValue(group + u"/player/volume"_s, 35);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cut"_s);
        db.setDatabaseName(dataDir() + u"/library.sqlite"_s);
        QVERIFY(db.open());
        const auto count = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'library.id'"_s) && q.next());
        const clikc::CredentialStore::TokenKey key{q.value(0).toString(), id, m_server.baseUrl(),
                                                   u"officer3"_s};
        q.finish();
        clikc::CredentialStore keychain;
        QVERIFY(!clikc::waitFor(keychain.token(key)).isEmpty());

        QProcessEnvironment cut = QProcessEnvironment::systemEnvironment();
        cut.insert(u"CLIKC_FAILPOINT"_s, u"remove-after-commit"_s);
        QCOMPARE(run({u"profiles"_s, u"remove"_s, u"Officer Three"_s}, {}, cut).exitCode, 77);
        // The library forgot them in one transaction; the keychain and the settings did not.
        QCOMPARE(count(u"SELECT count(*) FROM profiles WHERE id = %1"_s.arg(id)), 0);
        QCOMPARE(count(u"SELECT count(*) FROM forgotten_learners WHERE profile_id = %1"_s.arg(id)),
                 1);
        QVERIFY(!clikc::waitFor(keychain.token(key)).isEmpty());
        QVERIFY(QSettings(dataDir() + u"/settings.ini"_s, QSettings::IniFormat)
                    .childGroups()
                    .contains(group));

        // The next start, whatever it is asked to do.
        const Result next = run({u"profiles"_s, u"list"_s, u"--json"_s});
        QCOMPARE(next.exitCode, 0);
        QVERIFY(clikc::waitFor(keychain.token(key)).isEmpty());
        QVERIFY(!QSettings(dataDir() + u"/settings.ini"_s, QSettings::IniFormat)
                     .childGroups()
                     .contains(group));
        QCOMPARE(count(u"SELECT count(*) FROM forgotten_learners"_s), 0);
        const QJsonArray learners = QJsonDocument::fromJson(next.out)[u"profiles"_s].toArray();
        for (const QJsonValue &learner : learners)
            QVERIFY(learner[u"id"_s].toInteger() != id);
        const QJsonObject still
            = QJsonDocument::fromJson(run({u"status"_s, u"--json"_s}).out).object();
        QCOMPARE(still.value(u"account"_s).toString(), u"signed_in"_s);
        QCOMPARE(still.value(u"username"_s).toString(), u"student"_s);
        db.close();
    }

    // A training centre's nightly job: `upload --all-profiles` sends every learner's waiting
    // progress, each with their own sign-in (the site logs each view under its own user).
    void uploadSendsEveryLearnersProgress()
    {
        const auto object = [](const Result &r) {
            return QJsonDocument::fromJson(r.out).object();
        };
        const Result added = run({u"profiles"_s, u"add"_s, u"Officer Three"_s, u"--json"_s});
        QCOMPARE(added.exitCode, 0);
        const qint64 third = object(added).value(u"id"_s).toInteger();
        const Result login = run({u"--profile"_s, u"Officer Three"_s, u"login"_s, u"--site"_s,
                                  m_server.baseUrl().toString(), u"--username"_s, u"officer2"_s,
                                  u"--password-stdin"_s},
                                 "Officer-2222\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // One course view waits for each learner, as opening the course offline leaves it.
        {
            clikc::Database db(dataDir() + u"/library.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT id FROM courses WHERE remote_id = '2'"_s) && q.next());
            const qint64 courseId = q.value(0).toLongLong();
            q.finish();
            clikc::UploadRepository uploads(db.connection());
            QVERIFY(uploads.enqueueCourseView(1, courseId).ok());
            QVERIFY(uploads.enqueueCourseView(third, courseId).ok());
            db.close();
        }
        const auto views = [this](int userId) {
            int count = 0;
            for (const clikc::test::FakeEvent &e : m_server.events(userId))
                count += e.function == u"core_course_view_course"_s && e.instanceId == 2;
            return count;
        };
        const int studentViews = views(3);
        const int officerViews = views(42);

        const Result r = run({u"upload"_s, u"--all-profiles"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = object(r);
        QVERIFY(root.value(u"ok"_s).toBool());
        const QJsonArray learners = root.value(u"profiles"_s).toArray();
        QCOMPARE(learners.size(), 2);
        for (const QJsonValue &learner : learners) {
            QCOMPARE(learner[u"uploaded"_s].toInt(), 1);
            QCOMPARE(learner[u"waiting"_s].toInt(), 0);
        }
        QCOMPARE(views(3), studentViews + 1);
        QCOMPARE(views(42), officerViews + 1);
        // Nothing waits any more: the learner can go without --discard-unsent.
        QCOMPARE(run({u"profiles"_s, u"remove"_s, u"Officer Three"_s}).exitCode, 0);
    }

    void logout()
    {
        QCOMPARE(run({u"logout"_s}).exitCode, 0);
        const Result status = run({u"status"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(u"account"_s).toString(),
                 u"signed_out"_s);
        // Signed out on purpose: said so, never "expired".
        const Result sync = run({u"sync"_s, u"--all"_s});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains("Not signed in: you signed out of 127.0.0.1"),
                 sync.err.constData());
        QVERIFY(!sync.err.contains("expired"));
        const Result json = run({u"sync"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"not_signed_in"_s);
        const Result courses = run({u"courses"_s});
        QCOMPARE(courses.exitCode, 0);
        QVERIFY2(courses.err.contains("Not signed in"), courses.err.constData());
        // The courses stay on this computer, to study offline.
        const Result list = run({u"library"_s, u"list"_s, u"--json"_s});
        QVERIFY(list.out.contains("\"remoteId\": \"2\""));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
