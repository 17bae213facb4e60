#include "scormlessons.h"

#include "content/contentstore.h"
#include "content/packageextractor.h"
#include "libraryworker.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "storage/uploadrepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace clikc {

ScormLessons::ScormLessons(LibraryWorker &worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{}

QFuture<ScormLessons::ScormLesson> ScormLessons::openScorm(qint64 activityId)
{
    return m_worker.run([this, activityId] {
        ScormLesson lesson;
        QSqlDatabase db = m_worker.database().connection();
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
            lesson.error = {LibraryError::Code::NotDownloaded, {}, {}};
            return lesson;
        }
        ScormRepository scorm(db);
        if (scorm.unpackedPackage(activityId) != package->sha256) {
            // Unpacked next to the store, so that placing each file is a rename.
            QTemporaryDir staging(m_worker.store().tmpDir() + u"/unpack-XXXXXX"_s);
            const PackageExtractor extractor;
            const auto report = extractor.extract(
                m_worker.store().pathOf(package->sha256), staging.path() + u"/files"_s,
                [this](qint64 done, qint64 total) { Q_EMIT unpackProgressed(done, total); });
            if (!report.ok()) {
                lesson.error = {LibraryError::Code::PackageRefused, report.error, {}};
                return lesson;
            }
            // The manifest decides before anything is kept: a package refused here leaves
            // nothing in the library (the staging folder goes with `staging`).
            ScormManifestError refused;
            ScormManifest::read(staging.path() + u"/files/"_s
                                    + PackageExtractor::kManifestName.toString(),
                                &refused);
            if (refused.isError()) {
                lesson.error = {LibraryError::Code::ManifestRefused, {}, refused};
                return lesson;
            }
            QList<std::tuple<QString, qint64, QString>> placed;
            for (const ExtractedFile &file : report.files) {
                ContentStore::Error error = ContentStore::Error::None;
                const auto sha
                    = m_worker.store().adoptFile(staging.path() + u"/files/"_s + file.path,
                                                 {file.sha256, file.size}, {}, &error);
                if (!sha) {
                    lesson.error
                        = {error == ContentStore::Error::NoSpace ? LibraryError::Code::NoSpace
                                                                 : LibraryError::Code::StoreFailed,
                           {},
                           {}};
                    m_worker.freeUnusedBlobs();
                    return lesson;
                }
                placed.append({file.path, file.size, *sha});
            }
            ScopedTransaction transaction(db);
            StorageError written = scorm.replaceUnpacked(activityId, package->sha256, placed);
            if (written.ok())
                written = transaction.commit();
            if (written.isError()) {
                lesson.error = LibraryError::fromStorage(written);
                return lesson;
            }
            m_worker.freeUnusedBlobs();
            activity = CourseRepository(db).activity(activityId);
        }
        const FileEntry *manifest = activity->fileAt(PackageExtractor::kManifestName.toString());
        ScormManifestError error;
        lesson.manifest
            = manifest ? ScormManifest::read(m_worker.store().pathOf(manifest->sha256), &error)
                       : ScormManifest{};
        if (!manifest)
            error.code = ScormManifestError::Code::Unreadable;
        if (error.isError()) {
            lesson.error = {LibraryError::Code::ManifestRefused, {}, error};
            return lesson;
        }
        lesson.activity = *activity;
        return lesson;
    });
}

QFuture<ScormAttempt> ScormLessons::scormAttempt(qint64 profileId, qint64 activityId, QString sco)
{
    return m_worker.run([this, profileId, activityId, sco] {
        const auto latest
            = ScormRepository(m_worker.database().connection()).latest(profileId, activityId, sco);
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

QFuture<QList<ScormAttempt>> ScormLessons::scormAttempts(qint64 profileId, qint64 activityId)
{
    return m_worker.run([this, profileId, activityId] {
        return ScormRepository(m_worker.database().connection()).attempts(profileId, activityId);
    });
}

QFuture<LibraryError> ScormLessons::saveScormAttempt(qint64 profileId, qint64 activityId,
                                                     QString sco, int attempt, QJsonObject values,
                                                     bool finished)
{
    return m_worker.run([this, profileId, activityId, sco, attempt, values, finished] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        QMap<QString, QString> tracks;
        for (auto it = values.begin(); it != values.end(); ++it) {
            // The session's own bookkeeping is not a track Moodle keeps.
            if (it.key() == u"cmi.core.entry"_s || it.key() == u"cmi.entry"_s)
                continue;
            tracks.insert(it.key(), it.value().toString());
        }
        QJsonObject stored;
        StorageError error = ScormRepository(db).save(profileId, activityId, sco, attempt, values,
                                                      finished, &stored);
        if (error.ok() && !tracks.isEmpty())
            error = UploadRepository(db).enqueueScormTracks(profileId, activityId, sco, attempt,
                                                            tracks);
        const bool done = scormIsDone(stored);
        bool completedNow = false;
        if (error.ok() && done)
            error = ProgressRepository(db).markCompleted(profileId, activityId, &completedNow);
        if (error.ok())
            error = transaction.commit();
        const bool ok = error.ok();
        // The end of a session may change the result the course page shows.
        if (ok && (completedNow || finished))
            Q_EMIT m_worker.progressChanged(profileId, activityId);
        if (ok && !tracks.isEmpty())
            Q_EMIT m_worker.uploadsQueued(profileId);
        return m_worker.outcome(error);
    });
}

} // namespace clikc
