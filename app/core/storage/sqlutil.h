#pragma once

#include "domain/localizedtext.h"

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

// A nullable column value: NULL for an empty string.
QVariant nullIfEmpty(const QString &text);

// The `i18n` column: {"fr": {"title": "…"}, …} built from several localised fields, NULL when
// none has a translation; and the way back.
QVariant i18nColumn(std::initializer_list<std::pair<QString, const LocalizedText *>> fields);
LocalizedText localized(const QString &defaultText, const QVariant &i18n, const QString &field);

qint64 now();

} // namespace clikc::sql
