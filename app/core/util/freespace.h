#pragma once

#include <QString>

#include <optional>

namespace clikc {

// The bytes an unprivileged process may still write on the file system that holds `folder`, as
// the file system itself says (statvfs), or nullopt when it cannot tell: callers treat that as
// "not enough", never as "enough". QStorageInfo is not used: it needs /proc/self/mountinfo to
// name the file system, and is invalid in a minimal chroot, where the check would switch off.
std::optional<qint64> freeBytes(const QString &folder);

} // namespace clikc
