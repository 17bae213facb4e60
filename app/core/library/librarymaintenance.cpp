#include "librarymaintenance.h"

#include "content/contentstore.h"
#include "libraryworker.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/scormrepository.h"
#include "storage/sourcerepository.h"

#include <QDateTime>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

const QString kSampleImportedKey = u"sample_imported"_s;

} // namespace

LibraryMaintenance::LibraryMaintenance(LibraryWorker &worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_exportPool.setMaxThreadCount(1);
}

LibraryMaintenance::~LibraryMaintenance()
{
    m_exportPool.waitForDone();
}

QFuture<LibraryMaintenance::MirrorPreview> LibraryMaintenance::previewMirror(const QString &root)
{
    return m_worker.run([this, root] {
        MirrorPreview preview;
        const MirrorCatalogue catalogue = MirrorCatalogue::read(root, &preview.error);
        if (preview.error.isError())
            return preview;
        preview.signer = catalogue.signer;
        preview.courses = int(catalogue.courses.size());
        for (const MirrorCourseEntry &entry : catalogue.courses)
            preview.bytes += entry.size;
        if (catalogue.signer) {
            SourceRepository sources(m_worker.database().connection());
            preview.trust
                = sources.signerTrust(catalogue.signer->name,
                                      QString::fromLatin1(catalogue.signer->publicKey.toBase64()));
        }
        return preview;
    });
}

QFuture<MirrorImporter::Report> LibraryMaintenance::importMirror(
    const QString &root, SourceKind kind, const QStringList &courseIds,
    const std::optional<QByteArray> &confirmedSigner)
{
    return m_worker.run([this, root, kind, courseIds, confirmedSigner] {
        MirrorImporter importer(m_worker.database(), m_worker.store());
        const auto report = importer.import(
            root, kind, courseIds,
            [this](qint64 done, qint64 total) { Q_EMIT importProgressed(done, total); },
            confirmedSigner);
        // The person accepted this signer: trusted from now on (the signature was checked).
        if (confirmedSigner && report.signer) {
            SourceRepository sources(m_worker.database().connection());
            if (const StorageError trusted = sources.trustSigner(
                    report.signer->name, QString::fromLatin1(report.signer->publicKey.toBase64()));
                trusted.isError()) {
                qWarning() << "could not remember the trusted signer:" << trusted.key();
            }
        }
        if (!report.imported.isEmpty())
            Q_EMIT m_worker.libraryChanged();
        return report;
    });
}

QFuture<MirrorExporter::Report> LibraryMaintenance::exportMirror(
    const QString &folder, const QList<qint64> &courseIds, const MirrorExporter::Options &options,
    std::shared_ptr<std::atomic_bool> stop)
{
    Database &database = m_worker.database();
    ContentStore &store = m_worker.store();
    return QtConcurrent::run(&m_exportPool, [this, &database, &store, folder, courseIds, options,
                                             stop] {
        MirrorExporter exporter(database, store);
        const auto report
            = exporter.write(folder, courseIds, options, [this, stop](qint64 done, qint64 total) {
                  Q_EMIT exportProgressed(done, total);
                  return !stop || !stop->load();
              });
        database.closeConnection(); // a pooled thread: its connection is not kept
        return report;
    });
}

