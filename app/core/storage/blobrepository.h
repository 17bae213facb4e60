#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace clikc {

// The content store's index: one row per blob (file content named by its SHA-256) and the
// reference count derived from the file records that point at it.
class BlobRepository final
{
public:
    explicit BlobRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Blob
    {
        QString sha256;
        qint64 size = 0;
        bool quarantined = false;
    };

    StorageError add(const QString &sha256, qint64 size);
    bool contains(const QString &sha256);
    QList<Blob> all();
    // How many blobs are stored and their bytes, summed by SQLite (not row by row here).
    struct Totals
    {
        int count = 0;
        qint64 bytes = 0;
    };
    Totals totals();
    int referenceCount(const QString &sha256);
    // Blobs no file record uses any more.
    QStringList unreferenced();
    StorageError remove(const QString &sha256);
    // The blob's bytes no longer match its name: mark it, and every file using it as missing.
    StorageError quarantine(const QString &sha256);
    StorageError markVerified(const QString &sha256);
    // The SHA-1 of blobs' bytes (the site's checksum, Moodle's contenthash) where it was noted:
    // sha256 → sha1, for those of `sha256s` that have one.
    QHash<QString, QString> sha1s(const QStringList &sha256s);
    StorageError setSha1(const QString &sha256, const QString &sha1);

    using FileUse = BlobUse;
    // Every course file that uses the blob, by course, activity and path.
    QList<FileUse> uses(const QString &sha256);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
