#pragma once

#include "domain/types.h"

#include <optional>

namespace clikc {

// Combines a course's structure fresh from the server with what this computer already has:
// files whose server version is unchanged keep their local content and state; files that changed
// on the server (time modified, size, address or checksum) keep the old content, still usable,
// and are marked "update available"; new files are "on the server only".
Course mergeRemoteCourse(Course incoming, const std::optional<Course> &existing);

// True when the server's description of a file differs from the one the local copy came from.
bool remoteVersionChanged(const FileEntry &local, const FileEntry &remote);

} // namespace clikc
