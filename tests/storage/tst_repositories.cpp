// Repositories: courses round-trip with their translations, updates drop what vanished,
// summaries count sizes once per blob, progress is private per profile and completions are
// queued for upload exactly once; a refused write says why, as SQLite said it, and leaves
// nothing half-written. Statements are prepared once per connection and reused safely. The
// library's overview is kept for the next start only while nothing it shows has changed.

#include "library/libraryerror.h"
#include "progress/completionreconcile.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "storage/sourcerepository.h"
#include "storage/sqlutil.h"
#include "storage/uploadrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

const QString kShaA = QString(64, u'a');
const QString kShaB = QString(64, u'b');

Course makeCourse(qint64 sourceId)
{
    Course course;
    course.sourceId = sourceId;
    course.remoteId = u"c-1"_s;
    course.shortName = u"C1"_s;
    course.title = LocalizedText(u"Risk management"_s);
    course.title.setTranslation(u"fr"_s, u"Gestion des risques"_s);
    course.summary = LocalizedText(u"Basics"_s);
    Section section;
    section.remoteId = u"s1"_s;
    section.title = LocalizedText(u"Start"_s);
    Activity video;
    video.remoteId = u"a1"_s;
    video.kind = ActivityKind::Video;
    video.title = LocalizedText(u"Intro"_s);
    video.completion = CompletionRule::Watched;
    video.entryPath = LocalizedText(u"intro.webm"_s);
    FileEntry file;
    file.path = u"intro.webm"_s;
    file.size = 100;
    file.sha256 = kShaA;
    file.state = FileState::Ready;
    video.files.append(file);
    Activity page;
    page.remoteId = u"a2"_s;
    page.position = 1;
    page.kind = ActivityKind::Page;
    page.title = LocalizedText(u"Reading"_s);
    page.completion = CompletionRule::Viewed;
    FileEntry html;
    html.path = u"index.html"_s;
    html.size = 50;
    html.sha256 = kShaA; // same bytes as the video, on purpose: counted once on disk
    html.state = FileState::Ready;
    page.files.append(html);
    FileEntry image;
    image.path = u"img.png"_s;
    image.size = 30;
    image.state = FileState::Remote;
    page.files.append(image);
    section.activities = {video, page};
    course.sections = {section};
    return course;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sourceId = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(
            u"lib-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_db->open());
        Source source;
        source.kind = SourceKind::Mirror;
        source.remoteId = u"m"_s;
        source.baseUrl = u"/mnt"_s;
        source.title = LocalizedText(u"Mirror"_s);
        SourceRepository sources(m_db->connection());
        QVERIFY(sources.save(source).ok());
        QVERIFY(source.id > 0);
        m_sourceId = source.id;
        BlobRepository blobs(m_db->connection());
        QVERIFY(blobs.add(kShaA, 100).ok());
    }

    void cleanup() { m_db.reset(); }

    void courseRoundTripsWithTranslations()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        QVERIFY(course.id > 0);
        const auto loaded = courses.course(course.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->title.text(u"fr"_s), u"Gestion des risques"_s);
        QCOMPARE(loaded->title.text(u"es"_s), u"Risk management"_s); // falls back to the default
        QCOMPARE(loaded->sections.size(), 1);
        const Activity &video = loaded->sections.first().activities.first();
        QCOMPARE(video.kind, ActivityKind::Video);
        QCOMPARE(video.completion, CompletionRule::Watched);
        QCOMPARE(video.files.size(), 1);
        QCOMPARE(video.files.first().sha256, kShaA);
        QCOMPARE(video.offlineState(), OfflineState::OnThisMachine);
        QCOMPARE(loaded->sections.first().activities.at(1).offlineState(), OfflineState::Partial);
    }

    void savingAgainUpdatesAndDropsWhatVanished()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 firstId = course.id;
        const qint64 videoId = course.sections.first().activities.first().id;

        Course update = makeCourse(m_sourceId);
        update.title = LocalizedText(u"Risk management (2nd edition)"_s);
        update.sections.first().activities.removeLast(); // the page is gone
        QVERIFY(courses.save(update).ok());
        QCOMPARE(update.id, firstId);                                     // same course
        QCOMPARE(update.sections.first().activities.first().id, videoId); // same activity
        const auto loaded = courses.course(firstId);
        QCOMPARE(loaded->title.defaultText(), u"Risk management (2nd edition)"_s);
        QCOMPARE(loaded->sections.first().activities.size(), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM files"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void summariesCountEachBlobOnce()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const auto summaries = courses.summaries(1);
        QCOMPARE(summaries.size(), 1);
        const CourseSummary &s = summaries.first();
        QCOMPARE(s.totalBytes, 180);
        QCOMPARE(s.bytesOnDisk, 100); // one blob, used twice
        QCOMPARE(s.fileCount, 3);
        QCOMPARE(s.readyFileCount, 2);
        QCOMPARE(s.offlineState(), OfflineState::Partial);
        QCOMPARE(s.activityCount, 2);
        QCOMPARE(s.completedCount, 0);
    }

    void blobReferencesAreCounted()
    {
        CourseRepository courses(m_db->connection());
        BlobRepository blobs(m_db->connection());
        QVERIFY(blobs.add(kShaB, 5).ok());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        QCOMPARE(blobs.referenceCount(kShaA), 2);
        QCOMPARE(blobs.referenceCount(kShaB), 0);
        QCOMPARE(blobs.unreferenced(), QStringList{kShaB});
        QVERIFY(courses.dropContent(course.id).ok());
        QCOMPARE(blobs.referenceCount(kShaA), 0);
        QCOMPARE(blobs.unreferenced().size(), 2);
        QVERIFY(blobs.quarantine(kShaA).ok());
        QVERIFY(!blobs.contains(kShaA));
    }

    void progressIsPrivateAndCompletedOnce()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 videoId = course.sections.first().activities.first().id;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO profiles (id, name, created_at) VALUES (2, 'other', 0)"_s));

        ProgressRepository progress(m_db->connection());
        PlaybackState state;
        state.positionMs = 3000;
        state.durationMs = 8000;
        state.watchedMs = 3000;
        state.seenRanges = u"0-3000"_s;
        QVERIFY(progress.save(1, videoId, state).ok());
        QCOMPARE(progress.state(1, videoId).positionMs, 3000);
        QCOMPARE(progress.state(1, videoId).seenRanges, u"0-3000"_s);
        QCOMPARE(progress.state(2, videoId).positionMs, 0); // the other profile sees nothing

        bool newly = false;
        QVERIFY(progress.markCompleted(1, videoId, &newly).ok());
        QVERIFY(newly);
        QVERIFY(progress.markCompleted(1, videoId, &newly).ok());
        QVERIFY(!newly);
        QVERIFY(progress.state(1, videoId).completed);
        // Saving a later position never un-completes.
        QVERIFY(progress.save(1, videoId, state).ok());
        QVERIFY(progress.state(1, videoId).completed);
        QCOMPARE(progress.completions(1, course.id).value(videoId), true);
        QCOMPARE(courses.summaries(1).first().completedCount, 1);
        QCOMPARE(courses.summaries(2).first().completedCount, 0);
    }

    // A start reads the overview kept at the last read instead of adding up every file, and
    // it is exactly what a fresh read gives; whatever write could change a figure in it (a
    // file's state, a completion, a title, a new blob) deletes it in the same transaction,
    // and what cannot (a video's position) leaves it.
    void theKeptOverviewIsExactOrGone()
    {
        QSqlDatabase db = m_db->connection();
        CourseRepository courses(db);
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 videoId = course.sections.first().activities.first().id;
        QVERIFY(!courses.keptOverview(1));

        const CourseRepository::Overview read = courses.readOverview(1, true);
        QCOMPARE(read.courses, courses.summaries(1));
        QCOMPARE(read.courseCount, 1);
        QCOMPARE(read.blobCount, 1);
        QCOMPARE(read.blobBytes, 100);
        std::optional<CourseRepository::Overview> kept = courses.keptOverview(1);
        QVERIFY(kept);
        QCOMPARE(*kept, read);
        // Translations and every figure survive the round trip.
        QCOMPARE(kept->courses.first().title.text(u"fr"_s), u"Gestion des risques"_s);
        QVERIFY(!courses.keptOverview(2)); // another profile's is its own

        // Not kept when not asked.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM summary_snapshot"_s));
        courses.readOverview(1, false);
        QVERIFY(!courses.keptOverview(1));

        ProgressRepository progress(db);
        PlaybackState state;
        state.positionMs = 3000;
        state.durationMs = 8000;
        const auto keepsAfter = [&](const std::function<bool()> &write) {
            courses.readOverview(1, true);
            if (!courses.keptOverview(1))
                return false;
            if (!write())
                return false;
            return courses.keptOverview(1).has_value();
        };
        // A position is not in the overview.
        QVERIFY(keepsAfter([&] { return progress.save(1, videoId, state).ok(); }));
        // A completion, a file's state, a title, a blob, a removed course are.
        bool newly = false;
        QVERIFY(!keepsAfter([&] { return progress.markCompleted(1, videoId, &newly).ok(); }));
        QVERIFY(!keepsAfter(
            [&] { return q.exec(u"UPDATE files SET state = 'failed' WHERE path = 'img.png'"_s); }));
        QVERIFY(!keepsAfter([&] {
            return q.exec(u"UPDATE courses SET title = 'Risk' WHERE id = %1"_s.arg(course.id));
        }));
        QVERIFY(!keepsAfter([&] { return BlobRepository(db).add(kShaB, 5).ok(); }));
        QVERIFY(!keepsAfter([&] {
            return q.exec(u"UPDATE sources SET title = 'USB' WHERE id = %1"_s.arg(m_sourceId));
        }));
        QVERIFY(!keepsAfter([&] { return courses.remove(course.id).ok(); }));
        QCOMPARE(courses.readOverview(1, true).courses.size(), 0);
        QCOMPARE(courses.keptOverview(1)->courses.size(), 0);
    }

    // What another build wrote (another format) or damaged bytes are never shown: read again.
    void aKeptOverviewThatCannotBeReadIsIgnored()
    {
        QSqlDatabase db = m_db->connection();
        CourseRepository courses(db);
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        courses.readOverview(1, true);
        QVERIFY(courses.keptOverview(1));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE summary_snapshot SET format = format + 1"_s));
        QVERIFY(!courses.keptOverview(1));
        QVERIFY(q.exec(u"UPDATE summary_snapshot SET format = format - 1, "
                       "data = substr(data, 1, length(data) - 7)"_s));
        QVERIFY(!courses.keptOverview(1));
        QVERIFY(q.exec(u"UPDATE summary_snapshot SET data = x'00ff00ff'"_s));
        QVERIFY(!courses.keptOverview(1));
    }

    // Kept only if no other connection wrote between the read and the keeping: a write that
    // came in between would be missing from it.
    void anOverviewReadBeforeAnotherWriteIsNotKept()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        // Another connection (another thread) holds the write lock while this one reads: the
        // keeping has to wait for it, and then finds the library changed.
        Database other(m_db->filePath());
        QVERIFY(other.open());
        QSqlQuery w(other.connection());
        QVERIFY(w.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(w.exec(u"UPDATE files SET state = 'failed' WHERE path = 'img.png'"_s));
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"PRAGMA busy_timeout = 100"_s));
        const CourseRepository::Overview read = courses.readOverview(1, true);
        QCOMPARE(read.courses.first().failedCount, 0); // what was committed when it read
        QVERIFY(w.exec(u"COMMIT"_s));
        QVERIFY(!courses.keptOverview(1));
        QCOMPARE(courses.readOverview(1, true).courses.first().failedCount, 1);
        QVERIFY(courses.keptOverview(1));
    }

    // A learner removed from the library leaves nothing of theirs (progress, the upload queue,
    // the overview kept for them) and nothing of anyone else is touched; course content is the
    // library's and stays. Names are unique; a learner is found by name, else by id.
    void removingALearnerLeavesNothingOfTheirs()
    {
        QSqlDatabase db = m_db->connection();
        CourseRepository courses(db);
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 videoId = course.sections.first().activities.first().id;
        ProfileRepository profiles(db);
        qint64 second = 0;
        QVERIFY(profiles.add(u"Officer Two"_s, &second).ok());
        QCOMPARE(profiles.add(u"Officer Two"_s, nullptr).code, StorageError::Code::Failed);
        QCOMPARE(profiles.find(u"Officer Two"_s)->id, second);
        QCOMPARE(profiles.find(QString::number(second))->name, u"Officer Two"_s);
        QVERIFY(!profiles.find(u"nobody"_s));

        ProgressRepository progress(db);
        UploadRepository uploads(db);
        QSqlQuery insert(db);
        for (const qint64 profile : {qint64(1), second}) {
            bool newly = false;
            QVERIFY(progress.markCompleted(profile, videoId, &newly).ok());
            // An action waiting to be sent (a mirror's course queues none by itself).
            QVERIFY(insert.exec(
                u"INSERT INTO uploads (uuid, profile_id, source_id, course_id, activity_id, kind, "
                "target, payload, order_key, created_at, updated_at) VALUES ('u%1', %1, %2, %3, "
                "%4, 'activity_view', '{}', '{}', 'k', 0, 0)"_s.arg(profile)
                    .arg(m_sourceId)
                    .arg(course.id)
                    .arg(videoId)));
            courses.readOverview(profile, true);
        }
        QCOMPARE(profiles.profile(second)->pendingUploads, 1);
        QVERIFY(profiles.remove(second).ok());
        QVERIFY(!profiles.profile(second));
        QSqlQuery q(db);
        for (const QString &table : {u"progress"_s, u"uploads"_s, u"summary_snapshot"_s}) {
            QVERIFY(
                q.exec(u"SELECT count(*) FROM %1 WHERE profile_id = %2"_s.arg(table).arg(second))
                && q.next());
            QVERIFY2(q.value(0).toInt() == 0, qPrintable(table));
        }
        // The first learner keeps all of theirs, and the course its files.
        QVERIFY(progress.state(1, videoId).completed);
        QCOMPARE(uploads.counts(1).pending, 1);
        QCOMPARE(courses.summaries(1).first().readyFileCount, 2);
        QCOMPARE(profiles.all().size(), 1);
        QCOMPARE(profiles.remove(second).code, StorageError::Code::NotFound);
    }

    // Bringing the site's completion in cannot write: it fails with the database's reason (here
    // a library that cannot be written), not a bare "failed", and nothing changed.
    void aCompletionThatCannotBeRecordedSaysWhy()
    {
        QSqlDatabase db = m_db->connection();
        CourseRepository courses(db);
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 videoId = course.sections.first().activities.first().id;
        const ServerCompletion server{1, 1700000000, 0};
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA query_only = 1"_s));
        StorageError failure;
        QCOMPARE(progress::reconcileCompletion(db, 1, videoId, server, &failure),
                 progress::Reconciled::Failed);
        QCOMPARE(failure.code, StorageError::Code::ReadOnly);
        QVERIFY(q.exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(!ProgressRepository(db).state(1, videoId).completed);
        // Writable again: the site's completion is taken.
        QCOMPARE(progress::reconcileCompletion(db, 1, videoId, server),
                 progress::Reconciled::TookServer);
        QVERIFY(ProgressRepository(db).state(1, videoId).completed);
    }

    void scormAttemptsArePrivateAndMerged()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course).ok());
        const qint64 lesson = course.sections.first().activities.first().id;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO profiles (id, name, created_at) VALUES (2, 'other', 0)"_s));

        ScormRepository scorm(m_db->connection());
        QVERIFY(!scorm.latest(1, lesson, u"ITEM1"_s));
        QVERIFY(
            scorm
                .save(1, lesson, u"ITEM1"_s, 1,
                      {{u"cmi.core.lesson_location"_s, u"p2"_s}, {u"cmi.suspend_data"_s, u"abc"_s}},
                      false)
                .ok());
        // A later commit changes some values and keeps the others.
        QVERIFY(
            scorm.save(1, lesson, u"ITEM1"_s, 1, {{u"cmi.core.lesson_location"_s, u"p5"_s}}, true)
                .ok());
        auto latest = scorm.latest(1, lesson, u"ITEM1"_s);
        QVERIFY(latest);
        QCOMPARE(latest->attempt, 1);
        QVERIFY(latest->finished);
        QCOMPARE(latest->data.value(u"cmi.core.lesson_location"_s).toString(), u"p5"_s);
        QCOMPARE(latest->data.value(u"cmi.suspend_data"_s).toString(), u"abc"_s);
        // Finished stays finished; a new attempt is the latest.
        QVERIFY(scorm.save(1, lesson, u"ITEM1"_s, 1, {}, false).ok());
        QVERIFY(scorm.latest(1, lesson, u"ITEM1"_s)->finished);
        QVERIFY(scorm
                    .save(1, lesson, u"ITEM1"_s, 2,
                          {{u"cmi.core.lesson_status"_s, u"incomplete"_s}}, false)
                    .ok());
        QCOMPARE(scorm.latest(1, lesson, u"ITEM1"_s)->attempt, 2);
        QCOMPARE(scorm.attempts(1, lesson).size(), 2);
        QVERIFY(!scorm.latest(2, lesson, u"ITEM1"_s)); // the other profile sees nothing

        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM1"_s), 0);
        QVERIFY(scorm.setRemoteScoes(lesson, {{u"ITEM1"_s, 2}, {u"ITEM2"_s, 5}}).ok());
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM2"_s), 5);
        QVERIFY(scorm.setRemoteScoes(lesson, {{u"ITEM1"_s, 7}}).ok());
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM1"_s), 7);
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM2"_s), 0);
    }

    void metaValues()
    {
        SourceRepository sources(m_db->connection());
        QVERIFY(sources.meta(u"x"_s).isEmpty());
        QVERIFY(sources.setMeta(u"x"_s, u"1"_s).ok());
        QVERIFY(sources.setMeta(u"x"_s, u"2"_s).ok());
        QCOMPARE(sources.meta(u"x"_s), u"2"_s);
    }

    // The storage layer's one error type: SQLite's codes, primary or extended, by meaning.
    void sqliteCodesMapToStorageErrors_data()
    {
        QTest::addColumn<int>("sqlite");
        QTest::addColumn<StorageError::Code>("code");
        QTest::addColumn<QString>("key");
        using C = StorageError::Code;
        QTest::newRow("ok") << 0 << C::None << QString();
        QTest::newRow("row") << 100 << C::None << QString();
        QTest::newRow("done") << 101 << C::None << QString();
        QTest::newRow("error") << 1 << C::Failed << u"database_failed"_s;
        QTest::newRow("constraint") << 19 << C::Failed << u"database_failed"_s;
        QTest::newRow("constraint unique (extended)")
            << (19 | 8 << 8) << C::Failed << u"database_failed"_s;
        QTest::newRow("ioerr") << 10 << C::Failed << u"database_failed"_s;
        QTest::newRow("full") << 13 << C::Full << u"database_full"_s;
        QTest::newRow("perm") << 3 << C::ReadOnly << u"database_read_only"_s;
        QTest::newRow("readonly") << 8 << C::ReadOnly << u"database_read_only"_s;
        QTest::newRow("readonly dbmoved (extended)")
            << (8 | 4 << 8) << C::ReadOnly << u"database_read_only"_s;
        QTest::newRow("cantopen") << 14 << C::ReadOnly << u"database_read_only"_s;
        QTest::newRow("busy") << 5 << C::Busy << u"database_busy"_s;
        QTest::newRow("busy snapshot (extended)") << (5 | 2 << 8) << C::Busy << u"database_busy"_s;
        QTest::newRow("locked") << 6 << C::Busy << u"database_busy"_s;
        QTest::newRow("corrupt") << 11 << C::Damaged << u"database_damaged"_s;
        QTest::newRow("notadb") << 26 << C::Damaged << u"database_damaged"_s;
    }

    void sqliteCodesMapToStorageErrors()
    {
        QFETCH(int, sqlite);
        QFETCH(StorageError::Code, code);
        QFETCH(QString, key);
        const StorageError error = StorageError::fromSqliteCode(sqlite);
        QCOMPARE(error.code, code);
        QCOMPARE(error.key(), key);
        QCOMPARE(error.isError(), code != StorageError::Code::None);
        // Every refusal reaches the learner as a library error with a message of its own.
        const LibraryError shown = LibraryError::fromStorage(error);
        QCOMPARE(shown.isError(), error.isError());
        QCOMPARE(shown.message().isEmpty(), !error.isError());
    }

    // A full disk (here: the database's own size limit, which SQLite reports the same way) is
    // said as a full disk, not as "the library could not be written", and the course is not
    // half there.
    void aFullDatabaseSaysFullAndKeepsNothingHalfWritten()
    {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        q.finish();
        CourseRepository courses(db);
        const int before = courses.count();
        Course course = makeCourse(m_sourceId);
        course.summary = LocalizedText(QString(256 * 1024, u'x')); // more than any free page
        StorageError error;
        {
            ScopedTransaction transaction(db);
            QVERIFY(transaction.isActive());
            error = courses.save(course);
            if (error.ok())
                error = transaction.commit();
        }
        QCOMPARE(error.code, StorageError::Code::Full);
        QCOMPARE(LibraryError::fromStorage(error).code, LibraryError::Code::NoSpace);
        QCOMPARE(courses.count(), before);
    }

    void aReadOnlyDatabaseSaysReadOnly()
    {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA query_only = 1"_s));
        const StorageError error = SourceRepository(db).setMeta(u"x"_s, u"1"_s);
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QCOMPARE(LibraryError::fromStorage(error).code, LibraryError::Code::ReadOnly);
        QVERIFY(q.exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(SourceRepository(db).setMeta(u"x"_s, u"1"_s).ok());
    }

    // Another program (here: a second connection) holds the write lock past the wait.
    void aLockedDatabaseSaysBusy()
    {
        Database other(m_db->filePath());
        QVERIFY(other.open());
        ScopedTransaction holder(other.connection());
        QVERIFY(holder.isActive());
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA busy_timeout = 0"_s));
        ScopedTransaction blocked(db);
        QVERIFY(!blocked.isActive());
        QCOMPARE(blocked.commit().code, StorageError::Code::Busy);
        QCOMPARE(SourceRepository(db).setMeta(u"x"_s, u"1"_s).code, StorageError::Code::Busy);
        QCOMPARE(LibraryError::fromStorage({StorageError::Code::Busy}).code,
                 LibraryError::Code::Busy);
    }

    // A change to a row that is not there (any more) is not a database failure.
    void changingWhatIsGoneIsNotFound()
    {
        UploadRepository uploads(m_db->connection());
        QCOMPARE(uploads.dismiss(1, 424242).code, StorageError::Code::NotFound);
        QCOMPARE(uploads.markSending(424242).code, StorageError::Code::NotFound);
        QCOMPARE(LibraryError::fromStorage({StorageError::Code::NotFound}).code,
                 LibraryError::Code::NotFound);
    }

    // A statement is prepared once per connection: the second query with the same SQL takes
    // the first one's statement, binds its own values and reads its own rows.
    void statementsArePreparedOncePerConnection()
    {
        QSqlDatabase db = m_db->connection();
        const QString name = db.connectionName();
        sql::forgetStatements(name);
        const QString select = u"SELECT value FROM meta WHERE key = ?"_s;
        QVERIFY(SourceRepository(db).setMeta(u"one"_s, u"1"_s).ok());
        QVERIFY(SourceRepository(db).setMeta(u"two"_s, u"2"_s).ok());
        const int afterWrites = sql::idleStatements(name);
        QVERIFY(afterWrites >= 1);
        for (const auto &[key, value] : {std::pair{u"one"_s, u"1"_s}, {u"two"_s, u"2"_s}}) {
            sql::Query q(db);
            QVERIFY(sql::exec(q, select, {key}));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), value);
            QVERIFY(!q.next());
        }
        QCOMPARE(sql::idleStatements(name), afterWrites + 1);

        // The same SQL in two live queries: two statements, neither disturbs the other.
        {
            sql::Query outer(db);
            QVERIFY(sql::exec(outer, select, {u"one"_s}));
            sql::Query inner(db);
            QVERIFY(sql::exec(inner, select, {u"two"_s}));
            QVERIFY(inner.next());
            QCOMPARE(inner.value(0).toString(), u"2"_s);
            QVERIFY(outer.next());
            QCOMPARE(outer.value(0).toString(), u"1"_s);
        }
        QCOMPARE(sql::idleStatements(name), afterWrites + 2);

        // One query re-used for another SQL gives its first statement back.
        {
            sql::Query q(db);
            QVERIFY(sql::exec(q, select, {u"one"_s}));
            QVERIFY(sql::exec(q, u"SELECT count(*) FROM meta"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 2);
        }
        QCOMPARE(sql::idleStatements(name), afterWrites + 3);

        // Closing the connection drops what was kept for it.
        db = QSqlDatabase();
        m_db->closeConnection();
        QCOMPARE(sql::idleStatements(name), 0);
    }

    // A kept statement holds no read snapshot: a query left half-read does not hide what
    // another connection wrote afterwards from the next read on this connection.
    void aKeptStatementHoldsNoSnapshot()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(SourceRepository(db).setMeta(u"a"_s, u"1"_s).ok());
        QVERIFY(SourceRepository(db).setMeta(u"b"_s, u"2"_s).ok());
        {
            sql::Query q(db);
            QVERIFY(sql::exec(q, u"SELECT key FROM meta ORDER BY key"_s));
            QVERIFY(q.next()); // one row read, the rest left unread
        }
        Database other(m_db->filePath());
        QVERIFY(other.open());
        QVERIFY(SourceRepository(other.connection()).setMeta(u"c"_s, u"3"_s).ok());
        QCOMPARE(SourceRepository(db).meta(u"c"_s), u"3"_s);
        sql::Query count(db);
        QVERIFY(sql::exec(count, u"SELECT count(*) FROM meta WHERE key IN ('a','b','c')"_s));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }

    // A kept statement still runs after the schema changed under it (SQLite prepares it again).
    void aKeptStatementSurvivesASchemaChange()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(SourceRepository(db).setMeta(u"k"_s, u"v"_s).ok());
        QCOMPARE(SourceRepository(db).meta(u"k"_s), u"v"_s);
        QSqlQuery ddl(db);
        QVERIFY(ddl.exec(u"CREATE INDEX test_meta_value ON meta (value)"_s));
        QVERIFY(SourceRepository(db).setMeta(u"k"_s, u"w"_s).ok());
        QCOMPARE(SourceRepository(db).meta(u"k"_s), u"w"_s);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
