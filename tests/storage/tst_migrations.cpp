// Migrations: a new file reaches the latest schema, an old file is upgraded with its data kept,
// a newer file is refused, and the connection rules (WAL, one per thread, scoped transactions).

#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static int userVersion(QSqlDatabase db)
    {
        QSqlQuery q(db);
        return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
    }
    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void freshFileReachesLatestVersion()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"library.sqlite"_s));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db.connection()), Database::latestVersion());
        QCOMPARE(scalar(db.connection(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db.connection(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        for (const QString &table :
             {u"sources"_s, u"profiles"_s, u"courses"_s, u"sections"_s, u"activities"_s, u"files"_s,
              u"blobs"_s, u"downloads"_s, u"progress"_s, u"uploads"_s, u"meta"_s}) {
            QVERIFY2(db.connection().tables().contains(table), qPrintable(table));
        }
        // The default local profile exists from the start.
        QCOMPARE(scalar(db.connection(), u"SELECT name FROM profiles WHERE id = 1"_s).toString(),
                 u"local"_s);
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db(path);
            QVERIFY(db.open());
        }
        Database again(path);
        QVERIFY2(again.open(), qPrintable(again.errorString()));
        QCOMPARE(userVersion(again.connection()), Database::latestVersion());
        QCOMPARE(scalar(again.connection(), u"SELECT count(*) FROM profiles"_s).toInt(), 1);
    }

    // tests/data/library-v1.sqlite was written by schema 1 (before the transfer queue and the
    // outbox) and holds a course, a file and a profile's progress.
    void upgradesCommittedVersion1File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(CLIKC_TEST_DATA "/library-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database db(path);
        QCOMPARE(userVersion(db.connection()), 1);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db.connection()), Database::latestVersion());
        QCOMPARE(scalar(db.connection(), u"SELECT title FROM courses"_s).toString(),
                 u"Old course"_s);
        QCOMPARE(scalar(db.connection(), u"SELECT position_ms FROM progress"_s).toInt(), 4200);
        QVERIFY(!db.connection().tables().contains(u"outbox"_s)); // became the upload queue
        QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM uploads"_s).toInt(), 0);
        QVERIFY(db.connection().tables().contains(u"downloads"_s));
        // 8: activities known before it do not continue by themselves, as on a site whose
        // SCORM activities keep Moodle's default (auto off).
        QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM activities"_s).toInt(), 1);
        QCOMPARE(scalar(db.connection(), u"SELECT auto_continue FROM activities"_s), QVariant(0));
    }

    // Step 10: a download's error, kept as an enum's number until then, becomes a stable key;
    // numbers written before schema 8 (no "plain HTTP only" yet) are read with their own
    // numbering.
    void downloadErrorsBecomeKeys_data()
    {
        QTest::addColumn<int>("writtenAt");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("timeout") << 9 << u"16"_s << u"site:timeout"_s;
        QTest::newRow("connection failed") << 9 << u"17"_s << u"site:connection_failed"_s;
        QTest::newRow("no space") << 9 << u"20"_s << u"no_space"_s;
        QTest::newRow("write failed") << 9 << u"24"_s << u"write_failed"_s;
        QTest::newRow("foreign file") << 9 << u"23"_s << u"foreign_file_url"_s;
        QTest::newRow("token key") << 9 << u"invalidtoken"_s << u"site:invalid_token"_s;
        QTest::newRow("verification key") << 9 << u"verification"_s << u"verification"_s;
        QTest::newRow("none") << 9 << u"0"_s << QString();
        QTest::newRow("0.1.0 timeout") << 7 << u"15"_s << u"site:timeout"_s;
        QTest::newRow("0.1.0 no space") << 7 << u"19"_s << u"no_space"_s;
        QTest::newRow("0.1.0 insecure") << 7 << u"2"_s << u"site:insecure_transport"_s;
        QTest::newRow("0.1.0 verification") << 7 << u"20"_s << u"verification"_s;
    }

    void downloadErrorsBecomeKeys()
    {
        QFETCH(int, writtenAt);
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        {
            // A bare connection (no foreign keys): the row's file need not exist for this.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"keys"_s);
            db.setDatabaseName(dir.filePath(u"library.sqlite"_s));
            QVERIFY(db.open());
            QCOMPARE(migrations::apply(db, writtenAt), QString());
            QCOMPARE(userVersion(db), writtenAt);
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"INSERT INTO downloads (file_id, state, error_code, created_at, "
                            "updated_at) VALUES (1, 'failed', '%1', 0, 0)"_s.arg(stored)),
                     qPrintable(q.lastError().text()));
            QCOMPARE(migrations::apply(db), QString());
            QCOMPARE(userVersion(db), migrations::latestVersion());
            QCOMPARE(scalar(db, u"SELECT error_code FROM downloads"_s).toString(), expected);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"keys"_s);
    }

    void refusesFileFromNewerBuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 1)));
        }
        Database newer(path);
        QVERIFY(!newer.open());
        QVERIFY2(newer.errorString().contains(u"newer"_s), qPrintable(newer.errorString()));
    }

    void scopedTransactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        {
            ScopedTransaction transaction(db.connection());
            QVERIFY(transaction.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('a', '1')"_s));
            // no commit: leaving the scope rolls back
        }
        QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM meta"_s).toInt(), 0);
        {
            ScopedTransaction transaction(db.connection());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('b', '2')"_s));
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(scalar(db.connection(), u"SELECT value FROM meta WHERE key = 'b'"_s).toString(),
                 u"2"_s);
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        const QString mine = db.connection().connectionName();
        QThreadPool pool;
        const QString theirs = QtConcurrent::run(&pool, [&db] {
                                   QSqlDatabase c = db.connection();
                                   QSqlQuery q(c);
                                   q.exec(u"INSERT INTO meta (key, value) VALUES ('t', 'x')"_s);
                                   const QString name = c.connectionName();
                                   db.closeConnection();
                                   return name;
                               }).result();
        QVERIFY(mine != theirs);
        QCOMPARE(scalar(db.connection(), u"SELECT value FROM meta WHERE key = 't'"_s).toString(),
                 u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
