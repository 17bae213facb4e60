// The player pages with the keyboard alone, in a real window (Xvfb): Tab walks the video's
// controls in the order a learner meets them and opens the speed list, where ↓ and Enter choose
// 1.5×; Esc leaves full screen, then each page (video, PDF, web page even with the focus inside
// Chromium) goes back to the course, without ever meeting the window's own Esc/Alt+Left action
// ("Ambiguous shortcut" is a failure); and every control of every page has a name for screen
// readers and a Tab stop, in English, French and Spanish.

#include "contentschemehandler.h"
#include "i18n/languagemanager.h"
#include "pageviewerpage.h"
#include "pdfviewerpage.h"
#include "playerservices.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "videoplayerpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QStringList g_ambiguous;
QtMessageHandler g_previousHandler = nullptr;

void recordAmbiguity(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Ambiguous shortcut"_s))
        g_ambiguous.append(message);
    g_previousHandler(type, context, message);
}

// A window like the application's: the page in the middle and a window-wide Back action on
// Esc and Alt+Left, as View › Back has. The page's own Esc must win without a conflict.
class Host final : public QMainWindow
{
public:
    explicit Host(QWidget *page)
    {
        setCentralWidget(page);
        back = new QAction(u"Back"_s, this);
        back->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)});
        back->setShortcutContext(Qt::WindowShortcut);
        addAction(back);
        resize(900, 600);
    }
    QAction *back = nullptr;
};

// A key pressed the way the keyboard does it: into the window, delivered to the focus widget.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window->windowHandle(), key, modifiers);
}

bool isInteractive(QWidget *widget)
{
    if (qobject_cast<QScrollBar *>(widget))
        return false; // part of its scroll area
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget)
           || qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QComboBox *>(widget)
           || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)
           || qobject_cast<QAbstractItemView *>(widget);
}

// The page's interactive widgets a person can see, each with the name a screen reader reads.
// The insides of compound widgets (a spin box's line edit, the web view's drawing surface) are
// theirs, not the page's.
QMap<QString, QString> namesOf(QWidget *page, QStringList &problems)
{
    QMap<QString, QString> names;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(page) || !isInteractive(widget))
            continue;
        QWidget *parent = widget->parentWidget();
        if (parent != page
            && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
                || qobject_cast<QWebEngineView *>(parent)))
            continue;
        const QString id = widget->objectName().isEmpty()
                               ? QString::fromLatin1(parent->metaObject()->className()) + u'>'
                                     + QString::fromLatin1(widget->metaObject()->className())
                               : widget->objectName();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty() || widget->accessibleName().trimmed().isEmpty())
            problems.append(id + u": no accessible name"_s);
        if (!(widget->focusPolicy() & Qt::TabFocus))
            problems.append(id + u": not reached with Tab"_s);
        names.insert(id, name);
    }
    return names;
}

} // namespace

class TestPlayerKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    Course m_course;

    Activity activityOf(ActivityKind kind) const { return test::activityOf(m_course, kind); }

    // Shown and active: a window-wide shortcut matches only in the active window, so the
    // checks that the page's Esc wins over the window's mean something.
    bool showHost(Host &host)
    {
        host.show();
        if (!QTest::qWaitForWindowExposed(&host))
            return false;
        // Without a window manager, the focus is given once the window is mapped.
        host.activateWindow();
        if (!QTest::qWaitForWindowActive(&host)) {
            qWarning("host window %p is not active; the focus window is %p",
                     static_cast<void *>(host.windowHandle()),
                     static_cast<void *>(QGuiApplication::focusWindow()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        g_previousHandler = qInstallMessageHandler(recordAmbiguity);
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
        QCOMPARE(activityOf(ActivityKind::Video).kind, ActivityKind::Video);
        QCOMPARE(activityOf(ActivityKind::Pdf).kind, ActivityKind::Pdf);
        QCOMPARE(activityOf(ActivityKind::Page).kind, ActivityKind::Page);
    }

    void cleanup()
    {
        const QStringList ambiguous = std::exchange(g_ambiguous, {});
        QVERIFY2(ambiguous.isEmpty(), qPrintable(ambiguous.join(u"; "_s)));
    }

    void cleanupTestCase()
    {
        if (g_previousHandler)
            qInstallMessageHandler(g_previousHandler);
        m_lib.reset();
    }

    void videoControlsWithTheKeyboard()
    {
        m_lib->context().settings().setPlaybackRate(1.0);
        auto *page = new VideoPlayerPage(servicesFor<VideoPlayerPage>(m_lib->context()));
        Host host(page);
        QVERIFY(showHost(host));
        QSignalSpy started(page, &VideoPlayerPage::playbackStarted);
        QSignalSpy back(page, &VideoPlayerPage::backRequested);
        QSignalSpy windowBack(host.back, &QAction::triggered);
        page->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(started.wait(15000));

        // The play button has the focus; Space on it pauses, → on it still moves 5 seconds.
        auto *play = page->findChild<QAbstractButton *>(u"playButton"_s);
        QTRY_COMPARE(host.focusWidget(), play);
        QVERIFY(play->isVisible() && play->isEnabled());
        press(&host, Qt::Key_Space);
        QTRY_COMPARE(page->player()->playbackState(), QMediaPlayer::PausedState);
        const qint64 before = page->player()->position();
        press(&host, Qt::Key_Right);
        QTRY_VERIFY(page->player()->position() >= before + 4000);
        QCOMPARE(host.focusWidget(), play);

        // Tab meets every control once, in the order of the eye, ending with Back.
        const QStringList order{u"positionSlider"_s, u"timeLabel"_s, u"muteButton"_s,
                                u"volumeSlider"_s,   u"speedBox"_s,  u"fullScreenButton"_s,
                                u"videoBackButton"_s};
        for (const QString &name : order) {
            press(&host, Qt::Key_Tab);
            QVERIFY(host.focusWidget());
            QCOMPARE(host.focusWidget()->objectName(), name);
            QVERIFY(host.focusWidget()->isVisible());
        }
        press(&host, Qt::Key_Tab);
        QCOMPARE(host.focusWidget(), play); // and round again

        // Back to the position slider: ← moves 5 seconds back, ↑ still raises the volume.
        press(&host, Qt::Key_Tab);
        QCOMPARE(host.focusWidget()->objectName(), u"positionSlider"_s);
        const qint64 at = page->player()->position();
        press(&host, Qt::Key_Left);
        QTRY_VERIFY(page->player()->position() <= at - 4000);
        auto *volume = page->findChild<QSlider *>(u"volumeSlider"_s);
        const int volumeBefore = volume->value();
        press(&host, Qt::Key_Down);
        QCOMPARE(volume->value(), volumeBefore - VideoPlayerPage::kVolumeStep);

        // The speed list opens with ↓, closes with Esc (the page stays), opens with Enter, and
        // ↓ ↓ Enter there chooses 1.5×.
        auto *speed = page->findChild<QComboBox *>(u"speedBox"_s);
        while (host.focusWidget() != speed) {
            press(&host, Qt::Key_Tab);
            QVERIFY(host.focusWidget() != play); // went round without meeting it
        }
        press(&host, Qt::Key_Down);
        QTRY_VERIFY(speed->view()->isVisible());
        QCOMPARE(speed->currentData().toDouble(), 1.0);
        press(speed->view()->window(), Qt::Key_Escape);
        QTRY_VERIFY(!speed->view()->isVisible());
        QCOMPARE(back.size(), 0);
        QCOMPARE(windowBack.size(), 0); // closing the list is all Esc does there
        QCOMPARE(host.focusWidget(), speed);
        press(&host, Qt::Key_Return);
        QTRY_VERIFY(speed->view()->isVisible());
        const int from = speed->currentIndex();
        const int target = speed->findData(1.5);
        QVERIFY(target > from);
        for (int i = from; i < target; ++i)
            press(speed->view()->window(), Qt::Key_Down);
        press(speed->view()->window(), Qt::Key_Return);
        QTRY_VERIFY(!speed->view()->isVisible());
        QCOMPARE(page->player()->playbackRate(), 1.5);
        QCOMPARE(m_lib->context().settings().playbackRate(), 1.5);
        QCOMPARE(speed->currentData().toDouble(), 1.5);

        // Enter on the full screen button; Esc leaves full screen, and only then the page.
        press(&host, Qt::Key_Tab);
        QCOMPARE(host.focusWidget()->objectName(), u"fullScreenButton"_s);
        press(&host, Qt::Key_Return);
        QVERIFY(page->isFullScreen());
        press(&host, Qt::Key_Escape);
        QVERIFY(!page->isFullScreen());
        QCOMPARE(back.size(), 0);
        press(&host, Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        QCOMPARE(windowBack.size(), 0); // the page's Esc, not the window's

        // Space and Enter on the Back button.
        auto *backButton = page->findChild<QAbstractButton *>(u"videoBackButton"_s);
        backButton->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(host.focusWidget(), backButton);
        press(&host, Qt::Key_Return);
        QCOMPARE(back.size(), 2);
        press(&host, Qt::Key_Space);
        QCOMPARE(back.size(), 3);
        page->stop();
        m_lib->libraryWorker().waitForIdle();
    }

    void pdfViewerWithTheKeyboard()
    {
        auto *page = new PdfViewerPage(servicesFor<PdfViewerPage>(m_lib->context()));
        Host host(page);
        QVERIFY(showHost(host));
        QSignalSpy back(page, &PdfViewerPage::backRequested);
        QSignalSpy windowBack(host.back, &QAction::triggered);
        page->openActivity(activityOf(ActivityKind::Pdf));
        QTRY_COMPARE(page->document()->status(), QPdfDocument::Status::Ready);
        const int pages = page->document()->pageCount();
        QVERIFY(pages >= 3);

        // The document has the focus; the page keys turn pages there.
        QTRY_COMPARE(host.focusWidget(), page->view());
        press(&host, Qt::Key_PageDown);
        QTRY_COMPARE(page->currentPage(), 1);
        press(&host, Qt::Key_End);
        QTRY_COMPARE(page->currentPage(), pages - 1);
        press(&host, Qt::Key_Home);
        QTRY_COMPARE(page->currentPage(), 0);
        press(&host, Qt::Key_PageDown);
        QTRY_COMPARE(page->currentPage(), 1);
        press(&host, Qt::Key_PageUp);
        QTRY_COMPARE(page->currentPage(), 0);
        press(&host, Qt::Key_PageDown); // both arrows enabled from here

        // Tab: back, the page controls, the zoom controls, the document again.
        QTRY_COMPARE(page->currentPage(), 1);
        const QStringList order{u"pdfBackButton"_s,  u"previousPageButton"_s,
                                u"nextPageButton"_s, u"pageBox"_s,
                                u"zoomOutButton"_s,  u"zoomBox"_s,
                                u"zoomInButton"_s,   u"pdfView"_s};
        for (const QString &name : order) {
            press(&host, Qt::Key_Tab);
            QVERIFY(host.focusWidget());
            QCOMPARE(host.focusWidget()->objectName(), name);
        }

        // Enter on Next page; a page number typed in the box, then Enter.
        auto *next = page->findChild<QAbstractButton *>(u"nextPageButton"_s);
        next->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(host.focusWidget(), next);
        press(&host, Qt::Key_Return);
        QTRY_COMPARE(page->currentPage(), 2);
        press(&host, Qt::Key_Tab);
        QCOMPARE(host.focusWidget()->objectName(), u"pageBox"_s);
        press(&host, Qt::Key_A, Qt::ControlModifier);
        press(&host, Qt::Key_1);
        press(&host, Qt::Key_Return);
        QTRY_COMPARE(page->currentPage(), 0);

        // Esc from the page box and from the document goes back to the course.
        press(&host, Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        page->view()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(host.focusWidget(), page->view());
        press(&host, Qt::Key_Escape);
        QCOMPARE(back.size(), 2);
        QCOMPARE(windowBack.size(), 0);
    }

    void pageViewerEscapeFromInsideTheWebView()
    {
        auto *page = new PageViewerPage(servicesFor<PageViewerPage>(m_lib->context()));
        Host host(page);
        QVERIFY(showHost(host));
        QSignalSpy loaded(page, &PageViewerPage::pageLoaded);
        QSignalSpy back(page, &PageViewerPage::backRequested);
        QSignalSpy windowBack(host.back, &QAction::triggered);
        page->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().first().toBool(), true);

        // The focus is inside Chromium's own widget, where the page's keys go.
        QTRY_VERIFY(page->view()->focusProxy() && host.focusWidget() == page->view()->focusProxy());
        press(&host, Qt::Key_Escape);
        QTRY_COMPARE(back.size(), 1);
        QCOMPARE(windowBack.size(), 0);
        // Alt+Left too, which Chromium would take for the page's own history.
        QTRY_COMPARE(host.focusWidget(), page->view()->focusProxy());
        press(&host, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(back.size(), 2);
        QCOMPARE(windowBack.size(), 0);

        // From the Back button: Esc, and Enter.
        auto *backButton = page->findChild<QAbstractButton *>(u"pageBackButton"_s);
        QVERIFY(backButton->isVisible() && backButton->isEnabled());
        backButton->setFocus(Qt::BacktabFocusReason);
        QTRY_COMPARE(host.focusWidget(), backButton);
        press(&host, Qt::Key_Escape);
        QCOMPARE(back.size(), 3);
        press(&host, Qt::Key_Return);
        QCOMPARE(back.size(), 4);
        QCOMPARE(windowBack.size(), 0);
        // Alt+Left from the button is the window's (View › Back in the application).
        press(&host, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(windowBack.size(), 1);
        QCOMPARE(back.size(), 4);
    }

    void everyControlNamedInEveryLanguage()
    {
        auto *video = new VideoPlayerPage(servicesFor<VideoPlayerPage>(m_lib->context()));
        Host videoHost(video);
        QVERIFY(showHost(videoHost));
        auto *pdf = new PdfViewerPage(servicesFor<PdfViewerPage>(m_lib->context()));
        Host pdfHost(pdf);
        QVERIFY(showHost(pdfHost));
        auto *web = new PageViewerPage(servicesFor<PageViewerPage>(m_lib->context()));
        Host webHost(web);
        QVERIFY(showHost(webHost));
        QSignalSpy started(video, &VideoPlayerPage::playbackStarted);
        video->openActivity(activityOf(ActivityKind::Video));
        QVERIFY(started.wait(15000));
        pdf->openActivity(activityOf(ActivityKind::Pdf));
        QTRY_COMPARE(pdf->document()->status(), QPdfDocument::Status::Ready);
        QSignalSpy loaded(web, &PageViewerPage::pageLoaded);
        web->openActivity(activityOf(ActivityKind::Page));
        QVERIFY(loaded.wait(20000));

        const QList<QWidget *> pages{video, pdf, web};
        QMap<QString, QMap<QString, QString>> names; // language → page/control → name
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            m_lib->context().languages().setLanguage(language);
            // LanguageChange arrives through the event queue.
            auto *backButton = pdf->findChild<QAbstractButton *>(u"pdfBackButton"_s);
            QTRY_COMPARE(backButton->text(), QCoreApplication::translate("clikc::PdfViewerPage",
                                                                         "‹ Back to the course"));
            QStringList problems;
            for (QWidget *page : pages) {
                const auto found = namesOf(page, problems);
                for (auto it = found.begin(); it != found.end(); ++it)
                    names[language].insert(page->objectName() + u'/' + it.key(), it.value());
            }
            QVERIFY2(problems.isEmpty(), qPrintable(language + u": "_s + problems.join(u"; "_s)));
        }
        // A name set once in English and never again would read the same in all three.
        QCOMPARE(names[u"fr"_s].keys(), names[u"en"_s].keys());
        QCOMPARE(names[u"es"_s].keys(), names[u"en"_s].keys());
        QVERIFY(names[u"en"_s].size() >= 15);
        QStringList untranslated;
        for (auto it = names[u"en"_s].begin(); it != names[u"en"_s].end(); ++it) {
            if (names[u"fr"_s].value(it.key()) == it.value()
                && names[u"es"_s].value(it.key()) == it.value())
                untranslated.append(it.key() + u" = "_s + it.value());
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"; "_s)));
        m_lib->context().languages().setLanguage(u"en"_s);
        video->stop();
        m_lib->libraryWorker().waitForIdle();
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestPlayerKeys)
#include "tst_playerkeys.moc"
