// A coordinator's export: courses written from the library to a folder (a USB drive) as a mirror
// of format 2, checked again by `mirror verify`, brought up to date incrementally, and imported
// at a post with no network as the site's own course, whose progress reaches the site once the
// learner signs in there.

#include "connector/moodleconnector.h" // waitFor
#include "content/contentstore.h"
#include "content/mirrorexporter.h"
#include "fakemoodle.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "sync/uploader.h"
#include "testsupport.h"
#include "util/digest.h"
#include "util/signing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeMoodle;

namespace {

constexpr int kCourse = 2;
constexpr int kPageCmid = 1; // page, instance 1, manual completion

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

// The objects under files/ of a mirror, by name.
QStringList objectsIn(const QString &mirror)
{
    QStringList names;
    QDirIterator it(mirror + u"/files"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QFileInfo(it.next()).fileName());
    names.sort();
    return names;
}

// Flips one byte of a file, keeping its size.
bool tamper(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0)
        return false;
    const QByteArray first = file.read(1);
    file.seek(0);
    return file.write(QByteArray(1, char(first.at(0) ^ 0x5a))) == 1;
}

// A small mirror of format 1 with one course of `files` files, written by hand as the format
// document says (the kind a coordinator's older version or a script made).
bool writeVersion1Mirror(const QString &root, const QString &courseId, int files)
{
    QJsonArray fileEntries;
    QDir().mkpath(root + u"/courses"_s);
    for (int i = 0; i < files; ++i) {
        const QByteArray bytes = "file " + QByteArray::number(i) + " of " + courseId.toUtf8()
                                 + QByteArray(1000 + i, 'x');
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QDir().mkpath(root + u"/files/"_s + sha.left(2));
        QFile out(root + u"/files/"_s + sha.left(2) + u'/' + sha);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return false;
        fileEntries.append(QJsonObject{{u"path"_s, u"part-%1.html"_s.arg(i)},
                                       {u"mime"_s, u"text/html"_s},
                                       {u"size"_s, bytes.size()},
                                       {u"sha256"_s, sha},
                                       {u"timeModified"_s, 1795824000}});
    }
    const QJsonObject course{
        {u"id"_s, courseId},
        {u"shortName"_s, courseId.toUpper()},
        {u"title"_s, QString(u"Course "_s + courseId)},
        {u"language"_s, u"en"_s},
        {u"timeModified"_s, 1795824000},
        {u"sections"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"1"_s},
                         {u"title"_s, u"Start"_s},
                         {u"activities"_s, QJsonArray{QJsonObject{{u"id"_s, u"page-1"_s},
                                                                  {u"kind"_s, u"page"_s},
                                                                  {u"title"_s, u"Read me"_s},
                                                                  {u"completion"_s, u"viewed"_s},
                                                                  {u"entry"_s, u"part-0.html"_s},
                                                                  {u"files"_s, fileEntries}}}}}}}};
    const QByteArray courseBytes = QJsonDocument(course).toJson();
    QFile courseFile(root + u"/courses/"_s + courseId + u".json"_s);
    if (!courseFile.open(QIODevice::WriteOnly) || courseFile.write(courseBytes) < 0)
        return false;
    qint64 size = 0;
    for (const QJsonValue &f : std::as_const(fileEntries))
        size += f.toObject().value(u"size"_s).toInteger();
    const QJsonObject catalogue{
        {u"format"_s, u"clikc-mirror"_s},
        {u"version"_s, 1},
        {u"source"_s,
         QJsonObject{{u"id"_s, QString(u"script-"_s + courseId)}, {u"title"_s, u"Script"_s}}},
        {u"courses"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, courseId},
             {u"path"_s, QString(u"courses/"_s + courseId + u".json"_s)},
             {u"sha256"_s,
              QString::fromLatin1(
                  QCryptographicHash::hash(courseBytes, QCryptographicHash::Sha256).toHex())},
             {u"size"_s, size}}}}};
    QFile catalogueFile(root + u"/catalogue.json"_s);
    return catalogueFile.open(QIODevice::WriteOnly)
           && catalogueFile.write(QJsonDocument(catalogue).toJson()) > 0;
}

