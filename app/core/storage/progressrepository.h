#pragma once

#include "domain/storageerror.h"

#include "domain/types.h"

#include <QHash>
#include <QSqlDatabase>

namespace clikc {

// A profile's progress in activities: playback position, time watched, completion, and what the
// server last said about completion. Private per profile: every call names one. What the server
// must learn of goes through UploadRepository, in the same transaction.
class ProgressRepository final
{
public:
    explicit ProgressRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    PlaybackState state(qint64 profileId, qint64 activityId);
    // Completion of every activity of a course for the profile.
    QHash<qint64, bool> completions(qint64 profileId, qint64 courseId);
    // Stores the place and the time watched; never un-completes an activity.
    StorageError save(qint64 profileId, qint64 activityId, const PlaybackState &state);
    // Marks the activity completed (once) by a local rule (watched, viewed). Returns false on a
    // database error; `newlyCompleted` tells whether this call completed it.
    StorageError markCompleted(qint64 profileId, qint64 activityId, bool *newlyCompleted = nullptr);
    // Sets completion either way (the learner's tick, or the server's state winning).
    StorageError setCompleted(qint64 profileId, qint64 activityId, bool completed,
                              bool *changed = nullptr);
    // Remembers what the server said, without changing the learner's state.
    StorageError setServerCompletion(qint64 profileId, qint64 activityId,
                                     const ServerCompletion &server);
    // The server confirmed one of our uploads about the activity at `atMs`: what it said about
    // the activity before then is out of date.
    StorageError noteServerUpdated(qint64 profileId, qint64 activityId, qint64 atMs);
    qint64 serverKnownAt(qint64 profileId, qint64 activityId);

private:
    QSqlDatabase m_db;
};

} // namespace clikc
