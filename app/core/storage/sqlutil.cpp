#include "sqlutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "clikc.storage")

namespace clikc::sql {

bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(query, sql, QVariantList(values));
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        qCWarning(lcSql) << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &value : values) {
        // A null QString would be bound as SQL NULL; only nullIfEmpty() asks for NULL.
        if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>()
            && value.toString().isNull()) {
            query.addBindValue(QString(u""_s));
        } else {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        qCWarning(lcSql) << "exec failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

StorageError run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(query, sql, QVariantList(values)) ? StorageError{} : errorOf(query);
}

StorageError runOnOne(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!exec(query, sql, QVariantList(values)))
        return errorOf(query);
    return query.numRowsAffected() == 1 ? StorageError{}
                                        : StorageError{StorageError::Code::NotFound};
}

StorageError errorOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    // Qt's SQLite driver gives SQLite's result code as the native code.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const StorageError mapped = StorageError::fromSqliteCode(numeric ? code : 1);
    return mapped.isError() ? mapped : StorageError{StorageError::Code::Failed};
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.isEmpty() ? u"-1"_s : parts.join(u',');
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant i18nColumn(std::initializer_list<std::pair<QString, const LocalizedText *>> fields)
{
    QJsonObject languages;
    for (const auto &[field, text] : fields) {
        const auto translations = text->translations();
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            QJsonObject entry = languages.value(it.key()).toObject();
            entry.insert(field, it.value());
            languages.insert(it.key(), entry);
        }
    }
    if (languages.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(languages).toJson(QJsonDocument::Compact));
}

LocalizedText localized(const QString &defaultText, const QVariant &i18n, const QString &field)
{
    LocalizedText text(defaultText);
    if (i18n.isNull())
        return text;
    const QJsonObject languages = QJsonDocument::fromJson(i18n.toString().toUtf8()).object();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonValue value = it.value().toObject().value(field);
        if (value.isString())
            text.setTranslation(it.key(), value.toString());
    }
    return text;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace clikc::sql
