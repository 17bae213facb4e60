#pragma once

#include "content/scormmanifest.h"
#include "domain/scorm.h"
#include "domain/types.h"
#include "libraryerror.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

namespace clikc {

class LibraryWorker;

// SCORM lessons on this computer: a package unpacked and read before it plays, and what its
// run-time hands over kept with the attempt and queued for the site.
class ScormLessons final : public QObject
{
    Q_OBJECT

public:
    explicit ScormLessons(LibraryWorker &worker, QObject *parent = nullptr);

    // A SCORM lesson ready to play: its package unpacked into the content store (once per
    // package version; the files become the activity's 'asset' files), and its manifest read.
    struct ScormLesson
    {
        Activity activity; // with the unpacked files
        ScormManifest manifest;
        LibraryError error;
        bool ok() const { return !error.isError(); }
    };
    QFuture<ScormLesson> openScorm(qint64 activityId);
    // Where a learner is in a SCO: the latest attempt and its stored values (marked `ended`
    // when it ended with a result, to be reviewed), or a first one with no values.
    QFuture<ScormAttempt> scormAttempt(qint64 profileId, qint64 activityId, QString sco);
    // Every attempt of the learner at the lesson's SCOs (the contents show their state).
    QFuture<QList<ScormAttempt>> scormAttempts(qint64 profileId, qint64 activityId);
    // What the run-time handed over at a Commit or at the end of a session: kept with the
    // attempt, queued for the site as tracks, and a completed or passed lesson completed here.
    QFuture<LibraryError> saveScormAttempt(qint64 profileId, qint64 activityId, QString sco,
                                           int attempt, QJsonObject values, bool finished);

Q_SIGNALS:
    // openScorm(): bytes of the package unpacked so far (from the worker thread).
    void unpackProgressed(qint64 bytesDone, qint64 bytesTotal);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
