// One process at a time uses a library folder: a second application or command is refused with
// a translated reason (the command line with exit code 3), a second start of the application
// brings the running window to the front, and a lock left by a killed process is taken over by
// the next start.

#include "appcontext.h"
#include "librarylock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace clikc;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CLIKC_DATA_DIR"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString locale = language == u"es"_s ? u"es_ES.UTF-8"_s : u"C.UTF-8"_s;
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANGUAGE"_s, language);
    return env;
}

// Runs a program to its end while this thread's event loop keeps turning, so that a lock held
// here can answer the program.
Run runToEnd(const QString &program, const QStringList &arguments,
             const QString &language = u"en"_s)
{
    QProcess process;
    process.setProcessEnvironment(environment(language));
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// The child: holds the library open until it is killed. With CLIKC_LOCK_LISTEN_AFTER_MS, it
// starts listening for a second start only after that delay, as an application still being
// set up, and says "ASKED" when asked to show itself.
int holdLibrary(const QString &dataDir)
{
    AppContext context(dataDir);
    if (!context.open(false))
        return 3;
    std::puts("OPEN");
    std::fflush(stdout);
    if (!qEnvironmentVariableIsSet("CLIKC_LOCK_LISTEN_AFTER_MS")) {
        for (;;)
            QThread::sleep(1);
    }
    QObject::connect(&context.lock(), &LibraryLock::activationRequested, [] {
        std::puts("ASKED");
        std::fflush(stdout);
    });
    QTimer::singleShot(qEnvironmentVariableIntValue("CLIKC_LOCK_LISTEN_AFTER_MS"),
                       [&context] { context.lock().listenForActivation(); });
    return QCoreApplication::exec();
}

} // namespace

class TestLibraryLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    QString newDataDir() { return m_dir.path() + u"/library"_s + QString::number(++m_next); }

