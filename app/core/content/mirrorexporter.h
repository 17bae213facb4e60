#pragma once

#include "mirrorcatalogue.h"

#include <QStringList>
#include <functional>

namespace clikc {

class ContentStore;
class Database;

// Writes courses of the library as a static mirror (docs/MIRROR_FORMAT.md, format 2) into a
// folder: a USB drive for a post with no link, or a folder a training centre's web server or
// file share serves. Files are copied from the content store (never downloaded again), each
// checked against its SHA-256 while it is copied, written under a hidden name, synced and only
// then renamed to its own; course descriptions are named by their SHA-256 too; the catalogue is
// written last and renamed over the old one. A drive pulled at any moment therefore holds the
// previous mirror or the new one, whole. Exporting again into the same folder copies only what
// it lacks and then removes what no course of the new catalogue uses.
// Synchronous, on the calling thread, with its own connection to the database: an export takes
// minutes and must not hold up the library's worker.
class MirrorExporter final
{
public:
    MirrorExporter(Database &database, ContentStore &store);

    struct Options
    {
        QString sourceId;  // the mirror's own source id (catalogue.json `source.id`)
        QString title;     // shown to whoever imports it (`source.title`)
        QString generator; // "clikc-desktop 0.2.0"
        // The installation's Ed25519 secret key (from the keychain; see signing.h) and the name
        // the coordinator signs with. Without a key the catalogue is not signed.
        QByteArray signingKey;
        QString signerName;
    };

    struct ExportedCourse
    {
        qint64 id = 0; // in this library
        QString remoteId;
        LocalizedText title;
    };

    struct Report
    {
        QList<ExportedCourse> exported;
        QList<MirrorError> errors; // the export refused as a whole, or courses left out and why
        int filesCopied = 0;
        int filesKept = 0;    // already in the folder, whole: not copied again
        int filesRemoved = 0; // in the folder before, used by no course any more
        bool signedCatalogue = false;
        qint64 bytesCopied = 0;
        bool cancelled = false;
        bool ok() const { return errors.isEmpty() && !cancelled; }
    };

    // (bytes done, bytes total) as files are copied; returning false stops the export, leaving
    // the folder's previous mirror as it was.
    using ProgressCallback = std::function<bool(qint64, qint64)>;

    // Exports `courseIds` (ids in this library) into `folder`, which must be empty, missing or
    // a mirror already; the folder becomes a mirror of exactly those courses. A course whose
    // files are not all on this computer is left out, with the reason in the report.
    Report write(const QString &folder, const QList<qint64> &courseIds, const Options &options,
                 const ProgressCallback &progress = {});

    struct VerifyReport
    {
        int courses = 0;
        int files = 0;
        qint64 bytes = 0;
        QList<MirrorError> errors; // each naming the course and file concerned
        bool ok() const { return errors.isEmpty(); }
    };
    // Re-reads a mirror whole: the catalogue, each course description against its checksum and
    // the format, and every file's size, SHA-256 and (when named) SHA-1.
    static VerifyReport verify(const QString &folder, const ProgressCallback &progress = {});

    // The mirror's JSON as the format writes it: sorted keys, 2-space indentation, UTF-8 as is,
    // a trailing newline (the same content always gives the same bytes).
    static QByteArray canonicalJson(const QJsonObject &object);

private:
    Database &m_database;
    ContentStore &m_store;
};

} // namespace clikc
