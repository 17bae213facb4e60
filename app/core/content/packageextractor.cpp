#include "packageextractor.h"

#include "util/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr qsizetype kBufferSize = 64 * 1024;

// The system's words for the last failed call (a folder that could not be made).
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
constexpr qint64 kProgressStep = 1024 * 1024;
constexpr qsizetype kMaxComponentBytes = 255; // NAME_MAX on every file system we write to
// The learner's own: nobody else on this computer reads the library.
constexpr QFileDevice::Permissions kFilePermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString archiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString();
}

PackageError failure(PackageError::Code code, const QString &entry = {}, const QString &detail = {})
{
    return PackageError{code, entry, detail};
}

// Only the central directory is believed: it is what every other unzip tool reads, so an
// archive cannot show us one set of entries and the author's tools another.
ArchivePtr openArchive(const QString &path, QString *detail)
{
    ArchivePtr a(archive_read_new());
    if (!a) {
        *detail = u"out of memory"_s;
        return {};
    }
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), kBufferSize)
        != ARCHIVE_OK) {
        *detail = archiveMessage(a.get());
        return {};
    }
    return a;
}

bool isOnlyDots(QStringView part)
{
    return !part.isEmpty()
           && std::all_of(part.begin(), part.end(), [](QChar c) { return c == u'.'; });
}

// Checks an entry's raw name and turns it into a relative '/'-separated path. Empty and "."
// components are dropped ("./a//b" is "a/b"); a name that leaves nothing is an error for a
// file and harmless (an empty `*path`) for a folder.
PackageError::Code normalisedPath(const QByteArray &raw, bool isDirectory, QString *path)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder.decode(raw);
    if (decoder.hasError())
        return PackageError::Code::InvalidName;
    for (const QChar c : std::as_const(name)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return PackageError::Code::InvalidName;
    }
    // Windows tools write '\' as a separator, and Windows would honour it when the same
    // package is unpacked there.
    name.replace(u'\\', u'/');
    if (name.startsWith(u'/'))
        return PackageError::Code::AbsolutePath;
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter()
        && name.at(0).unicode() < 0x80) {
        return PackageError::Code::AbsolutePath;
    }
    QStringList parts;
    for (const QStringView part : QStringView(name).split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        // ".." leaves the folder; "..." and longer mean ".." to some Windows APIs.
        if (isOnlyDots(part))
            return PackageError::Code::PathTraversal;
        if (part.toUtf8().size() > kMaxComponentBytes)
            return PackageError::Code::InvalidName;
        parts.append(part.toString());
    }
    if (parts.isEmpty() && !isDirectory)
        return PackageError::Code::InvalidName;
    *path = parts.join(u'/');
    return PackageError::Code::None;
}

// The key under which two names collide on Windows and macOS file systems.
QString collisionKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList parentKeys(const QString &key)
{
    QStringList parents;
    for (qsizetype slash = key.indexOf(u'/'); slash >= 0; slash = key.indexOf(u'/', slash + 1))
        parents.append(key.left(slash));
    return parents;
}

struct PlannedEntry
{
    QByteArray rawName;
    QString name; // for messages
    QString path; // normalised; empty for a folder entry naming the top level
    bool isDirectory = false;
    qint64 declaredSize = -1; // -1 when the archive does not say
};

// Remembers every path taken so far, to refuse a second entry for the same file and a file
// where a folder is (or the reverse): either would overwrite or fail half-way.
class PathRegistry
{
public:
    bool addFile(const QString &path)
    {
        const QString key = collisionKey(path);
        if (m_files.contains(key) || m_folders.contains(key) || !addParents(key))
            return false;
        m_files.insert(key);
        return true;
    }
    bool addFolder(const QString &path)
    {
        const QString key = collisionKey(path);
        if (m_files.contains(key) || !addParents(key))
            return false;
        m_folders.insert(key);
        return true;
    }

private:
    bool addParents(const QString &key)
    {
        const QStringList parents = parentKeys(key);
        for (const QString &parent : parents) {
            if (m_files.contains(parent))
                return false;
        }
        for (const QString &parent : parents)
            m_folders.insert(parent);
        return true;
    }

    QSet<QString> m_files;
    QSet<QString> m_folders;
};

// Removes everything inside `path` (but not `path` itself). Only called on a folder that was
// empty when the extraction started, so everything in it is ours. Nothing here follows links
// (and the extractor never creates any).
void emptyFolder(const QString &path)
{
    const QFileInfoList children = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                            | QDir::Hidden | QDir::System);
    for (const QFileInfo &child : children) {
        if (child.isDir() && !child.isSymLink())
            QDir(child.filePath()).removeRecursively();
        else
            QFile::remove(child.filePath());
    }
}

