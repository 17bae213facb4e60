#pragma once

#include "domain/localizedtext.h"
#include "domain/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <utility>

// Small helpers shared by the repositories. Only the storage layer includes this file.
namespace clikc::sql {

// Prepares `sql`, binds `values` in order and executes it. Returns false on any error.
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {});
// The same with values counted at run time (an IN list).
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values);
// The same for a write: what SQLite said, as the storage layer's error.
StorageError run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {});

// The same, and NotFound unless it changed exactly one row.
StorageError runOnOne(QSqlQuery &query, const QString &sql,
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

qint64 now();

} // namespace clikc::sql
