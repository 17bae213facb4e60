#pragma once

#include <QJsonObject>
#include <QString>

namespace clikc {

// One action the server must learn of, as the upload queue holds it.
enum class UploadKind { CourseView, ActivityView, Completion, ScormTracks };
enum class UploadState { Pending, Sending, Rejected };

// The stable key of a kind, as the database and the command line's JSON write it.
QString uploadKindKey(UploadKind kind);
UploadKind uploadKindFromKey(const QString &key);

struct UploadAction
{
    qint64 id = 0;
    QString uuid;
    qint64 profileId = 0;
    qint64 sourceId = 0;
    qint64 courseId = 0;   // 0 once the course is gone
    qint64 activityId = 0; // 0 for a course view, or once the activity is gone
    UploadKind kind = UploadKind::CourseView;
    QJsonObject target;  // {"course", "cmid", "module", "instance"} as the server knows them
    QJsonObject payload; // completion: {"completed", "time"}; tracks: {"sco", "attempt", "tracks"}
    QString orderKey;
    QString title;
    UploadState state = UploadState::Pending;
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct UploadCounts
{
    int pending = 0; // waiting or being sent
    int rejected = 0;
    qint64 lastUploadAt = 0; // seconds since the epoch; 0 never
};

} // namespace clikc
