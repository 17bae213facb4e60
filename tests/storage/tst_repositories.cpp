// Repositories: courses round-trip with their translations, updates drop what vanished,
// summaries count sizes once per blob, progress is private per profile and completions are
// queued for upload exactly once.

#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "storage/sourcerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(sources.save(source));
        QVERIFY(source.id > 0);
        m_sourceId = source.id;
        BlobRepository blobs(m_db->connection());
        QVERIFY(blobs.add(kShaA, 100));
    }

    void cleanup() { m_db.reset(); }

    void courseRoundTripsWithTranslations()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course));
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
        QVERIFY(courses.save(course));
        const qint64 firstId = course.id;
        const qint64 videoId = course.sections.first().activities.first().id;

        Course update = makeCourse(m_sourceId);
        update.title = LocalizedText(u"Risk management (2nd edition)"_s);
        update.sections.first().activities.removeLast(); // the page is gone
        QVERIFY(courses.save(update));
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
        QVERIFY(courses.save(course));
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
        QVERIFY(blobs.add(kShaB, 5));
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course));
        QCOMPARE(blobs.referenceCount(kShaA), 2);
        QCOMPARE(blobs.referenceCount(kShaB), 0);
        QCOMPARE(blobs.unreferenced(), QStringList{kShaB});
        QVERIFY(courses.dropContent(course.id));
        QCOMPARE(blobs.referenceCount(kShaA), 0);
        QCOMPARE(blobs.unreferenced().size(), 2);
        QVERIFY(blobs.quarantine(kShaA));
        QVERIFY(!blobs.contains(kShaA));
    }

    void progressIsPrivateAndCompletedOnce()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course));
        const qint64 videoId = course.sections.first().activities.first().id;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO profiles (id, name, created_at) VALUES (2, 'other', 0)"_s));

        ProgressRepository progress(m_db->connection());
        PlaybackState state;
        state.positionMs = 3000;
        state.durationMs = 8000;
        state.watchedMs = 3000;
        state.seenRanges = u"0-3000"_s;
        QVERIFY(progress.save(1, videoId, state));
        QCOMPARE(progress.state(1, videoId).positionMs, 3000);
        QCOMPARE(progress.state(1, videoId).seenRanges, u"0-3000"_s);
        QCOMPARE(progress.state(2, videoId).positionMs, 0); // the other profile sees nothing

        bool newly = false;
        QVERIFY(progress.markCompleted(1, videoId, &newly));
        QVERIFY(newly);
        QVERIFY(progress.markCompleted(1, videoId, &newly));
        QVERIFY(!newly);
        QVERIFY(progress.state(1, videoId).completed);
        // Saving a later position never un-completes.
        QVERIFY(progress.save(1, videoId, state));
        QVERIFY(progress.state(1, videoId).completed);
        QCOMPARE(progress.completions(1, course.id).value(videoId), true);
        QCOMPARE(courses.summaries(1).first().completedCount, 1);
        QCOMPARE(courses.summaries(2).first().completedCount, 0);
    }

    void scormAttemptsArePrivateAndMerged()
    {
        CourseRepository courses(m_db->connection());
        Course course = makeCourse(m_sourceId);
        QVERIFY(courses.save(course));
        const qint64 lesson = course.sections.first().activities.first().id;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO profiles (id, name, created_at) VALUES (2, 'other', 0)"_s));

        ScormRepository scorm(m_db->connection());
        QVERIFY(!scorm.latest(1, lesson, u"ITEM1"_s));
        QVERIFY(scorm.save(
            1, lesson, u"ITEM1"_s, 1,
            {{u"cmi.core.lesson_location"_s, u"p2"_s}, {u"cmi.suspend_data"_s, u"abc"_s}}, false));
        // A later commit changes some values and keeps the others.
        QVERIFY(
            scorm.save(1, lesson, u"ITEM1"_s, 1, {{u"cmi.core.lesson_location"_s, u"p5"_s}}, true));
        auto latest = scorm.latest(1, lesson, u"ITEM1"_s);
        QVERIFY(latest);
        QCOMPARE(latest->attempt, 1);
        QVERIFY(latest->finished);
        QCOMPARE(latest->data.value(u"cmi.core.lesson_location"_s).toString(), u"p5"_s);
        QCOMPARE(latest->data.value(u"cmi.suspend_data"_s).toString(), u"abc"_s);
        // Finished stays finished; a new attempt is the latest.
        QVERIFY(scorm.save(1, lesson, u"ITEM1"_s, 1, {}, false));
        QVERIFY(scorm.latest(1, lesson, u"ITEM1"_s)->finished);
        QVERIFY(scorm.save(1, lesson, u"ITEM1"_s, 2,
                           {{u"cmi.core.lesson_status"_s, u"incomplete"_s}}, false));
        QCOMPARE(scorm.latest(1, lesson, u"ITEM1"_s)->attempt, 2);
        QCOMPARE(scorm.attempts(1, lesson).size(), 2);
        QVERIFY(!scorm.latest(2, lesson, u"ITEM1"_s)); // the other profile sees nothing

        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM1"_s), 0);
        QVERIFY(scorm.setRemoteScoes(lesson, {{u"ITEM1"_s, 2}, {u"ITEM2"_s, 5}}));
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM2"_s), 5);
        QVERIFY(scorm.setRemoteScoes(lesson, {{u"ITEM1"_s, 7}}));
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM1"_s), 7);
        QCOMPARE(scorm.remoteScoId(lesson, u"ITEM2"_s), 0);
    }

    void metaValues()
    {
        SourceRepository sources(m_db->connection());
        QVERIFY(sources.meta(u"x"_s).isEmpty());
        QVERIFY(sources.setMeta(u"x"_s, u"1"_s));
        QVERIFY(sources.setMeta(u"x"_s, u"2"_s));
        QCOMPARE(sources.meta(u"x"_s), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
