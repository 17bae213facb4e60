#include "failpoint.h"

#include <QByteArray>

#include <cstdlib>
#include <cstring>

namespace clikc::failpoint {

void hit(const char *point)
{
    static const QByteArray armed = qgetenv("CLIKC_FAILPOINT");
    if (!armed.isEmpty() && std::strcmp(armed.constData(), point) == 0)
        std::_Exit(77);
}

} // namespace clikc::failpoint
