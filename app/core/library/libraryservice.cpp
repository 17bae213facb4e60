#include "libraryservice.h"

#include "content/contentstore.h"
#include "library/coursemerge.h"
#include "progress/completionreconcile.h"
#include "progress/seenranges.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "storage/sourcerepository.h"
#include "storage/uploadrepository.h"
#include "util/failpoint.h"

#include <QDateTime>
#include <QPromise>
#include <QSet>
#include <QTemporaryDir>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

const QString kSampleImportedKey = u"sample_imported"_s;

} // namespace

LibraryService::LibraryService(Database &database, ContentStore &store, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{
    // One thread, kept alive: operations run in order, and its SQLite connection stays open.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(u"library"_s);
}

LibraryService::~LibraryService()
{
    // The worker's connection is closed on the worker, where it was opened.
    m_pool.start([this] { m_database.closeConnection(); });
    waitForIdle();
}

void LibraryService::waitForIdle()
{
    m_pool.waitForDone();
}

// Not QtConcurrent::run: a thread that waits on one of its futures may take the task and run it
// itself, beside the worker, which would break the one-at-a-time order the library relies on
// (a repair could see a half-imported course's files as orphans). A promise fed from a plain
// runnable cannot be taken that way.
template<typename F>
auto LibraryService::run(F &&function)
{
    using Result = std::invoke_result_t<std::decay_t<F>>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    m_pool.start([promise, work = std::forward<F>(function)]() mutable {
        if constexpr (std::is_void_v<Result>)
            work();
        else
            promise->addResult(work());
        promise->finish();
    });
    return future;
}

QFuture<QList<CourseSummary>> LibraryService::courses(qint64 profileId)
{
    return run([this, profileId] {
        return CourseRepository(m_database.connection()).summaries(profileId);
    });
}

QFuture<std::optional<Course>> LibraryService::course(qint64 courseId)
{
    return run(
        [this, courseId] { return CourseRepository(m_database.connection()).course(courseId); });
}

QFuture<std::optional<Activity>> LibraryService::activity(qint64 activityId)
{
    return run([this, activityId] {
        return CourseRepository(m_database.connection()).activity(activityId);
    });
}

QFuture<QHash<qint64, bool>> LibraryService::completions(qint64 profileId, qint64 courseId)
{
    return run([this, profileId, courseId] {
        return ProgressRepository(m_database.connection()).completions(profileId, courseId);
    });
}

QFuture<LibraryService::Stats> LibraryService::stats(qint64 profileId)
{
    return run([this, profileId] {
        QSqlDatabase db = m_database.connection();
        Stats stats;
        stats.courses = CourseRepository(db).count();
        const auto blobs = BlobRepository(db).all();
        stats.blobs = int(blobs.size());
        for (const auto &blob : blobs)
            stats.bytes += blob.size;
        stats.pendingUploads = UploadRepository(db).counts(profileId).pending;
        return stats;
    });
}

QFuture<MirrorImporter::Report> LibraryService::importMirror(const QString &root, SourceKind kind,
                                                             const QStringList &courseIds)
{
    return run([this, root, kind, courseIds] {
        MirrorImporter importer(m_database, m_store);
        const auto report
            = importer.import(root, kind, courseIds, [this](qint64 done, qint64 total) {
                  Q_EMIT importProgressed(done, total);
              });
        if (!report.imported.isEmpty())
            Q_EMIT libraryChanged();
        return report;
    });
}

QFuture<MirrorImporter::Report> LibraryService::importSampleIfFirstStart(const QString &root)
{
    return run([this, root] {
        QSqlDatabase db = m_database.connection();
        SourceRepository sources(db);
        if (!sources.meta(kSampleImportedKey).isEmpty() || CourseRepository(db).count() > 0)
            return MirrorImporter::Report{};
        MirrorImporter importer(m_database, m_store);
        const auto report = importer.import(root, SourceKind::Bundled);
        if (report.ok()) {
            sources.setMeta(kSampleImportedKey,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        }
        if (!report.imported.isEmpty())
            Q_EMIT libraryChanged();
        return report;
    });
}

QFuture<bool> LibraryService::removeCourseContent(qint64 courseId)
{
    return run([this, courseId] {
        QSqlDatabase db = m_database.connection();
        {
            ScopedTransaction transaction(db);
            if (!CourseRepository(db).dropContent(courseId) || !transaction.commit())
                return false;
        }
        // After the commit: a crash here leaves unused blobs that the next repair() frees.
        freeUnusedBlobs();
        Q_EMIT libraryChanged();
        return true;
    });
}

int LibraryService::freeUnusedBlobs()
{
    BlobRepository blobs(m_database.connection());
    int freed = 0;
    for (const QString &sha : blobs.unreferenced()) {
        // The row goes first: a file without a row is an orphan that repair() removes, while a
        // row without its file would be a lie.
        if (blobs.remove(sha) && m_store.remove(sha))
            ++freed;
    }
    return freed;
}

QFuture<PlaybackState> LibraryService::playbackState(qint64 profileId, qint64 activityId)
{
    return run([this, profileId, activityId] {
        return ProgressRepository(m_database.connection()).state(profileId, activityId);
    });
}

QFuture<bool> LibraryService::savePlayback(qint64 profileId, qint64 activityId, PlaybackState state)
{
    return run([this, profileId, activityId, state]() mutable {
        QSqlDatabase db = m_database.connection();
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
            Q_EMIT progressChanged(profileId, activityId);
        return ok;
    });
}

QFuture<bool> LibraryService::recordCourseView(qint64 profileId, qint64 courseId)
{
    return run([this, profileId, courseId] {
        QSqlDatabase db = m_database.connection();
        ScopedTransaction transaction(db);
        const bool ok
            = UploadRepository(db).enqueueCourseView(profileId, courseId) && transaction.commit();
        if (ok)
            Q_EMIT uploadsQueued(profileId);
        return ok;
    });
}

QFuture<bool> LibraryService::recordActivityView(qint64 profileId, qint64 activityId)
{
    return run([this, profileId, activityId] {
        QSqlDatabase db = m_database.connection();
        const auto activity = CourseRepository(db).activity(activityId);
        if (!activity)
            return false;
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
            Q_EMIT progressChanged(profileId, activityId);
        if (ok && reported)
            Q_EMIT uploadsQueued(profileId);
        return ok;
    });
}

QFuture<bool> LibraryService::setManualCompletion(qint64 profileId, qint64 activityId,
                                                  bool completed)
{
    return run([this, profileId, activityId, completed] {
        QSqlDatabase db = m_database.connection();
        const auto activity = CourseRepository(db).activity(activityId);
        if (!activity || activity->completion != CompletionRule::Manual)
            return false;
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
            Q_EMIT progressChanged(profileId, activityId);
            Q_EMIT uploadsQueued(profileId);
        }
        return ok;
    });
}

QFuture<bool> LibraryService::recordScormTracks(qint64 profileId, qint64 activityId, QString sco,
                                                int attempt, QMap<QString, QString> tracks)
{
    return run([this, profileId, activityId, sco, attempt, tracks] {
        QSqlDatabase db = m_database.connection();
        ScopedTransaction transaction(db);
        bool ok
            = UploadRepository(db).enqueueScormTracks(profileId, activityId, sco, attempt, tracks);
        QJsonObject values;
        for (auto it = tracks.begin(); it != tracks.end(); ++it)
            values.insert(it.key(), it.value());
        const bool done = scormIsDone(values);
        bool completedNow = false;
        if (ok && done)
            ok = ProgressRepository(db).markCompleted(profileId, activityId, &completedNow);
        ok = ok && transaction.commit();
        if (ok && completedNow)
            Q_EMIT progressChanged(profileId, activityId);
        if (ok)
            Q_EMIT uploadsQueued(profileId);
        return ok;
    });
}

QFuture<LibraryService::ScormLesson> LibraryService::openScorm(qint64 activityId)
{
    return run([this, activityId] {
        ScormLesson lesson;
        QSqlDatabase db = m_database.connection();
        auto activity = CourseRepository(db).activity(activityId);
        const FileEntry *package = nullptr;
        if (activity) {
            for (const FileEntry &file : activity->files) {
                if (file.role == FileRole::Main && file.state == FileState::Ready
                    && !file.sha256.isEmpty())
                    package = &file;
            }
        }
        if (!activity || activity->kind != ActivityKind::Scorm || !package) {
            lesson.error = tr("This lesson is not on this computer yet: download it first.");
            return lesson;
        }
        ScormRepository scorm(db);
        if (scorm.unpackedPackage(activityId) != package->sha256) {
            // Unpacked next to the store, so that placing each file is a rename.
            QTemporaryDir staging(m_store.tmpDir() + u"/unpack-XXXXXX"_s);
            const PackageExtractor extractor;
            const auto report = extractor.extract(
                m_store.pathOf(package->sha256), staging.path() + u"/files"_s,
                [this](qint64 done, qint64 total) { Q_EMIT unpackProgressed(done, total); });
            if (!report.ok()) {
                lesson.error = report.error.message();
                return lesson;
            }
            // The manifest decides before anything is kept: a package refused here leaves
            // nothing in the library (the staging folder goes with `staging`).
            ScormManifestError refused;
            ScormManifest::read(staging.path() + u"/files/"_s
                                    + PackageExtractor::kManifestName.toString(),
                                &refused);
            if (refused.isError()) {
                lesson.error = refused.message();
                return lesson;
            }
            QList<std::tuple<QString, qint64, QString>> placed;
            for (const ExtractedFile &file : report.files) {
                ContentStore::Error error = ContentStore::Error::None;
                const auto sha = m_store.adoptFile(staging.path() + u"/files/"_s + file.path,
                                                   {file.sha256, file.size}, {}, &error);
                if (!sha) {
                    lesson.error = tr("The lesson could not be unpacked: the disk is full or "
                                      "cannot be written.");
                    freeUnusedBlobs();
                    return lesson;
                }
                placed.append({file.path, file.size, *sha});
            }
            ScopedTransaction transaction(db);
            if (!scorm.replaceUnpacked(activityId, package->sha256, placed)
                || !transaction.commit()) {
                lesson.error = tr("The lesson could not be unpacked: the library could not be "
                                  "written.");
                return lesson;
            }
            freeUnusedBlobs();
            activity = CourseRepository(db).activity(activityId);
        }
        const FileEntry *manifest = activity->fileAt(PackageExtractor::kManifestName.toString());
        ScormManifestError error;
        lesson.manifest = manifest ? ScormManifest::read(m_store.pathOf(manifest->sha256), &error)
                                   : ScormManifest{};
        if (!manifest)
            error.code = ScormManifestError::Code::Unreadable;
        if (error.isError()) {
            lesson.error = error.message();
            return lesson;
        }
        lesson.activity = *activity;
        return lesson;
    });
}

QFuture<ScormAttempt> LibraryService::scormAttempt(qint64 profileId, qint64 activityId, QString sco)
{
    return run([this, profileId, activityId, sco] {
        const auto latest
            = ScormRepository(m_database.connection()).latest(profileId, activityId, sco);
        if (!latest) {
            ScormAttempt first;
            first.sco = sco;
            return first;
        }
        // An attempt that ended (not suspended) with a result is reviewed when opened again,
        // as Moodle's player does; the learner chooses to start a new one.
        ScormAttempt attempt = *latest;
        const QJsonObject &d = attempt.data;
        const QString exit
            = d.value(u"cmi.core.exit"_s).toString() + d.value(u"cmi.exit"_s).toString();
        attempt.ended
            = attempt.finished && exit != u"suspend"_s && (scormIsDone(d) || scormIsFailed(d));
        return attempt;
    });
}

QFuture<QHash<qint64, ScormResult>> LibraryService::scormResults(qint64 profileId, qint64 courseId)
{
    return run([this, profileId, courseId] {
        return ScormRepository(m_database.connection()).results(profileId, courseId);
    });
}

QFuture<QList<ScormAttempt>> LibraryService::scormAttempts(qint64 profileId, qint64 activityId)
{
    return run([this, profileId, activityId] {
        return ScormRepository(m_database.connection()).attempts(profileId, activityId);
    });
}

QFuture<bool> LibraryService::saveScormAttempt(qint64 profileId, qint64 activityId, QString sco,
                                               int attempt, QJsonObject values, bool finished)
{
    return run([this, profileId, activityId, sco, attempt, values, finished] {
        QSqlDatabase db = m_database.connection();
        ScopedTransaction transaction(db);
        QMap<QString, QString> tracks;
        for (auto it = values.begin(); it != values.end(); ++it) {
            // The session's own bookkeeping is not a track Moodle keeps.
            if (it.key() == u"cmi.core.entry"_s || it.key() == u"cmi.entry"_s)
                continue;
            tracks.insert(it.key(), it.value().toString());
        }
        QJsonObject stored;
        bool ok = ScormRepository(db).save(profileId, activityId, sco, attempt, values, finished,
                                           &stored);
        if (ok && !tracks.isEmpty())
            ok = UploadRepository(db).enqueueScormTracks(profileId, activityId, sco, attempt,
                                                         tracks);
        const bool done = scormIsDone(stored);
        bool completedNow = false;
        if (ok && done)
            ok = ProgressRepository(db).markCompleted(profileId, activityId, &completedNow);
        ok = ok && transaction.commit();
        // The end of a session may change the result the course page shows.
        if (ok && (completedNow || finished))
            Q_EMIT progressChanged(profileId, activityId);
        if (ok && !tracks.isEmpty())
            Q_EMIT uploadsQueued(profileId);
        return ok;
    });
}

QFuture<QList<UploadAction>> LibraryService::uploads(qint64 profileId)
{
    return run(
        [this, profileId] { return UploadRepository(m_database.connection()).all(profileId); });
}

QFuture<UploadCounts> LibraryService::uploadCounts(qint64 profileId)
{
    return run(
        [this, profileId] { return UploadRepository(m_database.connection()).counts(profileId); });
}

QFuture<bool> LibraryService::dismissUpload(qint64 profileId, qint64 uploadId)
{
    return run([this, profileId, uploadId] {
        const bool ok = UploadRepository(m_database.connection()).dismiss(profileId, uploadId);
        if (ok)
            Q_EMIT uploadsQueued(profileId);
        return ok;
    });
}

QFuture<std::optional<AccountRecord>> LibraryService::account(qint64 profileId)
{
    return run([this, profileId] {
        return ProfileRepository(m_database.connection()).account(profileId);
    });
}

QFuture<std::optional<Source>> LibraryService::source(qint64 sourceId)
{
    return run(
        [this, sourceId] { return SourceRepository(m_database.connection()).source(sourceId); });
}

QFuture<qint64> LibraryService::recordSignIn(qint64 profileId, Source site, const QString &username,
                                             qint64 remoteUserId)
{
    return run([this, profileId, site, username, remoteUserId]() mutable -> qint64 {
        QSqlDatabase db = m_database.connection();
        ScopedTransaction transaction(db);
        if (!SourceRepository(db).save(site))
            return 0;
        const AccountRecord account{site.id, username, remoteUserId, true};
        if (!ProfileRepository(db).setAccount(profileId, account) || !transaction.commit())
            return 0;
        return site.id;
    });
}

QFuture<bool> LibraryService::recordSignOut(qint64 profileId)
{
    return run([this, profileId] {
        return ProfileRepository(m_database.connection()).setSignedIn(profileId, false);
    });
}

QFuture<bool> LibraryService::saveRemoteCourses(qint64 profileId, qint64 sourceId,
                                                QList<Course> courses)
{
    return run([this, profileId, sourceId, courses]() mutable {
        QSqlDatabase db = m_database.connection();
        CourseRepository repository(db);
        bool ok = true;
        QList<qint64> superseded;
        bool progressMoved = false;
        for (Course &incoming : courses) {
            incoming.sourceId = sourceId;
            std::optional<Course> existing;
            if (const auto id = repository.idOf(sourceId, incoming.remoteId))
                existing = repository.course(*id);
            Course merged = mergeRemoteCourse(std::move(incoming), existing);
            ScopedTransaction transaction(db);
            bool saved = repository.save(merged);
            // The ids are known once saved; the server's completion came with the structure.
            for (const Section &section : std::as_const(merged.sections)) {
                for (const Activity &activity : section.activities) {
                    if (!saved || !activity.serverCompletion.known())
                        continue;
                    using progress::Reconciled;
                    const Reconciled r = progress::reconcileCompletion(db, profileId, activity.id,
                                                                       activity.serverCompletion);
                    saved = r != Reconciled::Failed;
                    progressMoved = progressMoved || r == Reconciled::TookServer
                                    || r == Reconciled::ServerWon;
                    if (r == Reconciled::ServerWon)
                        superseded.append(activity.id);
                }
            }
            ok = saved && transaction.commit() && ok;
        }
        for (qint64 activityId : std::as_const(superseded))
            Q_EMIT completionSuperseded(profileId, activityId);
        if (!superseded.isEmpty())
            Q_EMIT uploadsQueued(profileId);
        if (progressMoved)
            Q_EMIT progressChanged(profileId, 0);
        // Files the server no longer lists may have freed content.
        freeUnusedBlobs();
        Q_EMIT libraryChanged();
        return ok;
    });
}

QFuture<LibraryService::RepairReport> LibraryService::repair()
{
    return run([this] {
        RepairReport report;
        report.leftoversRemoved = m_store.removeLeftovers();
        BlobRepository blobs(m_database.connection());
        QSet<QString> known;
        for (const auto &blob : blobs.all())
            known.insert(blob.sha256);
        for (const QString &sha : m_store.objects()) {
            if (!known.contains(sha) && m_store.remove(sha))
                ++report.orphansRemoved;
        }
        report.blobsFreed = freeUnusedBlobs();
        return report;
    });
}

QFuture<LibraryService::VerifyReport> LibraryService::verify()
{
    return run([this] {
        VerifyReport report;
        QSqlDatabase db = m_database.connection();
        BlobRepository blobs(db);
        QSet<QString> known;
        const QList<BlobRepository::Blob> all = blobs.all();
        const int total = int(all.size());
        const int step = std::max(1, total / 100);
        int done = 0;
        Q_EMIT verifyProgressed(0, total);
        for (const auto &blob : all) {
            if (++done % step == 0 || done == total)
                Q_EMIT verifyProgressed(done, total);
            known.insert(blob.sha256);
            if (blob.quarantined)
                continue;
            ++report.checked;
            if (!m_store.contains(blob.sha256)) {
                report.missing.append(blob.sha256);
                report.missingFiles.append(blobs.uses(blob.sha256));
                blobs.quarantine(blob.sha256);
            } else if (!m_store.verify(blob.sha256)) {
                report.quarantined.append(blob.sha256);
                report.damagedFiles.append(blobs.uses(blob.sha256));
                m_store.quarantine(blob.sha256);
                blobs.quarantine(blob.sha256);
            } else {
                blobs.markVerified(blob.sha256);
            }
        }
        for (const QString &sha : m_store.objects()) {
            if (!known.contains(sha)) {
                report.orphans.append(sha);
                m_store.remove(sha);
            }
        }
        if (!report.ok())
            Q_EMIT libraryChanged();
        return report;
    });
}

} // namespace clikc