// Opens the library with the bundled sample course in it, as a first start leaves it.
bool openWithSample(test::TestLibrary &library)
{
    return library.open()
           && waitFor(
                  library.maintenance().importSampleIfFirstStart(AppContext::sampleMirrorRoot()))
                  .ok();
}

qint64 courseIdOf(test::TestLibrary &library, const QString &remoteId)
{
    for (const CourseSummary &course : waitFor(library.courseQueries().courses(1))) {
        if (course.remoteId == remoteId)
            return course.id;
    }
    return 0;
}

} // namespace

class TestMirrorExport : public QObject
{
    Q_OBJECT

    MirrorExporter::Report exportTo(test::TestLibrary &library, const QString &folder,
                                    const QList<qint64> &courses)
    {
        return waitFor(
            library.maintenance().exportMirror(folder, courses, library.context().exportOptions()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The sample course and a course from another mirror, exported, checked, exported again:
    // the second export copies nothing, one with a course less removes what only it used, and
    // the mirror imports into a new library as the same courses (not copies beside them).
    void exportsIncrementallyAndImportsAsTheSameCourses()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other"_s);
        QVERIFY(writeVersion1Mirror(other, u"customs-1"_s, 5));
        test::TestLibrary library;
        QVERIFY(openWithSample(library));
        const auto imported
            = waitFor(library.maintenance().importMirror(other, SourceKind::Mirror));
        QVERIFY(imported.ok());
        const qint64 sample = courseIdOf(library, u"clikc-sample-101"_s);
        const qint64 customs = courseIdOf(library, u"customs-1"_s);
        QVERIFY(sample > 0 && customs > 0);

        const QString usb = dir.filePath(u"usb/CLiKC"_s);
        auto report = exportTo(library, usb, {sample, customs});
        QVERIFY2(report.ok(), qPrintable(report.errors.value(0).message()));
        QCOMPARE(report.exported.size(), 2);
        QCOMPARE(report.filesCopied, 9 + 5);
        QCOMPARE(report.filesKept, 0);
        QCOMPARE(objectsIn(usb).size(), 14);
        // Readable by everyone, whatever the library's private umask: a web server serves the
        // mirror as another user (a training centre's nginx).
        const auto readableByAll = QFile::ReadOther | QFile::ReadGroup | QFile::ReadOwner;
        QDirIterator everything(usb, QDir::AllEntries | QDir::NoDotAndDotDot,
                                QDirIterator::Subdirectories);
        int entriesChecked = 0;
        while (everything.hasNext()) {
            const QFileInfo entry(everything.next());
            QVERIFY2((entry.permissions() & readableByAll) == readableByAll,
                     qPrintable(entry.filePath()));
            if (entry.isDir())
                QVERIFY(entry.permissions() & QFile::ExeOther);
            ++entriesChecked;
        }
        QVERIFY(entriesChecked > 14);
        QVERIFY(QFileInfo(usb).permissions() & QFile::ExeOther);
        const QJsonObject catalogue = readJson(usb + u"/catalogue.json"_s);
        QCOMPARE(catalogue.value(u"version"_s).toInt(), 2);
        const QJsonArray entries = catalogue.value(u"courses"_s).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &entry : entries) {
            const QJsonObject origin = entry.toObject().value(u"origin"_s).toObject();
            QVERIFY(origin.value(u"kind"_s) == u"bundled"_s
                    || origin.value(u"kind"_s) == u"mirror"_s);
        }
        // Every file names its SHA-1 beside its SHA-256.
        const QJsonObject course
            = readJson(usb + u'/' + entries.at(0).toObject().value(u"path"_s).toString());
        const QJsonObject firstFile = course.value(u"sections"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(u"activities"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(u"files"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(firstFile.value(u"sha1"_s).toString().size(), 40);
        QVERIFY(MirrorExporter::verify(usb).ok());
        QCOMPARE(MirrorExporter::verify(usb).files, 14);

        // Again: nothing copied, nothing read for its SHA-1 (noted in the library).
        QSignalSpy progress(&library.maintenance(), &LibraryMaintenance::exportProgressed);
        report = exportTo(library, usb, {sample, customs});
        QVERIFY(report.ok());
        QCOMPARE(report.filesCopied, 0);
        QCOMPARE(report.filesKept, 14);
        QCOMPARE(report.bytesCopied, 0);
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }));
        QCOMPARE(progress.last().at(1).toLongLong(), 0); // nothing to copy or read

        // Without the customs course: its five files and its description go.
        const QStringList before = QDir(usb + u"/courses"_s).entryList(QDir::Files);
        report = exportTo(library, usb, {sample});
        QVERIFY(report.ok());
        QCOMPARE(report.filesRemoved, 5 + 1);
        QCOMPARE(objectsIn(usb).size(), 9);
        QCOMPARE(QDir(usb + u"/courses"_s).entryList(QDir::Files).size(), 1);
        QCOMPARE(before.size(), 2);
        QVERIFY(MirrorExporter::verify(usb).ok());

        // And back: only the customs course's files are copied.
        report = exportTo(library, usb, {sample, customs});
        QVERIFY(report.ok());
        QCOMPARE(report.filesCopied, 5);
        QCOMPARE(report.filesKept, 9);

        // A new library imports both, each under the source it first came from: the sample is
        // the same course as its own (one, not two), and the customs course keeps its source.
        test::TestLibrary post;
        QVERIFY(openWithSample(post));
        // (As a file chooser may give it: with a trailing slash.)
        QVERIFY(MirrorExporter::verify(usb + u'/').ok());
        const auto fromUsb
            = waitFor(post.maintenance().importMirror(usb + u'/', SourceKind::Mirror));
        QVERIFY2(fromUsb.ok(), qPrintable(fromUsb.errors.value(0).message()));
        QCOMPARE(fromUsb.imported.size(), 2);
        const QList<CourseSummary> courses = waitFor(post.courseQueries().courses(1));
        QCOMPARE(courses.size(), 2);
        for (const CourseSummary &summary : courses) {
            QCOMPARE(summary.readyFileCount, summary.fileCount);
            if (summary.remoteId == u"customs-1"_s)
                QCOMPARE(summary.sourceTitle.defaultText(), u"Script"_s);
            else
                QCOMPARE(summary.sourceKind, SourceKind::Bundled);
        }
    }

    // What the export refuses to touch, and a course it cannot export whole.
    void refusesFoldersThatAreNotMirrors()
    {
        QTemporaryDir dir;
        test::TestLibrary library;
        QVERIFY(openWithSample(library));
        const qint64 sample = courseIdOf(library, u"clikc-sample-101"_s);

        // A folder with someone's files: nothing written, nothing removed.
        const QString documents = dir.filePath(u"documents"_s);
        QDir().mkpath(documents);
        QFile letter(documents + u"/letter.txt"_s);
        QVERIFY(letter.open(QIODevice::WriteOnly) && letter.write("keep me") == 7);
        letter.close();
        auto report = exportTo(library, documents, {sample});
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().code, MirrorError::Code::ExportFolderNotEmpty);
        QVERIFY(report.errors.first().message().contains(documents));
        QCOMPARE(QDir(documents).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"letter.txt"_s});

