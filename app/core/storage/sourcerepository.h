#pragma once

#include "library/types.h"

#include <QSqlDatabase>
#include <optional>

namespace clikc {

// Where courses come from (the bundled sample, mirrors, servers), plus the library's own
// key/value facts (the `meta` table).
class SourceRepository final
{
public:
    explicit SourceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts or updates by (kind, remote id); fills in source.id.
    bool save(Source &source);
    std::optional<Source> source(qint64 id);
    QList<Source> all();

    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
