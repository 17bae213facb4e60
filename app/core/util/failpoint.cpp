#include "failpoint.h"

#include <QByteArray>

#include <atomic>
#include <cstdlib>

namespace clikc::failpoint {
namespace {

struct Armed
{
    QByteArray point;
    long long at = 1; // the hit that ends the process
};

Armed armed()
{
    Armed result;
    const QByteArray value = qgetenv("CLIKC_FAILPOINT");
    const qsizetype sep = value.indexOf('@');
    result.point = sep < 0 ? value : value.left(sep);
    if (sep >= 0)
        result.at = qMax(1LL, value.mid(sep + 1).toLongLong());
    return result;
}

} // namespace

void hit(const char *point)
{
    static const Armed kArmed = armed();
    static std::atomic<long long> hits{0};
    if (kArmed.point.isEmpty() || kArmed.point != point)
        return;
    if (++hits >= kArmed.at)
        std::_Exit(77);
}

} // namespace clikc::failpoint
