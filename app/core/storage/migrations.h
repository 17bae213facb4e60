#pragma once

#include <QSqlDatabase>
#include <QString>

namespace clikc::migrations {

// Applies every migration newer than the file's PRAGMA user_version, each in its own transaction
// together with the user_version bump, so a crash leaves the file at a whole version.
// Refuses a file written by a newer build. Returns an empty string on success, else the reason.
// `upTo` stops at that version (tests that build an older library); -1: the latest.
QString apply(QSqlDatabase &db, int upTo = -1);

int latestVersion();

} // namespace clikc::migrations
