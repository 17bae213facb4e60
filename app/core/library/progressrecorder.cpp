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
        bool ok = progress.save(profileId, activityId, state);
        bool completedNow = false;
        if (ok && state.durationMs > 0
            && double(state.watchedMs) >= kWatchedShare * double(state.durationMs)) {
            ok = progress.markCompleted(profileId, activityId, &completedNow);
        }
        ok = ok && transaction.commit();
        if (ok)
            Q_EMIT m_worker.progressChanged(profileId, activityId);
        return m_worker.outcome(ok);
    });
}

QFuture<LibraryError> ProgressRecorder::recordCourseView(qint64 profileId, qint64 courseId)
{
    return m_worker.run([this, profileId, courseId] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        const bool ok
            = UploadRepository(db).enqueueCourseView(profileId, courseId) && transaction.commit();
        if (ok)
            Q_EMIT m_worker.uploadsQueued(profileId);
        return m_worker.outcome(ok);
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
        bool ok = true;
        // Only modules with a view call on the server: a label is never opened, and activities
        // that need the site are opened there, where the site records the view itself.
        const bool reported
            = !activity->module.isEmpty()
              && (isOfflineCapable(activity->kind) || activity->kind == ActivityKind::Url)
              && activity->kind != ActivityKind::Label;
        if (reported)
            ok = UploadRepository(db).enqueueActivityView(profileId, activityId);
        bool completedNow = false;
        if (ok && activity->completion == CompletionRule::Viewed)
            ok = ProgressRepository(db).markCompleted(profileId, activityId, &completedNow);
        failpoint::hit("record-before-commit");
        ok = ok && transaction.commit();
        failpoint::hit("record-after-commit");
        if (ok && completedNow)
            Q_EMIT m_worker.progressChanged(profileId, activityId);
        if (ok && reported)
            Q_EMIT m_worker.uploadsQueued(profileId);
        return m_worker.outcome(ok);
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
        bool ok = ProgressRepository(db).setCompleted(profileId, activityId, completed, &changed);
        if (ok && changed) {
            ok = UploadRepository(db).enqueueCompletion(profileId, activityId, completed,
                                                        QDateTime::currentMSecsSinceEpoch());
        }
        failpoint::hit("record-before-commit");
        ok = ok && transaction.commit();
        failpoint::hit("record-after-commit");
        if (ok && changed) {
            Q_EMIT m_worker.progressChanged(profileId, activityId);
            Q_EMIT m_worker.uploadsQueued(profileId);
        }
        return m_worker.outcome(ok);
    });
}

} // namespace clikc
