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

} // namespace clikc::transferrules
