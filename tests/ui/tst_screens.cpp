// The running application in a real window (Xvfb): every page in every language, with a
// screenshot of each saved as a test artifact; the video page and the web page viewer shown one
// after the other in the same window (the Qt 6.4 crash that the player's design avoids); and the
// page viewer refusing everything outside its package.

#include "contentschemehandler.h"
#include "coursepage.h"
#include "downloadspage.h"
#include "fakemoodle.h"
#include "i18n/languagemanager.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "models/coursemodel.h"
#include "models/downloadsmodel.h"
#include "models/uploadsmodel.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "scormplayerpage.h"
#include "signindialog.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "testsupport.h"
#include "uploadspage.h"
#include "videoplayerpage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::FakeMoodle> m_server;
    Course m_course;

    Activity activityOf(ActivityKind kind) const
    {
        for (const Section &section : m_course.sections) {
            for (const Activity &activity : section.activities) {
                if (activity.kind == kind)
                    return activity;
            }
        }
        return {};
    }

    void screenshot(const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(300); // let the compositor draw the last frame
        const QString folder = QStringLiteral(CLIKC_ARTIFACTS "/screens");
        QDir().mkpath(folder);
        const QPixmap shot = m_window->screen()->grabWindow(0);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(folder + u'/' + name + u".png"_s));
    }

    QVariant runJavaScript(const QString &script)
    {
        QVariant result;
        bool done = false;
        m_window->pageViewer()->view()->page()->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return u"<timeout>"_s;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        QVERIFY(ready.wait(30000));
        const auto courses = m_lib->library().courses(1).result();
        QCOMPARE(courses.size(), 1);
        m_course = *m_lib->library().course(courses.first().id).result();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
        m_server.reset();
    }

    void everyPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void everyPageInEveryLanguage()
    {
        QFETCH(QString, language);
        // Through the Language menu, as a learner would.
        QAction *action = m_window->findChild<QAction *>(u"language-"_s + language);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(m_lib->context().languages().language(), language);

        m_window->showLibrary();
        QTRY_VERIFY(m_window->libraryPage()->isVisible());
        screenshot(language + u"-1-library"_s);

        QSignalSpy courseLoaded(m_window->coursePage()->model(), &CourseModel::loaded);
        m_window->showCourse(m_course.id);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        screenshot(language + u"-2-course"_s);

        // The video page, then the web page viewer, in the same window.
        QSignalSpy started(m_window->videoPage(), &VideoPlayerPage::playbackStarted);
        m_window->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(started.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->videoPage()->player()->position() > 1200, 10000);
        screenshot(language + u"-3-video"_s);

        QSignalSpy pageLoaded(m_window->pageViewer(), &PageViewerPage::pageLoaded);
        m_window->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(pageLoaded.wait(20000));
        QCOMPARE(pageLoaded.last().first().toBool(), true);
        QCOMPARE(runJavaScript(u"document.documentElement.lang"_s).toString(), language);
        // The picture comes from the package through the content scheme.
        QTRY_COMPARE_WITH_TIMEOUT(
            runJavaScript(u"document.images[0].complete && document.images[0].naturalWidth > 0"_s)
                .toBool(),
            true, 10000);
        screenshot(language + u"-4-page"_s);

        QSignalSpy pdfLoaded(m_window->pdfViewer(), &PdfViewerPage::documentLoaded);
        m_window->openActivity(activityOf(ActivityKind::Pdf));
        QVERIFY(pdfLoaded.wait(10000)
                || m_window->pdfViewer()->document()->status() == QPdfDocument::Status::Ready);
        QTRY_COMPARE(m_window->pdfViewer()->document()->status(), QPdfDocument::Status::Ready);
        QVERIFY(m_window->pdfViewer()->document()->pageCount() >= 3);
        QTest::keyClick(m_window->pdfViewer(), Qt::Key_PageDown);
        QTRY_COMPARE(m_window->pdfViewer()->currentPage(), 1);
        screenshot(language + u"-5-pdf"_s);

        // And back to the video after the web view: still alive, still playing.
        QSignalSpy startedAgain(m_window->videoPage(), &VideoPlayerPage::playbackStarted);
        m_window->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(startedAgain.wait(15000));
        m_window->back();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Course);
    }

    // Signing in through the dialog and downloading a course from the stand-in site, with the
    // dialog, the course page and the Downloads page captured in every language.
    void signInAndDownload()
    {
        m_server = std::make_unique<test::FakeMoodle>();
        m_server->loadFixtureSite();
        m_server->addResource(
            2, 1, u"Border procedures (video)"_s,
            test::FakeFile::generated(u"procedures.mp4"_s, "video/mp4", 3'000'000, 5));
        m_server->addUrl(2, 1, u"WCO website"_s, u"https://www.wcoomd.org/"_s);
        QVERIFY(m_server->listen());
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            m_window->findChild<QAction *>(u"language-"_s + language)->trigger();
            SignInDialog dialog(m_lib->context().account(), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.findChild<QLineEdit *>(u"siteEdit"_s)->setText(m_server->baseUrl().toString());
            dialog.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"student"_s);
            dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong"_s);
            dialog.findChild<QPushButton *>(u"signInButton"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"signInError"_s)->isVisible(),
                                     10000);
            screenshot(language + u"-6-sign-in-refused"_s);
            if (language == u"en"_s) {
                dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"Student-1234"_s);
                dialog.findChild<QPushButton *>(u"signInButton"_s)->click();
                QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
                QTRY_COMPARE(m_lib->context().account().state(), AccountService::State::SignedIn);
            }
        }
        // The site's course joins the library.
        qint64 courseId = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const CourseSummary &c :
                                          m_lib->library().courses(1).result()) {
                                         if (c.sourceKind == SourceKind::Moodle)
                                             courseId = c.id;
                                     }
                                     return courseId != 0;
                                 })(),
                                 10000);
        QSignalSpy courseLoaded(m_window->coursePage()->model(), &CourseModel::loaded);
        m_window->showCourse(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        screenshot(u"es-7-course-on-the-site"_s);
        m_server->misbehave(test::Misbehaviour::trickle(1'000'000, u"procedures.mp4"_s));
        m_window->findChild<QPushButton *>(u"downloadCourseButton"_s)->click();
        m_window->showDownloads();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->downloadsPage()->model()->rowCount() >= 4, 10000);
        QTest::qWait(1500);
        screenshot(u"es-8-downloads"_s);
        m_lib->context().languages().setLanguage(u"fr"_s);
        QTest::qWait(500);
        screenshot(u"fr-8-downloads"_s);
        m_server->clearMisbehaviour();
        QVERIFY(m_lib->context().downloads().waitUntilIdle(60000));
        m_lib->context().languages().setLanguage(u"en"_s);
        m_window->showCourse(courseId);
        QTest::qWait(800);
        screenshot(u"en-9-course-downloaded"_s);
        for (const CourseSummary &c : m_lib->library().courses(1).result()) {
            if (c.id == courseId)
                QCOMPARE(c.offlineState(), OfflineState::OnThisMachine);
        }

        // Offline, the learner ticks the page as complete with the keyboard; the Uploads page
        // shows it waiting, then Upload now sends it once the site is back.
        const quint16 port = m_server->port();
        m_server->close();
        CourseModel *model = m_window->coursePage()->model();
        QTreeView *view = m_window->coursePage()->view();
        QModelIndex page;
        for (int s = 0; s < model->rowCount() && !page.isValid(); ++s) {
            for (int a = 0; a < model->rowCount(model->index(s, 0)); ++a) {
                const QModelIndex candidate = model->index(a, 0, model->index(s, 0));
                if (model->activityAt(candidate)->remoteId == u"1"_s)
                    page = candidate.siblingAtColumn(CourseModel::CompletionColumn);
            }
        }
        QVERIFY(page.isValid());
        view->setCurrentIndex(page);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(page.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTRY_VERIFY_WITH_TIMEOUT(m_lib->library().uploadCounts(1).result().pending >= 1, 10000);
        const int waiting = m_lib->library().uploadCounts(1).result().pending;
        m_window->showUploads();
        QTRY_COMPARE(m_window->uploadsPage()->model()->rowCount(), waiting);
        auto *status = m_window->findChild<QLabel *>(u"uploadsStatusLabel"_s);
        QTRY_VERIFY(status->isVisible() && status->text().contains(QString::number(waiting)));
        QTest::qWait(500);
        screenshot(u"en-10-uploads-waiting"_s);
        m_lib->context().languages().setLanguage(u"es"_s);
        QTest::qWait(300);
        screenshot(u"es-10-uploads-waiting"_s);
        m_lib->context().languages().setLanguage(u"en"_s);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
        m_window->findChild<QPushButton *>(u"uploadNow"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->uploadsPage()->model()->rowCount(), 0, 15000);
        QCOMPARE(m_server->completionState(1), 1);
        QCOMPARE(m_server->completionChangeCount(1), 1);
        QTRY_VERIFY(!status->isVisible());
        screenshot(u"en-11-uploads-done"_s);

        // The site's SCORM lesson, downloaded with the course, plays offline; the learner
        // finishes it, and its result reaches the site, which completes the activity.
        m_window->showCourse(courseId, false);
        QTRY_VERIFY(model->rowCount() > 0);
        const Activity *lesson = nullptr;
        for (int s = 0; s < model->rowCount() && !lesson; ++s) {
            for (int a = 0; a < model->rowCount(model->index(s, 0)); ++a) {
                const Activity *candidate
                    = model->activityAt(model->index(a, 0, model->index(s, 0)));
                if (candidate->kind == ActivityKind::Scorm)
                    lesson = candidate;
            }
        }
        QVERIFY(lesson);
        ScormPlayerPage *player = m_window->scormPlayer();
        QSignalSpy loaded(player, &ScormPlayerPage::scoLoaded);
        QSignalSpy saved(player, &ScormPlayerPage::saved);
        m_window->openActivity(*lesson);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().toBool(), 20000);
        QTest::qWait(500);
        screenshot(u"en-12-scorm-lesson"_s);
        // The lesson's own "done" (its button) in its frame.
        player->view()->page()->runJavaScript(
            u"document.getElementById('sco').contentWindow.done()"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && saved.last().at(1).toBool(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->scormTracks(3).value(u"cmi.core.lesson_status"_s),
                                  u"completed"_s, 20000);
        QCOMPARE(m_server->completionState(3), 1);
        // Back on the course page, the lesson shows its result.
        m_window->back();
        QTRY_VERIFY(model->rowCount() > 0);
        const auto resultOfLesson = [&] {
            for (int s = 0; s < model->rowCount(); ++s) {
                for (int a = 0; a < model->rowCount(model->index(s, 0)); ++a) {
                    const QModelIndex index = model->index(a, 0, model->index(s, 0));
                    if (model->activityAt(index)->kind == ActivityKind::Scorm)
                        return index.siblingAtColumn(CourseModel::CompletionColumn)
                            .data()
                            .toString();
                }
            }
            return QString();
        };
        QTRY_VERIFY2(resultOfLesson().startsWith(u"Completed"_s), qPrintable(resultOfLesson()));
        // On failure: what each activity shows, what the library holds, what the site has.
        const auto completionStates = [&] {
            QString out;
            for (int s = 0; s < model->rowCount(); ++s)
                for (int a = 0; a < model->rowCount(model->index(s, 0)); ++a) {
                    const QModelIndex index = model->index(a, 0, model->index(s, 0));
                    out += model->activityAt(index)->remoteId + u'='
                           + index.siblingAtColumn(CourseModel::CompletionColumn).data().toString()
                           + u'/'
                           + QString::number(index.siblingAtColumn(CourseModel::CompletionColumn)
                                                 .data(Qt::CheckStateRole)
                                                 .toInt())
                           + u"; "_s;
                }
            const auto db = m_lib->library().completions(1, courseId).result();
            for (auto it = db.begin(); it != db.end(); ++it)
                out += u" db"_s + QString::number(it.key()) + u'=' + QString::number(it.value());
            out += u" server1="_s + QString::number(m_server->completionState(1));
            return out;
        };
        // The page ticked earlier, and the lesson.
        QTRY_VERIFY2(model->completedCount() == 2, qPrintable(completionStates()));
        screenshot(u"en-13-course-lesson-result"_s);
    }

    void pageViewerRefusesEverythingOutsideItsPackage()
    {
        QSignalSpy pageLoaded(m_window->pageViewer(), &PageViewerPage::pageLoaded);
        m_window->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(pageLoaded.wait(20000));
        ContentSchemeHandler *handler = m_window->pageViewer()->handler();
        const int refusedBefore = handler->refusedCount();
        const QString probe = uR"js(
            (async () => {
              const results = [];
              for (const url of ['https://example.com/', 'http://127.0.0.1:9/',
                                 'file:///etc/passwd', 'clikc-content://a999999/index.html']) {
                try { await fetch(url); results.push('reached ' + url); }
                catch (e) { results.push('refused'); }
              }
              return results.join(',');
            })())js"_s;
        // runJavaScript does not await promises: store the result and poll it.
        runJavaScript(u"window.__probe = 'pending'; "_s + probe
                      + u".then(r => window.__probe = r)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(u"window.__probe"_s).toString() != u"pending"_s,
                                 15000);
        QCOMPARE(runJavaScript(u"window.__probe"_s).toString(),
                 u"refused,refused,refused,refused"_s);
        QTRY_VERIFY(handler->refusedCount() > refusedBefore);
        // Navigating away from the package is refused too.
        runJavaScript(u"window.location.href = 'https://example.com/'"_s);
        QTest::qWait(500);
        QCOMPARE(m_window->pageViewer()->view()->url().scheme(), u"clikc-content"_s);
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestScreens)
#include "tst_screens.moc"
