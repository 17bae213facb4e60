#pragma once

#include "library/types.h"

#include <QHash>
#include <QSqlDatabase>

namespace clikc {

// A profile's progress in activities (playback position, time watched, completion) and the
// outbox of progress events waiting to be uploaded. Private per profile: every call names one.
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
    bool save(qint64 profileId, qint64 activityId, const PlaybackState &state);
    // Marks the activity completed (once) and queues a completion event for upload, in the
    // caller's transaction. Returns true when this call completed it.
    bool markCompleted(qint64 profileId, qint64 activityId, bool *newlyCompleted = nullptr);

    int pendingUploads(qint64 profileId);

private:
    bool enqueue(qint64 profileId, qint64 activityId, const QString &kind, const QString &payload,
                 const QString &idempotencyKey);

    QSqlDatabase m_db;
};

} // namespace clikc
