// The command line end to end against the stand-in Moodle site, as a coordinator's nightly script
// would run it: login (password on standard input), courses, sync, status, logout — and a sync
// killed mid-download that resumes on the next run without fetching again what it had.
// Runs in a private D-Bus session with its own keyring (support/with-keyring.sh), which the
// separate clikc processes share as they would share the user's.

#include "fakemoodle.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using clikc::test::FakeMoodle;
using clikc::test::Misbehaviour;

class TestCliSync : public QObject
{
    Q_OBJECT

    FakeMoodle m_server;
    QTemporaryDir m_dir;
    int m_bigCmid = 0;
    static constexpr qint64 kBigSize = 8 * 1000 * 1000;

    QString dataDir() const { return m_dir.path() + u"/data"_s; }

    std::unique_ptr<QProcess> startCli(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
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
    Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        auto process = startCli(arguments);
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

    void logout()
    {
        QCOMPARE(run({u"logout"_s}).exitCode, 0);
        const Result status = run({u"status"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(u"account"_s).toString(),
                 u"signed_out"_s);
        const Result sync = run({u"sync"_s, u"--all"_s});
        QCOMPARE(sync.exitCode, 1);
        // The courses stay on this computer, to study offline.
        const Result list = run({u"library"_s, u"list"_s, u"--json"_s});
        QVERIFY(list.out.contains("\"remoteId\": \"2\""));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
