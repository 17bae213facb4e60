#include "sourcerepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

Source sourceFromRow(const QSqlQuery &q)
{
    Source source;
    source.id = q.value(0).toLongLong();
    source.kind = sourceKindFromString(q.value(1).toString());
    source.remoteId = q.value(2).toString();
    source.baseUrl = q.value(3).toString();
    source.title = sql::localized(q.value(4).toString(), q.value(5), u"title"_s);
    source.allowHttp = q.value(6).toBool();
    source.signerName = q.value(7).toString();
    source.signerKey = q.value(8).toString();
    source.subscribed = q.value(9).toBool();
    return source;
}

} // namespace

StorageError SourceRepository::save(Source &source)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"INSERT INTO sources (kind, remote_id, base_url, title, i18n, allow_http, "
                   "created_at, signer_name, signer_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (kind, remote_id) DO UPDATE "
                   "SET base_url = CASE WHEN subscribed THEN base_url ELSE excluded.base_url END, "
                   "title = excluded.title, i18n = excluded.i18n, "
                   "allow_http = excluded.allow_http, signer_name = excluded.signer_name, "
                   "signer_key = excluded.signer_key RETURNING id"_s,
                   {keyOf(source.kind), source.remoteId, source.baseUrl, source.title.defaultText(),
                    sql::i18nColumn({{u"title"_s, &source.title}}), source.allowHttp ? 1 : 0,
                    sql::now(), sql::nullIfEmpty(source.signerName),
                    sql::nullIfEmpty(source.signerKey)})
        || !q.next()) {
        return sql::failure(q);
    }
    source.id = q.value(0).toLongLong();
    return {};
}

StorageError SourceRepository::saveIfAbsent(Source &source)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT id FROM sources WHERE kind = ? AND remote_id = ?"_s,
                   {keyOf(source.kind), source.remoteId})) {
        return sql::failure(q);
    }
    if (q.next()) {
        source.id = q.value(0).toLongLong();
        return {};
    }
    q.finish();
    return save(source);
}

std::optional<qint64> SourceRepository::find(SourceKind kind, const QString &remoteId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT id FROM sources WHERE kind = ? AND remote_id = ?"_s,
                   {keyOf(kind), remoteId})
        || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<Source> SourceRepository::source(qint64 id)
{
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT id, kind, remote_id, base_url, title, i18n, allow_http, signer_name, "
                   u"signer_key, subscribed FROM sources "
                   "WHERE id = ?"_s,
                   {id})
        || !q.next()) {
        return std::nullopt;
    }
    return sourceFromRow(q);
}

QList<Source> SourceRepository::all()
{
    QList<Source> sources;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT id, kind, remote_id, base_url, title, i18n, allow_http, "
                      u"signer_name, signer_key, subscribed FROM sources "
                      "ORDER BY id"_s)) {
        return sources;
    }
    while (q.next())
        sources.append(sourceFromRow(q));
    return sources;
}

StorageError SourceRepository::subscribe(Source &source)
{
    StorageError error = save(source);
    if (error.isError())
        return error;
    sql::Query q(m_db);
    if (!sql::exec(
            q, u"UPDATE sources SET subscribed = 1, base_url = ?, allow_http = ? WHERE id = ?"_s,
            {source.baseUrl, source.allowHttp ? 1 : 0, source.id}))
        return sql::failure(q);
    source.subscribed = true;
    return {};
}

StorageError SourceRepository::unsubscribe(qint64 sourceId)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"UPDATE sources SET subscribed = 0 WHERE id = ?"_s, {sourceId})
        || !sql::exec(q, u"DELETE FROM mirror_objects WHERE source_id = ?"_s, {sourceId}))
        return sql::failure(q);
    return {};
}

QList<Source> SourceRepository::subscribed()
{
    QList<Source> sources;
    for (Source &source : all()) {
        if (source.subscribed)
            sources.append(std::move(source));
    }
    return sources;
}

