#pragma once

#include "content/mirrorimporter.h"
#include "content/packageextractor.h"
#include "content/scormmanifest.h"
#include "domain/types.h"
#include "storage/blobrepository.h"
#include "storage/profilerepository.h"
#include "storage/scormrepository.h"
#include "storage/uploadrepository.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QThreadPool>

namespace clikc {

class ContentStore;
class Database;

// The library's one way in for the interface and the command line: courses, their structure,
// progress, imports, removal and the content store's upkeep. Every operation runs on one worker
// thread, in the order asked (so a save is never overtaken by a later read), and returns a
// QFuture; nothing here blocks the caller. Lives on the thread that created it (the GUI thread
// in the application); its signals are emitted from the worker and arrive queued.
class LibraryService final : public QObject
{
    Q_OBJECT

public:
    LibraryService(Database &database, ContentStore &store, QObject *parent = nullptr);
    ~LibraryService() override;
    Q_DISABLE_COPY_MOVE(LibraryService)

    struct VerifyReport
    {
        int checked = 0;
        QStringList quarantined; // bytes no longer matched their name
        QStringList missing;     // recorded but not on disk
        QStringList orphans;     // on disk but unknown to the library, removed
        // The course files that used the damaged or missing content, to name them to a person.
        QList<BlobUse> damagedFiles;
        QList<BlobUse> missingFiles;
        bool ok() const { return quarantined.isEmpty() && missing.isEmpty(); }
    };

    struct RepairReport
    {
        int leftoversRemoved = 0; // half-written files from a crash
        int orphansRemoved = 0;   // placed but never recorded
        int blobsFreed = 0;       // no longer used by any course
    };

    struct Stats
    {
        int courses = 0;
        int blobs = 0;
        qint64 bytes = 0;
        int pendingUploads = 0;
    };

    QFuture<QList<CourseSummary>> courses(qint64 profileId);
    QFuture<std::optional<Course>> course(qint64 courseId);
    QFuture<std::optional<Activity>> activity(qint64 activityId);
    QFuture<QHash<qint64, bool>> completions(qint64 profileId, qint64 courseId);
    QFuture<Stats> stats(qint64 profileId);

    QFuture<MirrorImporter::Report> importMirror(const QString &root, SourceKind kind,
                                                 const QStringList &courseIds = {});
    // Imports the bundled sample course, unless it was imported before (even if later removed).
    QFuture<MirrorImporter::Report> importSampleIfFirstStart(const QString &root);
    // Frees the course's content (what no other course uses) but keeps its structure and the
    // learners' progress, so it can be brought back.
    QFuture<bool> removeCourseContent(qint64 courseId);

    QFuture<PlaybackState> playbackState(qint64 profileId, qint64 activityId);
    // Saves the place; completes the activity (and queues the completion for upload) when its
    // rule is met: `watched` at 90% of the duration seen, `viewed` on opening.
    QFuture<bool> savePlayback(qint64 profileId, qint64 activityId, PlaybackState state);
    // The learner opened the course / the activity: recorded, queued for the server (merged with
    // a view still waiting), and an activity completed on viewing is completed at once.
    QFuture<bool> recordCourseView(qint64 profileId, qint64 courseId);
    QFuture<bool> recordActivityView(qint64 profileId, qint64 activityId);
    // The learner ticked or unticked an activity with manual completion. False for any other
    // activity (its completion is the server's to decide).
    QFuture<bool> setManualCompletion(qint64 profileId, qint64 activityId, bool completed);
    // A SCORM lesson's data for one attempt of one SCO: queued as tracks (the latest value of
    // each element wins); a completed or passed status completes the activity here at once.
    QFuture<bool> recordScormTracks(qint64 profileId, qint64 activityId, QString sco, int attempt,
                                    QMap<QString, QString> tracks);

