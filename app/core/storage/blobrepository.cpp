#include "blobrepository.h"

#include "sqlutil.h"

using namespace Qt::StringLiterals;

namespace clikc {

bool BlobRepository::add(const QString &sha256, qint64 size)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     u"INSERT INTO blobs (sha256, size, state, stored_at) VALUES (?, ?, 'ok', ?) "
                     "ON CONFLICT (sha256) DO UPDATE SET state = 'ok', size = excluded.size"_s,
                     {sha256, size, sql::now()});
}

bool BlobRepository::contains(const QString &sha256)
{
    QSqlQuery q(m_db);
    return sql::exec(q, u"SELECT 1 FROM blobs WHERE sha256 = ? AND state = 'ok'"_s, {sha256})
           && q.next();
}

QList<BlobRepository::Blob> BlobRepository::all()
{
    QList<Blob> blobs;
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"SELECT sha256, size, state FROM blobs ORDER BY sha256"_s))
        return blobs;
    while (q.next())
        blobs.append({q.value(0).toString(), q.value(1).toLongLong(),
                      q.value(2).toString() == u"quarantined"_s});
    return blobs;
}

int BlobRepository::referenceCount(const QString &sha256)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"SELECT count(*) FROM files WHERE sha256 = ?"_s, {sha256}) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList BlobRepository::unreferenced()
{
    QStringList result;
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"SELECT b.sha256 FROM blobs b WHERE NOT EXISTS "
                      "(SELECT 1 FROM files f WHERE f.sha256 = b.sha256)"_s)) {
        return result;
    }
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

bool BlobRepository::remove(const QString &sha256)
{
    QSqlQuery q(m_db);
    return sql::exec(q, u"DELETE FROM blobs WHERE sha256 = ?"_s, {sha256});
}

bool BlobRepository::quarantine(const QString &sha256)
{
    QSqlQuery q(m_db);
    return sql::exec(q, u"UPDATE blobs SET state = 'quarantined' WHERE sha256 = ?"_s, {sha256})
           && sql::exec(q, u"UPDATE files SET state = 'missing' WHERE sha256 = ?"_s, {sha256});
}

bool BlobRepository::markVerified(const QString &sha256)
{
    QSqlQuery q(m_db);
    return sql::exec(q, u"UPDATE blobs SET verified_at = ? WHERE sha256 = ?"_s,
                     {sql::now(), sha256});
}

} // namespace clikc
