#include "seenranges.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace clikc {

SeenRanges SeenRanges::fromString(const QString &text)
{
    SeenRanges ranges;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(u'-');
        if (dash <= 0)
            continue;
        bool okStart = false;
        bool okEnd = false;
        const qint64 start = part.left(dash).toLongLong(&okStart);
        const qint64 end = part.mid(dash + 1).toLongLong(&okEnd);
        if (okStart && okEnd)
            ranges.add(start, end);
    }
    return ranges;
}

QString SeenRanges::toString() const
{
    QStringList parts;
    for (const Range &range : m_ranges)
        parts.append(QString::number(range.start) + u'-' + QString::number(range.end));
    return parts.join(u',');
}

void SeenRanges::add(qint64 start, qint64 end)
{
    start = qMax<qint64>(0, start);
    if (end <= start)
        return;
    QList<Range> merged;
    merged.reserve(m_ranges.size() + 1);
    Range incoming{start, end};
    bool placed = false;
    for (const Range &range : std::as_const(m_ranges)) {
        if (range.end < incoming.start) {
            merged.append(range);
        } else if (incoming.end < range.start) {
            if (!placed) {
                merged.append(incoming);
                placed = true;
            }
            merged.append(range);
        } else {
            incoming.start = qMin(incoming.start, range.start);
            incoming.end = qMax(incoming.end, range.end);
        }
    }
    if (!placed)
        merged.append(incoming);
    m_ranges = merged;
}

void SeenRanges::merge(const SeenRanges &other)
{
    for (const Range &range : other.m_ranges)
        add(range.start, range.end);
}

qint64 SeenRanges::total() const
{
    qint64 sum = 0;
    for (const Range &range : m_ranges)
        sum += range.end - range.start;
    return sum;
}

} // namespace clikc
