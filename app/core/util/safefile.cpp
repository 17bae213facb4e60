#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clikc::safefile {

Refusal openRegular(const QString &root, const QString &path, QFile *file)
{
    if (root.startsWith(u':')) {
        // Built into the application (the sample course): not outside input.
        file->setFileName(path);
        return file->open(QIODevice::ReadOnly) ? Refusal::None : Refusal::Missing;
    }
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    const QString realFolder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (realRoot.isEmpty() || realFolder.isEmpty())
        return Refusal::Missing;
    if (realFolder != realRoot && !realFolder.startsWith(realRoot + u'/'))
        return Refusal::OutsideRoot;

    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT)
            return Refusal::Missing;
        // ELOOP: the name is a symbolic link. ENXIO, EWOULDBLOCK: a device or socket.
        if (errno == ELOOP || errno == ENXIO || errno == EWOULDBLOCK || errno == EISDIR)
            return Refusal::NotRegular;
        return Refusal::Unreadable;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return Refusal::Unreadable;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Refusal::NotRegular;
    }
    // A regular file: reads block as usual from here on.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        ::close(fd);
        return Refusal::Unreadable;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Refusal::Unreadable;
    }
    return Refusal::None;
}

std::optional<QByteArray> readBounded(QIODevice &device, qint64 limit)
{
    QByteArray bytes;
    constexpr qint64 kChunk = 256 * 1024;
    for (;;) {
        const qint64 room = limit - bytes.size();
        // One byte more than the room tells "more than the limit" from "exactly the limit".
        const qint64 want = std::min(kChunk, room + 1);
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const qint64 n = device.read(bytes.data() + before, want);
        if (n < 0)
            return std::nullopt;
        bytes.resize(before + n);
        if (bytes.size() > limit)
            return std::nullopt;
        if (n == 0)
            return bytes;
    }
}

} // namespace clikc::safefile
