// The activity pages as the application gets them: from libclikc-players.so, loaded the first
// time an activity opens, into a program that started without Qt WebEngine, Qt Multimedia or
// OpenGL. The plugin must find the program's own code (one copy of the library and the
// services), set up OpenGL sharing and the lesson scheme as it loads, and show real content.

#include "activitypage.h"
#include "appcontext.h"
#include "coursepage.h"
#include "i18n/languagemanager.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "mainwindow.h"
#include "playerfactory.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QOpenGLContext>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <dlfcn.h>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestPlayersPlugin : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    Course m_course;

    Activity activityOf(ActivityKind kind) const { return test::activityOf(m_course, kind); }

    static bool loaded(const char *library)
    {
        void *handle = ::dlopen(library, RTLD_NOW | RTLD_NOLOAD);
        if (handle)
            ::dlclose(handle);
        return handle != nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        QVERIFY(m_lib->maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        const auto courses = m_lib->courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        m_course = *m_lib->courseQueries().course(courses.first().id).result();
    }

    void cleanupTestCase() { m_lib.reset(); }

    // Until an activity opens, none of the heavy parts is in the process.
    void nothingHeavyBeforeAnActivityOpens()
    {
        QVERIFY(!loaded("libQt6WebEngineCore.so.6"));
        QVERIFY(!loaded("libQt6Multimedia.so.6"));
        QVERIFY(!loaded("libQt6Pdf.so.6"));
        QVERIFY(!QOpenGLContext::globalShareContext());
    }

    // The plugin is not where it should be (a damaged installation): opening an activity says
    // so, naming the file, and the window goes on working; a later try loads it once it is back.
    void aMissingPluginIsSaidAndTheWindowGoesOn()
    {
        const QString missing = QDir::temp().filePath(u"no-such-dir/libclikc-players.so"_s);
        players::usePlugin(missing);
        MainWindow window(m_lib->context());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCourse(m_course.id);
        QTreeView *view = window.coursePage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const Activity page = activityOf(ActivityKind::Page);
        QModelIndex row;
        for (int s = 0; s < view->model()->rowCount() && !row.isValid(); ++s) {
            const QModelIndex section = view->model()->index(s, 0);
            for (int a = 0; a < view->model()->rowCount(section); ++a) {
                const QModelIndex candidate = view->model()->index(a, 0, section);
                if (candidate.data().toString() == page.title.text(u"en"_s))
                    row = candidate;
            }
        }
        QVERIFY(row.isValid());
        view->setCurrentIndex(row);
        view->setFocus();

        QString shown;
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, &shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            shown = box->text();
            QTest::keyClick(box->windowHandle(), Qt::Key_Escape);
        });
        timer->start();
        QTest::keyClick(window.windowHandle(), Qt::Key_Return); // as the learner opens it
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QVERIFY2(shown.contains(u"could not be loaded"_s), qPrintable(shown));
        QVERIFY2(shown.contains(missing), qPrintable(shown));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window.currentPage(), MainWindow::Page::Course); // nothing half-opened
        QVERIFY(!loaded("libQt6WebEngineCore.so.6"));
    }

    void aPageShowsThroughThePlugin()
    {
        players::usePlugin(QStringLiteral(CLIKC_PLAYERS_PLUGIN));
        QString error;
        PlayerFactory *factory = players::factory(&error);
        QVERIFY2(factory, qPrintable(error));
        QVERIFY(loaded("libQt6WebEngineCore.so.6"));
        QVERIFY(QOpenGLContext::globalShareContext());
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));

        std::unique_ptr<ActivityPage> page(
            factory->create(PlayerFactory::Player::Page, m_lib->context(), nullptr));
        QVERIFY(page);
        QVERIFY(page->inherits("clikc::PageViewerPage"));
        page->resize(900, 600);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy pageLoaded(page.get(), SIGNAL(pageLoaded(bool)));
        QSignalSpy back(page.get(), &ActivityPage::backRequested);
        page->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(pageLoaded.wait(30000));
        QCOMPARE(pageLoaded.last().first().toBool(), true); // served by the lesson scheme
        // Real pixels: the page's text on its background, not an empty (black or white) view.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage image = page->grab().toImage();
                QSet<QRgb> colours;
                for (int y = image.height() / 4; y < image.height() * 3 / 4; y += 7) {
                    for (int x = 0; x < image.width(); x += 7)
                        colours.insert(image.pixel(x, y));
                }
                return colours.size() > 8;
            }(),
            20000);
        QDir().mkpath(QStringLiteral(CLIKC_ARTIFACTS "/screens"));
        page->grab().save(QStringLiteral(CLIKC_ARTIFACTS "/screens/plugin-page.png"));
        QTest::keyClick(page.get(), Qt::Key_Escape);
        QTRY_COMPARE(back.size(), 1);
        page->leave();
    }

    void aVideoPlaysThroughThePlugin()
    {
        PlayerFactory *factory = players::factory();
        QVERIFY(factory);
        std::unique_ptr<ActivityPage> page(
            factory->create(PlayerFactory::Player::Video, m_lib->context(), nullptr));
        QVERIFY(page->inherits("clikc::VideoPlayerPage"));
        page->resize(900, 600);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy started(page.get(), SIGNAL(playbackStarted(qint64)));
        page->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(started.wait(30000));
        page->leave();
    }
};

int main(int argc, char *argv[])
{
    // As clikc-desktop starts: no OpenGL sharing asked for, the Chromium switches set.
    players::prepareProcess();
    QApplication app(argc, argv);
    TestPlayersPlugin test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playersplugin.moc"