private Q_SLOTS:
    void secondOpenIsRefusedUntilTheFirstCloses()
    {
        const QString data = newDataDir();
        auto first = std::make_unique<AppContext>(data);
        QVERIFY(first->open(false));
        QVERIFY(QFile::exists(data + u"/library.lock"_s));

        AppContext second(data);
        QVERIFY(!second.open(false));
        QCOMPARE(second.openFailure(), AppContext::OpenFailure::InUse);
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(second.errorString().contains(u"another copy of CLiKC! Desktop (process "_s + pid
                                               + u')'),
                 qPrintable(second.errorString()));

        first.reset();
        QVERIFY(!QFile::exists(data + u"/library.lock"_s));
        QVERIFY2(second.open(false), qPrintable(second.errorString()));
        QCOMPARE(second.openFailure(), AppContext::OpenFailure::None);
    }

    void commandLineWaitsItsTurn()
    {
        const QString data = newDataDir();
        {
            AppContext context(data);
            QVERIFY(context.open(false));
            const QString pid = QString::number(QCoreApplication::applicationPid());
            Run run = runToEnd(QStringLiteral(CLIKC_CLI),
                               {u"--data-dir"_s, data, u"library"_s, u"list"_s});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(
                run.err.contains(QByteArray("in use by another copy of CLiKC! Desktop (process "
                                            + pid.toUtf8() + ')')),
                run.err.constData());
            QVERIFY(run.out.isEmpty());

            run = runToEnd(QStringLiteral(CLIKC_CLI), {u"--data-dir"_s, data, u"status"_s},
                           u"es"_s);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(QString::fromUtf8(run.err).contains(
                         u"Esta biblioteca está en uso por otra instancia de CLiKC! Desktop "
                         "(proceso "_s
                         + pid + u')'),
                     run.err.constData());
        }
        // Closed: the command goes ahead.
        const Run run = runToEnd(QStringLiteral(CLIKC_CLI),
                                 {u"--data-dir"_s, data, u"library"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("clikc-sample-101"));
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        const QString data = newDataDir();
        QProcess child;
        QProcessEnvironment env = environment(u"en"_s);
        env.insert(u"CLIKC_LOCK_CHILD"_s, data);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QByteArray said;
        QVERIFY(QTest::qWaitFor(
            [&] {
                said += child.readAllStandardOutput();
                return said.contains("OPEN");
            },
            30000));
        const qint64 childPid = child.processId();

        AppContext context(data);
        QVERIFY(!context.open(false));
        QCOMPARE(context.openFailure(), AppContext::OpenFailure::InUse);
        QCOMPARE(context.lock().holder().pid, childPid);
        QCOMPARE(context.lock().holder().program, u"tst_librarylock"_s);
        // The command line names what it waits for.
        const Run busy = runToEnd(QStringLiteral(CLIKC_CLI), {u"--data-dir"_s, data, u"status"_s});
        QCOMPARE(busy.exitCode, 3);
        QVERIFY2(busy.err.contains(QByteArray("(process " + QByteArray::number(childPid) + ')')),
                 busy.err.constData());

        child.kill(); // SIGKILL: the lock file stays behind, as after a power cut
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(data + u"/library.lock"_s));
        QVERIFY2(context.open(false), qPrintable(context.errorString()));
        QCOMPARE(context.lock().holder().pid, QCoreApplication::applicationPid());
    }

    void unreadableLockIsNotAHolder()
    {
        // A lock file cut short by a crash while it was written: after a while it is stale.
        const QString data = newDataDir();
        QDir().mkpath(data);
        QFile lockFile(data + u"/library.lock"_s);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        {
            // Just written: it may be a start that is writing its lock right now.
            AppContext early(data);
            QVERIFY(!early.open(false));
            QCOMPARE(early.openFailure(), AppContext::OpenFailure::InUse);
            QVERIFY2(early.errorString().contains(u"another program"_s),
                     qPrintable(early.errorString()));
        }
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        AppContext context(data);
        QVERIFY2(context.open(false), qPrintable(context.errorString()));
    }

    void secondStartBringsTheRunningWindowForward()
    {
        const QString data = newDataDir();
        LibraryLock lock(data);
        QCOMPARE(lock.acquire(), LibraryLock::Result::Acquired);
        // A crashed start left its socket file behind: listening clears it.
        QFile stale(QDir::tempPath() + u'/' + LibraryLock::serverName(data));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(lock.listenForActivation());
        QSignalSpy asked(&lock, &LibraryLock::activationRequested);

        // The real application, started a second time on the same library.
        const Run run = runToEnd(QStringLiteral(CLIKC_GUI), {u"--data-dir"_s, data});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(asked.size(), 1);
        // Nobody else was told: another folder has no window to show.
        QVERIFY(!LibraryLock::activateRunning(newDataDir(), 500));
    }

    void twoStartsAtOnceEndWithOneWindow()
    {
        // The first start holds the folder but listens only 800 ms later (its window is still
        // being built): the second start keeps asking until it is heard.
        const QString data = newDataDir();
        QProcess first;
        QProcessEnvironment env = environment(u"en"_s);
        env.insert(u"CLIKC_LOCK_CHILD"_s, data);
        env.insert(u"CLIKC_LOCK_LISTEN_AFTER_MS"_s, u"800"_s);
        first.setProcessEnvironment(env);
        first.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(first.waitForStarted(10000));
        QByteArray said;
        const auto hasSaid = [&](const QByteArray &what) {
            return QTest::qWaitFor(
                [&] {
                    said += first.readAllStandardOutput();
                    return said.contains(what);
                },
                30000);
        };
        QVERIFY(hasSaid("OPEN"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(LibraryLock::activateRunning(data, 5000));
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(hasSaid("ASKED"));
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        // Nobody at all: the answer is no, once the time is up.
        clock.restart();
        QVERIFY(!LibraryLock::activateRunning(data, 300));
        QVERIFY(clock.elapsed() >= 250);
    }

    void applicationHelpIsTranslated()
    {
        const QString data = newDataDir();
        Run run
            = runToEnd(QStringLiteral(CLIKC_GUI), {u"--data-dir"_s, data, u"--help"_s}, u"es"_s);
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.contains(u"Mostrar esta ayuda."_s), run.out.constData());
        QVERIFY2(help.contains(u"--data-dir <carpeta>"_s), run.out.constData());
        QVERIFY2(help.contains(u"los cursos CLiKC! de la OMA, sin conexión"_s),
                 run.out.constData());
        QVERIFY2(!help.contains(u"Displays"_s), run.out.constData());

        run = runToEnd(QStringLiteral(CLIKC_GUI), {u"--data-dir"_s, data, u"--frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("frobnicate"), run.err.constData());
        QVERIFY2(run.err.contains("Show this help."), run.err.constData());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CLIKC_LOCK_CHILD"))
        return holdLibrary(qEnvironmentVariable("CLIKC_LOCK_CHILD"));
    TestLibraryLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_librarylock.moc"