StorageError SourceRepository::setMirrorObjects(qint64 sourceId, const QList<MirrorObject> &objects)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"DELETE FROM mirror_objects WHERE source_id = ?"_s, {sourceId}))
        return sql::failure(q);
    for (const MirrorObject &object : objects) {
        if (!sql::exec(q,
                       u"INSERT INTO mirror_objects (source_id, sha256, sha1, size, url, "
                       "time_modified) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {sourceId, object.sha256, sql::nullIfEmpty(object.sha1), object.size,
                        sql::nullIfEmpty(object.url), object.timeModified}))
            return sql::failure(q);
    }
    return {};
}

QList<MirrorCopy> SourceRepository::mirrorCopies(const FileEntry &file)
{
    QList<MirrorCopy> copies;
    sql::Query q(m_db);
    const bool bySha1 = file.remoteChecksumKind == u"sha1"_s && !file.remoteChecksum.isEmpty();
    const bool byUrl = !file.remoteUrl.isEmpty() && file.remoteTimeModified > 0;
    if (file.size <= 0 || (!bySha1 && !byUrl))
        return copies;
    const bool asked
        = bySha1
              ? sql::exec(q,
                          u"SELECT s.id, s.base_url, s.allow_http, m.sha256 FROM mirror_objects m "
                          "JOIN sources s ON s.id = m.source_id WHERE m.sha1 = ? AND m.size = ? "
                          "AND s.subscribed = 1 ORDER BY s.id"_s,
                          {file.remoteChecksum.toLower(), file.size})
              : sql::exec(q,
                          u"SELECT s.id, s.base_url, s.allow_http, m.sha256 FROM mirror_objects m "
                          "JOIN sources s ON s.id = m.source_id WHERE m.url = ? AND m.size = ? "
                          "AND m.time_modified = ? AND s.subscribed = 1 ORDER BY s.id"_s,
                          {file.remoteUrl, file.size, file.remoteTimeModified});
    if (!asked)
        return copies;
    while (q.next()) {
        copies.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
                       q.value(3).toString()});
    }
    return copies;
}

SignerTrust SourceRepository::signerTrust(const QString &name, const QString &publicKey)
{
    if (publicKey.isEmpty())
        return SignerTrust::Unsigned;
    sql::Query q(m_db);
    if (sql::exec(q, u"SELECT 1 FROM trusted_signers WHERE public_key = ?"_s, {publicKey})
        && q.next()) {
        return SignerTrust::Trusted;
    }
    q.finish();
    // The same name, however it is written, with another key.
    if (sql::exec(q, u"SELECT 1 FROM trusted_signers WHERE lower(trim(name)) = lower(trim(?))"_s,
                  {name})
        && q.next()) {
        return SignerTrust::KeyChanged;
    }
    return SignerTrust::New;
}

StorageError SourceRepository::trustSigner(const QString &name, const QString &publicKey)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"INSERT INTO trusted_signers (public_key, name, trusted_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (public_key) DO UPDATE SET name = excluded.name"_s,
                    {publicKey, name.trimmed(), sql::now()});
}

QString SourceRepository::meta(const QString &key)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT value FROM meta WHERE key = ?"_s, {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

StorageError SourceRepository::setMeta(const QString &key, const QString &value)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                    {key, value});
}

SourceRepository::Identity SourceRepository::identity(const QString &folder)
{
    static const QString kId = u"library.id"_s;
    static const QString kFolder = u"library.folder"_s;
    static const QString kCopiedFrom = u"library.copied_from"_s;
    auto mint = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };

    ScopedTransaction transaction(m_db);
    sql::Query q(m_db);
    // Minted once; a second minting (another connection first) leaves the first one in place.
    if (!transaction.isActive()
        || !sql::exec(q, u"INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?), (?, ?)"_s,
                      {kId, mint(), kFolder, folder})) {
        return {};
    }
    Identity identity{meta(kId), meta(kCopiedFrom)};
    if (identity.id.isEmpty())
        return {};
    if (meta(kFolder) != folder) {
        // The same id in two folders would share one sign-in: the copy becomes a library of its
        // own.
        identity.copiedFrom = identity.id;
        identity.id = mint();
        if (setMeta(kId, identity.id).isError() || setMeta(kFolder, folder).isError()
            || setMeta(kCopiedFrom, identity.copiedFrom).isError()) {
            return {};
        }
    }
    return transaction.commit().ok() ? identity : Identity{};
}

} // namespace clikc
