#pragma once

#include "domain/storageerror.h"

#include "domain/upload.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace clikc {

// The upload queue: every action the server must learn of, written in the same transaction as
// the local change it reports (the caller holds that transaction). Rows leave only when the
// server confirmed them (confirm()), or when the learner dismisses one the server refused.
//
// Rules kept here, in SQL, so that every writer obeys them:
//  - only activities of courses from a server are queued (a USB or bundled course has no one
//    to tell);
//  - each row carries its own copy of the server identity it needs (course id, cmid, module,
//    instance), so a re-sync that removes the activity does not make the action unsendable;
//  - repetitions that carry no information are merged into the waiting row (merge_key): views
//    of one activity, the latest completion of one activity, and the tracks of one SCORM
//    attempt (latest value per element). A row being sent is never merged into.
//  - order per activity is the row id order (order_key names the activity or course).
class UploadRepository final
{
public:
    using Kind = UploadKind;
    using State = UploadState;
    using Action = UploadAction;
    using Counts = UploadCounts;

    explicit UploadRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // --- recording (inside the caller's transaction). Each returns false only on a database
    // error; queuing nothing (an offline-only course) is success.
    StorageError enqueueCourseView(qint64 profileId, qint64 courseId);
    StorageError enqueueActivityView(qint64 profileId, qint64 activityId);
    StorageError enqueueCompletion(qint64 profileId, qint64 activityId, bool completed,
                                   qint64 timeMs);
    // `sco` is the item identifier in the package's manifest; the server's SCO id is looked up
    // when it is known (scorm_scoes), else by the uploader before it sends.
    StorageError enqueueScormTracks(qint64 profileId, qint64 activityId, const QString &sco,
                                    int attempt, const QMap<QString, QString> &tracks);

    // --- the uploader
    // Rows of the profile that are waiting or were being sent, oldest first.
    QList<Action> waiting(qint64 profileId, int limit = 500);
    // Every row of the profile (waiting and refused), for the Uploads page.
    QList<Action> all(qint64 profileId);
    std::optional<Action> action(qint64 id);
    // Profiles that have something waiting.
    QList<qint64> profilesWithWork();
    StorageError markSending(qint64 id);
    // The server's id of the row's SCO, once the uploader learned it.
    StorageError setScoId(qint64 id, qint64 scoId);
    // The server confirmed it: the row goes, and the profile's last upload time moves.
    StorageError confirm(qint64 id);
    // The server refused it for good (or a newer change on the server won): kept, with the
    // reason, until the learner dismisses it.
    StorageError reject(qint64 id, const QString &code, const QString &message);
    // It could not be sent now: waiting again, with the attempt counted.
    StorageError retryLater(qint64 id, const QString &code, const QString &message);
    // After a crash: rows that were being sent are waiting again (replayed; see ARCHITECTURE.md
    // for why each call is safe to repeat).
    int requeueSending();
    // Only refused rows can be dismissed.
    StorageError dismiss(qint64 profileId, qint64 id);
    Counts counts(qint64 profileId);
    // True when anything for the activity is waiting to be sent.
    bool hasWaiting(qint64 profileId, qint64 activityId);
    // The waiting completion row of an activity, if any.
    std::optional<Action> waitingCompletion(qint64 profileId, qint64 activityId);

private:
    StorageError enqueue(qint64 profileId, qint64 activityId, qint64 courseId, Kind kind,
                         const QJsonObject &payload, const QString &mergeKey);
    QList<Action> select(const QString &where, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
};

} // namespace clikc
