#include "coursemerge.h"

#include <QHash>

namespace clikc {

bool remoteVersionChanged(const FileEntry &local, const FileEntry &remote)
{
    // A size of 0 means "unknown" for files the server generates (a page's index.html).
    const bool sizeChanged = remote.size > 0 && local.size > 0 && remote.size != local.size;
    const bool checksumChanged = !remote.remoteChecksum.isEmpty() && !local.remoteChecksum.isEmpty()
                                 && remote.remoteChecksum != local.remoteChecksum;
    // The file's address carries its revision: a new address is a new version.
    return local.remoteTimeModified != remote.remoteTimeModified || sizeChanged || checksumChanged
           || local.remoteUrl != remote.remoteUrl;
}

Course mergeRemoteCourse(Course incoming, const std::optional<Course> &existing)
{
    if (!existing)
        return incoming;
    incoming.id = existing->id;
    QHash<QString, const Activity *> known;
    for (const Section &section : existing->sections) {
        for (const Activity &activity : section.activities)
            known.insert(activity.remoteId, &activity);
    }
    for (Section &section : incoming.sections) {
        for (Activity &activity : section.activities) {
            const Activity *before = known.value(activity.remoteId);
            if (!before)
                continue;
            for (FileEntry &file : activity.files) {
                const FileEntry *local = before->fileAt(file.path);
                if (!local)
                    continue;
                if (local->sha256.isEmpty()) {
                    // Not here yet: a transfer in progress keeps its state.
                    if (!remoteVersionChanged(*local, file))
                        file.state = local->state;
                    continue;
                }
                file.sha256 = local->sha256;
                if (remoteVersionChanged(*local, file)) {
                    file.state = FileState::UpdateAvailable;
                    // The row now describes the server's version; the old bytes (sha256) stay
                    // in use until the new ones are verified.
                } else {
                    file.state = local->state == FileState::UpdateAvailable
                                     ? FileState::UpdateAvailable
                                     : local->state;
                }
            }
            // Files unpacked here from a package (a SCORM lesson) are not on the server's list:
            // they stay, and are replaced only when a new package is unpacked.
            for (const FileEntry &local : before->files) {
                if (local.role == FileRole::Asset && !activity.fileAt(local.path))
                    activity.files.append(local);
            }
        }
    }
    return incoming;
}

} // namespace clikc
