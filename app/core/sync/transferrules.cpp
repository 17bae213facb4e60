#include "transferrules.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clikc::transferrules {

qint64 backoffMs(int failures, int baseMs, int maxMs, double unitRandom, qint64 retryAfterMs)
{
    const int exponent = std::clamp(failures - 1, 0, 16);
    const double backoff = std::min<double>(maxMs, double(baseMs) * double(1 << exponent));
    const double spread = 0.5 + std::clamp(unitRandom, 0.0, 1.0);
    return std::max<qint64>(qint64(backoff * spread), retryAfterMs);
}

qint64 backoffMs(int failures, int baseMs, int maxMs, qint64 retryAfterMs)
{
    return backoffMs(failures, baseMs, maxMs, QRandomGenerator::global()->generateDouble(),
                     retryAfterMs);
}

bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *total)
{
    static const QRegularExpression re(u"^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"_s);
    const auto match = re.match(QString::fromLatin1(value.trimmed()));
    if (!match.hasMatch())
        return false;
    *start = match.captured(1).toLongLong();
    *total = match.captured(3) == u"*"_s ? -1 : match.captured(3).toLongLong();
    return true;
}

Resume decide(const Asked &asked, const Answer &answer)
{
    if (answer.status == 416)
        return Resume::AskAgain;
    if (answer.status == 206) {
        qint64 start = -1, total = -1;
        const bool readable = parseContentRange(answer.contentRange, &start, &total);
        const bool sameStart = readable && start == asked.offset;
        const bool sameTotal = readable && (asked.size <= 0 || total < 0 || total == asked.size);
        // The real server ignores If-Range: the validators are compared here.
        const bool sameVersion
            = (asked.etag.isEmpty() || asked.etag == answer.etag)
              && (asked.lastModified.isEmpty() || asked.lastModified == answer.lastModified);
        if (!sameStart || !sameTotal || !sameVersion)
            return Resume::AskAgain;
    } else if (answer.status != 200) {
        return Resume::NotTheFile;
    }
    // Moodle answers a refused file with a JSON error or an HTML page under status 200.
    const bool errorPage
        = (answer.contentType.startsWith("application/json") && !asked.mimeType.contains(u"json"_s))
          || (answer.contentType.startsWith("text/html") && !asked.mimeType.contains(u"html"_s)
              && asked.size > 0);
    if (errorPage)
        return Resume::NotTheFile;
    return answer.status == 206 ? Resume::Append : Resume::FromStart;
}

void ByteRanges::add(qint64 start, qint64 end)
{
    if (end <= start)
        return;
    // The first range that ends at or after `start` (touching ranges are joined).
    auto first = std::lower_bound(m_ranges.begin(), m_ranges.end(), start,
                                  [](const Range &r, qint64 value) { return r.second < value; });
    auto last = first;
    while (last != m_ranges.end() && last->first <= end) {
        start = std::min(start, last->first);
        end = std::max(end, last->second);
        ++last;
    }
    first = m_ranges.erase(first, last);
    m_ranges.insert(first, {start, end});
}

qint64 ByteRanges::total() const
{
    qint64 sum = 0;
    for (const auto &[start, end] : m_ranges)
        sum += end - start;
    return sum;
}

qint64 ByteRanges::runEnd(qint64 position) const
{
    for (const auto &[start, end] : m_ranges) {
        if (start <= position && position < end)
            return end;
    }
    return position;
}

std::vector<ByteRanges::Range> ByteRanges::gaps(qint64 size) const
{
    std::vector<Range> result;
    qint64 at = 0;
    for (const auto &[start, end] : m_ranges) {
        if (start >= size)
            break;
        if (start > at)
            result.emplace_back(at, start);
        at = std::max(at, end);
    }
    if (at < size)
        result.emplace_back(at, size);
    return result;
}

QString ByteRanges::toString() const
{
    QStringList parts;
    for (const auto &[start, end] : m_ranges)
        parts.append(QString::number(start) + u'-' + QString::number(end));
    return parts.join(u',');
}

std::optional<ByteRanges> ByteRanges::fromString(const QString &text, qint64 size)
{
    static const QRegularExpression re(u"^(\\d{1,18})-(\\d{1,18})$"_s);
    ByteRanges parsed;
    qint64 previousEnd = -1;
    for (const QString &part : text.split(u',')) {
        const auto match = re.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        const qint64 start = match.captured(1).toLongLong();
        const qint64 end = match.captured(2).toLongLong();
        // In order, apart, and inside the file: what toString() writes, nothing else.
        if (end <= start || start <= previousEnd || end > size)
            return std::nullopt;
        parsed.m_ranges.emplace_back(start, end);
        previousEnd = end;
    }
    return parsed.isEmpty() ? std::nullopt : std::optional<ByteRanges>(parsed);
}

qint64 splitPoint(qint64 position, qint64 end, qint64 minBytes)
{
    constexpr qint64 kAlign = 64 * 1024;
    minBytes = std::max<qint64>(minBytes, 1);
    if (end - position < 2 * minBytes)
        return -1;
    qint64 cut = position + (end - position) / 2;
    if (cut - cut % kAlign >= position + minBytes)
        cut -= cut % kAlign;
    return cut;
}

} // namespace clikc::transferrules
