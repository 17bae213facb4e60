#pragma once

#include "domain/localizedtext.h"
#include "domain/storageerror.h"

#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <utility>

// Small helpers shared by the repositories. Only the storage layer includes this file.
namespace clikc::sql {

// A query on one connection whose statements are prepared once per connection: exec() borrows
// the connection's idle prepared copy of the same SQL, or prepares it, and the destructor
// resets the statement (so no read snapshot outlives the query) and keeps it for the next
// Query with that SQL. Forward-only. The same SQL in two live queries gets two statements.
// Use it like the QSqlQuery it is, on the thread that owns the connection.
class Query final : public QSqlQuery
{
public:
    explicit Query(const QSqlDatabase &db);
    ~Query();
    Q_DISABLE_COPY_MOVE(Query)

    // Prepares `sql` (or takes an idle statement of it). False, with lastError(), on failure.
    bool prepareOnce(const QString &sql);

private:
    void giveBack();

    QSqlDatabase m_db;
    QPointer<QSqlDriver> m_driver;
    QString m_connection;
    QString m_sql; // the statement this query holds, to keep when done; empty for none
};

// Drops the statements kept for a connection (Database calls it before closing one).
void forgetStatements(const QString &connectionName);
// How many prepared statements are kept idle for a connection (for tests).
int idleStatements(const QString &connectionName);

// Prepares `sql`, binds `values` in order and executes it. Returns false on any error.
bool exec(Query &query, const QString &sql, std::initializer_list<QVariant> values = {});
// The same with values counted at run time (an IN list).
bool exec(Query &query, const QString &sql, const QVariantList &values);
// The same for a write: what SQLite said, as the storage layer's error.
StorageError run(Query &query, const QString &sql, std::initializer_list<QVariant> values = {});

// The same, and NotFound unless it changed exactly one row.
StorageError runOnOne(Query &query, const QString &sql,
                      std::initializer_list<QVariant> values = {});

// The storage error an error Qt's SQLite driver reported stands for (none for no error).
StorageError errorOf(const QSqlError &error);
inline StorageError errorOf(const QSqlQuery &query)
{
    return errorOf(query.lastError());
}
// What a failed step of `query` comes to: its error, or Failed when SQLite reported none (a
// statement that should have returned a row returned none).
inline StorageError failure(const QSqlQuery &query)
{
    const StorageError error = errorOf(query);
    return error.isError() ? error : StorageError{StorageError::Code::Failed};
}

// An SQL IN list of ids we hold (never input text, so safe to write into a statement); "-1",
// which matches no row, for none.
QString idList(const QList<qint64> &ids);

// A nullable column value: NULL for an empty string.
QVariant nullIfEmpty(const QString &text);

// The `i18n` column: {"fr": {"title": "…"}, …} built from several localised fields, NULL when
// none has a translation; and the way back.
QVariant i18nColumn(std::initializer_list<std::pair<QString, const LocalizedText *>> fields);
LocalizedText localized(const QString &defaultText, const QVariant &i18n, const QString &field);
// The same from a column parsed once for several fields.
QJsonObject i18nObject(const QVariant &i18n);
LocalizedText localized(const QString &defaultText, const QJsonObject &languages,
                        const QString &field);

qint64 now();

} // namespace clikc::sql
