#pragma once

#include <QString>

namespace clikc::privatefiles {

// From now on, what this process creates is readable by its own user only (umask 077), whatever
// umask it was started with. Process-wide.
void restrictNewFiles();

// Creates `folder` if needed and makes it private to this user: the folder 0700, and the files
// directly in it without any group or other permission. When the folder was not private before
// (a library made by version 0.1, or a mode changed by hand), everything inside is repaired the
// same way: folders 0700, files stripped of group and other bits. Symbolic links are neither
// followed nor changed. False when the folder cannot be created or made private.
bool makePrivate(const QString &folder);

} // namespace clikc::privatefiles
