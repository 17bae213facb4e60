// Content store: verified, atomic placement; one copy of identical bytes; damage found and
// quarantined; a crash between writing and renaming leaves nothing visible and is repaired.

#include "content/contentstore.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "util/freespace.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int filesIn(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Runs `clikc library list` (a first start: the sample is imported) on `data` until the
// failpoint ends it, as a power cut would. Returns its exit code (77 when the failpoint hit).
int crashFirstStart(const QString &data, const QString &failpoint)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLIKC_FAILPOINT"_s, failpoint);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CLIKC_CLI), {u"--data-dir"_s, data, u"library"_s, u"list"_s});
    if (!cli.waitForFinished(60000))
        return -1;
    return cli.exitCode();
}

} // namespace

class TestContentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesVerifiedContentUnderItsHash()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path());
        const QByteArray bytes = QByteArray("customs ").repeated(100000);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ContentStore::Error error = ContentStore::Error::WriteFailed;
        const auto sha = store.add(buffer, {sha256Hex(bytes), bytes.size()}, &error);
        QVERIFY(sha);
        QCOMPARE(error, ContentStore::Error::None);
        QCOMPARE(*sha, sha256Hex(bytes));
        QFile placed(store.pathOf(*sha));
        QVERIFY(placed.open(QIODevice::ReadOnly));
        QCOMPARE(placed.readAll(), bytes);
        QVERIFY(!(placed.permissions() & QFileDevice::WriteOwner)); // read-only once placed
        QCOMPARE(filesIn(dir.path() + u"/tmp"_s), 0);
        QVERIFY(store.verify(*sha));
    }

    void refusesWrongBytesAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("expectedSha");
        QTest::addColumn<qint64>("expectedSize");
        QTest::addColumn<int>("error");
        const QByteArray bytes("0123456789");
        QTest::newRow("checksum") << QString(64, u'0') << qint64(bytes.size())
                                  << int(ContentStore::Error::ChecksumMismatch);
        QTest::newRow("too short")
            << sha256Hex(bytes) << qint64(11) << int(ContentStore::Error::SizeMismatch);
        QTest::newRow("too long") << sha256Hex(bytes) << qint64(9)
                                  << int(ContentStore::Error::SizeMismatch);
    }

    void refusesWrongBytesAndLeavesNothing()
    {
        QFETCH(QString, expectedSha);
        QFETCH(qint64, expectedSize);
        QFETCH(int, error);
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QBuffer buffer;
        buffer.setData("0123456789");
        buffer.open(QIODevice::ReadOnly);
        ContentStore::Error actual = ContentStore::Error::None;
        QVERIFY(!store.add(buffer, {expectedSha, expectedSize}, &actual));
        QCOMPARE(int(actual), error);
        QVERIFY(store.objects().isEmpty());
        QCOMPARE(filesIn(dir.path() + u"/tmp"_s), 0);
    }

    // A download hashed as it was written is placed under that hash without being read again;
    // its size and the site's SHA-1 are still checked, and a refused file is left where it is.
    void adoptsAFileHashedWhileWritten_data()
    {
        QTest::addColumn<qint64>("expectedSize");
        QTest::addColumn<bool>("rightSha1");
        QTest::addColumn<int>("error");
        QTest::newRow("placed") << qint64(10) << true << int(ContentStore::Error::None);
        QTest::newRow("no sha1 to check") << qint64(-1) << true << int(ContentStore::Error::None);
        QTest::newRow("size") << qint64(11) << true << int(ContentStore::Error::SizeMismatch);
        QTest::newRow("sha1") << qint64(10) << false << int(ContentStore::Error::ChecksumMismatch);
    }

    void adoptsAFileHashedWhileWritten()
    {
        QFETCH(qint64, expectedSize);
        QFETCH(bool, rightSha1);
        QFETCH(int, error);
        QTemporaryDir dir;
        ContentStore store(dir.path());
        const QByteArray bytes("0123456789");
        const QString part = store.partsDir() + u"/7.part"_s;
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const QString sha1 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
        ContentStore::Error actual = ContentStore::Error::WriteFailed;
        const auto sha = store.adoptHashed(part, expectedSize, sha256Hex(bytes), sha1,
                                           rightSha1 ? sha1.toUpper() : QString(40, u'0'), &actual);
        QCOMPARE(int(actual), error);
        if (error != int(ContentStore::Error::None)) {
            QVERIFY(!sha);
            QVERIFY(QFile::exists(part));
            QVERIFY(store.objects().isEmpty());
            return;
        }
        QCOMPARE(*sha, sha256Hex(bytes));
        QVERIFY(!QFile::exists(part));
        QVERIFY(store.verify(*sha));
    }

    // A batch (a mirror's course) writes and checks each file as add() does, shows none under
    // its name until place(), then all; one dropped unplaced leaves nothing behind.
    void aBatchPlacesItsFilesTogether()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QStringList shas;
        {
            ContentStore::Batch batch(store);
            for (int i = 0; i < 3; ++i) {
                const QByteArray bytes = QByteArray("lesson ") + QByteArray::number(i);
                QBuffer buffer;
                buffer.setData(bytes);
                buffer.open(QIODevice::ReadOnly);
                const auto sha = batch.add(buffer, {sha256Hex(bytes), bytes.size()});
                QVERIFY(sha);
                QVERIFY(batch.contains(*sha));
                QVERIFY(!store.contains(*sha)); // not under its name before place()
                shas.append(*sha);
            }
            QBuffer wrong;
            wrong.setData("tampered");
            wrong.open(QIODevice::ReadOnly);
            ContentStore::Error error = ContentStore::Error::None;
            QVERIFY(!batch.add(wrong, {QString(64, u'0'), 8}, &error));
            QCOMPARE(error, ContentStore::Error::ChecksumMismatch);
            QVERIFY(batch.place());
        }
        for (const QString &sha : std::as_const(shas))
            QVERIFY(store.verify(sha));
        QCOMPARE(store.objects().size(), 3);
        QCOMPARE(filesIn(dir.path() + u"/tmp"_s), 0);

        {
            ContentStore::Batch dropped(store);
            QBuffer buffer;
            buffer.setData("never placed");
            buffer.open(QIODevice::ReadOnly);
            QVERIFY(dropped.add(buffer, {}));
        }
        QCOMPARE(store.objects().size(), 3);
        QCOMPARE(filesIn(dir.path() + u"/tmp"_s), 0);
    }

    void storesIdenticalBytesOnce()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QTemporaryFile a, b;
        QVERIFY(a.open() && b.open());
        a.write("same bytes");
        b.write("same bytes");
        a.flush();
        b.flush();
        const auto first = store.addFile(a.fileName());
        const auto second = store.addFile(b.fileName());
        QVERIFY(first && second);
        QCOMPARE(*first, *second);
        QCOMPARE(store.objects().size(), 1);
        QCOMPARE(filesIn(dir.path() + u"/tmp"_s), 0);
    }

    // Free space comes from the file system itself (statvfs), which answers where QStorageInfo
    // cannot name the file system (a minimal chroot); where nothing can tell, nothing is
    // written.
    void freeSpaceComesFromTheFileSystem()
    {
        QTemporaryDir dir;
        const std::optional<qint64> free = freeBytes(dir.path());
        QVERIFY(free && *free > 0);
        // The same figure df gives, to within what others write meanwhile.
        QProcess df;
        df.start(u"df"_s, {u"--output=avail"_s, u"-B1"_s, dir.path()});
        QVERIFY(df.waitForFinished(10000));
        const QList<QByteArray> lines = df.readAllStandardOutput().trimmed().split('\n');
        const qint64 dfFree = lines.last().trimmed().toLongLong();
        QVERIFY2(qAbs(dfFree - *free) < 64 * 1024 * 1024,
                 qPrintable(u"%1 vs %2"_s.arg(dfFree).arg(*free)));
        QVERIFY(!freeBytes(dir.path() + u"/not-there"_s));

        // A store whose folder cannot be asked refuses to write rather than guess.
        ContentStore store(dir.path() + u"/store"_s);
        QVERIFY(QDir(dir.path() + u"/store"_s).removeRecursively());
        QBuffer bytes;
        bytes.setData(QByteArray(1000, 'x'));
        bytes.open(QIODevice::ReadOnly);
        ContentStore::Error error = ContentStore::Error::None;
        QVERIFY(!store.add(bytes, {{}, 1000}, &error));
        QCOMPARE(error, ContentStore::Error::NoSpace);
    }

    void rejectsNonHashNames()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path());
        QVERIFY(!ContentStore::isSha256(u"../../etc/passwd"_s));
        QVERIFY(!store.contains(u"../x"_s));
        QVERIFY(!store.remove(u"../x"_s));
    }

    void damagedFileIsFoundAndQuarantined()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        ContentStore &store = lib.context().store();
        const QStringList objects = store.objects();
        QCOMPARE(objects.size(), 9);
        const QString victim = objects.at(3);
        QFile file(store.pathOf(victim));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("X");
        file.close();

        const auto report = lib.maintenance().verify().result();
        QCOMPARE(report.checked, 9);
        QCOMPARE(report.quarantined, QStringList{victim});
        QVERIFY(report.missing.isEmpty());
        QVERIFY(!store.contains(victim));
        QCOMPARE(filesIn(lib.dataDir() + u"/content/quarantine"_s), 1);
        const auto courses = lib.courseQueries().courses(1).result();
        QCOMPARE(courses.first().offlineState(), OfflineState::Partial);

        // Putting the course back restores the file and the course.
        QVERIFY(lib.maintenance()
                    .importMirror(AppContext::sampleMirrorRoot(), SourceKind::Bundled)
                    .result()
                    .ok());
        QVERIFY(store.verify(victim));
        QCOMPARE(lib.courseQueries().courses(1).result().first().offlineState(),
                 OfflineState::OnThisMachine);
        QVERIFY(lib.maintenance().verify().result().ok());
    }

    // The process dies (as in a power cut) after a file is written and flushed but before it is
    // renamed into place. Nothing may be visible under a final name, the database must not know
    // the course, and the next start must clean up.
    void crashBetweenWriteAndRenameLeavesNothingVisible()
    {
        QTemporaryDir dir;
        const QString data = dir.path() + u"/data"_s;
        QCOMPARE(crashFirstStart(data, u"store-before-rename"_s), 77); // the failpoint ended it
        // Copies wait beside their objects under hidden names (.incoming-…), none under an
        // object's name.
        QCOMPARE(ContentStore(data + u"/content"_s).objects(), QStringList());
        QVERIFY(filesIn(data + u"/content/objects"_s) > 0);
        // A named leftover in tmp/ too (a file system without unnamed temporary files, a
        // package being unpacked): the repair meets it as well.
        QFile leftover(data + u"/content/tmp/incoming-crashed"_s);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a video");
        leftover.close();

        AppContext context(data);
        QVERIFY(context.open());
        QCOMPARE(CourseRepository(context.database().connection()).count(), 0);
        const auto repair = context.maintenance().repair().result();
        QVERIFY(repair.storeScanned);
        QVERIFY(repair.leftoversRemoved >= 2);
        QCOMPARE(filesIn(data + u"/content/tmp"_s), 0);
        QCOMPARE(filesIn(data + u"/content/objects"_s), 0);
        // And the interrupted first start completes on the next one.
        QVERIFY(context.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        QCOMPARE(context.courseQueries().courses(1).result().size(), 1);
    }

    // The process dies after a course's files are placed but before the library records them:
    // the next start sees the session was cut short and removes those orphans; after a session
    // that closed, the next start does not read the store's names at all.
    void aSessionCutShortIsRepairedAndACleanOneIsNotScanned()
    {
        QTemporaryDir dir;
        const QString data = dir.path() + u"/data"_s;
        QCOMPARE(crashFirstStart(data, u"import-before-commit"_s), 77);
        const int placed = filesIn(data + u"/content/objects"_s);
        QVERIFY(placed > 0);
        QVERIFY(QFileInfo::exists(data + u"/content/in-use"_s));

        {
            AppContext context(data);
            QVERIFY(context.open());
            QCOMPARE(CourseRepository(context.database().connection()).count(), 0);
            const auto repair = context.maintenance().repair().result();
            QVERIFY(repair.storeScanned);
            QCOMPARE(repair.orphansRemoved, placed);
            QCOMPARE(filesIn(data + u"/content/objects"_s), 0);
            QVERIFY(context.maintenance()
                        .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                        .result()
                        .ok());
        }
        QVERIFY(!QFileInfo::exists(data + u"/content/in-use"_s)); // closed cleanly

        AppContext context(data);
        QVERIFY(context.open());
        QVERIFY(QFileInfo::exists(data + u"/content/in-use"_s));
        const auto repair = context.maintenance().repair().result();
        QVERIFY(!repair.storeScanned);
        QCOMPARE(repair.orphansRemoved, 0);
        QCOMPARE(context.courseQueries().courses(1).result().size(), 1);
        QVERIFY(context.maintenance().verify().result().ok());

        // A second program that finds the library in use leaves the marker alone.
        {
            AppContext second(data);
            QVERIFY(!second.open());
        }
        QVERIFY(QFileInfo::exists(data + u"/content/in-use"_s));
    }

    // What no record names is also found by a verification, whenever the learner asks.
    void verifyRemovesOrphans()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        ContentStore &store = lib.context().store();
        QTemporaryFile orphan;
        QVERIFY(orphan.open());
        orphan.write("placed but never recorded");
        orphan.flush();
        const auto sha = store.addFile(orphan.fileName());
        QVERIFY(sha && store.contains(*sha));
        const auto report = lib.maintenance().verify().result();
        QCOMPARE(report.orphans, QStringList{*sha});
        QVERIFY(!store.contains(*sha));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
