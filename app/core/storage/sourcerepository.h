#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QSqlDatabase>
#include <optional>

namespace clikc {

// Where courses come from (the bundled sample, mirrors, servers), plus the library's own
// key/value facts (the `meta` table).
class SourceRepository final
{
public:
    explicit SourceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts or updates by (kind, remote id); fills in source.id.
    StorageError save(Source &source);
    // Inserts unless a source of that kind and remote id is there; fills in source.id and leaves
    // a source already there as it is (a mirror naming a site never changes how it is reached).
    StorageError saveIfAbsent(Source &source);
    std::optional<Source> source(qint64 id);
    // The id of the source of that kind and remote id, if the library has it.
    std::optional<qint64> find(SourceKind kind, const QString &remoteId);
    QList<Source> all();

    // Records a mirror as a course source (see Source::subscribed) at `source.baseUrl`, or moves
    // it there; fills in source.id. An import of the same mirror later keeps the address.
    StorageError subscribe(Source &source);
    // The mirror is no longer read nor downloaded from; its courses stay.
    StorageError unsubscribe(qint64 sourceId);
    QList<Source> subscribed();
    // What the mirror holds now, replacing what it held.
    StorageError setMirrorObjects(qint64 sourceId, const QList<MirrorObject> &objects);
    // The subscribed mirrors holding a site's file, first added first: by the site's SHA-1 when
    // known, else by the site's address and time of it (what tells a sync it has not changed),
    // and its size.
    QList<MirrorCopy> mirrorCopies(const FileEntry &file);

    // Trust on first use for signed mirrors, by the signer's public key (base64) and name.
    SignerTrust signerTrust(const QString &name, const QString &publicKey);
    StorageError trustSigner(const QString &name, const QString &publicKey);

    QString meta(const QString &key);
    StorageError setMeta(const QString &key, const QString &value);

    // Who this library is, for keys kept outside it (the keychain's sign-in tokens): a random id
    // minted on first use for the folder it is in. A library found in another folder than the
    // one its id was minted for is a copy (a USB copy, a folder copied or moved): it gets an id
    // of its own, and `copiedFrom` names the id it had. Empty `id` when the library cannot be
    // written to.
    struct Identity
    {
        QString id;
        QString copiedFrom; // the id of the library this one was copied from; empty if none
    };
    Identity identity(const QString &folder);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