class Extraction
{
public:
    Extraction(const PackageLimits &limits, const QString &archivePath, const QString &staging,
               const PackageExtractor::ProgressCallback &progress, const std::atomic<bool> *cancel)
        : m_limits(limits)
        , m_archivePath(archivePath)
        , m_staging(staging)
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    PackageError run(PackageReport *report)
    {
        const QFileInfo info(m_archivePath);
        if (!info.isFile() || !info.isReadable())
            return failure(PackageError::Code::ArchiveUnreadable, {}, m_archivePath);
        m_archiveSize = info.size();
        if (m_archiveSize <= 0)
            return failure(PackageError::Code::Corrupt, {}, u"empty file"_s);
        if (PackageError error = plan(); error.isError())
            return error;
        return write(report);
    }

private:
    bool ratioExceeded(qint64 unpacked) const
    {
        return unpacked > m_limits.ratioGraceBytes
               && double(unpacked) > m_limits.maxRatio * double(m_archiveSize);
    }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // First pass: headers only, nothing written.
    PackageError plan()
    {
        QString detail;
        const ArchivePtr a = openArchive(m_archivePath, &detail);
        if (!a)
            return failure(PackageError::Code::Corrupt, {}, detail);
        PathRegistry paths;
        for (int index = 1;; ++index) {
            if (cancelled())
                return failure(PackageError::Code::Cancelled);
            archive_entry *entry = nullptr;
            const int status = archive_read_next_header(a.get(), &entry);
            if (status == ARCHIVE_EOF)
                break;
            const char *rawName = status >= ARCHIVE_WARN ? archive_entry_pathname(entry) : nullptr;
            // A name libarchive could not convert from the zip's UTF-8 has no text to show.
            const QString name = rawName ? QString::fromUtf8(rawName) : u"#%1"_s.arg(index);
            if (status < ARCHIVE_WARN)
                return failure(PackageError::Code::Corrupt, name, archiveMessage(a.get()));
            if (index > m_limits.maxEntries) {
                return failure(PackageError::Code::TooManyEntries, name,
                               u"more than %1 entries"_s.arg(m_limits.maxEntries));
            }
            if (!rawName)
                return failure(PackageError::Code::InvalidName, name, archiveMessage(a.get()));
            // Past names, libarchive warns when the local header contradicts the central
            // directory: the same archive would unpack differently elsewhere.
            if (status == ARCHIVE_WARN)
                return failure(PackageError::Code::Corrupt, name, archiveMessage(a.get()));

            PlannedEntry planned;
            planned.rawName = rawName;
            planned.name = name;
            const auto type = archive_entry_filetype(entry);
            planned.isDirectory = type == AE_IFDIR;
            if (const auto code
                = normalisedPath(planned.rawName, planned.isDirectory, &planned.path);
                code != PackageError::Code::None) {
                return failure(code, name);
            }
            if (type == AE_IFLNK || archive_entry_hardlink(entry) || archive_entry_symlink(entry))
                return failure(PackageError::Code::Link, name);
            if (type != AE_IFREG && type != AE_IFDIR) {
                return failure(PackageError::Code::SpecialFile, name,
                               u"file type 0%1"_s.arg(uint(type), 0, 8));
            }
            if (archive_entry_is_encrypted(entry))
                return failure(PackageError::Code::Encrypted, name);
            if (!planned.path.isEmpty()
                && !(planned.isDirectory ? paths.addFolder(planned.path)
                                         : paths.addFile(planned.path))) {
                return failure(PackageError::Code::DuplicatePath, name);
            }
            if (!planned.isDirectory && archive_entry_size_is_set(entry)) {
                planned.declaredSize = archive_entry_size(entry);
                if (planned.declaredSize < 0)
                    return failure(PackageError::Code::Corrupt, name, u"negative size"_s);
                if (planned.declaredSize > m_limits.maxTotalBytes - m_declaredTotal) {
                    return failure(PackageError::Code::TooLarge, name,
                                   u"declares more than %1 bytes"_s.arg(m_limits.maxTotalBytes));
                }
                m_declaredTotal += planned.declaredSize;
                if (ratioExceeded(m_declaredTotal)) {
                    return failure(PackageError::Code::CompressionRatio, name,
                                   u"declares %1 bytes in an archive of %2"_s.arg(m_declaredTotal)
                                       .arg(m_archiveSize));
                }
            }
            if (archive_read_data_skip(a.get()) != ARCHIVE_OK)
                return failure(PackageError::Code::Corrupt, name, archiveMessage(a.get()));
            m_entries.push_back(std::move(planned));
        }
        return checkManifest();
    }

