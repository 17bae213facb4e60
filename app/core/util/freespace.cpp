#include "freespace.h"

#include <QFile>

#include <sys/statvfs.h>

namespace clikc {

std::optional<qint64> freeBytes(const QString &folder)
{
    struct statvfs fs = {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return std::nullopt;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

} // namespace clikc
