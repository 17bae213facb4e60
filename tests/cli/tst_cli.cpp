// The `clikc` command line as a coordinator's script runs it: --help, --version, --data-dir,
// `library list [--json]`, `library verify`, `library import`, exit codes, wrong usage refused
// before the library is touched, errors as JSON, and messages in the chosen language.

#include "librarylock.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

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
        // The exit codes a script can act on, and the shape of a JSON error.
        QVERIFY2(run.out.contains("Exit codes:"), run.out.constData());
        for (const char *code : {"\n  0  ", "\n  1  ", "\n  2  ", "\n  3  "})
            QVERIFY2(run.out.contains(code), code);
        QVERIFY(run.out.contains(R"("error": {"code": CODE, "message": TEXT})"));
    }

    void wrongUsageExitsWithTwoBeforeTheLibrary_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("complaint");
        QTest::newRow("no command")
            << QStringList{u"--json"_s} << u"missing_command"_s << QByteArray("No command");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--json"_s}
                                         << u"unknown_command"_s << QByteArray("frobnicate");
        QTest::newRow("unknown library command")
            << QStringList{u"library"_s, u"frob"_s, u"--json"_s} << u"unknown_command"_s
            << QByteArray("library frob");
        QTest::newRow("import without a folder")
            << QStringList{u"library"_s, u"import"_s, u"--json"_s} << u"missing_argument"_s
            << QByteArray("FOLDER");
        QTest::newRow("extra argument") << QStringList{u"status"_s, u"now"_s, u"--json"_s}
                                        << u"unexpected_argument"_s << QByteArray("now");
        QTest::newRow("unknown option") << QStringList{u"status"_s, u"--colour"_s, u"--json"_s}
                                        << u"unknown_option"_s << QByteArray("--colour");
        QTest::newRow("unknown short option") << QStringList{u"-q"_s, u"status"_s, u"--json"_s}
                                              << u"unknown_option"_s << QByteArray("-q");
        QTest::newRow("missing value") << QStringList{u"sync"_s, u"--json"_s, u"--course"_s}
                                       << u"missing_value"_s << QByteArray("--course");
        QTest::newRow("value to a switch") << QStringList{u"status"_s, u"--json=yes"_s}
                                           << u"unexpected_value"_s << QByteArray("--json");
        QTest::newRow("--course to list")
            << QStringList{u"library"_s, u"list"_s, u"--course"_s, u"2"_s, u"--json"_s}
            << u"option_not_allowed"_s << QByteArray("--course");
        QTest::newRow("--all to status") << QStringList{u"status"_s, u"--all"_s, u"--json"_s}
                                         << u"option_not_allowed"_s << QByteArray("status");
        QTest::newRow("--json to logout") << QStringList{u"logout"_s, u"--json"_s}
                                          << u"option_not_allowed"_s << QByteArray("logout");
        QTest::newRow("--site to sync")
            << QStringList{u"sync"_s, u"--all"_s, u"--site"_s, u"x"_s, u"--json"_s}
            << u"option_not_allowed"_s << QByteArray("--site");
        QTest::newRow("login without site")
            << QStringList{u"login"_s, u"--username"_s, u"ana"_s} << u""_s << QByteArray("--site");
        QTest::newRow("sync without courses")
            << QStringList{u"sync"_s, u"--json"_s} << u"missing_option"_s << QByteArray("--all");
        QTest::newRow("parallel 0")
            << QStringList{u"sync"_s, u"--all"_s, u"--parallel"_s, u"0"_s, u"--json"_s}
            << u"invalid_value"_s << QByteArray("--parallel");
    }

    // Nothing is created, opened or locked for a command line that is wrong.
    void wrongUsageExitsWithTwoBeforeTheLibrary()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QByteArray, complaint);
        const QString data = m_dir.path() + u"/never-created"_s;
        const Run run = clikcRun(QStringList{u"--data-dir"_s, data} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(complaint), run.err.constData());
        QVERIFY2(run.err.contains("Usage: clikc"), run.err.constData());
        QVERIFY2(!QFileInfo::exists(data), "the library folder was created");
        if (code.isEmpty())
            return;
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject problem = root.value(u"error"_s).toObject();
        QCOMPARE(problem.value(u"code"_s).toString(), code);
        QVERIFY(problem.value(u"message"_s).toString().contains(QString::fromUtf8(complaint)));
    }

    void wrongUsageTakesNoLock()
    {
        const QString data = m_dir.path() + u"/locked"_s;
        QCOMPARE(clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s}).exitCode, 0);
        const QFileInfo database(data + u"/library.sqlite"_s);
        const QDateTime modified = database.lastModified();
        clikc::LibraryLock lock(data);
        QCOMPARE(lock.acquire(), clikc::LibraryLock::Result::Acquired);
        // A wrong command is answered at once, without waiting for or reporting the lock.
        Run run = clikcRun({u"--data-dir"_s, data, u"frobnicate"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"unknown_command"_s);
        // A right one finds the library busy, and says so as JSON too.
        run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject problem
            = QJsonDocument::fromJson(run.out).object().value(u"error"_s).toObject();
        QCOMPARE(problem.value(u"code"_s).toString(), u"library_in_use"_s);
        QVERIFY(!problem.value(u"message"_s).toString().isEmpty());
        QVERIFY(run.err.contains(problem.value(u"message"_s).toString().toUtf8()));
        QCOMPARE(QFileInfo(database.filePath()).lastModified(), modified);
    }

    void parserMessagesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        const QStringList unknown{u"--colour"_s, u"status"_s};
        const QStringList missing{u"sync"_s, u"--course"_s};
        const QStringList notHere{u"logout"_s, u"--all"_s};
        QTest::newRow("fr unknown") << u"fr"_s << unknown << QByteArray("Option inconnue");
        QTest::newRow("es unknown") << u"es"_s << unknown << QByteArray("Opción desconocida");
        QTest::newRow("fr missing value")
            << u"fr"_s << missing << QByteArray("L’option --course demande une valeur.");
        QTest::newRow("es missing value")
            << u"es"_s << missing << QByteArray("La opción --course necesita un valor.");
        QTest::newRow("fr not for this command")
            << u"fr"_s << notHere
            << QByteArray("L’option --all ne s’applique pas à la commande logout.");
        QTest::newRow("es not for this command")
            << u"es"_s << notHere << QByteArray("La opción --all no se aplica al comando logout.");
    }

    // The language chosen in the application (kept with the library) wins over the system's,
    // even before anything else is read.
    void parserMessagesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const QString data = m_dir.path() + u"/language-"_s + language;
        QDir().mkpath(data);
        {
            QSettings settings(data + u"/settings.ini"_s, QSettings::IniFormat);
            settings.setValue(u"ui/language"_s, language);
        }
        const Run run = clikcRun(QStringList{u"--data-dir"_s, data} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QVERIFY(!QFileInfo::exists(data + u"/library.sqlite"_s));
    }

    void notSignedInIsNotExpired()
    {
        const QString data = m_dir.path() + u"/never-signed-in"_s;
        Run run = clikcRun({u"--data-dir"_s, data, u"sync"_s, u"--all"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Not signed in"), run.err.constData());
        QVERIFY2(!run.err.contains("expired"), run.err.constData());

        run = clikcRun({u"--data-dir"_s, data, u"sync"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"not_signed_in"_s);
        QVERIFY(run.err.contains("Not signed in"));

        // courses lists what the computer holds, and says why it is not fresh from the site.
        run = clikcRun({u"--data-dir"_s, data, u"courses"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("Not signed in"), run.err.constData());
        QVERIFY(run.out.contains("Welcome to CLiKC! Desktop"));
        run = clikcRun({u"--data-dir"_s, data, u"courses"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(u"account"_s).toString(), u"signed_out"_s);
        QCOMPARE(root.value(u"refreshed"_s).toBool(true), false);
        QCOMPARE(root.value(u"courses"_s).toArray().size(), 1);
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
        // Named as a person knows it: the file, its activity and its course.
        const QList<QByteArray> lines = run.out.split('\n');
        const auto damaged = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) {
            return l.startsWith("Damaged, set aside:");
        });
        QVERIFY2(damaged != lines.end(), run.out.constData());
        QVERIFY2(damaged->contains("in the course Welcome to CLiKC! Desktop"),
                 damaged->constData());
        QVERIFY2(!damaged->contains(QFileInfo(victim).fileName().toLatin1()), damaged->constData());
        QVERIFY2(run.err.contains("damaged or missing"), run.err.constData());

        // A file gone from the disk, and the report as a script reads it.
        QDirIterator more(data + u"/content/objects"_s, QDir::Files, QDirIterator::Subdirectories);
        QString gone = more.next();
        if (QFileInfo(gone).fileName() == QFileInfo(victim).fileName())
            gone = more.next();
        QFile::setPermissions(gone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::remove(gone));
        run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(true), false);
        QCOMPARE(report.value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"files_damaged"_s);
        const QJsonArray files = report.value(u"files"_s).toArray();
        QVERIFY(!files.isEmpty());
        for (const QJsonValue &value : files) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"state"_s).toString(), u"missing"_s);
            QCOMPARE(entry.value(u"sha256"_s).toString(), QFileInfo(gone).fileName());
            QCOMPARE(entry.value(u"course"_s).toString(), u"Welcome to CLiKC! Desktop"_s);
            QVERIFY(!entry.value(u"activity"_s).toString().isEmpty());
            QVERIFY(!entry.value(u"file"_s).toString().isEmpty());
        }
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

    // A title from a mirror or a site, or one a 0.1 library kept, never reaches the terminal
    // with its control characters: ESC[2J would clear the coordinator's screen.
    void controlCharactersNeverReachTheTerminal()
    {
        QTemporaryDir mirror;
        QVERIFY(clikc::test::copyTree(clikc::test::sampleMirrorSource(), mirror.path()));
        const QString coursePath = mirror.path() + u"/courses/clikc-sample-101.json"_s;
        QFile courseFile(coursePath);
        QVERIFY(courseFile.open(QIODevice::ReadOnly));
        QJsonObject course = QJsonDocument::fromJson(courseFile.readAll()).object();
        courseFile.close();
        course.insert(u"title"_s, u"Border\x1b[2J control\u009b2J\r\x07"_s);
        const QByteArray bytes = QJsonDocument(course).toJson();
        QVERIFY(courseFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        courseFile.write(bytes);
        courseFile.close();
        QFile catalogueFile(mirror.path() + u"/catalogue.json"_s);
        QVERIFY(catalogueFile.open(QIODevice::ReadOnly));
        QJsonObject catalogue = QJsonDocument::fromJson(catalogueFile.readAll()).object();
        catalogueFile.close();
        QJsonArray entries = catalogue.value(u"courses"_s).toArray();
        QJsonObject entry = entries.first().toObject();
        entry.insert(u"sha256"_s,
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        entries.replace(0, entry);
        catalogue.insert(u"courses"_s, entries);
        QVERIFY(catalogueFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        catalogueFile.write(QJsonDocument(catalogue).toJson());
        catalogueFile.close();

        const auto clean = [](const QByteArray &output) {
            for (qsizetype i = 0; i < output.size(); ++i) {
                const auto c = static_cast<unsigned char>(output.at(i));
                if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                    return false;
                if (c == 0xc2 && i + 1 < output.size()
                    && static_cast<unsigned char>(output.at(i + 1)) <= 0x9f)
                    return false;
            }
            return true;
        };
        const QString data = m_dir.path() + u"/controls"_s;
        Run run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"import"_s, mirror.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(clean(run.out) && clean(run.err), run.out.constData());
        run = clikcRun({u"--data-dir"_s, data, u"library"_s, u"list"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(clean(run.out) && clean(run.err), run.out.constData());
        // Kept without them, the rest of the title as it was.
        QVERIFY2(run.out.contains("Border[2J control2J"), run.out.constData());

        // A library written before: the title holds the escape, and the output still not.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"controls"_s);
            db.setDatabaseName(data + u"/library.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE courses SET title = 'Old\x1b[2Jtitle', i18n = NULL"_s));
            QVERIFY(q.numRowsAffected() >= 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"controls"_s);
        for (const bool json : {false, true}) {
            QStringList arguments{u"--data-dir"_s, data, u"library"_s, u"list"_s};
            if (json)
                arguments.append(u"--json"_s);
            run = clikcRun(arguments);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(clean(run.out) && clean(run.err), run.out.constData());
            QVERIFY2(run.out.contains("Old"), run.out.constData());
        }
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