    PackageError checkManifest() const
    {
        const QString manifest = PackageExtractor::kManifestName.toString();
        QString elsewhere;
        for (const PlannedEntry &entry : m_entries) {
            if (entry.isDirectory)
                continue;
            if (entry.path == manifest) {
                if (entry.declaredSize == 0)
                    return failure(PackageError::Code::ManifestUnreadable, entry.name, u"empty"_s);
                return {};
            }
            if (elsewhere.isEmpty()
                && entry.path.section(u'/', -1).compare(manifest, Qt::CaseInsensitive) == 0) {
                elsewhere = entry.path;
            }
        }
        return failure(PackageError::Code::ManifestMissing, elsewhere,
                       elsewhere.isEmpty() ? QString() : u"found at %1"_s.arg(elsewhere));
    }

    // Second pass: writes what the first pass accepted, checking the data as it comes.
    PackageError write(PackageReport *report)
    {
        QString detail;
        const ArchivePtr a = openArchive(m_archivePath, &detail);
        if (!a)
            return failure(PackageError::Code::Corrupt, {}, detail);
        if (m_progress)
            m_progress(0, m_declaredTotal);
        QByteArray buffer(kBufferSize, Qt::Uninitialized);
        std::size_t next = 0;
        for (;;) {
            archive_entry *entry = nullptr;
            const int status = archive_read_next_header(a.get(), &entry);
            if (status == ARCHIVE_EOF)
                break;
            const char *rawName = status >= ARCHIVE_WARN ? archive_entry_pathname(entry) : nullptr;
            // The archive file must not have changed between the passes.
            if (!rawName || next >= m_entries.size() || m_entries[next].rawName != rawName) {
                return failure(PackageError::Code::Corrupt,
                               rawName ? QString::fromUtf8(rawName) : QString(),
                               status < ARCHIVE_WARN ? archiveMessage(a.get())
                                                     : u"the archive changed while read"_s);
            }
            const PlannedEntry &planned = m_entries[next++];
            if (planned.isDirectory) {
                if (!planned.path.isEmpty() && !QDir(m_staging).mkpath(planned.path))
                    return failure(PackageError::Code::WriteFailed, planned.name, systemError());
                continue;
            }
            if (PackageError error = writeFile(a.get(), planned, buffer, report); error.isError()) {
                return error;
            }
        }
        if (next != m_entries.size()) {
            return failure(PackageError::Code::Corrupt, {}, u"the archive changed while read"_s);
        }
        if (m_progress)
            m_progress(report->totalBytes, m_declaredTotal);
        return {};
    }

    PackageError writeFile(archive *a, const PlannedEntry &planned, QByteArray &buffer,
                           PackageReport *report)
    {
        const qsizetype slash = planned.path.lastIndexOf(u'/');
        if (slash > 0 && !QDir(m_staging).mkpath(planned.path.left(slash)))
            return failure(PackageError::Code::WriteFailed, planned.name, systemError());
        QFile out(m_staging + u'/' + planned.path);
        // NewOnly (O_EXCL) also refuses to write through anything already at that path.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
            return failure(PackageError::Code::WriteFailed, planned.name, out.errorString());
        const bool isManifest = planned.path == PackageExtractor::kManifestName;
        Digest hash;
        qint64 written = 0;
        for (;;) {
            if (cancelled())
                return failure(PackageError::Code::Cancelled, planned.name);
            const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
            if (n < 0) {
                return failure(isManifest ? PackageError::Code::ManifestUnreadable
                                          : PackageError::Code::Corrupt,
                               planned.name, archiveMessage(a));
            }
            if (n == 0)
                break;
            written += n;
            report->totalBytes += n;
            if (planned.declaredSize >= 0 && written > planned.declaredSize) {
                return failure(PackageError::Code::SizeMismatch, planned.name,
                               u"more than the %1 bytes declared"_s.arg(planned.declaredSize));
            }
            if (report->totalBytes > m_limits.maxTotalBytes) {
                return failure(PackageError::Code::TooLarge, planned.name,
                               u"more than %1 bytes"_s.arg(m_limits.maxTotalBytes));
            }
            if (ratioExceeded(report->totalBytes)) {
                return failure(
                    PackageError::Code::CompressionRatio, planned.name,
                    u"%1 bytes from an archive of %2"_s.arg(report->totalBytes).arg(m_archiveSize));
            }
            const QByteArrayView chunk(buffer.constData(), n);
            hash.addData(chunk);
            if (out.write(chunk.data(), chunk.size()) != chunk.size())
                return failure(PackageError::Code::WriteFailed, planned.name, out.errorString());
            if (m_progress && report->totalBytes - m_lastProgress >= kProgressStep) {
                m_lastProgress = report->totalBytes;
                m_progress(report->totalBytes, m_declaredTotal);
            }
        }
        if (planned.declaredSize >= 0 && written != planned.declaredSize) {
            return failure(
                PackageError::Code::SizeMismatch, planned.name,
                u"%1 bytes instead of the %2 declared"_s.arg(written).arg(planned.declaredSize));
        }
        if (!out.flush())
            return failure(PackageError::Code::WriteFailed, planned.name, out.errorString());
        out.close();
        if (out.error() != QFileDevice::NoError)
            return failure(PackageError::Code::WriteFailed, planned.name, out.errorString());
        report->files.append({planned.path, written, hash.hexResult()});
        return {};
    }

