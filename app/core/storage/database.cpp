#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace clikc {

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_prefix(u"clikc-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-')
{}

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return migrations::latestVersion();
}

bool Database::open()
{
    QMutexLocker locker(&m_mutex);
    if (m_migrated)
        return true;
    locker.unlock();

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        QMutexLocker relock(&m_mutex);
        m_error = u"cannot create folder %1"_s.arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    const QString error = migrations::apply(db);
    QMutexLocker relock(&m_mutex);
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    m_migrated = true;
    return true;
}

QString Database::errorString() const
{
    QMutexLocker locker(&m_mutex);
    return m_error;
}

QString Database::connectionName() const
{
    // Thread ids are reused once a thread ends; a per-thread serial number never is.
    static std::atomic<quint64> counter{0};
    thread_local const quint64 threadSerial = ++counter;
    return m_prefix + QString::number(threadSerial);
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, /*open=*/false);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    // Another thread may hold the write lock for a moment; wait instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!db.open() || !configure(db)) {
        QMutexLocker locker(&m_mutex);
        m_error = db.lastError().text();
    }
    return db;
}

bool Database::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s}) {
        if (!q.exec(pragma))
            return false;
    }
    return true;
}

void Database::closeConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connectionNames.removeOne(name))
            return;
    }
    sql::forgetStatements(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::close()
{
    closeConnection();
    QStringList names;
    {
        QMutexLocker locker(&m_mutex);
        names.swap(m_connectionNames);
        m_migrated = false;
    }
    // Connections of threads that ended without closeConnection(): SQLite closes the handle
    // when the last reference goes.
    for (const QString &name : std::as_const(names)) {
        sql::forgetStatements(name);
        QSqlDatabase::removeDatabase(name);
    }
}

UnsyncedCommits::UnsyncedCommits(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery(m_db).exec(u"PRAGMA synchronous = NORMAL"_s);
}

UnsyncedCommits::~UnsyncedCommits()
{
    QSqlQuery(m_db).exec(u"PRAGMA synchronous = FULL"_s);
}

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, waiting (busy timeout) while another thread writes. A
    // deferred transaction that reads and then writes could instead fail at once with
    // SQLITE_BUSY when another connection committed in between.
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_beginError = sql::errorOf(q);
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.rollback();
}

StorageError ScopedTransaction::commit()
{
    if (!m_active)
        return m_beginError.isError() ? m_beginError : StorageError{StorageError::Code::Failed};
    m_active = false;
    if (m_db.commit())
        return {};
    const StorageError error = sql::errorOf(m_db.lastError());
    // A failed COMMIT leaves the transaction open in SQLite: undo it, as the destructor would.
    m_db.rollback();
    return error.isError() ? error : StorageError{StorageError::Code::Failed};
}

} // namespace clikc
