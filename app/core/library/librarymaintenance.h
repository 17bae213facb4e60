#pragma once

#include "content/mirrorexporter.h"
#include "content/mirrorimporter.h"
#include "domain/types.h"
#include "libraryerror.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace clikc {

class LibraryWorker;

// The library's upkeep: imports, freeing a course's content, the start-up repair and the full
// check of every stored file.
class LibraryMaintenance final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryMaintenance(LibraryWorker &worker, QObject *parent = nullptr);
    ~LibraryMaintenance() override;

    struct VerifyReport
    {
        int checked = 0;
        QStringList quarantined; // bytes no longer matched their name
        QStringList missing;     // recorded but not on disk
        QStringList orphans;     // on disk but unknown to the library, removed
        // The course files that used the damaged or missing content, to name them to a person.
        QList<BlobUse> damagedFiles;
        QList<BlobUse> missingFiles;
        // The library could not record what was found (the files were still checked).
        LibraryError error;
        bool ok() const { return quarantined.isEmpty() && missing.isEmpty() && error.ok(); }
    };

    struct RepairReport
    {
        int leftoversRemoved = 0;  // half-written files from a crash
        int orphansRemoved = 0;    // placed but never recorded
        bool storeScanned = false; // looked for those (only after a session cut short)
        int blobsFreed = 0;        // no longer used by any course
    };

    // What a mirror is before importing it: its signer (the signature checked) and whether
    // the library trusts them, so that a person can decide.
    struct MirrorPreview
    {
        MirrorError error; // the mirror cannot be read (or its signature does not match)
        std::optional<MirrorSigner> signer;
        SignerTrust trust = SignerTrust::Unsigned;
        int courses = 0;
        qint64 bytes = 0;
    };
    QFuture<MirrorPreview> previewMirror(const QString &root);

    // Imports; with `confirmedSigner`, only a mirror still signed by that key (empty: still
    // unsigned), and that signer is then trusted from now on (MirrorImporter::import).
    QFuture<MirrorImporter::Report> importMirror(const QString &root, SourceKind kind,
                                                 const QStringList &courseIds = {},
                                                 const std::optional<QByteArray> &confirmedSigner
                                                 = std::nullopt);
    // Writes the courses as a mirror into `folder` (MirrorExporter), on a thread of its own:
    // minutes of copying to a USB drive must not hold up recording progress. Setting `*stop`
    // ends it early, the folder's previous mirror left as it was.
    QFuture<MirrorExporter::Report> exportMirror(const QString &folder,
                                                 const QList<qint64> &courseIds,
                                                 const MirrorExporter::Options &options,
                                                 std::shared_ptr<std::atomic_bool> stop = {});
    // Imports the bundled sample course, unless it was imported before (even if later removed).
    QFuture<MirrorImporter::Report> importSampleIfFirstStart(const QString &root);
    // Frees the course's content (what no other course uses) but keeps its structure and the
    // learners' progress, so it can be brought back.
    QFuture<LibraryError> removeCourseContent(qint64 courseId);
    // Start-up repair after a crash: leftovers, orphans and unused blobs.
    QFuture<RepairReport> repair();
    QFuture<VerifyReport> verify();
    // Before an activity opens from a content folder other accounts share: each of its ready
    // files is checked against its SHA-256 (ContentStore::verifiedForUse: hashed once, and again
    // when the file changed). One that does not match is set aside and its file marked missing,
    // so that a download or an import brings it again; `damagedFiles` names them (empty: the
    // activity may open). With the library's own store, nothing to do.
    QFuture<VerifyReport> checkForUse(qint64 activityId);

Q_SIGNALS:
    void importProgressed(qint64 bytesDone, qint64 bytesTotal);
    // exportMirror(): bytes copied (or read again) of the total, from the export's thread.
    void exportProgressed(qint64 bytesDone, qint64 bytesTotal);
    // verify(): `done` of `total` stored files re-read so far (from the worker thread, at most
    // a hundred times a run plus the last).
    void verifyProgressed(int done, int total);

private:
    LibraryWorker &m_worker;
    // The export's own thread (not the global pool): joined when the library closes, so no
    // copy outlives the database and store it reads, and no thread is left at exit.
    QThreadPool m_exportPool;
};

} // namespace clikc
