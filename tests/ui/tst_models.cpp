// The item models under QAbstractItemModelTester, loaded from a real library, and re-emitting
// their texts when the language changes.

#include "models/coursemodel.h"
#include "models/librarymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;

private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        QVERIFY(m_lib->library()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
    }

    void cleanup() { m_lib.reset(); }

    void libraryModel()
    {
        LibraryModel model(m_lib->library(), 1);
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
        const auto course = m_lib->library().course(model.courseAt(0)->id).result();
        const qint64 page = course->sections.first().activities.at(1).id;
        QVERIFY(m_lib->library().recordActivityView(1, page).result());
        QTRY_COMPARE(model.courseAt(0)->completedCount, 1);
    }

    void courseModel()
    {
        const qint64 courseId = m_lib->library().courses(1).result().first().id;
        CourseModel model(m_lib->library(), 1);
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
            m_lib->library()
                .recordActivityView(
                    1, model.index(1, 0, section).data(CourseModel::ActivityIdRole).toLongLong())
                .result());
        QTRY_VERIFY(model.index(1, 0, model.index(0, 0)).data(CourseModel::CompletedRole).toBool());
        model.setLanguage(u"fr"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"Premiers pas"_s);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
