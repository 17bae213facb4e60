// The item models under QAbstractItemModelTester, loaded from a real library, and re-emitting
// their texts when the language changes.

#include "i18n/languagemanager.h"
#include "models/coursemodel.h"
#include "models/labels.h"
#include "models/librarymodel.h"
#include "models/uploadsmodel.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;

    // A Moodle site in the library (its courses' progress goes to the upload queue).
    qint64 addSite()
    {
        Source site;
        site.kind = SourceKind::Moodle;
        site.remoteId = u"https://clikc.example.org"_s;
        site.baseUrl = site.remoteId;
        site.title = LocalizedText(u"CLiKC!"_s);
        return SourceRepository(m_lib->context().database().connection()).save(site).ok() ? site.id
                                                                                          : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        QVERIFY(m_lib->maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
    }

    void cleanup() { m_lib.reset(); }

    void libraryModel()
    {
        LibraryModel model(m_lib->courseQueries(), m_lib->libraryWorker(), 1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LibraryModel::loaded);
        model.reload();
        // A continuation of an already finished future may run at once.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(),
                 u"Welcome to CLiKC! Desktop"_s);
        QCOMPARE(model.index(0, 0).data(LibraryModel::OfflineStateRole).toInt(),
                 int(OfflineState::OnThisMachine));

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"es"_s);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(),
                 u"Bienvenido a CLiKC! Desktop"_s);

        // Progress made elsewhere reaches the model by itself.
        const auto course = m_lib->courseQueries().course(model.courseAt(0)->id).result();
        const qint64 page = course->sections.first().activities.at(1).id;
        QVERIFY(!(m_lib->progressRecorder().recordActivityView(1, page).result()).isError());
        QTRY_COMPARE(model.courseAt(0)->completedCount, 1);
    }

    void courseModel()
    {
        const qint64 courseId = m_lib->courseQueries().courses(1).result().first().id;
        CourseModel model(m_lib->courseQueries(), m_lib->progressRecorder(), m_lib->libraryWorker(),
                          1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CourseModel::loaded);
        model.setCourse(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex section = model.index(0, 0);
        QVERIFY(section.data(CourseModel::IsSectionRole).toBool());
        QCOMPARE(model.rowCount(section), 2);
        const QModelIndex video = model.index(0, 0, section);
        QCOMPARE(video.data(CourseModel::ActivityKindRole).toInt(), int(ActivityKind::Video));
        QCOMPARE(model.index(0, CourseModel::TypeColumn, section).data().toString(), u"Video"_s);
        QCOMPARE(model.index(0, CourseModel::CompletionColumn, section).data().toString(),
                 u"Not completed"_s);
        QCOMPARE(model.indexOfActivity(video.data(CourseModel::ActivityIdRole).toLongLong()),
                 video);

        QVERIFY(
            !(m_lib->progressRecorder()
                  .recordActivityView(
                      1, model.index(1, 0, section).data(CourseModel::ActivityIdRole).toLongLong())
                  .result())
                 .isError());
        QTRY_VERIFY(model.index(1, 0, model.index(0, 0)).data(CourseModel::CompletedRole).toBool());
        model.setLanguage(u"fr"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"Premiers pas"_s);
    }

    // A course from a site: the learner ticks an activity with manual completion in the model,
    // the tick is recorded and queued, and the Uploads model lists it.
    // Files that finished downloading are announced with their courses: the library list (and
    // the totals the status bar shows, read with it) reloads once, and a course page reads
    // again only when it shows one of those courses.
    void finishedFilesReloadOnlyWhatShowsThem()
    {
        const qint64 courseId = m_lib->courseQueries().courses(1).result().first().id;
        LibraryModel library(m_lib->courseQueries(), m_lib->libraryWorker(), 1);
        CourseModel course(m_lib->courseQueries(), m_lib->progressRecorder(),
                           m_lib->libraryWorker(), 1);
        QSignalSpy libraryLoaded(&library, &LibraryModel::loaded);
        QSignalSpy courseLoaded(&course, &CourseModel::loaded);
        library.reload();
        course.setCourse(courseId);
        QTRY_COMPARE(libraryLoaded.size(), 1);
        QTRY_COMPARE(courseLoaded.size(), 1);
        const CourseQueries::Stats expected = m_lib->courseQueries().stats(1).result();
        QCOMPARE(library.stats().courses, expected.courses);
        QCOMPARE(library.stats().bytes, expected.bytes);
        QVERIFY(library.stats().bytes > 0);

        // Everything the worker was asked before this round trip has answered, and its
        // answers have been delivered.
        const auto settle = [this] {
            m_lib->libraryWorker().run([] {}).waitForFinished();
            QCoreApplication::processEvents();
        };
        m_lib->libraryWorker().notifyCoursesChanged({courseId + 1000});
        QTRY_COMPARE(libraryLoaded.size(), 2);
        settle();
        QCOMPARE(courseLoaded.size(), 1);

        m_lib->libraryWorker().notifyCoursesChanged({courseId + 1000, courseId});
        QTRY_COMPARE(courseLoaded.size(), 2);
        QTRY_COMPARE(libraryLoaded.size(), 3);
        settle();
        QCOMPARE(libraryLoaded.size(), 3);
        QCOMPARE(courseLoaded.size(), 2);
    }

    void manualCompletionAndUploads()
    {
        QSqlDatabase db = m_lib->context().database().connection();
        Course course;
        course.sourceId = addSite();
        QVERIFY(course.sourceId > 0);
        course.remoteId = u"2"_s;
        course.title = LocalizedText(u"Customs valuation"_s);
        Section section;
        section.remoteId = u"10"_s;
        section.title = LocalizedText(u"Basics"_s);
        Activity manual;
        manual.remoteId = u"7"_s;
        manual.kind = ActivityKind::Page;
        manual.module = u"page"_s;
        manual.instanceId = u"3"_s;
        manual.title = LocalizedText(u"Read me"_s);
        manual.completion = CompletionRule::Manual;
        Activity automatic = manual;
        automatic.remoteId = u"8"_s;
        automatic.instanceId = u"4"_s;
        automatic.title = LocalizedText(u"Quiz"_s);
        automatic.completion = CompletionRule::Automatic;
        section.activities = {manual, automatic};
        course.sections = {section};
        QVERIFY(CourseRepository(db).save(course).ok());
        QVERIFY(CourseRepository(db).addLearnerCourses(1, {course.id}).ok());

        CourseModel model(m_lib->courseQueries(), m_lib->progressRecorder(), m_lib->libraryWorker(),
                          1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CourseModel::loaded);
        model.setCourse(course.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        const QModelIndex tick = model.index(0, CourseModel::CompletionColumn, model.index(0, 0));
        const QModelIndex other = model.index(1, CourseModel::CompletionColumn, model.index(0, 0));
        QVERIFY(model.flags(tick) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(other) & Qt::ItemIsUserCheckable));
        QCOMPARE(tick.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model.setData(other, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.completableCount(), 2);

        UploadsModel uploads(m_lib->uploadQueue(), m_lib->libraryWorker(), 1);
        QAbstractItemModelTester uploadsTester(
            &uploads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(tick, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(tick.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // shown at once
        QTRY_COMPARE(m_lib->uploadQueue().uploadCounts(1).result().pending, 1);
        QTRY_COMPARE(uploads.rowCount(), 1);
        QCOMPARE(uploads.index(0, UploadsModel::ActivityColumn).data().toString(), u"Read me"_s);
        QCOMPARE(uploads.index(0, UploadsModel::ActionColumn).data().toString(),
                 u"Marked as complete"_s);
        QCOMPARE(uploads.index(0, UploadsModel::StateColumn).data().toString(), u"Waiting"_s);
        QTRY_COMPARE(model.completedCount(), 1);
        // Unticked before it was sent: one waiting change, the latest.
        QVERIFY(model.setData(tick, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_COMPARE(uploads.index(0, UploadsModel::ActionColumn).data().toString(),
                     u"Marked as not complete"_s);
        QCOMPARE(uploads.rowCount(), 1);
    }

    // SCORM lessons show how the latest attempt went: its state and score, both versions, and a
    // package of several SCOs summed up as one.
    // A course whose completion the site does not track: never "0 of 0 done", but what is known.
    void untrackedCourseShowsWhatIsKnown()
    {
        const qint64 siteId = addSite();
        QVERIFY(siteId);
        const QSqlDatabase db = m_lib->context().database().connection();
        Course course;
        course.sourceId = siteId;
        course.remoteId = u"12"_s;
        course.title = LocalizedText(u"Untracked"_s);
        Section section;
        section.remoteId = u"1"_s;
        section.title = LocalizedText(u"Start"_s);
        for (int i = 0; i < 2; ++i) {
            Activity lesson;
            lesson.remoteId = QString::number(120 + i);
            lesson.kind = ActivityKind::Scorm;
            lesson.module = u"scorm"_s;
            lesson.completion = CompletionRule::None;
            lesson.title = LocalizedText(u"Lesson %1"_s.arg(i));
            section.activities.append(lesson);
        }
        course.sections = {section};
        QVERIFY(CourseRepository(db).save(course).ok());
        QVERIFY(CourseRepository(db).addLearnerCourses(1, {course.id}).ok());
        LibraryModel model(m_lib->courseQueries(), m_lib->libraryWorker(), 1);
        QSignalSpy loaded(&model, &LibraryModel::loaded);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        const auto progressShown = [&] {
            return model.index(model.rowOf(course.id), LibraryModel::ProgressColumn)
                .data()
                .toString();
        };
        QCOMPARE(model.courseAt(model.rowOf(course.id))->activityCount, 0);
        QCOMPARE(progressShown(), u"Not tracked"_s);
        QCOMPARE(model.index(model.rowOf(course.id), LibraryModel::ProgressColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"The site does not track completion for this course."_s);

        // The lesson is passed: the course says so, in the plural form of the language.
        QVERIFY(
            !(m_lib->scormLessons()
                  .saveScormAttempt(1, course.sections.first().activities.first().id, u"s"_s, 1,
                                    QJsonObject{{u"cmi.core.lesson_status"_s, u"passed"_s}}, true)
                  .result())
                 .isError());
        QTRY_COMPARE(progressShown(), u"Not tracked · 1 done"_s);
        m_lib->context().languages().setLanguage(u"en"_s); // the English plural forms
        QCOMPARE(Labels::untrackedProgress(1),
                 u"The site does not track completion for this course; you finished 1 activity "
                 "here (lessons passed or completed, videos watched)."_s);
        m_lib->context().languages().setLanguage(u"fr"_s);
        model.setLanguage(u"fr"_s);
        QCOMPARE(progressShown(), u"Non suivi · 1 terminée"_s);
        m_lib->context().languages().setLanguage(u"en"_s);

        // The course page's model counts it too.
        CourseModel courseModel(m_lib->courseQueries(), m_lib->progressRecorder(),
                                m_lib->libraryWorker(), 1);
        QSignalSpy courseLoaded(&courseModel, &CourseModel::loaded);
        courseModel.setCourse(course.id);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        QCOMPARE(courseModel.completableCount(), 0);
        QCOMPARE(courseModel.doneCount(), 1);
    }

    void scormResultsInTheCourse()
    {
        QSqlDatabase db = m_lib->context().database().connection();
        Course course;
        course.sourceId = addSite();
        QVERIFY(course.sourceId > 0);
        course.remoteId = u"9"_s;
        course.title = LocalizedText(u"Risk"_s);
        Section section;
        section.remoteId = u"1"_s;
        section.title = LocalizedText(u"Start"_s);
        for (int i = 0; i < 4; ++i) {
            Activity lesson;
            lesson.remoteId = QString::number(90 + i);
            lesson.kind = ActivityKind::Scorm;
            lesson.module = u"scorm"_s;
            lesson.completion = CompletionRule::Automatic;
            lesson.title = LocalizedText(u"Lesson %1"_s.arg(i));
            section.activities.append(lesson);
        }
        course.sections = {section};
        QVERIFY(CourseRepository(db).save(course).ok());
        QVERIFY(CourseRepository(db).addLearnerCourses(1, {course.id}).ok());
        const auto &a = course.sections.first().activities;
        ScormLessons &library = m_lib->scormLessons();
        auto values = [](std::initializer_list<std::pair<const char *, const char *>> list) {
            QJsonObject o;
            for (const auto &[k, v] : list)
                o.insert(QString::fromUtf8(k), QString::fromUtf8(v));
            return o;
        };
        // 0: 1.2, passed with 85 of 100. 1: 2004, failed at 0.4, then a second attempt started.
        // 2: two SCOs, one completed with 60 of 80 (75%), one at 0.95. 3: not started.
        QVERIFY(!(library
                      .saveScormAttempt(1, a[0].id, u"s"_s, 1,
                                        values({{"cmi.core.lesson_status", "passed"},
                                                {"cmi.core.score.raw", "85"}}),
                                        true)
                      .result())
                     .isError());
        QVERIFY(
            !(library
                  .saveScormAttempt(
                      1, a[1].id, u"s"_s, 1,
                      values({{"cmi.success_status", "failed"}, {"cmi.score.scaled", "0.4"}}), true)
                  .result())
                 .isError());
        CourseModel model(m_lib->courseQueries(), m_lib->progressRecorder(), m_lib->libraryWorker(),
                          1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CourseModel::loaded);
        model.setCourse(course.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        auto shown = [&model](int row) {
            return model.index(row, CourseModel::CompletionColumn, model.index(0, 0))
                .data()
                .toString();
        };
        QCOMPARE(shown(0), u"Passed · 85%"_s);
        QCOMPARE(shown(1), u"Not passed · 40%"_s);
        QCOMPARE(shown(3), u"Not completed"_s);
        // Results that arrive while the page is open show at once.
        QVERIFY(!(library
                      .saveScormAttempt(1, a[1].id, u"s"_s, 2,
                                        values({{"cmi.completion_status", "incomplete"}}), true)
                      .result())
                     .isError());
        QVERIFY(!(library
                      .saveScormAttempt(1, a[2].id, u"x"_s, 1,
                                        values({{"cmi.core.lesson_status", "completed"},
                                                {"cmi.core.score.raw", "60"},
                                                {"cmi.core.score.max", "80"}}),
                                        true)
                      .result())
                     .isError());
        QVERIFY(!(library
                      .saveScormAttempt(1, a[2].id, u"y"_s, 1,
                                        values({{"cmi.core.lesson_status", "incomplete"},
                                                {"cmi.core.score.raw", "95"}}),
                                        true)
                      .result())
                     .isError());
        QTRY_COMPARE(shown(1), u"In progress"_s);
        QTRY_COMPARE(shown(2), u"Completed · 85%"_s);
        QCOMPARE(model.index(1, CourseModel::CompletionColumn, model.index(0, 0))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .left(9),
                 u"Attempt 2"_s);
        // Another learner has none of it.
        CourseModel other(m_lib->courseQueries(), m_lib->progressRecorder(), m_lib->libraryWorker(),
                          2);
        QSignalSpy otherLoaded(&other, &CourseModel::loaded);
        other.setCourse(course.id);
        QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.size() >= 1, 10000);
        QCOMPARE(other.index(0, CourseModel::CompletionColumn, other.index(0, 0)).data().toString(),
                 u"Not completed"_s);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
