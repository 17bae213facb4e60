// Package extraction: a good SCORM zip is unpacked with every file's size and SHA-256; hostile
// zips (crafted here with libarchive's writer, then patched where the writer refuses) are
// refused with the right code and entry, and leave the staging folder empty.

#include "content/packageextractor.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    unsigned type = AE_IFREG;
    QByteArray symlink;
    QByteArray hardlink;
    int permissions = 0644;
    qint64 zeros = 0; // written after `data`, in chunks, for bombs
};

const QByteArray kManifest = "<?xml version=\"1.0\"?>\n<manifest identifier=\"m\"/>\n";

ZipEntry file(const QByteArray &name, const QByteArray &data = "x")
{
    ZipEntry entry;
    entry.name = name;
    entry.data = data;
    return entry;
}

ZipEntry folder(const QByteArray &name)
{
    ZipEntry entry = file(name, {});
    entry.type = AE_IFDIR;
    entry.permissions = 0755;
    return entry;
}

ZipEntry symlinkEntry(const QByteArray &name, const QByteArray &target)
{
    ZipEntry entry = file(name, {});
    entry.type = AE_IFLNK;
    entry.symlink = target;
    return entry;
}

ZipEntry manifest()
{
    return file("imsmanifest.xml", kManifest);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Deflated zip, written with libarchive as any packaging tool would.
bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_zip_set_compression_deflate(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    const QByteArray zeros(1024 * 1024, '\0');
    for (const ZipEntry &entry : entries) {
        if (!ok)
            break;
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, entry.name.constData());
        archive_entry_set_filetype(e, entry.type);
        archive_entry_set_perm(e, mode_t(entry.permissions));
        if (!entry.symlink.isEmpty())
            archive_entry_set_symlink(e, entry.symlink.constData());
        if (!entry.hardlink.isEmpty())
            archive_entry_set_hardlink(e, entry.hardlink.constData());
        archive_entry_set_size(e, entry.type == AE_IFREG ? entry.data.size() + entry.zeros : 0);
        ok = archive_write_header(a, e) >= ARCHIVE_WARN;
        if (ok && !entry.data.isEmpty())
            ok = archive_write_data(a, entry.data.constData(), size_t(entry.data.size())) >= 0;
        for (qint64 left = entry.zeros; ok && left > 0; left -= zeros.size()) {
            const qint64 n = std::min<qint64>(left, zeros.size());
            ok = archive_write_data(a, zeros.constData(), size_t(n)) == n;
        }
        if (!ok)
            qWarning("writing %s: %s", entry.name.constData(), archive_error_string(a));
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Offset of `name`'s record in the zip's central directory, -1 if absent.
qsizetype centralRecord(const QByteArray &zip, const QByteArray &name)
{
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0;
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        const quint16 length = qFromLittleEndian<quint16>(zip.constData() + at + 28);
        if (zip.mid(at + 46, length) == name)
            return at;
    }
    return -1;
}

// What the writer refuses to write: a Unix file type the zip reader will believe.
bool setUnixMode(const QString &path, const QByteArray &name, quint16 mode)
{
    QByteArray zip = readAll(path);
    const qsizetype record = centralRecord(zip, name);
    if (record < 0)
        return false;
    zip[record + 5] = 3; // made by Unix
    qToLittleEndian<quint32>(quint32(mode) << 16, zip.data() + record + 38);
    return writeAll(path, zip);
}

// A header that understates the entry's data, as a bomb would.
bool setDeclaredSize(const QString &path, const QByteArray &name, quint32 size,
                     bool alsoLocal = true)
{
    QByteArray zip = readAll(path);
    const qsizetype record = centralRecord(zip, name);
    if (record < 0)
        return false;
    qToLittleEndian<quint32>(size, zip.data() + record + 24);
    // libarchive's writer repeats the size in the local header; a consistent liar changes both.
    const quint32 local = qFromLittleEndian<quint32>(zip.constData() + record + 42);
    if (alsoLocal && qFromLittleEndian<quint32>(zip.constData() + local + 22) != 0)
        qToLittleEndian<quint32>(size, zip.data() + local + 22);
    return writeAll(path, zip);
}

bool isEmptyFolder(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                              | QDir::System);
}

