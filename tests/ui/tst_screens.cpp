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
#include "models/librarymodel.h"
#include "models/uploadsmodel.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "personinput.h"
#include "scormplayerpage.h"
#include "signindialog.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "testsupport.h"
#include "uploadspage.h"
#include "videoplayerpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace clikc;
using test::click;
using test::whenModal;

namespace {

// Qt's "Ambiguous shortcut overload" warning: a key that does nothing because two actions have it.
QtMessageHandler g_previousHandler = nullptr;
QStringList g_ambiguous;

void recordAmbiguity(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Ambiguous shortcut"_s))
        g_ambiguous.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A key pressed the way the keyboard does it: into the window, delivered to the focus widget.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window->windowHandle(), key, modifiers);
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::FakeMoodle> m_server;
    Course m_course;
    qint64 m_siteCourseId = 0; // the stand-in site's course, once signInAndDownload got it

    Activity activityOf(ActivityKind kind) const { return test::activityOf(m_course, kind); }

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

    void activate()
    {
        if (QApplication::activeWindow() == m_window.get())
            return;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QVariant runJavaScript(const QString &script)
    {
        QVariant result;
        bool done = false;
        qobject_cast<PageViewerPage *>(m_window->pageViewer())
            ->view()
            ->page()
            ->runJavaScript(script, [&](const QVariant &value) {
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
        g_previousHandler = qInstallMessageHandler(recordAmbiguity);
        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Keys go to the active window only (there is no window manager to activate it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        // (Already emitted when the library answered before startLibrary returned.)
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        const auto courses = m_lib->courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        m_course = *m_lib->courseQueries().course(courses.first().id).result();
    }

    // A first start: the window says what to do first, and the keyboard starts there.
    void firstStartSaysWhatToDo()
    {
        auto *banner = m_window->findChild<QFrame *>(u"gettingStarted"_s);
        auto *signIn = m_window->findChild<QPushButton *>(u"gettingStartedSignIn"_s);
        auto *import = m_window->findChild<QPushButton *>(u"gettingStartedImport"_s);
        auto *statusSignIn = m_window->findChild<QPushButton *>(u"statusSignInButton"_s);
        QVERIFY(banner && signIn && import && statusSignIn);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(signIn->isVisible() && signIn->isEnabled());
        QVERIFY(import->isVisible() && import->isEnabled());
        QVERIFY(statusSignIn->isVisible() && statusSignIn->isEnabled());
        QVERIFY(m_window->statusBar()->isAncestorOf(statusSignIn));
        // The focus is on the first step, not in the search box.
        QTRY_COMPARE(QApplication::focusWidget(), signIn);
        screenshot(u"en-0-first-start"_s);
        press(m_window.get(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), import);
        press(m_window.get(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), signIn);

        // Enter on it opens the sign-in dialog, which Esc closes; so does the status bar's.
        for (QWidget *opener :
             {static_cast<QWidget *>(signIn), static_cast<QWidget *>(statusSignIn)}) {
            QString opened;
            whenModal(this, [&opened](QWidget *modal) {
                opened = QString::fromLatin1(modal->metaObject()->className());
                press(modal, Qt::Key_Escape);
            });
            if (opener == signIn)
                press(m_window.get(), Qt::Key_Return);
            else
                QVERIFY(click(opener));
            QTRY_COMPARE(opened, u"clikc::SignInDialog"_s);
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }
        QVERIFY(banner->isVisible()); // still not signed in
        // The dialog's window closed; a window manager would give the focus back.
        activate();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
        m_server.reset();
    }

    // The search narrows the list as the learner types; the clear button in the field shows
    // with the text and, clicked, brings every course back.
    void searchAndClear()
    {
        m_window->showLibrary();
        activate();
        auto *search = m_window->findChild<QLineEdit *>(u"librarySearch"_s);
        auto *view = m_window->findChild<QTreeView *>(u"libraryView"_s);
        QTRY_VERIFY(search->isVisible() && view->model()->rowCount() == 1);
        auto *clear = search->findChild<QAction *>(u"clearSearchAction"_s);
        QVERIFY(clear && !clear->isVisible());
        QVERIFY(click(search));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"no such course"_s);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QVERIFY(clear->isVisible());
        QWidget *button = nullptr;
        for (QObject *object : clear->associatedObjects()) {
            if (auto *widget = qobject_cast<QWidget *>(object); widget && widget != search)
                button = widget;
        }
        QTRY_VERIFY(button && button->isVisible());
        QCOMPARE(button->toolTip(), u"Clear the search"_s);
        QVERIFY(click(button));
        QTRY_VERIFY(search->text().isEmpty());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(!button->isVisible());
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
        // The search field shows its whole placeholder in every language.
        auto *search = m_window->findChild<QLineEdit *>(u"librarySearch"_s);
        QVERIFY(search->isVisible() && !search->placeholderText().isEmpty());
        QVERIFY2(search->width()
                     >= search->fontMetrics().horizontalAdvance(search->placeholderText()) + 8,
                 qPrintable(search->placeholderText()));
        // The status bar's texts keep apart.
        QList<QRect> parts;
        for (QWidget *part : m_window->statusBar()->findChildren<QWidget *>()) {
            if (part->isVisible()
                && (qobject_cast<QLabel *>(part) || qobject_cast<QPushButton *>(part))
                && !(qobject_cast<QLabel *>(part)
                     && qobject_cast<QLabel *>(part)->text().isEmpty()))
                parts.append(QRect(part->mapTo(m_window->statusBar(), QPoint()), part->size()));
        }
        QVERIFY(parts.size() >= 2);
        for (int i = 0; i < parts.size(); ++i) {
            for (int j = i + 1; j < parts.size(); ++j)
                QVERIFY(!parts.at(i).adjusted(-3, 0, 3, 0).intersects(parts.at(j)));
        }

        // The course opens with Enter on its row, as a person would open it.
        auto *libraryView = m_window->findChild<QTreeView *>(u"libraryView"_s);
        QVERIFY(libraryView->isVisible());
        QTRY_COMPARE(libraryView->model()->rowCount(), 1);
        activate();
        libraryView->setFocus(Qt::TabFocusReason);
        libraryView->setCurrentIndex(libraryView->model()->index(0, 0));
        QSignalSpy courseLoaded(m_window->coursePage()->model(), &CourseModel::loaded);
        press(m_window.get(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Course);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        // Everything of the sample course is on this computer: nothing to download.
        auto *downloadCourse = m_window->findChild<QPushButton *>(u"downloadCourseButton"_s);
        QTRY_VERIFY(!downloadCourse->isVisible());
        QVERIFY(!m_window->findChild<QPushButton *>(u"downloadSelectionButton"_s)->isVisible());
        screenshot(language + u"-2-course"_s);
        // Esc goes back one level, and Enter opens the course again.
        press(m_window.get(), Qt::Key_Escape);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Library);
        QTRY_COMPARE(QApplication::focusWidget(), libraryView);
        press(m_window.get(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Course);

        // The video page, then the web page viewer, in the same window.
        QSignalSpy started(qobject_cast<VideoPlayerPage *>(m_window->videoPage()),
                           &VideoPlayerPage::playbackStarted);
        m_window->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(started.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<VideoPlayerPage *>(m_window->videoPage())->player()->position() > 1200,
            10000);
        screenshot(language + u"-3-video"_s);

        QSignalSpy pageLoaded(qobject_cast<PageViewerPage *>(m_window->pageViewer()),
                              &PageViewerPage::pageLoaded);
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
        // Chromium's first view makes Qt recreate the window for OpenGL; a window manager
        // would give the new window the focus, and here nobody does.
        activate();

        QSignalSpy pdfLoaded(qobject_cast<PdfViewerPage *>(m_window->pdfViewer()),
                             &PdfViewerPage::documentLoaded);
        m_window->openActivity(activityOf(ActivityKind::Pdf));
        QVERIFY(pdfLoaded.wait(10000)
                || qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->document()->status()
                       == QPdfDocument::Status::Ready);
        QTRY_COMPARE(qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->document()->status(),
                     QPdfDocument::Status::Ready);
        QVERIFY(qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->document()->pageCount() >= 3);
        QTest::keyClick(qobject_cast<PdfViewerPage *>(m_window->pdfViewer()), Qt::Key_PageDown);
        QTRY_COMPARE(qobject_cast<PdfViewerPage *>(m_window->pdfViewer())->currentPage(), 1);
        screenshot(language + u"-5-pdf"_s);

        // And back to the video after the web view: still alive, still playing.
        QSignalSpy startedAgain(qobject_cast<VideoPlayerPage *>(m_window->videoPage()),
                                &VideoPlayerPage::playbackStarted);
        m_window->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(startedAgain.wait(15000));
        // Alt+Left goes back one level at a time, in every language, and is never ambiguous.
        g_ambiguous.clear();
        press(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Course);
        press(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Library);
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
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
        // A refused password, in every language: typed and clicked as a person does.
        const auto fill = [&](QWidget *dialog, const QString &password) {
            const auto type = [&](const QString &name, const QString &text) {
                auto *edit = dialog->findChild<QLineEdit *>(name);
                QVERIFY(edit && edit->isVisible() && edit->isEnabled());
                edit->setFocus(Qt::TabFocusReason);
                edit->selectAll();
                QTest::keyClicks(edit, text);
                QCOMPARE(edit->text(), text);
            };
            type(u"siteEdit"_s, m_server->baseUrl().toString());
            type(u"usernameEdit"_s, u"student"_s);
            type(u"passwordEdit"_s, password);
        };
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            m_window->findChild<QAction *>(u"language-"_s + language)->trigger();
            SignInDialog dialog(m_lib->context().account(), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            fill(&dialog, u"wrong"_s);
            QVERIFY(click(dialog.findChild<QPushButton *>(u"signInButton"_s)));
            QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"signInError"_s)->isVisible(),
                                     10000);
            screenshot(language + u"-6-sign-in-refused"_s);
        }
        // The right password, through the first-start button.
        m_window->findChild<QAction *>(u"language-en"_s)->trigger();
        m_window->showLibrary();
        bool accepted = false;
        whenModal(this, [&](QWidget *modal) {
            fill(modal, u"Student-1234"_s);
            if (click(modal->findChild<QPushButton *>(u"signInButton"_s)))
                accepted = QTest::qWaitFor([&] { return !modal->isVisible(); }, 30000);
        });
        QVERIFY(click(m_window->findChild<QPushButton *>(u"gettingStartedSignIn"_s)));
        QVERIFY(accepted);
        QTRY_COMPARE(m_lib->context().account().state(), AccountService::State::SignedIn);
        // Signed in: the first-start prompts are gone.
        QTRY_VERIFY(!m_window->findChild<QFrame *>(u"gettingStarted"_s)->isVisible());
        QVERIFY(!m_window->findChild<QPushButton *>(u"statusSignInButton"_s)->isVisible());
        // The site's course joins the library.
        qint64 courseId = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const CourseSummary &c :
                                          m_lib->courseQueries().courses(1).result()) {
                                         if (c.sourceKind == SourceKind::Moodle)
                                             courseId = c.id;
                                     }
                                     return courseId != 0;
                                 })(),
                                 10000);
        m_siteCourseId = courseId;
        // Switching the language while signed in only retranslates: nothing is asked of the
        // site (0.1 fetched the whole catalogue again). First the sign-in's own calls settle.
        int settledCount = -1;
        for (int i = 0; i < 40 && settledCount != m_server->requestCount(); ++i) {
            settledCount = m_server->requestCount();
            QTest::qWait(250);
        }
        QCOMPARE(m_server->requestCount(), settledCount);
        for (const QString &language : {u"fr"_s, u"es"_s, u"en"_s}) {
            m_window->findChild<QAction *>(u"language-"_s + language)->trigger();
            QTRY_COMPARE(m_lib->context().languages().language(), language);
        }
        // A refresh would have reached the server on loopback well within this.
        QTest::qWait(1000);
        QCOMPARE(m_server->requestCount(), settledCount);
        QSignalSpy courseLoaded(m_window->coursePage()->model(), &CourseModel::loaded);
        m_window->showCourse(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(courseLoaded.size() >= 1, 10000);
        screenshot(u"en-7-course-on-the-site"_s);
        // The course is on the site only: its Download course button is there to be clicked.
        auto *downloadCourse = m_window->findChild<QPushButton *>(u"downloadCourseButton"_s);
        QTRY_VERIFY(downloadCourse->isVisible() && downloadCourse->isEnabled());
        m_server->misbehave(test::Misbehaviour::trickle(1'000'000, u"procedures.mp4"_s));
        QVERIFY(click(downloadCourse));
        m_window->showDownloads();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->downloadsPage()->model()->rowCount() >= 4, 10000);
        QTest::qWait(1500);
        screenshot(u"en-8-downloads"_s);
        m_lib->context().languages().setLanguage(u"fr"_s);
        QTest::qWait(500);
        screenshot(u"fr-8-downloads"_s);
        m_server->clearMisbehaviour();
        QVERIFY(m_lib->context().downloads().waitUntilIdle(60000));
        m_lib->context().languages().setLanguage(u"en"_s);
        // The last files were announced when the queue went idle; the page's own read comes
        // after, and no reset follows it to take the row from under the keyboard below.
        QSignalSpy courseShown(m_window->coursePage()->model(), &CourseModel::loaded);
        m_window->showCourse(courseId);
        QTRY_VERIFY_WITH_TIMEOUT(!courseShown.isEmpty(), 10000);
        // All of it is on this computer now: no Download button is left to offer.
        QTRY_VERIFY(!downloadCourse->isVisible());
        QVERIFY(!m_window->findChild<QPushButton *>(u"downloadSelectionButton"_s)->isVisible());
        screenshot(u"en-9-course-downloaded"_s);
        for (const CourseSummary &c : m_lib->courseQueries().courses(1).result()) {
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
        // Space on the row ticks it; the check box under the list says so (and is the same
        // tick for the mouse and for screen readers).
        auto *markComplete = m_window->findChild<QCheckBox *>(u"markCompleteCheck"_s);
        QTRY_VERIFY(markComplete->isVisible() && markComplete->isEnabled());
        QVERIFY(!markComplete->isChecked());
        activate();
        press(m_window.get(), Qt::Key_Space);
        QTRY_COMPARE(page.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTRY_VERIFY(markComplete->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(m_lib->uploadQueue().uploadCounts(1).result().pending >= 1, 10000);
        const int waiting = m_lib->uploadQueue().uploadCounts(1).result().pending;
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
        QVERIFY(click(m_window->findChild<QPushButton *>(u"uploadNow"_s)));
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
        ScormPlayerPage *player = qobject_cast<ScormPlayerPage *>(m_window->scormPlayer());
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
            const auto db = m_lib->courseQueries().coursePage(1, courseId).result().completed;
            for (auto it = db.begin(); it != db.end(); ++it)
                out += u" db"_s + QString::number(it.key()) + u'=' + QString::number(it.value());
            out += u" server1="_s + QString::number(m_server->completionState(1));
            return out;
        };
        // The page ticked earlier, and the lesson.
        QTRY_VERIFY2(model->completedCount() == 2, qPrintable(completionStates()));
        screenshot(u"en-13-course-lesson-result"_s);
    }

    // Removing a course asks with buttons that say what they do; Keep keeps it, Remove
    // removes its files.
    void removeConfirmationNamesTheAction()
    {
        QVERIFY(m_siteCourseId != 0);
        m_window->showLibrary();
        auto *view = m_window->findChild<QTreeView *>(u"libraryView"_s);
        QTRY_VERIFY(view->isVisible());
        QModelIndex row;
        QTRY_VERIFY(([&] {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QModelIndex index = view->model()->index(r, 0);
                if (index.data(LibraryModel::CourseIdRole).toLongLong() == m_siteCourseId)
                    row = index;
            }
            return row.isValid();
        })());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_COMPARE(view->currentIndex().row(), row.row());
        auto *remove = m_window->findChild<QPushButton *>(u"removeCourseButton"_s);
        QTRY_VERIFY(remove->isVisible() && remove->isEnabled());
        const auto stateOfCourse = [&] {
            for (const CourseSummary &c : m_lib->courseQueries().courses(1).result()) {
                if (c.id == m_siteCourseId)
                    return c.offlineState();
            }
            return OfflineState::NothingToDownload;
        };
        QCOMPARE(stateOfCourse(), OfflineState::OnThisMachine);

        for (const bool confirm : {false, true}) {
            QStringList buttons;
            whenModal(this, [&](QWidget *modal) {
                for (QPushButton *button : modal->findChildren<QPushButton *>()) {
                    if (button->isVisible())
                        buttons.append(button->text());
                }
                if (!confirm)
                    screenshot(u"en-14-remove-course"_s);
                click(modal->findChild<QPushButton *>(confirm ? u"confirmRemove"_s
                                                              : u"keepCourse"_s));
            });
            QVERIFY(click(remove));
            QTRY_VERIFY(!QApplication::activeModalWidget());
            buttons.sort();
            QCOMPARE(buttons, (QStringList{u"&Keep"_s, u"&Remove"_s}));
            if (!confirm) {
                m_lib->libraryWorker().waitForIdle();
                QCOMPARE(stateOfCourse(), OfflineState::OnThisMachine);
            }
        }
        QTRY_COMPARE(stateOfCourse(), OfflineState::NotOnThisMachine);
    }

    // File › Check the library shows how far it is in the status bar, and then says what it
    // found; the window is not held meanwhile.
    void checkTheLibraryShowsProgress()
    {
        auto *action = m_window->findChild<QAction *>(u"verifyLibraryAction"_s);
        QVERIFY(action && action->isEnabled() && action->isVisible());
        const int stored = m_lib->courseQueries().stats(1).result().blobs;
        QVERIFY(stored > 0);
        QList<int> values;
        int maximum = 0;
        bool shownWhileChecking = false;
        QString result;
        whenModal(this, [&](QWidget *modal) {
            result = modal->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
            press(modal, Qt::Key_Return);
        });
        action->trigger(); // as the menu does
        auto *progress = m_window->findChild<QProgressBar *>(u"verifyProgress"_s);
        QVERIFY(progress);
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            values.append(value);
            maximum = progress->maximum();
            shownWhileChecking = shownWhileChecking || progress->isVisible();
        });
        shownWhileChecking = progress->isVisible();
        QVERIFY(!progress->accessibleName().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), 30000);
        QVERIFY2(result.contains(u"intact"_s), qPrintable(result));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(shownWhileChecking);
        QVERIFY(!progress->isVisible());
        QVERIFY(!values.isEmpty());
        QCOMPARE(maximum, stored);
        QCOMPARE(values.last(), stored);
        for (qsizetype i = 1; i < values.size(); ++i)
            QVERIFY(values.at(i) >= values.at(i - 1));
        activate();
    }

    void pageViewerRefusesEverythingOutsideItsPackage()
    {
        QSignalSpy pageLoaded(qobject_cast<PageViewerPage *>(m_window->pageViewer()),
                              &PageViewerPage::pageLoaded);
        m_window->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(pageLoaded.wait(20000));
        ContentSchemeHandler *handler
            = qobject_cast<PageViewerPage *>(m_window->pageViewer())->handler();
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
        QCOMPARE(qobject_cast<PageViewerPage *>(m_window->pageViewer())->view()->url().scheme(),
                 u"clikc-content"_s);
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestScreens)
#include "tst_screens.moc"
