#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clikc::safefile {

namespace {

constexpr int kOpenFlags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

Refusal refusalOf(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return Refusal::Missing;
    // ELOOP: a symbolic link (the name, or a folder on the way). ENXIO, EWOULDBLOCK: a device
    // or a socket.
    if (error == ELOOP || error == ENXIO || error == EWOULDBLOCK || error == EISDIR)
        return Refusal::NotRegular;
    if (error == EXDEV)
        return Refusal::OutsideRoot;
    return Refusal::Unreadable;
}

// Where openat2() is missing (a kernel before 5.6, a sandbox that filters it): the folder's
// links resolved and compared with the root's (a link that stays inside is tolerated there),
// then the name opened without following a link.
int openChecked(const QString &root, const QString &path, Refusal *refusal)
{
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    const QString realFolder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (realRoot.isEmpty() || realFolder.isEmpty()) {
        *refusal = Refusal::Missing;
        return -1;
    }
    if (realFolder != realRoot && !realFolder.startsWith(realRoot + u'/')) {
        *refusal = Refusal::OutsideRoot;
        return -1;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), kOpenFlags);
    if (fd < 0)
        *refusal = refusalOf(errno);
    return fd;
}

} // namespace

Refusal openRegular(const QString &root, const QString &path, QFile *file)
{
    if (root.startsWith(u':')) {
        // Built into the application (the sample course): not outside input.
        file->setFileName(path);
        return file->open(QIODevice::ReadOnly) ? Refusal::None : Refusal::Missing;
    }
    // The name below the root, as written: no link is followed anywhere below the root, and
    // nothing resolves outside it (the kernel's rule, in one call: RESOLVE_BENEATH and
    // RESOLVE_NO_SYMLINKS). The root itself may be a link (a mount point, a shortcut).
    const QString cleanRoot = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString cleanPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!cleanPath.startsWith(cleanRoot + u'/'))
        return Refusal::OutsideRoot;
    const QByteArray below = QFile::encodeName(cleanPath.mid(cleanRoot.size() + 1));
    int fd = -1;
    const int rootFd
        = ::open(QFile::encodeName(cleanRoot).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return refusalOf(errno);
    open_how how = {};
    how.flags = kOpenFlags;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    fd = int(::syscall(SYS_openat2, rootFd, below.constData(), &how, sizeof how));
    const int openError = errno;
    ::close(rootFd);
    if (fd < 0 && (openError == ENOSYS || openError == EPERM)) {
        Refusal refusal = Refusal::None;
        fd = openChecked(root, path, &refusal);
        if (fd < 0)
            return refusal;
    } else if (fd < 0) {
        return refusalOf(openError);
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