enum class Patch { None, CharDevice, Socket };

} // namespace

Q_DECLARE_METATYPE(ZipEntry)
Q_DECLARE_METATYPE(Patch)

class TestPackageExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh archive path and a staging path (not created) for each case.
    std::pair<QString, QString> paths()
    {
        ++m_count;
        return {m_dir.filePath(u"package-%1.zip"_s.arg(m_count)),
                m_dir.filePath(u"staging-%1"_s.arg(m_count))};
    }

private Q_SLOTS:
    void extractsAGoodPackage()
    {
        const auto [zip, staging] = paths();
        const QByteArray index = "<html><body>Customs valuation</body></html>";
        const QByteArray image = randomBytes(300 * 1024, 7);
        const QByteArray script = QByteArray("var x = 1;\n").repeated(2000);
        QVERIFY(writeZip(zip, {manifest(), folder("content/"), file("content/index.html", index),
                               file("content/images/logo.png", image),
                               file("./content//scripts/api.js", script),
                               file("café/résumé.html", "é")}));

        QList<std::pair<qint64, qint64>> progress;
        const PackageExtractor::Report report
            = PackageExtractor().extract(zip, staging, [&](qint64 done, qint64 total) {
                  progress.append({done, total});
              });
        QVERIFY2(report.ok(), qPrintable(report.error.message() + u' ' + report.error.detail));

        const QHash<QString, QByteArray> expected{
            {u"imsmanifest.xml"_s, kManifest},     {u"content/index.html"_s, index},
            {u"content/images/logo.png"_s, image}, {u"content/scripts/api.js"_s, script},
            {u"café/résumé.html"_s, "é"},
        };
        QCOMPARE(report.files.size(), expected.size());
        qint64 total = 0;
        for (const ExtractedFile &extracted : report.files) {
            QVERIFY2(expected.contains(extracted.path), qPrintable(extracted.path));
            const QByteArray &bytes = expected.value(extracted.path);
            QCOMPARE(extracted.size, bytes.size());
            QCOMPARE(extracted.sha256, sha256Hex(bytes));
            const QString onDisk = staging + u'/' + extracted.path;
            QCOMPARE(readAll(onDisk), bytes);
            const QFileInfo info(onDisk);
            QVERIFY(!info.isSymLink());
            QVERIFY(!(info.permissions() & (QFileDevice::ExeOwner | QFileDevice::ExeOther)));
            total += bytes.size();
        }
        QCOMPARE(report.totalBytes, total);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), std::make_pair(total, total));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
    }

    void filesAreNeverExecutable()
    {
        const auto [zip, staging] = paths();
        ZipEntry tool = file("run.sh", "#!/bin/sh\necho hi\n");
        tool.permissions = 04755; // setuid too
        QVERIFY(writeZip(zip, {manifest(), tool}));
        const auto report = PackageExtractor().extract(zip, staging);
        QVERIFY(report.ok());
        const QFile::Permissions permissions = QFileInfo(staging + u"/run.sh"_s).permissions();
        QCOMPARE(permissions
                     & (QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFile::Permissions());
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(staging + u"/run.sh"_s).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777 & ~mode_t(0644), mode_t(0)); // the umask may only remove bits
    }

    void refusesHostileEntries_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        QTest::addColumn<Patch>("patch");
        QTest::addColumn<PackageError::Code>("code");
        QTest::addColumn<QString>("entry");

        using C = PackageError::Code;
        const ZipEntry index = file("index.html", "<html/>");
        auto row = [&](const char *name, QList<ZipEntry> hostile, C code, const QString &entry,
                       Patch patch = Patch::None) {
            QTest::newRow(name) << (QList<ZipEntry>{manifest(), index} + hostile) << patch << code
                                << entry;
        };
        row("absolute", {file("/tmp/evil.txt")}, C::AbsolutePath, u"/tmp/evil.txt"_s);
        row("drive letter", {file("C:/evil.txt")}, C::AbsolutePath, u"C:/evil.txt"_s);
        // libarchive already reads '\' in zip names as '/'; the extractor would too.
        row("drive backslash", {file("c:\\evil.txt")}, C::AbsolutePath, u"c:/evil.txt"_s);
        row("backslash absolute", {file("\\evil.txt")}, C::AbsolutePath, u"/evil.txt"_s);
        row("dot dot", {file("../evil.txt")}, C::PathTraversal, u"../evil.txt"_s);
        row("nested dot dot", {file("a/../../evil.txt")}, C::PathTraversal, u"a/../../evil.txt"_s);
        row("backslash dot dot", {file("..\\evil.txt")}, C::PathTraversal, u"../evil.txt"_s);
        row("deep backslash dot dot", {file("a\\..\\..\\evil.txt")}, C::PathTraversal,
            u"a/../../evil.txt"_s);
        row("three dots", {file("a/.../evil.txt")}, C::PathTraversal, u"a/.../evil.txt"_s);
        row("dot only", {file(".")}, C::InvalidName, u"."_s);
        row("control character", {file("a\x01.html")}, C::InvalidName, u"a\x01.html"_s);
        row("not utf-8", {file("caf\xe9\x81.html")}, C::InvalidName, QString());
        row("symlink", {symlinkEntry("link.html", "/etc/passwd")}, C::Link, u"link.html"_s);
        row("relative symlink", {symlinkEntry("images", "../../..")}, C::Link, u"images"_s);
        row("char device", {file("null")}, C::SpecialFile, u"null"_s, Patch::CharDevice);
        row("socket", {file("sock")}, C::SpecialFile, u"sock"_s, Patch::Socket);
        row("duplicate", {file("a.txt"), file("a.txt")}, C::DuplicatePath, u"a.txt"_s);
        row("duplicate case", {file("Index.HTML")}, C::DuplicatePath, u"Index.HTML"_s);
        row("duplicate after normalising", {file("./index.html")}, C::DuplicatePath,
            u"./index.html"_s);
        // Composed and decomposed "é": the same name on macOS, and to libarchive in a UTF-8
        // locale, which composes both.
        row("duplicate unicode forms", {file("caf\xc3\xa9.html"), file("cafe\xcc\x81.html")},
            C::DuplicatePath, u"caf\u00e9.html"_s);
        row("file then folder", {file("a"), file("a/b.txt")}, C::DuplicatePath, u"a/b.txt"_s);
        row("folder then file", {file("a/b.txt"), file("A")}, C::DuplicatePath, u"A"_s);

        QTest::newRow("no manifest")
            << QList<ZipEntry>{index} << Patch::None << C::ManifestMissing << QString();
        QTest::newRow("manifest in a subfolder")
            << QList<ZipEntry>{file("course/imsmanifest.xml", kManifest), index} << Patch::None
            << C::ManifestMissing << u"course/imsmanifest.xml"_s;
        QTest::newRow("manifest folder") << QList<ZipEntry>{folder("imsmanifest.xml/"), index}
                                         << Patch::None << C::ManifestMissing << QString();
        QTest::newRow("empty manifest")
            << QList<ZipEntry>{file("imsmanifest.xml", {}), index} << Patch::None
            << C::ManifestUnreadable << u"imsmanifest.xml"_s;
    }

    void refusesHostileEntries()
    {
        QFETCH(QList<ZipEntry>, entries);
        QFETCH(Patch, patch);
        QFETCH(PackageError::Code, code);
        QFETCH(QString, entry);

        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, entries));
        if (patch != Patch::None) {
            const quint16 type = patch == Patch::CharDevice ? AE_IFCHR : AE_IFSOCK;
            QVERIFY(setUnixMode(zip, entries.last().name, quint16(type | 0644)));
        }
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, code);
        // NFC: libarchive composes UTF-8 names when the locale is UTF-8, not otherwise.
        if (!entry.isNull()) {
            QCOMPARE(report.error.entry.normalized(QString::NormalizationForm_C),
                     entry.normalized(QString::NormalizationForm_C));
        }
        QVERIFY(!report.error.message().isEmpty());
        QVERIFY(report.files.isEmpty());
        QVERIFY(isEmptyFolder(staging));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"evil.txt"_s)));
        QVERIFY(!QFileInfo::exists(u"/tmp/evil.txt"_s));
    }

    // A zip cannot hold a hard link: libarchive writes one as an empty regular file, and its
    // zip reader never reports one. Whatever comes out must not be a link to anything.
    void hardLinkEntryBecomesNoLink()
    {
        const auto [zip, staging] = paths();
        ZipEntry hard = file("hard", {});
        hard.hardlink = "imsmanifest.xml";
        QVERIFY(writeZip(zip, {manifest(), hard}));
        const auto report = PackageExtractor().extract(zip, staging);
        if (!report.ok()) {
            QCOMPARE(report.error.code, PackageError::Code::Link);
            QVERIFY(isEmptyFolder(staging));
            return;
        }
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(staging + u"/hard"_s).constData(), &st), 0);
        QVERIFY(S_ISREG(st.st_mode));
        QCOMPARE(st.st_nlink, nlink_t(1));
        QCOMPARE(st.st_size, off_t(0));
        QCOMPARE(readAll(staging + u"/imsmanifest.xml"_s), kManifest);
    }

    // Nor can a zip hold a FIFO: libarchive reads that file type as a regular file (some
    // Windows packers set it by mistake). It must come out as a plain file.
    void fifoEntryBecomesAPlainFile()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest(), file("pipe", "data")}));
        QVERIFY(setUnixMode(zip, "pipe", quint16(AE_IFIFO | 0644)));
        const auto report = PackageExtractor().extract(zip, staging);
        if (!report.ok()) {
            QCOMPARE(report.error.code, PackageError::Code::SpecialFile);
            QVERIFY(isEmptyFolder(staging));
            return;
        }
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(staging + u"/pipe"_s).constData(), &st), 0);
        QVERIFY(S_ISREG(st.st_mode));
        QCOMPARE(readAll(staging + u"/pipe"_s), QByteArray("data"));
    }

    // The local header and the central directory disagree: other tools could unpack it
    // differently, so it is refused.
    void refusesInconsistentHeaders()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest(), file("page.html", QByteArray(5000, 'p'))}));
        QVERIFY(setDeclaredSize(zip, "page.html", 10, false));
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::Corrupt);
        QCOMPARE(report.error.entry, u"page.html"_s);
        QVERIFY(isEmptyFolder(staging));
    }

    void refusesTooManyEntries()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest(), file("a"), file("b"), file("c"), file("d")}));
        PackageExtractor::Limits limits;
        limits.maxEntries = 3;
        const auto report = PackageExtractor(limits).extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::TooManyEntries);
        QCOMPARE(report.error.entry, u"c"_s);
        QVERIFY(isEmptyFolder(staging));
        limits.maxEntries = 5;
        QVERIFY(PackageExtractor(limits).extract(zip, paths().second).ok());
    }

    void refusesMoreThanTheTotalSize()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest(), file("one.bin", randomBytes(800, 1)),
                               file("two.bin", randomBytes(800, 2))}));
        PackageExtractor::Limits limits;
        limits.maxTotalBytes = 1000;
        const auto report = PackageExtractor(limits).extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::TooLarge);
        QCOMPARE(report.error.entry, u"two.bin"_s);
        QVERIFY(isEmptyFolder(staging));
    }

    void refusesAZipBomb()
    {
        const auto [zip, staging] = paths();
        ZipEntry bomb = file("video.mp4", {});
        bomb.zeros = 50 * 1024 * 1024;
        QVERIFY(writeZip(zip, {manifest(), bomb}));
        QVERIFY(QFileInfo(zip).size() < 200 * 1024);
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::CompressionRatio);
        QCOMPARE(report.error.entry, u"video.mp4"_s);
        QVERIFY(isEmptyFolder(staging));
    }

    void ratioLimitIsConfigurable()
    {
        const auto [zip, staging] = paths();
        QVERIFY(
            writeZip(zip, {manifest(), file("notes.txt", QByteArray("duty ").repeated(20000))}));
        QVERIFY(PackageExtractor().extract(zip, staging).ok()); // under the 1 MiB grace
        PackageExtractor::Limits strict;
        strict.maxRatio = 5;
        strict.ratioGraceBytes = 0;
        const QString second = paths().second;
        const auto report = PackageExtractor(strict).extract(zip, second);
        QCOMPARE(report.error.code, PackageError::Code::CompressionRatio);
        QCOMPARE(report.error.entry, u"notes.txt"_s);
        QVERIFY(isEmptyFolder(second));
    }

    // The header says 10 bytes; the data inflates to 50 MB. The declared sizes pass every
    // limit, so only the check while streaming can stop it, and it must stop early.
    void stopsAnEntryLargerThanDeclared()
    {
        const auto [zip, staging] = paths();
        ZipEntry bomb = file("page.html", {});
        bomb.zeros = 50 * 1024 * 1024;
        QVERIFY(writeZip(zip, {manifest(), file("first.html", "<p>"), bomb}));
        QVERIFY(setDeclaredSize(zip, "page.html", 10));
        qint64 lastDone = 0;
        const auto report = PackageExtractor().extract(
            zip, staging, [&](qint64 done, qint64) { lastDone = done; });
        QCOMPARE(report.error.code, PackageError::Code::SizeMismatch);
        QCOMPARE(report.error.entry, u"page.html"_s);
        QVERIFY(lastDone < 1024 * 1024);
        QVERIFY(
            isEmptyFolder(staging)); // imsmanifest.xml and first.html were written, then removed
    }

    void refusesACorruptArchive_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<PackageError::Code>("code");
        QTest::newRow("truncated") << u"truncate"_s << PackageError::Code::Corrupt;
        QTest::newRow("not a zip") << u"garbage"_s << PackageError::Code::Corrupt;
        QTest::newRow("empty file") << u"empty"_s << PackageError::Code::Corrupt;
        QTest::newRow("bad data") << u"flip"_s << PackageError::Code::Corrupt;
        QTest::newRow("bad manifest data")
            << u"flip-manifest"_s << PackageError::Code::ManifestUnreadable;
        QTest::newRow("missing file") << u"missing"_s << PackageError::Code::ArchiveUnreadable;
    }

    void refusesACorruptArchive()
    {
        QFETCH(QString, damage);
        QFETCH(PackageError::Code, code);
        const auto [zip, staging] = paths();
        const QByteArray data = QByteArray("<p>Rules of origin</p>\n").repeated(4000);
        const bool manifestLast = damage == u"flip-manifest";
        QList<ZipEntry> entries{file("a.html", data), file("b.html", data)};
        if (manifestLast)
            entries.append(file("imsmanifest.xml", data));
        else
            entries.prepend(manifest());
        QVERIFY(writeZip(zip, entries));
        QByteArray bytes = readAll(zip);
        if (damage == u"truncate") {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == u"garbage") {
            bytes = randomBytes(4096, 3);
        } else if (damage == u"empty") {
            bytes.clear();
        } else if (damage.startsWith(u"flip")) {
            // Inside the deflated data of the last file, well after its local header.
            const qsizetype central = bytes.indexOf("PK\x01\x02");
            const qsizetype at = central - 40;
            bytes[at] = char(bytes.at(at) ^ 0x55);
            bytes[at + 1] = char(bytes.at(at + 1) ^ 0x55);
        } else if (damage == u"missing") {
            QVERIFY(QFile::remove(zip));
        }
        if (damage != u"missing")
            QVERIFY(writeAll(zip, bytes));
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, code);
        QVERIFY(!report.error.message().isEmpty());
        QVERIFY(isEmptyFolder(staging));
    }

    void stopsWhenCancelled()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest(), file("1.bin", randomBytes(2 << 20, 1)),
                               file("2.bin", randomBytes(2 << 20, 2)),
                               file("3.bin", randomBytes(2 << 20, 3))}));
        std::atomic<bool> cancel = false;
        int calls = 0;
        const auto report = PackageExtractor().extract(
            zip, staging,
            [&](qint64 done, qint64) {
                ++calls;
                if (done > 0)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(report.error.code, PackageError::Code::Cancelled);
        QVERIFY(calls >= 2);
        QVERIFY(isEmptyFolder(staging));
    }

    void refusesAStagingFolderInUse()
    {
        const auto [zip, staging] = paths();
        QVERIFY(writeZip(zip, {manifest()}));
        QVERIFY(QDir().mkpath(staging));
        QVERIFY(writeAll(staging + u"/precious.txt"_s, "keep me"));
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::StagingUnusable);
        QCOMPARE(readAll(staging + u"/precious.txt"_s), QByteArray("keep me"));
        // An existing empty folder is fine.
        const QString empty = paths().second;
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(PackageExtractor().extract(zip, empty).ok());
    }

    // A path longer than the system allows (4 kB) says so, not "check the free space".
    void aPathTooLongSaysWhy()
    {
        const auto [zip, staging] = paths();
        QByteArray deep;
        for (int i = 0; i < 22; ++i)
            deep += QByteArray(200, char('a' + i)) + '/';
        deep += "index.html";
        QVERIFY(writeZip(zip, {manifest(), file(deep, "x")}));
        const auto report = PackageExtractor().extract(zip, staging);
        QCOMPARE(report.error.code, PackageError::Code::WriteFailed);
        const QString message = report.error.message();
        QVERIFY2(!message.contains(u"free space"_s) && message.contains(u"too long"_s),
                 qPrintable(message));
    }

    void messagesNameTheEntry_data()
    {
        QTest::addColumn<PackageError::Code>("code");
        QTest::addColumn<bool>("namesEntry");
        using C = PackageError::Code;
        const QList<std::pair<C, bool>> codes{
            {C::ArchiveUnreadable, false},
            {C::Corrupt, true},
            {C::Encrypted, true},
            {C::AbsolutePath, true},
            {C::PathTraversal, true},
            {C::InvalidName, true},
            {C::Link, true},
            {C::SpecialFile, true},
            {C::TooManyEntries, false},
            {C::TooLarge, true},
            {C::CompressionRatio, true},
            {C::SizeMismatch, true},
            {C::DuplicatePath, true},
            {C::ManifestMissing, false},
            {C::ManifestUnreadable, false},
            {C::StagingUnusable, false},
            {C::WriteFailed, true},
            {C::Cancelled, false},
        };
        for (const auto &[code, namesEntry] : codes)
            QTest::addRow("code %d", int(code)) << code << namesEntry;
    }

    void messagesNameTheEntry()
    {
        QFETCH(PackageError::Code, code);
        QFETCH(bool, namesEntry);
        const PackageError error{code, u"sco/page-42.html"_s, u"detail"_s};
        QVERIFY(error.isError());
        const QString message = error.message();
        QVERIFY(message.size() > 20);
        QCOMPARE(message.contains(u"sco/page-42.html"_s), namesEntry);
        QVERIFY(!message.contains(u"%1"_s));
        QVERIFY(PackageError{}.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackageExtractor)
#include "tst_packageextractor.moc"
