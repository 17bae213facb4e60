#include "progressrecorder.h"

#include "libraryworker.h"
#include "progress/seenranges.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/uploadrepository.h"
#include "util/failpoint.h"

#include <QDateTime>

namespace clikc {

QFuture<PlaybackState> ProgressRecorder::playbackState(qint64 profileId, qint64 activityId)
{
    return m_worker.run([this, profileId, activityId] {
        return ProgressRepository(m_worker.database().connection()).state(profileId, activityId);
    });
}

QFuture<LibraryError> ProgressRecorder::savePlayback(qint64 profileId, qint64 activityId,
                                                     PlaybackState state)
{
    return m_worker.run([this, profileId, activityId, state]() mutable {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        ProgressRepository progress(db);
        // What was seen before stays seen, whatever the caller remembers.
        SeenRanges seen = SeenRanges::fromString(progress.state(profileId, activityId).seenRanges);
        seen.merge(SeenRanges::fromString(state.seenRanges));
        state.seenRanges = seen.toString();
        state.watchedMs = seen.total();
        StorageError error = progress.save(profileId, activityId, state);
        bool completedNow = false;
        if (error.ok() && state.durationMs > 0
            && double(state.watchedMs) >= kWatchedShare * double(state.durationMs)) {
            error = progress.markCompleted(profileId, activityId, &completedNow);
        }
        if (error.ok())
            error = transaction.commit();
        if (error.ok())
            Q_EMIT m_worker.progressChanged(profileId, activityId);
        return m_worker.outcome(error);
    });
}

QFuture<LibraryError> ProgressRecorder::recordCourseView(qint64 profileId, qint64 courseId)
{
    return m_worker.run([this, profileId, courseId] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        StorageError error = UploadRepository(db).enqueueCourseView(profileId, courseId);
        if (error.ok())
            error = transaction.commit();
        if (error.ok())
            Q_EMIT m_worker.uploadsQueued(profileId);
        return m_worker.outcome(error);
    });
}

QFuture<LibraryError> ProgressRecorder::recordActivityView(qint64 profileId, qint64 activityId)
{
    return m_worker.run([this, profileId, activityId] {
        QSqlDatabase db = m_worker.database().connection();
        const auto activity = CourseRepository(db).activity(activityId);
        if (!activity)
            return m_worker.report({LibraryError::Code::NotFound, {}, {}});
        ScopedTransaction transaction(db);
        StorageError error;
        // Only modules with a view call on the server: a label is never opened, and activities
        // that need the site are opened there, where the site records the view itself.
        const bool reported
            = !activity->module.isEmpty()
              && (isOfflineCapable(activity->kind) || activity->kind == ActivityKind::Url)
              && activity->kind != ActivityKind::Label;
        if (reported)
            error = UploadRepository(db).enqueueActivityView(profileId, activityId);
        bool completedNow = false;
        if (error.ok() && activity->completion == CompletionRule::Viewed)
            error = ProgressRepository(db).markCompleted(profileId, activityId, &completedNow);
        failpoint::hit("record-before-commit");
        if (error.ok())
            error = transaction.commit();
        const bool ok = error.ok();
        failpoint::hit("record-after-commit");
        if (ok && completedNow)
            Q_EMIT m_worker.progressChanged(profileId, activityId);
        if (ok && reported)
            Q_EMIT m_worker.uploadsQueued(profileId);
        return m_worker.outcome(error);
    });
}

QFuture<LibraryError> ProgressRecorder::setManualCompletion(qint64 profileId, qint64 activityId,
                                                            bool completed)
{
    return m_worker.run([this, profileId, activityId, completed] {
        QSqlDatabase db = m_worker.database().connection();
        const auto activity = CourseRepository(db).activity(activityId);
        if (!activity)
            return m_worker.report({LibraryError::Code::NotFound, {}, {}});
        if (activity->completion != CompletionRule::Manual)
            return m_worker.report({LibraryError::Code::NotAllowed, {}, {}});
        ScopedTransaction transaction(db);
        bool changed = false;
        StorageError error
            = ProgressRepository(db).setCompleted(profileId, activityId, completed, &changed);
        if (error.ok() && changed) {
            error = UploadRepository(db).enqueueCompletion(profileId, activityId, completed,
                                                           QDateTime::currentMSecsSinceEpoch());
        }
        failpoint::hit("record-before-commit");
        if (error.ok())
            error = transaction.commit();
        const bool ok = error.ok();
        failpoint::hit("record-after-commit");
        if (ok && changed) {
            Q_EMIT m_worker.progressChanged(profileId, activityId);
            Q_EMIT m_worker.uploadsQueued(profileId);
        }
        return m_worker.outcome(error);
    });
}

} // namespace clikc
