// A content folder the operating-system accounts of one machine share (the administrator's
// content_folder): each account keeps its own library, content is stored once, nothing is ever
// deleted from the folder by one library, and a file another account could have written is
// checked against its SHA-256 before use: a tampered one is refused, set aside, and brought back
// by the next import, or downloaded again from the site by the next sync.

#include "connector/moodleconnector.h" // waitFor
#include "content/contentstore.h"
#include "fakemoodle.h"
#include "settings/workstation.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QString shaOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return ContentStore::sha256Of(buffer);
}

// Stores `bytes` through add(), as an import does.
std::optional<QString> stored(ContentStore &store, const QByteArray &bytes)
{
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    return store.add(source, {shaOf(bytes), bytes.size()});
}

// A file holding `bytes` (a download's part, a note), written whole.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Changes a stored file's bytes as another account could (same size, so only the bytes differ).
bool tamper(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0)
        return false;
    const QByteArray first = file.read(1);
    file.seek(0);
    return file.write(QByteArray(1, char(first.at(0) ^ 0x5a))) == 1;
}

// The administrator's machine-wide file naming `folder` as the content folder, in force for as
// long as the object lives.
class AdminContentFolder
{
public:
    explicit AdminContentFolder(const QString &folder)
    {
        QFile file(m_dir.filePath(u"workstation.ini"_s));
        m_written
            = file.open(QIODevice::WriteOnly)
              && file.write("[workstation]\ncontent_folder = " + QFile::encodeName(folder) + "\n")
                     > 0;
        qputenv("CLIKC_WORKSTATION_FILE", QFile::encodeName(file.fileName()));
    }
    ~AdminContentFolder() { qunsetenv("CLIKC_WORKSTATION_FILE"); }
    Q_DISABLE_COPY_MOVE(AdminContentFolder)
    bool written() const { return m_written; }

private:
    QTemporaryDir m_dir;
    bool m_written = false;
};

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestSharedContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedOnceReadableByAllNeverDeleted()
    {
        QTemporaryDir shared, first, second;
        ContentStore a(shared.path(), first.path());
        ContentStore b(shared.path(), second.path());
        QVERIFY(a.isShared() && b.isShared());
        // Work in progress stays each library's own.
        QVERIFY(a.partsDir().startsWith(first.path()));
        QVERIFY(b.tmpDir().startsWith(second.path()));

        const QByteArray bytes = "a lesson's bytes";
        const auto sha = stored(a, bytes);
        QVERIFY(sha);
        QVERIFY(b.contains(*sha));
        QCOMPARE(b.pathOf(*sha), a.pathOf(*sha));
        // Every account reads it; its folder takes the group's new files too.
        QCOMPARE(modeOf(a.pathOf(*sha)), 0444);
        QCOMPARE(modeOf(QFileInfo(a.pathOf(*sha)).absolutePath()), S_ISGID | 0775);
        QVERIFY(b.verifiedForUse(*sha));

        // One library no longer needs it: the other may.
        QVERIFY(!a.remove(*sha));
        QVERIFY(b.contains(*sha));
        // Leftovers of one library's crash are its own: the other's work in progress stays.
        QFile leftover(b.tmpDir() + u"/incoming-test"_s);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        a.removeLeftovers();
        QVERIFY(leftover.exists());
        // A session cut short in one library says nothing of the other's.
        QVERIFY(a.openSession());
        QVERIFY(b.openSession());
        QVERIFY(QFileInfo::exists(first.path() + u"/in-use"_s));
        a.closeSession();
        QVERIFY(QFileInfo::exists(second.path() + u"/in-use"_s));
        b.closeSession();
    }

    void aChangedFileIsRefusedAndReplaced()
    {
        QTemporaryDir shared, first, second;
        ContentStore a(shared.path(), first.path());
        ContentStore b(shared.path(), second.path());
        const QByteArray bytes(300 * 1024, 'v');
        const auto sha = stored(a, bytes);
        QVERIFY(sha);
        QVERIFY(b.verifiedForUse(*sha));
        QVERIFY(tamper(b.pathOf(*sha)));
        // Changed after it was checked: checked again, and refused.
        QVERIFY(!b.verifiedForUse(*sha));
        QVERIFY(!b.holdsGood(*sha));
        QVERIFY(!a.verifiedForUse(*sha));
        // The next copy of the right bytes replaces it (a download's part, from this library).
        const QString part = b.partsDir() + u"/1.part"_s;
        QVERIFY(writeFile(part, bytes));
        QCOMPARE(b.adoptFile(part, {*sha, bytes.size()}), sha);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(b.verifiedForUse(*sha));
        QVERIFY(a.verifiedForUse(*sha));
        // A store of the library's own trusts what it wrote.
        QTemporaryDir own;
        ContentStore mine(own.path());
        QVERIFY(!mine.isShared());
        QVERIFY(!mine.verifiedForUse(*sha)); // not there
    }

    // The note of which object holds a site's SHA-1 is only a hint: a wrong one, a link or a
    // pipe another account left in its place costs nothing but a read (never a wait, never a
    // wrong file), and a right one finds the object.
    void siteSha1NotesAreCheckedHints()
    {
        QTemporaryDir shared, own;
        ContentStore store(shared.path(), own.path());
        const QByteArray bytes(200 * 1024, 'h');
        const QString sha1 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
        const QString part = store.partsDir() + u"/9.part"_s;
        QVERIFY(writeFile(part, bytes));
        const auto sha256 = store.adoptFile(part, {{}, bytes.size()}, sha1);
        QVERIFY(sha256);
        QCOMPARE(store.objectForSiteSha1(sha1, bytes.size()), sha256);
        QCOMPARE(store.objectForSiteSha1(sha1.toUpper(), -1), sha256);
        QVERIFY(!store.objectForSiteSha1(sha1, bytes.size() + 1)); // not that size
        const QString entry = shared.filePath(u"index/sha1/"_s + sha1.left(2) + u'/' + sha1);
        QVERIFY(QFileInfo(entry).isFile());

        // A pipe in its place: refused at once.
        QVERIFY(QFile::remove(entry));
        QVERIFY(::mkfifo(QFile::encodeName(entry).constData(), 0666) == 0);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!store.objectForSiteSha1(sha1, bytes.size()));
        QVERIFY(clock.elapsed() < 5000);
        // A link to a right note: not followed.
        QVERIFY(QFile::remove(entry));
        const QString elsewhere = shared.filePath(u"note"_s);
        QVERIFY(writeFile(elsewhere, sha256->toLatin1() + '\n'));
        QVERIFY(QFile::link(elsewhere, entry));
        QVERIFY(!store.objectForSiteSha1(sha1, bytes.size()));
        // A note naming another object of the same size: read, refused, and dropped.
        QVERIFY(QFile::remove(entry));
        const QByteArray other(200 * 1024, 'o');
        const auto otherSha256 = stored(store, other);
        QVERIFY(otherSha256);
        QVERIFY(writeFile(entry, otherSha256->toLatin1() + '\n'));
        QVERIFY(!store.objectForSiteSha1(sha1, bytes.size()));
        QVERIFY(!QFileInfo::exists(entry));
        // Placing the right bytes again writes the note again.
        QVERIFY(writeFile(part, bytes));
        QCOMPARE(store.adoptFile(part, {{}, bytes.size()}, sha1), sha256);
        QCOMPARE(store.objectForSiteSha1(sha1, bytes.size()), sha256);
    }

    // Across file systems (the shared folder on another disk), placing is a copy, synced, then
    // a rename: never a half-copied file under the object's name.
    void placedFromAnotherFileSystem()
    {
        QTemporaryDir shared;
        const QString memory = u"/dev/shm"_s;
        struct stat onDisk, inMemory;
        if (::stat(QFile::encodeName(shared.path()).constData(), &onDisk) != 0
            || ::stat(QFile::encodeName(memory).constData(), &inMemory) != 0
            || onDisk.st_dev == inMemory.st_dev)
            QSKIP("needs /dev/shm on a file system of its own");
        QTemporaryDir own(memory + u"/clikc-shared-XXXXXX"_s);
        QVERIFY(own.isValid());
        ContentStore store(shared.path(), own.path());
        const QByteArray bytes(64 * 1024, 'p');
        const QString part = store.partsDir() + u"/7.part"_s;
        QVERIFY(writeFile(part, bytes));
        const auto sha = store.adoptFile(part, {shaOf(bytes), bytes.size()});
        QVERIFY(sha);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(store.verifiedForUse(*sha));
        QCOMPARE(modeOf(store.pathOf(*sha)), 0444);
        const QStringList strays = QDir(QFileInfo(store.pathOf(*sha)).absolutePath())
                                       .entryList({u".incoming-*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u' ')));
    }

    // Two libraries (two accounts) with the administrator's folder: the second import copies
    // nothing; a file changed in the folder is refused before the activity opens, its file is
    // marked missing, and importing the mirror again brings it back.
    void twoLibrariesShareOneFolder()
    {
        QTemporaryDir shared;
        const AdminContentFolder admin(shared.path());
        QVERIFY(admin.written());
        test::TestLibrary first;
        test::TestLibrary second;
        QVERIFY(first.open() && second.open());
        QVERIFY(first.context().store().isShared());
        QCOMPARE(first.context().store().root(), shared.path());
        // The folder is the administrator's: no manager changes it.
        QVERIFY(!first.context().workstation().set(Workstation::Key::ContentFolder, u"/tmp"_s));

        const QString mirror = test::sampleMirrorSource();
        QVERIFY(waitFor(first.maintenance().importMirror(mirror, SourceKind::Mirror)).ok());
        const QStringList objects = first.context().store().objects();
        QVERIFY(!objects.isEmpty());
        QVERIFY(waitFor(second.maintenance().importMirror(mirror, SourceKind::Mirror)).ok());
        QCOMPARE(second.context().store().objects(), objects); // stored once
        QVERIFY(QDir(first.dataDir() + u"/content/objects"_s)
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                    .isEmpty());

        // A video of the course, changed in the folder by someone else.
        const auto courses = waitFor(second.courseQueries().courses(1));
        QVERIFY(!courses.isEmpty());
        const Course course = *waitFor(second.courseQueries().course(courses.first().id));
        const Activity video = test::activityOf(course, ActivityKind::Video);
        QVERIFY(video.id > 0 && !video.files.isEmpty());
        QVERIFY(waitFor(second.maintenance().checkForUse(video.id)).damagedFiles.isEmpty());
        const QString sha = video.files.first().sha256;
        QVERIFY(tamper(second.context().store().pathOf(sha)));
        const auto refused = waitFor(second.maintenance().checkForUse(video.id));
        QCOMPARE(refused.damagedFiles.size(), 1);
        QCOMPARE(refused.damagedFiles.first().sha256, sha);
        QVERIFY(refused.error.ok());
        const Activity after = *waitFor(second.courseQueries().activity(video.id));
        QCOMPARE(after.files.first().state, FileState::Missing);

        // Brought back by importing the mirror again; both libraries may use it.
        QVERIFY(waitFor(second.maintenance().importMirror(mirror, SourceKind::Mirror)).ok());
        QVERIFY(second.context().store().verifiedForUse(sha));
        QCOMPARE(waitFor(second.courseQueries().activity(video.id))->files.first().state,
                 FileState::Ready);
        QVERIFY(waitFor(second.maintenance().checkForUse(video.id)).damagedFiles.isEmpty());
        const auto firstCourses = waitFor(first.courseQueries().courses(1));
        const Activity firstVideo = test::activityOf(
            *waitFor(first.courseQueries().course(firstCourses.first().id)), ActivityKind::Video);
        QCOMPARE(firstVideo.files.first().sha256, sha);
        QVERIFY(waitFor(first.maintenance().checkForUse(firstVideo.id)).damagedFiles.isEmpty());
    }

    // Two accounts' libraries signed in to the site: the second downloads nothing the first
    // stored (found by the site's SHA-1); changed in the folder by someone else, a file is
    // refused before use and fetched again from the site by the next sync, for both libraries.
    void aChangedFileIsFetchedAgainFromTheSite()
    {
        QTemporaryDir shared;
        const AdminContentFolder admin(shared.path());
        QVERIFY(admin.written());
        test::FakeMoodle server;
        server.loadFixtureSite();
        constexpr qint64 kSize = 600 * 1000;
        const int cmid = server.addResource(
            2, 1, u"Handbook"_s,
            test::FakeFile::generated(u"handbook.pdf"_s, "application/pdf", kSize, 5));
        QVERIFY(server.listen());

        test::TestLibrary first;
        test::TestLibrary second;
        qint64 courseId = 0;
        const auto syncCourse
            = [&server, &courseId, cmid](test::TestLibrary &library) -> std::optional<Activity> {
            AccountService &account = library.context().account();
            if (!waitFor(
                     account.signIn(server.baseUrl().toString(), u"student"_s, u"Student-1234"_s))
                     .ok()
                || waitFor(account.refreshCatalogue()).error.isError())
                return std::nullopt;
            for (const CourseSummary &summary : waitFor(library.courseQueries().courses(1))) {
                if (summary.sourceKind != SourceKind::Moodle)
                    continue;
                courseId = summary.id;
                library.context().downloads().enqueueCourse(summary.id);
                if (!library.context().downloads().waitUntilIdle(60000))
                    return std::nullopt;
                const auto course = waitFor(library.courseQueries().course(summary.id));
                for (const Section &section : course->sections) {
                    for (const Activity &a : section.activities) {
                        if (a.remoteId == QString::number(cmid))
                            return a;
                    }
                }
            }
            return std::nullopt;
        };
        QVERIFY(first.open() && second.open());
        const auto firstHandbook = syncCourse(first);
        QVERIFY(firstHandbook && !firstHandbook->files.isEmpty());
        QCOMPARE(firstHandbook->files.first().state, FileState::Ready);
        const QString sha = firstHandbook->files.first().sha256;
        // The second account's library finds the bytes in the folder by the site's SHA-1 (its
        // ETag) and stops the answer there: over a slow link, a small part of the file crossed.
        QVERIFY(QFileInfo::exists(shared.filePath(u"index/sha1"_s)));
        server.resetCounters();
        server.setBandwidthLimit(100 * 1000);
        const auto handbook = syncCourse(second);
        server.setBandwidthLimit(0);
        QVERIFY2(server.fileBytesSent(cmid) < kSize / 4,
                 qPrintable(QString::number(server.fileBytesSent(cmid))));
        QVERIFY(handbook && !handbook->files.isEmpty());
        QCOMPARE(handbook->files.first().sha256, sha);
        QCOMPARE(second.context().store().pathOf(sha), first.context().store().pathOf(sha));

        QVERIFY(tamper(second.context().store().pathOf(sha)));
        const auto refused = waitFor(second.maintenance().checkForUse(handbook->id));
        QCOMPARE(refused.damagedFiles.size(), 1);
        QCOMPARE(waitFor(second.courseQueries().activity(handbook->id))->files.first().state,
                 FileState::Missing);

        // The next sync fetches it whole from the site and puts the right bytes in its place.
        server.resetCounters();
        second.context().downloads().enqueueCourse(courseId);
        QVERIFY(second.context().downloads().waitUntilIdle(60000));
        QCOMPARE(server.fileBytesSent(cmid), kSize);
        QCOMPARE(waitFor(second.courseQueries().activity(handbook->id))->files.first().state,
                 FileState::Ready);
        QVERIFY(waitFor(second.maintenance().checkForUse(handbook->id)).damagedFiles.isEmpty());
        QVERIFY(waitFor(first.maintenance().checkForUse(firstHandbook->id)).damagedFiles.isEmpty());
        QCOMPARE(modeOf(second.context().store().pathOf(sha)), 0444);
    }

    // Two real operating-system accounts (other users and groups than the test's), each with
    // its own library, sharing a folder set up as the README tells an administrator to: owned
    // by a group both belong to, set-group-ID. What one account stores the other reuses, and
    // can set aside and replace when it is damaged; neither can change the other's files.
    void twoOperatingSystemAccounts()
    {
        if (::geteuid() != 0)
            QSKIP("needs root, to run clikc as two other users");
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("needs setpriv (util-linux)");
        constexpr gid_t kGroup = 23000;
        struct Account
        {
            uid_t uid;
            QString home;
        };
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0);
        const QString shared = base.filePath(u"srv-clikc-content"_s);
        QVERIFY(QDir().mkpath(shared));
        // sudo install -d -m 2775 -g clikc /srv/clikc-content
        QVERIFY(::chown(QFile::encodeName(shared).constData(), 0, kGroup) == 0);
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), S_ISGID | 0775) == 0);
        const QString adminFile = base.filePath(u"workstation.ini"_s);
        QVERIFY(writeFile(adminFile,
                          "[workstation]\ncontent_folder = " + QFile::encodeName(shared) + "\n"));
        QVERIFY(::chmod(QFile::encodeName(adminFile).constData(), 0644) == 0);
        const Account amina{23001, base.filePath(u"amina"_s)};
        const Account bruno{23002, base.filePath(u"bruno"_s)};
        for (const Account &account : {amina, bruno}) {
            QVERIFY(QDir().mkpath(account.home));
            QVERIFY(::chown(QFile::encodeName(account.home).constData(), account.uid, account.uid)
                    == 0);
            QVERIFY(::chmod(QFile::encodeName(account.home).constData(), 0700) == 0);
        }
        struct Result
        {
            int exitCode = -1;
            QJsonObject json;
            QByteArray err;
        };
        // clikc as that user: their own group first, the shared one besides, umask 022.
        const auto clikcAs = [&](const Account &account, const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"HOME"_s, account.home);
            environment.insert(u"XDG_RUNTIME_DIR"_s, account.home);
            environment.insert(u"CLIKC_WORKSTATION_FILE"_s, adminFile);
            environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
            process.setProcessEnvironment(environment);
            process.start(setpriv,
                          QStringList{u"--reuid"_s, QString::number(account.uid), u"--regid"_s,
                                      QString::number(account.uid), u"--groups"_s,
                                      QString::number(kGroup), u"--"_s, QStringLiteral(CLIKC_CLI),
                                      u"--data-dir"_s, account.home + u"/library"_s}
                              + arguments + QStringList{u"--json"_s});
            Result result;
            if (!process.waitForFinished(120000))
                return result;
            result.exitCode = process.exitCode();
            result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            result.err = process.readAllStandardError();
            return result;
        };
        const QString mirror = test::sampleMirrorSource();

        // Amina's account stores the course files in the folder (its first start imports the
        // sample course; the import finds it there).
        const Result first = clikcAs(amina, {u"library"_s, u"import"_s, mirror});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const auto objectsInFolder = [&shared](uid_t owner) {
            QStringList objects;
            QDirIterator it(shared + u"/objects"_s, QDir::AllEntries | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                struct stat st;
                if (::stat(QFile::encodeName(path).constData(), &st) != 0)
                    return QStringList{u"unreadable "_s + path};
                // Every folder keeps the shared group, for the next account's files; every
                // file is the owner's, readable by all, written by nobody.
                const bool right
                    = S_ISDIR(st.st_mode)
                          ? st.st_gid == kGroup && (st.st_mode & 07777) == (S_ISGID | 0775)
                          : st.st_uid == owner && (st.st_mode & 07777) == 0444;
                if (!right)
                    return QStringList{u"wrong owner or mode "_s + path};
                if (!S_ISDIR(st.st_mode))
                    objects.append(path);
            }
            objects.sort();
            return objects;
        };
        const QStringList objects = objectsInFolder(amina.uid);
        QVERIFY2(objects.size() >= first.json.value(u"filesReused"_s).toInt()
                     && !objects.first().startsWith(u"unreadable"_s)
                     && !objects.first().startsWith(u"wrong"_s),
                 qPrintable(objects.join(u'\n')));

        // Bruno's account reuses every one of them, copying nothing.
        const Result second = clikcAs(bruno, {u"library"_s, u"import"_s, mirror});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(second.json.value(u"filesCopied"_s).toInt(), 0);
        QCOMPARE(second.json.value(u"bytesCopied"_s).toInteger(), 0);
        QCOMPARE(second.json.value(u"filesReused"_s).toInt(),
                 first.json.value(u"filesReused"_s).toInt());
        QCOMPARE(objectsInFolder(amina.uid), objects);
        const Result listed = clikcAs(bruno, {u"library"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.json.value(u"courses"_s).toArray().isEmpty());

        // A file changed in the folder (by someone with the rights to): Bruno's account finds
        // it, sets it aside, and its next import puts the right bytes back in Amina's folder.
        const QString damaged = objects.first();
        const QString sha = QFileInfo(damaged).fileName();
        QVERIFY(tamper(damaged));
        const Result checked = clikcAs(bruno, {u"library"_s, u"verify"_s});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.json.value(u"damaged"_s).toArray().contains(sha),
                 QJsonDocument(checked.json).toJson().constData());
        QVERIFY(!QFileInfo::exists(damaged));
        const Result again = clikcAs(bruno, {u"library"_s, u"import"_s, mirror});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json.value(u"filesCopied"_s).toInt(), 1);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(damaged).constData(), &st) == 0);
        QCOMPARE(st.st_uid, bruno.uid);
        QCOMPARE(int(st.st_mode & 07777), 0444);
        // Amina's library finds every file good, Bruno's included.
        const Result good = clikcAs(amina, {u"library"_s, u"verify"_s});
        QVERIFY2(good.exitCode == 0, QJsonDocument(good.json).toJson().constData());
        QVERIFY(good.json.value(u"damaged"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedContent)
#include "tst_sharedcontent.moc"
