#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace clikc {

// Why a lesson package could not be unpacked. The message is built when asked for, so it
// follows the interface language at the moment it is shown.
struct PackageError
{
    Q_DECLARE_TR_FUNCTIONS(PackageError)

public:
    enum class Code {
        None,
        ArchiveUnreadable,  // the file cannot be opened at all
        Corrupt,            // not a zip, truncated, bad CRC, headers that contradict each other
        Encrypted,          // an entry needs a password
        AbsolutePath,       // "/x", "\x", "C:x"
        PathTraversal,      // a ".." (or "...") component
        InvalidName,        // not UTF-8, control characters, an empty file name
        Link,               // symbolic or hard link
        SpecialFile,        // device, FIFO, socket
        TooManyEntries,     // more than Limits::maxEntries
        TooLarge,           // more than Limits::maxTotalBytes once unpacked
        CompressionRatio,   // unpacks to more than Limits::maxRatio times its own size
        SizeMismatch,       // an entry's data is not the size its header declares
        DuplicatePath,      // the same path twice (case-insensitively), or a file and a folder
        ManifestMissing,    // no imsmanifest.xml at the top level
        ManifestUnreadable, // imsmanifest.xml is empty or its data cannot be read
        StagingUnusable,    // the staging folder is not empty or cannot be created
        WriteFailed,        // the disk refused a write (full, read-only…)
        Cancelled,
    };

    Code code = Code::None;
    QString entry;  // the entry concerned, as named in the archive; may be empty
    QString detail; // libarchive's or the system's words, for the technical details

    bool isError() const { return code != Code::None; }
    QString message() const;
};

// Upper bounds an archive must stay within; any crossing stops the extraction.
struct PackageLimits
{
    int maxEntries = 20'000;                         // files and folders
    qint64 maxTotalBytes = 2LL * 1024 * 1024 * 1024; // unpacked bytes
    // Unpacked bytes divided by the archive's size. Real lessons (HTML, video, images) rarely
    // reach 10; deflate tops out near 1,000 on zeros.
    double maxRatio = 200.0;
    // The ratio is only judged past this many unpacked bytes: a tiny package of text can
    // exceed it honestly, and below this size it cannot hurt.
    qint64 ratioGraceBytes = 1024 * 1024;
};

// One file written into the staging folder.
struct ExtractedFile
{
    QString path; // relative to the staging folder, '/'-separated, spelt as in the archive
    qint64 size = 0;
    QString sha256; // lower-case hex, computed while writing
};

struct PackageReport
{
    QList<ExtractedFile> files; // in archive order
    qint64 totalBytes = 0;
    PackageError error;
    bool ok() const { return !error.isError(); }
};

// Unpacks a SCORM package (a zip that has already been downloaded and verified) into an empty
// staging folder, entry by entry, streaming through a small buffer.
//
// A first pass reads only the central directory and refuses, before anything is written,
// names that could leave the folder, links and special files, duplicates, too many entries,
// declared sizes over the limits and a missing top-level imsmanifest.xml. A second pass writes
// the files and trusts nothing it was told: every entry is cut off as soon as its data exceeds
// its declared size, the total limit or the compression-ratio limit. On any failure everything
// written is removed, so the staging folder is left empty.
//
// Entry names must be UTF-8: flagged as such in the zip, or plain bytes that are valid UTF-8
// (ASCII, and what macOS, Linux and 7-Zip write). Legacy CP437 names are refused rather than
// guessed at: the manifest names its files in UTF-8, and a guessed name would not match.
// Files get 0600 whatever the archive says (the library is private); folders the process's
// defaults.
//
// Only the zip format is read, through its central directory (as unzip and Moodle read it).
// Synchronous; runs on the thread that calls it (the library's worker, LibraryWorker) without an
// event loop.
class PackageExtractor final
{
public:
    using Limits = PackageLimits;
    using Report = PackageReport;
    // (bytes written, bytes the archive declares in all), now and then while writing.
    using ProgressCallback = std::function<void(qint64, qint64)>;

    static constexpr QStringView kManifestName = u"imsmanifest.xml";

    explicit PackageExtractor(const Limits &limits = {});

    const Limits &limits() const { return m_limits; }

    // Unpacks `archivePath` into `stagingDir`, which must be empty or not exist yet (it is then
    // created). `cancel`, when given, is polled between blocks; setting it makes the
    // extraction stop with Code::Cancelled.
    Report extract(const QString &archivePath, const QString &stagingDir,
                   const ProgressCallback &progress = {},
                   const std::atomic<bool> *cancel = nullptr) const;

private:
    Limits m_limits;
};

} // namespace clikc