        // A link where the mirror's files folder should be: refused, the link's target untouched.
        const QString linked = dir.filePath(u"linked"_s);
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        QDir().mkpath(linked);
        QDir().mkpath(elsewhere);
        QVERIFY(QFile::link(elsewhere, linked + u"/files"_s));
        report = exportTo(library, linked, {sample});
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().code, MirrorError::Code::ExportFolderUnusable);
        QVERIFY(QDir(elsewhere).isEmpty());

        // A link planted under the hidden name a copy is written to: removed, never followed.
        const QString shared = dir.filePath(u"shared"_s);
        QVERIFY(exportTo(library, shared, {sample}).ok());
        const QString object = objectsIn(shared).first();
        const QString victim = dir.filePath(u"victim.txt"_s);
        QFile victimFile(victim);
        QVERIFY(victimFile.open(QIODevice::WriteOnly) && victimFile.write("mine") == 4);
        victimFile.close();
        QVERIFY(QFile::remove(MirrorCatalogue::objectPath(shared, object)));
        QVERIFY(QFile::link(victim, shared + u"/files/"_s + object.left(2) + u"/."_s + object
                                        + u".partial"_s));
        QVERIFY(exportTo(library, shared, {sample}).ok());
        QVERIFY(victimFile.open(QIODevice::ReadOnly));
        QCOMPARE(victimFile.readAll(), QByteArray("mine"));
        QVERIFY(MirrorExporter::verify(shared).ok());

        // A course with a file not on this computer is left out, named.
        QVERIFY(waitFor(library.maintenance().removeCourseContent(sample)).ok());
        report = exportTo(library, dir.filePath(u"usb"_s), {sample});
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().code, MirrorError::Code::CourseIncomplete);
        QVERIFY(report.exported.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"usb/catalogue.json"_s)));
    }

    // A changed file on the drive: verify names it and the course it belongs to, and an import
    // refuses that course; a re-export puts the right bytes back.
    void aDamagedDriveIsFoundAndRepaired()
    {
        QTemporaryDir dir;
        test::TestLibrary library;
        QVERIFY(openWithSample(library));
        const qint64 sample = courseIdOf(library, u"clikc-sample-101"_s);
        const QString usb = dir.filePath(u"usb"_s);
        QVERIFY(exportTo(library, usb, {sample}).ok());
        const QString victim = objectsIn(usb).first();
        const QString victimPath = MirrorCatalogue::objectPath(usb, victim);
        QVERIFY(tamper(victimPath));

        const auto checked = MirrorExporter::verify(usb);
        QCOMPARE(checked.errors.size(), 1);
        QCOMPARE(checked.errors.first().code, MirrorError::Code::FileChecksumMismatch);
        QCOMPARE(checked.errors.first().detail, u"Welcome to CLiKC! Desktop"_s);

        test::TestLibrary post;
        QVERIFY(post.open());
        const auto refused = waitFor(post.maintenance().importMirror(usb, SourceKind::Mirror));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errors.first().code, MirrorError::Code::FileChecksumMismatch);
        QVERIFY(waitFor(post.courseQueries().courses(1)).isEmpty());

        // The file is the right size, so an export keeps it: verify is what finds it, and a
        // coordinator then deletes the file (or the folder) and exports again.
        QVERIFY(QFile::remove(victimPath));
        const auto repaired = exportTo(library, usb, {sample});
        QVERIFY(repaired.ok());
        QCOMPARE(repaired.filesCopied, 1);
        QVERIFY(MirrorExporter::verify(usb).ok());
    }

    // Stopped by the coordinator halfway through a file: the folder keeps its previous mirror,
    // and the half-copied file is not left under its name.
    void aStoppedExportLeavesThePreviousMirror()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other"_s);
        QVERIFY(writeVersion1Mirror(other, u"customs-3"_s, 4));
        test::TestLibrary library;
        QVERIFY(openWithSample(library));
        QVERIFY(waitFor(library.maintenance().importMirror(other, SourceKind::Mirror)).ok());
        const qint64 sample = courseIdOf(library, u"clikc-sample-101"_s);
        const qint64 customs = courseIdOf(library, u"customs-3"_s);
        const QString usb = dir.filePath(u"usb"_s);
        QVERIFY(exportTo(library, usb, {customs}).ok());
        const QStringList before = objectsIn(usb);

        MirrorExporter exporter(library.context().database(), library.context().store());
        int calls = 0;
        const auto report
            = exporter.write(usb, {sample, customs}, library.context().exportOptions(),
                             [&calls](qint64 done, qint64) { return done == 0 || ++calls < 3; });
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QCOMPARE(readJson(usb + u"/catalogue.json"_s).value(u"courses"_s).toArray().size(), 1);
        const auto checked = MirrorExporter::verify(usb);
        QVERIFY(checked.ok());
        QCOMPARE(checked.courses, 1);
        for (const QString &name : objectsIn(usb))
            QVERIFY2(!name.endsWith(u".partial"_s) || before.contains(name), qPrintable(name));
    }

    // A signed export: the importer sees who signed it, trusts them once, and refuses a
    // catalogue changed after signing, a signature removed or swapped, and tells a known name
    // with a new key apart; an unsigned (version 1) mirror imports, said to be unsigned.
    void signedMirrorsAndTrustOnFirstUse()
    {
        QTemporaryDir dir;
        test::TestLibrary coordinator;
        QVERIFY(openWithSample(coordinator));
        const qint64 sample = courseIdOf(coordinator, u"clikc-sample-101"_s);
        // The installation's key, from the keychain: the same on every call.
        const QByteArray key = waitFor(coordinator.context().signingKey());
        QCOMPARE(key.size(), signing::kSecretKeyBytes);
        QCOMPARE(waitFor(coordinator.context().signingKey()), key);
        MirrorExporter::Options options = coordinator.context().exportOptions();
        options.signingKey = key;
        options.signerName = u"Amina Diallo"_s;
        const QString usb = dir.filePath(u"usb"_s);
        const auto exported
            = waitFor(coordinator.maintenance().exportMirror(usb, {sample}, options));
        QVERIFY(exported.ok() && exported.signedCatalogue);
        // Nothing secret in the mirror: the public key only.
        QDirIterator files(usb, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(key.toBase64()) && !bytes.contains(key.left(32).toBase64()));
        }

        test::TestLibrary post;
        QVERIFY(post.open());
        auto preview = waitFor(post.maintenance().previewMirror(usb));
        QVERIFY(!preview.error.isError());
        QVERIFY(preview.signer);
        QCOMPARE(preview.signer->name, u"Amina Diallo"_s);
        QCOMPARE(preview.signer->publicKey, signing::publicKeyOf(key));
        QCOMPARE(preview.trust, SignerTrust::New);
        // Confirmed for another key (the drive swapped meanwhile): nothing imported.
        auto refused = waitFor(post.maintenance().importMirror(
            usb, SourceKind::Mirror, {}, signing::publicKeyOf(signing::generateSecretKey())));
        QCOMPARE(refused.errors.value(0).code, MirrorError::Code::SignerChanged);
        QCOMPARE(waitFor(post.maintenance().previewMirror(usb)).trust, SignerTrust::New);
        auto imported = waitFor(post.maintenance().importMirror(usb, SourceKind::Mirror, {},
                                                                preview.signer->publicKey));
        QVERIFY(imported.ok());
        QCOMPARE(waitFor(post.maintenance().previewMirror(usb)).trust, SignerTrust::Trusted);

        // A changed catalogue (one byte of a title): refused whole, named by its signer.
        const QString cataloguePath = usb + u"/catalogue.json"_s;
        QFile catalogueFile(cataloguePath);
        QVERIFY(catalogueFile.open(QIODevice::ReadOnly));
        const QByteArray original = catalogueFile.readAll();
        catalogueFile.close();
        const auto rewrite = [&](const QByteArray &bytes) {
            QFile out(cataloguePath);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && out.write(bytes) == bytes.size();
        };
        QVERIFY(rewrite(QByteArray(original).replace("Welcome", "Welcume")));
        preview = waitFor(post.maintenance().previewMirror(usb));
        QCOMPARE(preview.error.code, MirrorError::Code::SignatureMismatch);
        QVERIFY(preview.error.message().contains(u"Amina Diallo"_s));
        const qsizetype coursesBefore = waitFor(post.courseQueries().courses(1)).size();
        refused = waitFor(post.maintenance().importMirror(usb, SourceKind::Mirror));
        QCOMPARE(refused.errors.value(0).code, MirrorError::Code::SignatureMismatch);
        QVERIFY(refused.imported.isEmpty());
        QCOMPARE(waitFor(post.courseQueries().courses(1)).size(), coursesBefore);
        QVERIFY(!MirrorExporter::verify(usb).ok());

        // The signature removed: refused as well (the catalogue still names its signer).
        QVERIFY(rewrite(original));
        QVERIFY(!waitFor(post.maintenance().previewMirror(usb)).error.isError());
        const QString signature
            = usb + u'/' + MirrorCatalogue::signaturePath(Digest::sha256(original));
        QVERIFY(QFile::exists(signature));
        QVERIFY(QFile::rename(signature, signature + u".away"_s));
        QCOMPARE(waitFor(post.maintenance().previewMirror(usb)).error.code,
                 MirrorError::Code::SignatureMismatch);
        QVERIFY(QFile::rename(signature + u".away"_s, signature));

        // Someone else signs as "Amina Diallo": the name is known, the key is not.
        MirrorExporter::Options impostor = options;
        impostor.signingKey = signing::generateSecretKey();
        QVERIFY(waitFor(coordinator.maintenance().exportMirror(usb, {sample}, impostor)).ok());
        preview = waitFor(post.maintenance().previewMirror(usb));
        QVERIFY(!preview.error.isError());
        QCOMPARE(preview.trust, SignerTrust::KeyChanged);
        QVERIFY(preview.signer->fingerprint() != signing::fingerprint(signing::publicKeyOf(key)));
        // Only the new catalogue's signature is left in the folder.
        QCOMPARE(QDir(usb + u"/signatures"_s).entryList(QDir::Files).size(), 1);

        // A version-1 mirror: unsigned, imported as before.
        const QString old = dir.filePath(u"old"_s);
        QVERIFY(writeVersion1Mirror(old, u"customs-9"_s, 2));
        preview = waitFor(post.maintenance().previewMirror(old));
        QVERIFY(!preview.error.isError());
        QVERIFY(!preview.signer);
        QCOMPARE(preview.trust, SignerTrust::Unsigned);
        imported
            = waitFor(post.maintenance().importMirror(old, SourceKind::Mirror, {}, QByteArray()));
        QVERIFY(imported.ok());
        QVERIFY(!imported.signer);
    }

    // The drive pulled (the process killed) before the new catalogue is in place, and after:
    // either way the folder holds a whole mirror, the previous one or the new one.
    void aPulledDriveHoldsTheOldMirrorOrTheNew()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other"_s);
        QVERIFY(writeVersion1Mirror(other, u"customs-2"_s, 3));
        const QString data = dir.filePath(u"data"_s);
        const auto cli = [&](const QStringList &arguments, const QString &failpoint = {}) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (!failpoint.isEmpty())
                environment.insert(u"CLIKC_FAILPOINT"_s, failpoint);
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(CLIKC_CLI),
                          QStringList{u"--data-dir"_s, data} + arguments);
            process.waitForFinished(120000);
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        const QString usb = dir.filePath(u"usb"_s);
        QCOMPARE(cli({u"mirror"_s, u"export"_s, usb, u"--course"_s, u"clikc-sample-101"_s}), 0);
        const QByteArray oldCatalogue = [&] {
            QFile f(usb + u"/catalogue.json"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(cli({u"library"_s, u"import"_s, other}), 0);

        // Killed once the new files are there and before the catalogue: the old mirror, whole.
        QVERIFY(cli({u"mirror"_s, u"export"_s, usb}, u"export-before-catalogue"_s) != 0);
        QFile catalogue(usb + u"/catalogue.json"_s);
        QVERIFY(catalogue.open(QIODevice::ReadOnly));
        QCOMPARE(catalogue.readAll(), oldCatalogue);
        catalogue.close();
        auto checked = MirrorExporter::verify(usb);
        QVERIFY(checked.ok());
        QCOMPARE(checked.courses, 1);

        // Killed after the catalogue, before the clean-up: the new mirror, whole.
        QVERIFY(cli({u"mirror"_s, u"export"_s, usb, u"--course"_s, u"customs-2"_s},
                    u"export-before-cleanup"_s)
                != 0);
        checked = MirrorExporter::verify(usb);
        QVERIFY(checked.ok());
        QCOMPARE(checked.courses, 1);
        QCOMPARE(readJson(usb + u"/catalogue.json"_s)
                     .value(u"courses"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 u"customs-2"_s);
        // The next export cleans what the cut one left.
        QCOMPARE(cli({u"mirror"_s, u"export"_s, usb, u"--course"_s, u"customs-2"_s}), 0);
        QCOMPARE(objectsIn(usb).size(), 3);
    }

    // The command line: an export is signed with the installation's key under the name given;
    // another library's import refuses a signer it does not trust until told to.
    void commandLineSignsAndAsksForTrust()
    {
        QTemporaryDir dir;
        struct Run
        {
            int code = -1;
            QString out;
            QString err;
        };
        const auto cli = [](const QString &data, const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(CLIKC_CLI),
                          QStringList{u"--data-dir"_s, data} + arguments);
            process.waitForFinished(120000);
            return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
        };
        const QString usb = dir.filePath(u"usb"_s);
        const QString coordinator = dir.filePath(u"coordinator"_s);
        Run run = cli(coordinator, {u"mirror"_s, u"export"_s, usb, u"--signer"_s, u"Ousmane Ba"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Signed by Ousmane Ba (fingerprint "_s), qPrintable(run.out));
        // The name is kept for the next export.
        run = cli(coordinator, {u"mirror"_s, u"export"_s, usb, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        const QJsonObject exported = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(exported.value(u"signer"_s).toObject().value(u"name"_s).toString(),
                 u"Ousmane Ba"_s);
        const QString fingerprint
            = exported.value(u"signer"_s).toObject().value(u"fingerprint"_s).toString();
        QCOMPARE(fingerprint.size(), 19);

        const QString post = dir.filePath(u"post"_s);
        run = cli(post, {u"library"_s, u"import"_s, usb, u"--json"_s});
        QCOMPARE(run.code, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"untrusted_signer"_s);
        QVERIFY2(run.err.contains(fingerprint), qPrintable(run.err));
        run = cli(post, {u"library"_s, u"import"_s, usb, u"--trust-signer"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Signed by Ousmane Ba (fingerprint "_s + fingerprint));
        // Trusted from now on.
        run = cli(post, {u"library"_s, u"import"_s, usb});
        QCOMPARE(run.code, 0);
    }

    // The whole chain for a site's course: synced by a coordinator, exported to a drive,
    // imported at a post with no network, studied there, and the learner then signs in: the
    // course is the site's one course (not a second), nothing is downloaded again, the progress
    // reaches the site exactly once, and a later sync fetches only what the site changed.
    void aSiteCourseTravelsOnADriveAndStaysTheSitesCourse()
    {
        FakeMoodle server;
        server.loadFixtureSite();
        server.setCompletion(kPageCmid, FakeMoodle::Completion::Manual);
        const int handbookCmid = server.addResource(
            kCourse, 1, u"Handbook"_s,
            test::FakeFile::generated(u"handbook.pdf"_s, "application/pdf", 300 * 1000, 7));
        QVERIFY(server.listen());
        const auto signIn = [&server](test::TestLibrary &library) {
            return waitFor(library.context().account().signIn(server.baseUrl().toString(),
                                                              u"student"_s, u"Student-1234"_s))
                       .ok()
                   && !waitFor(library.context().account().refreshCatalogue()).error.isError();
        };

        QTemporaryDir dir;
        test::TestLibrary coordinator;
        QVERIFY(coordinator.open());
        QVERIFY(signIn(coordinator));
        const qint64 siteCourse = courseIdOf(coordinator, QString::number(kCourse));
        QVERIFY(siteCourse > 0);
        coordinator.context().downloads().enqueueCourse(siteCourse);
        QVERIFY(coordinator.context().downloads().waitUntilIdle(60000));
        const QString usb = dir.filePath(u"usb"_s);
        const auto exported = exportTo(coordinator, usb, {siteCourse});
        QVERIFY2(exported.ok(), qPrintable(exported.errors.value(0).message()));
        const QJsonObject entry
            = readJson(usb + u"/catalogue.json"_s).value(u"courses"_s).toArray().at(0).toObject();
        const QJsonObject origin = entry.value(u"origin"_s).toObject();
        QCOMPARE(origin.value(u"kind"_s).toString(), u"moodle"_s);
        QCOMPARE(origin.value(u"url"_s).toString(), server.baseUrl().toString());
        QCOMPARE(entry.value(u"id"_s).toString(), QString::number(kCourse));
        // The site's identity of each activity travels: cmid, module and instance.
        const QJsonObject description = readJson(usb + u'/' + entry.value(u"path"_s).toString());
        bool pageFound = false;
        for (const QJsonValue &section : description.value(u"sections"_s).toArray()) {
            for (const QJsonValue &a : section.toObject().value(u"activities"_s).toArray()) {
                const QJsonObject activity = a.toObject();
                if (activity.value(u"id"_s).toString() != QString::number(kPageCmid))
                    continue;
                pageFound = true;
                QCOMPARE(activity.value(u"module"_s).toString(), u"page"_s);
                QCOMPARE(activity.value(u"instance"_s).toString(),
                         QString::number(server.instanceOf(kPageCmid)));
            }
        }
        QVERIFY(pageFound);

        // At the post: no network, a new library, the drive.
        test::TestLibrary post;
        QVERIFY(post.open());
        const auto imported = waitFor(post.maintenance().importMirror(usb, SourceKind::Mirror));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.value(0).message()));
        QList<CourseSummary> courses = waitFor(post.courseQueries().courses(1));
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().sourceKind, SourceKind::Moodle);
        QCOMPARE(courses.first().readyFileCount, courses.first().fileCount);
        const qint64 postCourse = courses.first().id;
        qint64 page = 0;
        const std::optional<Course> postCourseRecord
            = waitFor(post.courseQueries().course(postCourse));
        QVERIFY(postCourseRecord);
        for (const Section &section : postCourseRecord->sections) {
            for (const Activity &a : section.activities) {
                if (a.remoteId == QString::number(kPageCmid))
                    page = a.id;
            }
        }
        QVERIFY(page > 0);
        QVERIFY(!waitFor(post.progressRecorder().recordActivityView(1, page)).isError());
        QVERIFY(!waitFor(post.progressRecorder().setManualCompletion(1, page, true)).isError());

        // A link appears: the learner signs in. One course, the site's; nothing downloaded.
        server.resetCounters();
        QVERIFY(signIn(post));
        courses = waitFor(post.courseQueries().courses(1));
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().id, postCourse);
        post.context().downloads().enqueueCourse(postCourse);
        QVERIFY(post.context().downloads().waitUntilIdle(60000));
        QCOMPARE(server.fileBytesSent(handbookCmid), 0);
        courses = waitFor(post.courseQueries().courses(1));
        QCOMPARE(courses.first().readyFileCount, courses.first().fileCount);

        // The progress made at the post reaches the site once.
        Uploader &uploads = post.context().uploads();
        uploads.uploadNow();
        QVERIFY(QTest::qWaitFor([&] { return server.completionState(kPageCmid) == 1; }, 30000));
        QVERIFY(uploads.waitUntilIdle(30000));
        uploads.uploadNow();
        QVERIFY(uploads.waitUntilIdle(30000));
        QCOMPARE(server.completionChangeCount(kPageCmid), 1);
        QCOMPARE(server.viewCount(u"mod_page_view_page"_s, server.instanceOf(kPageCmid)), 1);

        // The site changes the handbook: the next sync fetches it, and only it.
        server.changeFile(handbookCmid);
        server.resetCounters();
        QVERIFY(!waitFor(post.context().account().refreshCatalogue()).error.isError());
        post.context().downloads().enqueueCourse(postCourse);
        QVERIFY(post.context().downloads().waitUntilIdle(60000));
        QCOMPARE(server.fileBytesSent(handbookCmid), 300 * 1000);
        qint64 otherBytes = 0;
        for (const auto &request : server.requests()) {
            if (request.path.contains(u"pluginfile"_s) && !request.path.contains(u"handbook"_s))
                otherBytes += request.bodyBytesSent;
        }
        QCOMPARE(otherBytes, 0);
        courses = waitFor(post.courseQueries().courses(1));
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().readyFileCount, courses.first().fileCount);
    }
};

QTEST_GUILESS_MAIN(TestMirrorExport)
#include "tst_mirrorexport.moc"
