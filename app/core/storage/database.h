#pragma once

#include "domain/storageerror.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clikc {

// Opens the library's SQLite file and hands every thread its own connection (SQLite connections
// must not be shared between threads). The first connection applies the numbered migrations.
// Thread-safe: connection() may be called from any thread; each thread gets and keeps its own.
class Database final
{
public:
    explicit Database(QString filePath);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (once) and migrates the database. Returns false and sets errorString() on failure.
    bool open();
    QString errorString() const;
    QString filePath() const { return m_filePath; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();

    // Closes the calling thread's connection (worker threads call this before they end).
    void closeConnection();
    // Closes every connection this object opened. Call only once no thread uses it any more.
    void close();

    // The schema version this build writes (PRAGMA user_version after migrating).
    static int latestVersion();

private:
    bool configure(QSqlDatabase &db);
    QString connectionName() const;

    const QString m_filePath;
    const QString m_prefix;
    mutable QMutex m_mutex;
    QStringList m_connectionNames;
    QString m_error;
    bool m_migrated = false;
};

// Begins a transaction on construction and rolls it back on destruction unless commit() succeeded.
// Scoped to one connection and one thread.
class ScopedTransaction final
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

    bool isActive() const { return m_active; }
    // Commits; what SQLite said if it could not (or could not begin).
    StorageError commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    StorageError m_beginError;
};

// While it lives, commits on this connection are written but not synced to the disk (SQLite's
// synchronous=NORMAL in WAL mode): a power cut keeps the database whole but may lose these last
// commits. Only for hints that the disk itself can rebuild (a download's byte count and state:
// the .part file is the truth); the next synced commit on the connection syncs them too.
class UnsyncedCommits final
{
public:
    explicit UnsyncedCommits(QSqlDatabase db);
    ~UnsyncedCommits();
    Q_DISABLE_COPY_MOVE(UnsyncedCommits)

private:
    QSqlDatabase m_db;
};

} // namespace clikc
