#include "blobrepository.h"

#include "sqlutil.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace clikc {

StorageError BlobRepository::add(const QString &sha256, qint64 size)
{
    sql::Query q(m_db);
    return sql::run(q,
                    u"INSERT INTO blobs (sha256, size, state, stored_at) VALUES (?, ?, 'ok', ?) "
                    "ON CONFLICT (sha256) DO UPDATE SET state = 'ok', size = excluded.size"_s,
                    {sha256, size, sql::now()});
}

bool BlobRepository::contains(const QString &sha256)
{
    sql::Query q(m_db);
    return sql::exec(q, u"SELECT 1 FROM blobs WHERE sha256 = ? AND state = 'ok'"_s, {sha256})
           && q.next();
}

QList<BlobRepository::Blob> BlobRepository::all()
{
    QList<Blob> blobs;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT sha256, size, state FROM blobs ORDER BY sha256"_s))
        return blobs;
    while (q.next())
        blobs.append({q.value(0).toString(), q.value(1).toLongLong(),
                      q.value(2).toString() == u"quarantined"_s});
    return blobs;
}

BlobRepository::Totals BlobRepository::totals()
{
    Totals totals;
    sql::Query q(m_db);
    if (sql::exec(q, u"SELECT count(*), coalesce(sum(size), 0) FROM blobs"_s) && q.next()) {
        totals.count = q.value(0).toInt();
        totals.bytes = q.value(1).toLongLong();
    }
    return totals;
}

int BlobRepository::referenceCount(const QString &sha256)
{
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT count(*) FROM files WHERE sha256 = ?"_s, {sha256}) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList BlobRepository::unreferenced()
{
    QStringList result;
    sql::Query q(m_db);
    if (!sql::exec(q, u"SELECT b.sha256 FROM blobs b WHERE NOT EXISTS "
                      "(SELECT 1 FROM files f WHERE f.sha256 = b.sha256)"_s)) {
        return result;
    }
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

StorageError BlobRepository::remove(const QString &sha256)
{
    sql::Query q(m_db);
    return sql::run(q, u"DELETE FROM blobs WHERE sha256 = ?"_s, {sha256});
}

StorageError BlobRepository::quarantine(const QString &sha256)
{
    sql::Query q(m_db);
    if (auto error
        = sql::run(q, u"UPDATE blobs SET state = 'quarantined' WHERE sha256 = ?"_s, {sha256});
        error.isError()) {
        return error;
    }
    return sql::run(q, u"UPDATE files SET state = 'missing' WHERE sha256 = ?"_s, {sha256});
}

StorageError BlobRepository::markVerified(const QString &sha256)
{
    sql::Query q(m_db);
    return sql::run(q, u"UPDATE blobs SET verified_at = ? WHERE sha256 = ?"_s,
                    {sql::now(), sha256});
}

QHash<QString, QString> BlobRepository::sha1s(const QStringList &sha256s)
{
    QHash<QString, QString> result;
    const QSet<QString> wanted(sha256s.cbegin(), sha256s.cend());
    sql::Query q(m_db);
    // One pass over the noted ones (an export asks for thousands at once).
    if (!sql::exec(q, u"SELECT sha256, sha1 FROM blobs WHERE sha1 IS NOT NULL"_s))
        return result;
    while (q.next()) {
        QString sha256 = q.value(0).toString();
        if (wanted.contains(sha256))
            result.insert(std::move(sha256), q.value(1).toString());
    }
    return result;
}

StorageError BlobRepository::setSha1(const QString &sha256, const QString &sha1)
{
    sql::Query q(m_db);
    return sql::run(q, u"UPDATE blobs SET sha1 = ? WHERE sha256 = ?"_s, {sha1, sha256});
}

QList<BlobRepository::FileUse> BlobRepository::uses(const QString &sha256)
{
    QList<FileUse> result;
    sql::Query q(m_db);
    if (!sql::exec(q,
                   u"SELECT f.id, c.id, c.title, c.i18n, a.title, a.i18n, f.path FROM files f "
                   "JOIN activities a ON a.id = f.activity_id "
                   "JOIN sections s ON s.id = a.section_id "
                   "JOIN courses c ON c.id = s.course_id "
                   "WHERE f.sha256 = ? ORDER BY c.title, s.position, a.position, f.path"_s,
                   {sha256})) {
        return result;
    }
    while (q.next()) {
        result.append({sha256, q.value(0).toLongLong(), q.value(1).toLongLong(),
                       sql::localized(q.value(2).toString(), q.value(3), u"title"_s),
                       sql::localized(q.value(4).toString(), q.value(5), u"title"_s),
                       q.value(6).toString()});
    }
    return result;
}

} // namespace clikc
