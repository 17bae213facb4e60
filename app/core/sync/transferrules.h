#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace clikc::transferrules {

// The rules the download manager and the uploader share, as pure functions: how long to wait
// before trying again, and whether an answer to a (ranged) file request continues the bytes
// already here. Any thread.

// The wait before the next try after `failures` failures in a row (1 or more): `baseMs` doubled
// per failure up to `maxMs`, spread by a factor in [0.5, 1.5) taken from `unitRandom` in [0, 1)
// (so that many clients cut off together do not come back together), and never shorter than a
// server's Retry-After.
qint64 backoffMs(int failures, int baseMs, int maxMs, double unitRandom, qint64 retryAfterMs = 0);
// The same with a random spread.
qint64 backoffMs(int failures, int baseMs, int maxMs, qint64 retryAfterMs = 0);

// "bytes START-END/TOTAL" (TOTAL may be "*": -1).
bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *total);

// What was asked: `offset` bytes already in the .part file (a Range from there when above 0),
// of a file the site announced at `size` bytes (0 or less: unknown), whose earlier bytes came
// with these validators (empty when none were seen).
struct Asked
{
    qint64 offset = 0;
    qint64 size = 0;
    QString mimeType; // the file's own type, as the course lists it
    QString etag;
    QString lastModified;
};

// What the answer's head says.
struct Answer
{
    int status = 0;
    QByteArray contentRange;
    QByteArray contentType;
    QString etag;
    QString lastModified;
};

enum class Resume {
    Append,     // 206 continuing exactly where the .part file ends, of the same version
    FromStart,  // 200: the whole file; what is here is replaced
    AskAgain,   // the answer cannot continue these bytes (416, another range, another
                // version): drop them and ask for the whole file
    NotTheFile, // an error page or an answer that is not file content
};
Resume decide(const Asked &asked, const Answer &answer);

// The byte ranges of a file that are in its .part file, [start, end) each, kept sorted and
// joined: what a file fetched over several connections has so far.
class ByteRanges
{
public:
    using Range = std::pair<qint64, qint64>;

    void add(qint64 start, qint64 end);
    bool isEmpty() const { return m_ranges.empty(); }
    const std::vector<Range> &ranges() const { return m_ranges; }
    // Bytes covered.
    qint64 total() const;
    // Where the run of bytes that covers `position` ends (`position` when none covers it).
    qint64 runEnd(qint64 position) const;
    // What [0, size) lacks, first first.
    std::vector<Range> gaps(qint64 size) const;
    // "start-end,start-end" (end exclusive), as the queue keeps it.
    QString toString() const;
    // Read back from toString(): nothing when the text is not that, or names a byte outside
    // [0, size) or no byte at all.
    static std::optional<ByteRanges> fromString(const QString &text, qint64 size);

private:
    std::vector<Range> m_ranges;
};

// Where to cut the bytes [position, end) that one connection still has to fetch, so that a
// second connection takes the rest: the middle, rounded down to 64 KiB, when each side keeps
// at least `minBytes`; -1 when the rest is too small to be worth another connection.
qint64 splitPoint(qint64 position, qint64 end, qint64 minBytes);

} // namespace clikc::transferrules
