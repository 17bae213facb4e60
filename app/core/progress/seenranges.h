#pragma once

#include <QList>
#include <QString>

namespace clikc {

// The parts of a video a learner has actually seen, as merged [start, end) intervals in
// milliseconds. "Watched" means these cover most of the video — not that the slider was once
// dragged to the end, nor that the first minute was played ten times.
class SeenRanges
{
public:
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;
        bool operator==(const Range &) const = default;
    };

    // Parses "0-5000,7000-9000"; anything malformed is dropped.
    static SeenRanges fromString(const QString &text);
    QString toString() const;

    void add(qint64 start, qint64 end);
    void merge(const SeenRanges &other);
    qint64 total() const;
    QList<Range> ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }

private:
    QList<Range> m_ranges; // sorted, non-overlapping, non-adjacent
};

} // namespace clikc
