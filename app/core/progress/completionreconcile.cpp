#include "completionreconcile.h"

#include "storage/progressrepository.h"
#include "storage/uploadrepository.h"

using namespace Qt::StringLiterals;

namespace clikc::progress {

Reconciled reconcileCompletion(QSqlDatabase db, qint64 profileId, qint64 activityId,
                               const ServerCompletion &server, StorageError *failure)
{
    // A write refused: Failed, with the reason kept.
    const auto refused = [failure](const StorageError &error) {
        if (error.isError() && failure)
            *failure = error;
        return error.isError();
    };
    if (!server.known())
        return Reconciled::Unchanged;
    ProgressRepository progress(db);
    UploadRepository uploads(db);
    // Asked for before the server confirmed something we sent about it: the answer may not
    // include it (a refresh that crossed an upload). The next one will.
    if (server.observedAtMs > 0
        && server.observedAtMs < progress.serverKnownAt(profileId, activityId))
        return Reconciled::Unchanged;
    if (refused(progress.setServerCompletion(profileId, activityId, server)))
        return Reconciled::Failed;
    const bool serverComplete = server.complete();
    const auto waiting = uploads.waitingCompletion(profileId, activityId);
    if (!waiting) {
        const bool localComplete = progress.state(profileId, activityId).completed;
        // Completed here by opening it or by a lesson's result that has not reached the server.
        if (localComplete && !serverComplete && uploads.hasWaiting(profileId, activityId))
            return Reconciled::KeptLocal;
        bool changed = false;
        if (refused(progress.setCompleted(profileId, activityId, serverComplete, &changed)))
            return Reconciled::Failed;
        return changed ? Reconciled::TookServer : Reconciled::Unchanged;
    }
    const bool wanted = waiting->payload.value(u"completed"_s).toBool();
    const qint64 changedAtMs = waiting->payload.value(u"time"_s).toInteger();
    const bool serverNewer = serverComplete && server.timeCompleted * 1000 > changedAtMs;
    if (wanted == serverComplete || !serverNewer || waiting->state == UploadState::Sending)
        return Reconciled::KeptLocal;
    if (refused(uploads.reject(waiting->id, u"superseded"_s, {}))
        || refused(progress.setCompleted(profileId, activityId, serverComplete)))
        return Reconciled::Failed;
    return Reconciled::ServerWon;
}

} // namespace clikc::progress
