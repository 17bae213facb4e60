#pragma once

#include "mirrorcatalogue.h"

#include <QStringList>
#include <functional>

namespace clikc {

class ContentStore;
class Database;

// Imports courses from a static mirror (a folder, a USB drive, or the bundled sample in the
// application's resources) into the library. Each course is all-or-nothing: its description is
// checked against the catalogue, every file's size and SHA-256 are verified while it is copied
// into the content store, and only then is the course written to the database. A course that
// fails leaves the library exactly as it was.
// Courses go in groups (up to kGroupFiles files or kGroupBytes): the group's files are synced and
// placed together, then recorded in one transaction with a savepoint per course, so that a
// thousand small courses cost a few dozen syncs rather than three thousand, and a course whose
// record fails is rolled back alone.
// Synchronous: runs on the thread that calls it (the library's worker, LibraryWorker; the CLI's
// main thread).
class MirrorImporter final
{
public:
    MirrorImporter(Database &database, ContentStore &store);

    struct Report
    {
        QStringList imported; // remote ids of the courses now in the library
        QList<MirrorError> errors;
        int filesCopied = 0;
        int filesReused = 0; // already in the content store: not copied again
        qint64 bytesCopied = 0;
        // Who signed the catalogue (its signature checked); none for an unsigned mirror.
        std::optional<MirrorSigner> signer;
        bool ok() const { return errors.isEmpty(); }
    };

    // Called after each file: (bytes done, bytes total) over the whole import.
    using ProgressCallback = std::function<void(qint64, qint64)>;

    // Imports `courseIds` (every course when empty) from the mirror at `root`, recording the
    // mirror as a source of kind `kind`.
    // With `confirmedSigner` (the public key a person accepted, empty for "unsigned"), a
    // mirror whose signer is another is refused whole (SignerChanged): it changed since.
    Report import(const QString &root, SourceKind kind, const QStringList &courseIds = {},
                  const ProgressCallback &progress = {},
                  const std::optional<QByteArray> &confirmedSigner = std::nullopt);

    static constexpr int kGroupFiles = 1000;
    static constexpr qint64 kGroupBytes = 64 * 1024 * 1024;

private:
    struct Prepared; // a course checked and copied, not yet recorded
    struct Group;

    // Reads the course and copies its files into the group's batch; false (with the reason in
    // the report, and its copies dropped) if anything is wrong.
    bool prepare(const QString &root, const MirrorCourseEntry &entry, Group &group, Report &report,
                 qint64 &done, qint64 total, const ProgressCallback &progress);
    // Places the group's files and records its courses; empties the group.
    void record(const Source &source, Group &group, Report &report);

    Database &m_database;
    ContentStore &m_store;
};

} // namespace clikc
