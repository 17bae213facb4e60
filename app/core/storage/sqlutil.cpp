#include "sqlutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "clikc.storage")

namespace clikc::sql {

namespace {

// Idle prepared statements per connection, most recently used last. SQLite re-prepares a kept
// statement itself when the schema changes. Statements written with an IN list of ids differ
// each time; the bound keeps them from crowding out the rest for long.
constexpr qsizetype kIdlePerConnection = 64;

struct Idle
{
    QString sql;
    std::unique_ptr<QSqlQuery> query;
};

struct Pool
{
    QPointer<QSqlDriver> driver; // a connection closed behind our back leaves a stale pool
    std::vector<Idle> idle;
};

class Statements
{
public:
    std::optional<QSqlQuery> take(const QString &connection, const QSqlDriver *driver,
                                  const QString &sql)
    {
        std::vector<Idle> stale;
        QMutexLocker locker(&m_mutex);
        auto pool = m_pools.find(connection);
        if (pool == m_pools.end())
            return std::nullopt;
        if (pool->second.driver.data() != driver) {
            stale.swap(pool->second.idle);
            m_pools.erase(pool);
            locker.unlock();
            return std::nullopt;
        }
        std::vector<Idle> &idle = pool->second.idle;
        for (auto it = idle.rbegin(); it != idle.rend(); ++it) {
            if (it->sql == sql) {
                std::optional<QSqlQuery> found(std::move(*it->query));
                idle.erase(std::next(it).base());
                return found;
            }
        }
        return std::nullopt;
    }

    void give(const QString &connection, QSqlDriver *driver, const QString &sql, QSqlQuery query)
    {
        std::vector<Idle> dropped;
        QMutexLocker locker(&m_mutex);
        Pool &pool = m_pools[connection];
        if (pool.driver.data() != driver) {
            dropped.swap(pool.idle);
            pool.driver = driver;
        }
        pool.idle.push_back({sql, std::make_unique<QSqlQuery>(std::move(query))});
        if (qsizetype(pool.idle.size()) > kIdlePerConnection) {
            dropped.push_back(std::move(pool.idle.front()));
            pool.idle.erase(pool.idle.begin());
        }
    }

    void forget(const QString &connection)
    {
        std::vector<Idle> dropped;
        QMutexLocker locker(&m_mutex);
        auto pool = m_pools.find(connection);
        if (pool != m_pools.end()) {
            dropped.swap(pool->second.idle);
            m_pools.erase(pool);
        }
    }

    int count(const QString &connection)
    {
        QMutexLocker locker(&m_mutex);
        const auto pool = m_pools.find(connection);
        return pool == m_pools.end() ? 0 : int(pool->second.idle.size());
    }

private:
    QMutex m_mutex;
    std::unordered_map<QString, Pool> m_pools;
};

Statements &statements()
{
    static Statements instance;
    return instance;
}

} // namespace

Query::Query(const QSqlDatabase &db)
    : QSqlQuery(db)
    , m_db(db)
    , m_driver(db.driver())
    , m_connection(db.connectionName())
{}

Query::~Query()
{
    giveBack();
}

void Query::giveBack()
{
    if (m_sql.isEmpty())
        return;
    finish();
    // This query keeps a fresh result for whatever comes next; the statement goes to the pool.
    QSqlQuery held(m_db);
    swap(held);
    statements().give(m_connection, m_driver.data(), m_sql, std::move(held));
    m_sql.clear();
}

bool Query::prepareOnce(const QString &sql)
{
    giveBack();
    if (m_driver.isNull())
        return prepare(sql); // fails with the driver's own error
    if (std::optional<QSqlQuery> idle = statements().take(m_connection, m_driver.data(), sql)) {
        QSqlQuery::operator=(std::move(*idle));
    } else {
        setForwardOnly(true);
        if (!prepare(sql))
            return false;
    }
    m_sql = sql;
    return true;
}

void forgetStatements(const QString &connectionName)
{
    statements().forget(connectionName);
}

int idleStatements(const QString &connectionName)
{
    return statements().count(connectionName);
}

bool exec(Query &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(query, sql, QVariantList(values));
}

bool exec(Query &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepareOnce(sql)) {
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

StorageError run(Query &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(query, sql, QVariantList(values)) ? StorageError{} : errorOf(query);
}

StorageError runOnOne(Query &query, const QString &sql, std::initializer_list<QVariant> values)
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
    return localized(defaultText, i18nObject(i18n), field);
}

QJsonObject i18nObject(const QVariant &i18n)
{
    if (i18n.isNull())
        return {};
    return QJsonDocument::fromJson(i18n.toString().toUtf8()).object();
}

LocalizedText localized(const QString &defaultText, const QJsonObject &languages,
                        const QString &field)
{
    LocalizedText text(defaultText);
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
