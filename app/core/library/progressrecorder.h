#pragma once

#include "domain/types.h"
#include "libraryerror.h"

#include <QFuture>

namespace clikc {

class LibraryWorker;

// What the learner does, recorded at once: each change and the action that tells the site of it
// are written in one transaction, so that nothing is recorded without being queued for upload.
class ProgressRecorder final
{
public:
    explicit ProgressRecorder(LibraryWorker &worker)
        : m_worker(worker)
    {}

    // The share of a video that must have been seen for it to count as watched.
    static constexpr double kWatchedShare = 0.9;

    QFuture<PlaybackState> playbackState(qint64 profileId, qint64 activityId);
    // Saves the place; completes the activity (and queues the completion for upload) when its
    // rule is met: `watched` at 90% of the duration seen, `viewed` on opening.
    QFuture<LibraryError> savePlayback(qint64 profileId, qint64 activityId, PlaybackState state);
    // The learner opened the course / the activity: recorded, queued for the server (merged with
    // a view still waiting), and an activity completed on viewing is completed at once.
    QFuture<LibraryError> recordCourseView(qint64 profileId, qint64 courseId);
    QFuture<LibraryError> recordActivityView(qint64 profileId, qint64 activityId);
    // The learner ticked or unticked an activity with manual completion. NotAllowed for any
    // other activity (its completion is the server's to decide).
    QFuture<LibraryError> setManualCompletion(qint64 profileId, qint64 activityId, bool completed);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