QFuture<MirrorImporter::Report> LibraryMaintenance::importSampleIfFirstStart(const QString &root)
{
    return m_worker.run([this, root] {
        QSqlDatabase db = m_worker.database().connection();
        SourceRepository sources(db);
        if (!sources.meta(kSampleImportedKey).isEmpty() || CourseRepository(db).count() > 0)
            return MirrorImporter::Report{};
        MirrorImporter importer(m_worker.database(), m_worker.store());
        const auto report = importer.import(root, SourceKind::Bundled);
        // Not noted, the sample is offered again at the next start (it imports as the same
        // courses, so nothing doubles).
        if (report.ok()) {
            (void)sources.setMeta(kSampleImportedKey,
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        }
        if (!report.imported.isEmpty())
            Q_EMIT m_worker.libraryChanged();
        return report;
    });
}

QFuture<LibraryError> LibraryMaintenance::removeCourseContent(qint64 courseId)
{
    return m_worker.run([this, courseId] {
        QSqlDatabase db = m_worker.database().connection();
        {
            ScopedTransaction transaction(db);
            StorageError error = CourseRepository(db).dropContent(courseId);
            if (error.ok())
                error = transaction.commit();
            if (error.isError())
                return m_worker.outcome(error);
        }
        // After the commit: a crash here leaves unused blobs that the next repair() frees.
        m_worker.freeUnusedBlobs();
        Q_EMIT m_worker.libraryChanged();
        return LibraryError{};
    });
}

QFuture<LibraryMaintenance::RepairReport> LibraryMaintenance::repair()
{
    return m_worker.run([this] {
        RepairReport report;
        report.leftoversRemoved = m_worker.store().removeLeftovers();
        // Objects are placed before their records are written and records dropped before
        // their objects, so only a session cut short leaves objects no record names. Looking
        // for them reads every name in the store: only then, not at every start.
        if (!m_worker.store().lastSessionEndedCleanly()) {
            report.storeScanned = true;
            BlobRepository blobs(m_worker.database().connection());
            QSet<QString> known;
            for (const auto &blob : blobs.all())
                known.insert(blob.sha256);
            for (const QString &sha : m_worker.store().objects()) {
                if (!known.contains(sha) && m_worker.store().remove(sha))
                    ++report.orphansRemoved;
            }
            report.leftoversRemoved += m_worker.store().removeStrayIncoming();
        }
        report.blobsFreed = m_worker.freeUnusedBlobs();
        return report;
    });
}

QFuture<LibraryMaintenance::VerifyReport> LibraryMaintenance::checkForUse(qint64 activityId)
{
    return m_worker.run([this, activityId] {
        VerifyReport report;
        ContentStore &store = m_worker.store();
        if (!store.isShared())
            return report;
        QSqlDatabase db = m_worker.database().connection();
        const auto activity = CourseRepository(db).activity(activityId);
        if (!activity)
            return report;
        BlobRepository blobs(db);
        ScopedTransaction transaction(db);
        StorageError recorded;
        QSet<QString> seen;
        bool unpackAgain = false;
        for (const FileEntry &file : activity->files) {
            if (file.state != FileState::Ready || file.sha256.isEmpty()
                || seen.contains(file.sha256))
                continue;
            seen.insert(file.sha256);
            ++report.checked;
            if (store.verifiedForUse(file.sha256))
                continue;
            (store.contains(file.sha256) ? report.quarantined : report.missing).append(file.sha256);
            store.quarantine(file.sha256); // best effort: a new copy replaces it anyway
            if (recorded.ok())
                recorded = blobs.quarantine(file.sha256);
            // A file unpacked from a lesson's package comes back from the package (checked
            // above too) when the lesson opens; anything else must be fetched again.
            if (activity->kind == ActivityKind::Scorm && file.role == FileRole::Asset)
                unpackAgain = true;
            else
                report.damagedFiles.append(blobs.uses(file.sha256));
        }
        if (unpackAgain && recorded.ok())
            recorded = ScormRepository(db).replaceUnpacked(activityId, QString(), {});
        if (report.checked > 0 && recorded.ok())
            recorded = transaction.commit();
        if (recorded.isError())
            report.error = m_worker.report(LibraryError::fromStorage(recorded));
        if (!report.damagedFiles.isEmpty())
            Q_EMIT m_worker.libraryChanged();
        return report;
    });
}

QFuture<LibraryMaintenance::VerifyReport> LibraryMaintenance::verify()
{
    return m_worker.run([this] {
        VerifyReport report;
        QSqlDatabase db = m_worker.database().connection();
        BlobRepository blobs(db);
        QSet<QString> known;
        const QList<BlobRepository::Blob> all = blobs.all();
        const int total = int(all.size());
        const int step = std::max(1, total / 100);
        int done = 0;
        StorageError recorded;
        auto note = [&recorded](StorageError error) {
            if (recorded.ok())
                recorded = error;
        };
        // Whole files are noted in one transaction per few hundred: a commit each (synced to
        // the disk) cost more than hashing the small files of a coordinator's library.
        QStringList verified;
        const auto noteVerified = [&] {
            if (verified.isEmpty())
                return;
            ScopedTransaction transaction(db);
            StorageError written;
            for (const QString &sha : std::as_const(verified)) {
                if (written.ok())
                    written = blobs.markVerified(sha);
            }
            note(written.ok() ? transaction.commit() : written);
            verified.clear();
        };
        Q_EMIT verifyProgressed(0, total);
        for (const auto &blob : all) {
            if (++done % step == 0 || done == total)
                Q_EMIT verifyProgressed(done, total);
            known.insert(blob.sha256);
            if (blob.quarantined)
                continue;
            ++report.checked;
            if (!m_worker.store().contains(blob.sha256)) {
                report.missing.append(blob.sha256);
                report.missingFiles.append(blobs.uses(blob.sha256));
                note(blobs.quarantine(blob.sha256));
            } else if (!m_worker.store().verify(blob.sha256)) {
                report.quarantined.append(blob.sha256);
                report.damagedFiles.append(blobs.uses(blob.sha256));
                m_worker.store().quarantine(blob.sha256);
                note(blobs.quarantine(blob.sha256));
            } else {
                verified.append(blob.sha256);
                if (verified.size() >= 512)
                    noteVerified();
            }
        }
        noteVerified();
        for (const QString &sha : m_worker.store().objects()) {
            // A shared folder's objects unknown here are other libraries': remove() keeps them.
            if (!known.contains(sha) && m_worker.store().remove(sha))
                report.orphans.append(sha);
        }
        m_worker.store().removeStrayIncoming();
        if (recorded.isError())
            report.error = m_worker.report(LibraryError::fromStorage(recorded));
        if (!report.ok())
            Q_EMIT m_worker.libraryChanged();
        return report;
    });
}

} // namespace clikc
