#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QFile;
class QIODevice;

namespace clikc::safefile {

// Why a file from outside (a mirror, a USB drive) was not opened.
enum class Refusal {
    None,
    Missing,     // nothing there
    NotRegular,  // a symbolic link, a device, a FIFO, a socket or a folder
    OutsideRoot, // its folder leads outside the root (through a link)
    Unreadable,  // there, but cannot be read (permissions, I/O error)
};

// Opens `path` for reading only when it is a regular file below `root` reached without a link:
// no symbolic link is followed in its name or in any folder below the root, and nothing leads
// outside it (openat2 with RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS, checked by the kernel in the
// same call that opens it; on a kernel without openat2, the folders' links resolved first).
// Opened without waiting on a FIFO (O_NONBLOCK), and checked with fstat on the open descriptor,
// so what is read is what was checked. A root in Qt's resources (":/…") is part of the
// application and opened as it is. Any thread.
Refusal openRegular(const QString &root, const QString &path, QFile *file);

// All of `device`, counted by the bytes actually read (a device reports no size): nullopt when
// it holds more than `limit` bytes or cannot be read.
std::optional<QByteArray> readBounded(QIODevice &device, qint64 limit);

} // namespace clikc::safefile
