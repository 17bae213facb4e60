// The `clikc` command line as a coordinator's script runs it: --help, --version, --data-dir,
// `library list [--json]`, `library verify`, `library import`, and exit codes.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run clikcRun(const QStringList &arguments, const QMap<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"CLIKC_DATA_DIR"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLIKC_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void version()
    {
        const Run run = clikcRun({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("clikc " CLIKC_VERSION));
    }

    void help()
    {
        const Run run = clikcRun({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("library list"));
        QVERIFY(run.out.contains("--data-dir"));
    }

    void wrongUsageExitsWithTwo()
    {
        QCOMPARE(clikcRun({}).exitCode, 2);
        const Run run = clikcRun({u"--data-dir"_s, m_dir.path(), u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("frobnicate"));
    }

    void syncLimitsAreChecked_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("complaint");
        QTest::newRow("parallel 0")
            << QStringList{u"--parallel"_s, u"0"_s} << QByteArray("--parallel");
        QTest::newRow("parallel word")
            << QStringList{u"--parallel"_s, u"many"_s} << QByteArray("--parallel");
        QTest::newRow("rate word")
            << QStringList{u"--limit-rate"_s, u"fast"_s} << QByteArray("--limit-rate");
        QTest::newRow("rate negative")
            << QStringList{u"--limit-rate"_s, u"-5k"_s} << QByteArray("--limit-rate");
    }

    void syncLimitsAreChecked()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, complaint);
        const Run run
            = clikcRun(QStringList{u"--data-dir"_s, m_dir.path(), u"sync"_s, u"--all"_s} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(complaint), run.err.constData());
    }

    void listJson()
    {
        const QString data = m_dir.path() + u"/list"_s;
        const Run run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"dataDir"_s).toString(), data);
        const QJsonArray courses = root.value(u"courses"_s).toArray();
        QCOMPARE(courses.size(), 1);
        const QJsonObject course = courses.first().toObject();
        QCOMPARE(course.value(u"remoteId"_s).toString(), u"clikc-sample-101"_s);
        QCOMPARE(course.value(u"title"_s).toString(), u"Welcome to CLiKC! Desktop"_s);
        QCOMPARE(course.value(u"state"_s).toString(), u"on_this_machine"_s);
        QCOMPARE(course.value(u"source"_s).toString(), u"bundled"_s);
        QCOMPARE(course.value(u"files"_s).toInt(), 9);
        QCOMPARE(course.value(u"filesOnDisk"_s).toInt(), 9);
        QCOMPARE(course.value(u"activities"_s).toInt(), 3);
        QCOMPARE(course.value(u"completed"_s).toInt(), 0);
        const qint64 size = qint64(course.value(u"sizeOnDisk"_s).toDouble());
        QVERIFY(size > 100000 && size < 2 * 1024 * 1024);
        QVERIFY(QFileInfo::exists(data + u"/library.sqlite"_s));
    }

    void listHumanAndEnvironmentOverride()
    {
        const QString data = m_dir.path() + u"/env"_s;
        const Run run = clikcRun({u"library"_s, u"list"_s}, {{u"CLIKC_DATA_DIR"_s, data}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Welcome to CLiKC! Desktop"));
        QVERIFY(run.out.contains("On this computer"));
        QVERIFY(QFileInfo::exists(data + u"/library.sqlite"_s));
    }

    void verifyFindsDamage()
    {
        const QString data = m_dir.path() + u"/verify"_s;
        QCOMPARE(clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s}).exitCode, 0);
        Run run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"checked"_s).toInt(), 9);

        QDirIterator it(data + u"/content/objects"_s, QDir::Files, QDirIterator::Subdirectories);
        const QString victim = it.next();
        QFile::setPermissions(victim, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::Append));
        file.write("tampered");
        file.close();
        run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"verify"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QFileInfo(victim).fileName().toLatin1()));
        run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(u"courses"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"state"_s)
                     .toString(),
                 u"partial"_s);
    }

    void importRefusesATamperedMirror()
    {
        QTemporaryDir mirror;
        QVERIFY(clikc::test::copyTree(clikc::test::sampleMirrorSource(), mirror.path()));
        // The description no longer matches the checksum the catalogue gives for it.
        QFile file(mirror.path() + u"/courses/clikc-sample-101.json"_s);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" ");
        file.close();
        const QString data = m_dir.path() + u"/import"_s;
        const Run run = clikcRun(
            {u"--data-dir"_s, data, u"library"_s, u"import"_s, mirror.path(), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), false);
        QVERIFY(report.value(u"imported"_s).toArray().isEmpty());
        QVERIFY(!report.value(u"errors"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .isEmpty());
    }

    void speaksTheSystemLanguage()
    {
        const Run run
            = clikcRun({u"--data-dir"_s, m_dir.path() + u"/fr"_s, u"library"_s, u"list"_s},
                       {{u"LANG"_s, u"fr_FR.UTF-8"_s},
                        {u"LC_ALL"_s, u"fr_FR.UTF-8"_s},
                        {u"LANGUAGE"_s, u"fr"_s}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Bienvenue dans CLiKC! Desktop"), run.out.constData());
        QVERIFY2(run.out.contains("Sur cet ordinateur"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