    // A SCORM lesson ready to play: its package unpacked into the content store (once per
    // package version; the files become the activity's 'asset' files), and its manifest read.
    struct ScormLesson
    {
        Activity activity; // with the unpacked files
        ScormManifest manifest;
        QString error; // learner-facing, in the language of the moment it was made; empty if ok
        bool ok() const { return error.isEmpty(); }
    };
    QFuture<ScormLesson> openScorm(qint64 activityId);
    // Where a learner is in a SCO: the latest attempt and its stored values (marked `ended`
    // when it ended with a result, to be reviewed), or a first one with no values.
    QFuture<ScormAttempt> scormAttempt(qint64 profileId, qint64 activityId, QString sco);
    // How each SCORM lesson of the course went for the learner (its latest attempt).
    QFuture<QHash<qint64, ScormResult>> scormResults(qint64 profileId, qint64 courseId);
    // Every attempt of the learner at the lesson's SCOs (the contents show their state).
    QFuture<QList<ScormAttempt>> scormAttempts(qint64 profileId, qint64 activityId);
    // What the run-time handed over at a Commit or at the end of a session: kept with the
    // attempt, queued for the site as tracks, and a completed or passed lesson completed here.
    QFuture<bool> saveScormAttempt(qint64 profileId, qint64 activityId, QString sco, int attempt,
                                   QJsonObject values, bool finished);

    // The upload queue of a profile, for the Uploads page; refused rows can be dismissed.
    QFuture<QList<UploadAction>> uploads(qint64 profileId);
    QFuture<UploadCounts> uploadCounts(qint64 profileId);
    QFuture<bool> dismissUpload(qint64 profileId, qint64 uploadId);

    // The profile's sign-in (site and username; never the token).
    QFuture<std::optional<AccountRecord>> account(qint64 profileId);
    QFuture<std::optional<Source>> source(qint64 sourceId);
    // Records a successful sign-in: the site as a source, and the profile's account. Returns the
    // source's id (0 on failure).
    QFuture<qint64> recordSignIn(qint64 profileId, Source site, const QString &username,
                                 qint64 remoteUserId);
    QFuture<bool> recordSignOut(qint64 profileId);
    // Stores courses fresh from a server, merged with what is on this computer, and reconciles
    // the server's completion states with the profile's (see progress/completionreconcile.h).
    QFuture<bool> saveRemoteCourses(qint64 profileId, qint64 sourceId, QList<Course> courses);

    // Start-up repair after a crash: leftovers, orphans and unused blobs.
    QFuture<RepairReport> repair();
    QFuture<VerifyReport> verify();

    // The share of a video that must have been seen for it to count as watched.
    static constexpr double kWatchedShare = 0.9;

    // Something outside the service (a finished download) changed the library.
    void notifyChanged() { Q_EMIT libraryChanged(); }
    // Something outside the service (the uploader) changed a profile's progress.
    void notifyProgressChanged(qint64 profileId, qint64 activityId)
    {
        Q_EMIT progressChanged(profileId, activityId);
        Q_EMIT completionSuperseded(profileId, activityId);
    }

    // Waits for every queued operation (shutdown, tests, the command line).
    void waitForIdle();

Q_SIGNALS:
    void libraryChanged();
    void progressChanged(qint64 profileId, qint64 activityId);
    // Something was queued for the server.
    void uploadsQueued(qint64 profileId);
    // A change made on this computer lost to a newer one made on the site.
    void completionSuperseded(qint64 profileId, qint64 activityId);
    void importProgressed(qint64 bytesDone, qint64 bytesTotal);
    void unpackProgressed(qint64 bytesDone, qint64 bytesTotal);
    // verify(): `done` of `total` stored files re-read so far (from the worker thread, at most
    // a hundred times a run plus the last).
    void verifyProgressed(int done, int total);

private:
    template<typename F>
    auto run(F &&function);
    int freeUnusedBlobs();

    Database &m_database;
    ContentStore &m_store;
    QThreadPool m_pool;
};

} // namespace clikc