    const PackageLimits &m_limits;
    const QString m_archivePath;
    const QString m_staging;
    const PackageExtractor::ProgressCallback &m_progress;
    const std::atomic<bool> *m_cancel;
    qint64 m_archiveSize = 0;
    qint64 m_declaredTotal = 0;
    qint64 m_lastProgress = 0;
    std::vector<PlannedEntry> m_entries;
};

} // namespace

QString PackageError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::ArchiveUnreadable:
        return tr("The lesson package could not be opened.");
    case Code::Corrupt:
        return entry.isEmpty()
                   ? tr("This lesson package is damaged and cannot be opened.")
                   : tr("This lesson package is damaged and cannot be opened (“%1”).").arg(entry);
    case Code::Encrypted:
        return tr("This lesson package is protected by a password and cannot be opened (“%1”).")
            .arg(entry);
    case Code::AbsolutePath:
        return tr("This lesson package is unsafe: it names a file by an absolute path (“%1”).")
            .arg(entry);
    case Code::PathTraversal:
        return tr("This lesson package is unsafe: it would write a file outside its own folder "
                  "(“%1”).")
            .arg(entry);
    case Code::InvalidName:
        return tr("This lesson package contains a file whose name cannot be read (“%1”).")
            .arg(entry);
    case Code::Link:
        return tr("This lesson package is unsafe: it contains a link (“%1”).").arg(entry);
    case Code::SpecialFile:
        return tr("This lesson package is unsafe: it contains a device or other special file "
                  "(“%1”).")
            .arg(entry);
    case Code::TooManyEntries:
        return tr("This lesson package contains too many files to be unpacked safely.");
    case Code::TooLarge:
        return tr("This lesson package is too large to be unpacked (at “%1”).").arg(entry);
    case Code::CompressionRatio:
        return tr("This lesson package is unsafe: it would unpack to far more data than it "
                  "holds (at “%1”).")
            .arg(entry);
    case Code::SizeMismatch:
        return tr("This lesson package is damaged: the file “%1” is not the size it declares.")
            .arg(entry);
    case Code::DuplicatePath:
        return tr("This lesson package contains the same file twice (“%1”).").arg(entry);
    case Code::ManifestMissing:
        return tr("This is not a SCORM lesson package: it has no imsmanifest.xml at its top "
                  "level.");
    case Code::ManifestUnreadable:
        return tr("This lesson package is damaged: its imsmanifest.xml is empty or cannot be "
                  "read.");
    case Code::StagingUnusable:
        return tr("The lesson could not be unpacked: its working folder is not usable.");
    case Code::WriteFailed:
        //: %2 is the system's reason, e.g. "File name too long" or "No space left on device"
        return tr("The lesson could not be unpacked: writing “%1” to the disk failed (%2).")
            .arg(entry, detail.isEmpty() ? tr("the disk may be full or read-only") : detail);
    case Code::Cancelled:
        return tr("Unpacking the lesson was cancelled.");
    }
    return {};
}

PackageExtractor::PackageExtractor(const Limits &limits)
    : m_limits(limits)
{}

PackageExtractor::Report PackageExtractor::extract(const QString &archivePath,
                                                   const QString &stagingDir,
                                                   const ProgressCallback &progress,
                                                   const std::atomic<bool> *cancel) const
{
    Report report;
    const QString staging = QDir(stagingDir).absolutePath();
    QDir dir(staging);
    if (dir.exists()) {
        // Never clean up a folder that held something before us.
        if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            report.error = failure(PackageError::Code::StagingUnusable, {}, u"not empty"_s);
            return report;
        }
    } else if (!QDir().mkpath(staging)) {
        report.error = failure(PackageError::Code::StagingUnusable, {}, u"cannot be created"_s);
        return report;
    }

    Extraction extraction(m_limits, archivePath, staging, progress, cancel);
    report.error = extraction.run(&report);
    if (report.error.isError()) {
        emptyFolder(staging);
        report.files.clear();
        report.totalBytes = 0;
    }
    return report;
}

} // namespace clikc
