// A training centre's shared workstation through the real window (Xvfb, a real keychain):
// learners choose their tile, unlock with their PIN (a wrong one is delayed), see only their own
// courses and progress, get their own language, are locked out after a period without input
// (an injected clock, not a real wait) with the video's place kept, and can be removed leaving
// nothing behind. Screenshots of the chooser and the lock in the three languages.

#include "appcontext.h"
#include "connector/moodleconnector.h"
#include "content/contentstore.h"
#include "credentials/credentialstore.h"
#include "fakemoodle.h"
#include "i18n/languagemanager.h"
#include "learnerchooser.h"
#include "learnerdialog.h"
#include "library/accountrecords.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/progressrecorder.h"
#include "librarypage.h"
#include "mainwindow.h"
#include "personinput.h"
#include "settings/settings.h"
#include "settings/workstation.h"
#include "storage/database.h"
#include "sync/accountservice.h"
#include "testsupport.h"
#include "videoplayerpage.h"
#include "workstationdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace clikc;
using test::click;
using test::tick;
using test::whenBox;
using test::whenModal;

namespace {

constexpr auto kAminaPin = "2468";

// Every text a visible widget of `window` shows (labels, buttons, tree rows): what a person sees.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                texts.append(model->index(row, 0).data().toString());
        }
    }
    return texts;
}

} // namespace

class TestWorkstation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_adminDir;
    std::unique_ptr<test::FakeMoodle> m_site;
    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_now = 1'900'000'000'000; // the injected clock, ms
    qint64 m_local = 1;
    qint64 m_amina = 0;
    qint64 m_bruno = 0;
    int m_riskCourse = 0; // the site's id of Amina's course

    QString adminFile() const { return m_adminDir.filePath(u"workstation.ini"_s); }

    void screenshot(const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(200);
        const QString folder = QStringLiteral(CLIKC_ARTIFACTS "/screens");
        QDir().mkpath(folder);
        const QPixmap shot = m_window->screen()->grabWindow(0);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(folder + u'/' + name + u".png"_s));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->setClock([this] { return m_now; });
        m_window->setInactivityCheckInterval(50);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        // (Already emitted when the library answered before startLibrary returned.)
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
    }

    QToolButton *tile(qint64 learnerId)
    {
        QToolButton *found = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    found = m_window->chooser()->tileFor(learnerId);
                    return found && found->isVisible();
                },
                10000))
            return nullptr;
        return found;
    }

    // Types into the focused widget, key by key, then Enter.
    void type(const QString &text)
    {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    // Chooses the learner's tile with a click and, when asked, types their PIN.
    void enter(qint64 learnerId, const QString &pin = {})
    {
        QVERIFY(m_window->isLocked());
        QVERIFY(click(tile(learnerId)));
        if (!pin.isEmpty()) {
            auto *field = m_window->findChild<QLineEdit *>(u"secretField"_s);
            QTRY_VERIFY(field && field->isVisible() && field->hasFocus());
            type(pin);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        QCOMPARE(m_lib->context().profileId(), learnerId);
        QTRY_VERIFY(m_window->libraryPage() && m_window->libraryPage()->isVisible());
    }

    // Clicks the learner's row in the workstation settings' list, once the list shows them.
    bool clickLearnerRow(QListWidget *list, const QString &name)
    {
        QListWidgetItem *item = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    const auto found = list->findItems(name, Qt::MatchStartsWith);
                    item = found.isEmpty() ? nullptr : found.first();
                    return item != nullptr;
                },
                5000))
            return false;
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        return list->currentItem() == item;
    }

    QStringList libraryTitles()
    {
        auto *view = m_window->findChild<QTreeView *>(u"libraryView"_s);
        if (!view || !view->isVisible())
            return {};
        QStringList titles;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            titles.append(view->model()->index(row, 0).data().toString());
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        QVERIFY(m_adminDir.isValid());
        qputenv("CLIKC_WORKSTATION_FILE", adminFile().toUtf8());

        // Amina's site, with a course nobody else on this computer may see.
        m_site = std::make_unique<test::FakeMoodle>();
        m_site->addUser({u"amina"_s, u"Amina-Pass-1"_s, 41, u"Amina"_s, u"Diallo"_s, {}});
        const int course = m_site->addCourse(u"RISK"_s, u"Risk management at the border"_s);
        m_riskCourse = course;
        const int section = m_site->addSection(course, u"Basics"_s);
        m_site->addActivity(course, section, u"page"_s, u"Profiling"_s);
        QVERIFY(m_site->listen());

        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        m_lib->context().settings().setLanguage(u"en"_s);
        QVERIFY(m_lib->maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        AccountRecords &records = m_lib->accountRecords();
        m_amina = records.addLearner(u"Amina Diallo"_s).result().id;
        m_bruno = records.addLearner(u"Bruno Costa"_s).result().id;
        QVERIFY(m_amina > 0 && m_bruno > 0);
        QVERIFY(records.setLearnerSecret(m_amina, QString::fromLatin1(kAminaPin)).result().ok());
        // Amina signs in to her site (the sign-in dialog has its own tests).
        m_lib->context().useProfile(m_amina);
        QVERIFY(waitFor(m_lib->context().account().signIn(m_site->baseUrl().toString(), u"amina"_s,
                                                          u"Amina-Pass-1"_s))
                    .ok());
        QVERIFY(waitFor(m_lib->context().account().refreshCatalogue()).ok());
        m_lib->context().useProfile(m_local);
        // A new start, as the centre's computer would be switched on.
        QVERIFY(m_lib->restart());
        m_lib->context().languages().useLanguage(u"en"_s);
        openWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
        m_site.reset();
    }

    // Three learners: the window opens on the chooser, and shows nothing of anyone.
    void opensOnTheChooser()
    {
        QVERIFY(m_window->isLocked());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Chooser);
        QVERIFY(!m_window->libraryPage());
        QVERIFY(!m_window->statusBar()->isVisible());
        QVERIFY(tile(m_amina) && tile(m_bruno) && tile(m_local));
        // Each tile is named for a screen reader, and says how it opens.
        QCOMPARE(tile(m_amina)->accessibleName(), u"Amina Diallo"_s);
        QVERIFY2(tile(m_amina)->accessibleDescription().contains(u"PIN"_s),
                 qPrintable(tile(m_amina)->accessibleDescription()));
        QVERIFY(tile(m_bruno)->accessibleDescription().contains(u"without a PIN"_s));
        // Learners without a PIN are told what that means.
        auto *note = m_window->findChild<QLabel *>(u"chooserNote"_s);
        QVERIFY(note && note->isVisible() && note->text().contains(u"anyone"_s));
        // The learner menus are gone with their shortcuts.
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->findChild<QAction *>(u"switchLearnerAction"_s))
                QVERIFY(!menu->isVisible());
        }
        const QStringList seen = visibleTexts(m_window.get());
        QVERIFY(!seen.join(u'|').contains(u"Risk management"_s));
        QVERIFY(!seen.join(u'|').contains(u"Welcome to CLiKC"_s));
        // Tab goes from tile to tile.
        QTRY_VERIFY2(QApplication::focusWidget() == tile(m_local),
                     qPrintable(QApplication::focusWidget()
                                    ? QApplication::focusWidget()->objectName()
                                    : u"no focus"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tile(m_amina));
    }

    // A wrong PIN is refused, and after three the next try waits; the right one opens.
    void aWrongPinIsDelayed()
    {
        QVERIFY(click(tile(m_amina)));
        auto *field = m_window->findChild<QLineEdit *>(u"secretField"_s);
        auto *message = m_window->findChild<QLabel *>(u"unlockMessage"_s);
        QTRY_VERIFY(field->isVisible() && field->hasFocus());
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        // Whose PIN is asked for shows on the tiles; a tile is a button, not a toggle.
        QVERIFY(tile(m_amina)->property("unlocking").toBool());
        QVERIFY(!tile(m_bruno)->property("unlocking").toBool());
        QVERIFY(!tile(m_amina)->isCheckable());
        for (int i = 1; i <= 3; ++i) {
            type(u"1111"_s);
            QTRY_VERIFY(message->text().contains(u"not right"_s));
            QTRY_VERIFY(field->isEnabled());
            if (i < 3)
                QVERIFY(!message->text().contains(u"second"_s));
            QVERIFY(m_window->isLocked());
        }
        QVERIFY2(message->text().contains(u"Wait 1 second"_s), qPrintable(message->text()));
        screenshot(u"en-workstation-wrong-pin"_s);
        // Even the right PIN is not checked before the delay is over.
        type(QString::fromLatin1(kAminaPin));
        QTRY_VERIFY(message->text().contains(u"Too many wrong tries"_s));
        QVERIFY(m_window->isLocked());
        // The delay holds after a restart of the application too: it is kept in the library.
        const auto lock = m_lib->accountRecords().unlockLearner(m_amina, u"1111"_s, m_now).result();
        QCOMPARE(lock.outcome, AccountRecords::Unlock::Outcome::TooSoon);
        m_now += 1500;
        type(QString::fromLatin1(kAminaPin));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        QCOMPARE(m_lib->context().profileId(), m_amina);
        QTRY_VERIFY(libraryTitles().join(u'|').contains(u"Risk management"_s));
        QTRY_VERIFY(m_window->statusBar()->isVisible());
    }

    // Switch learner (Ctrl+Shift+L) hides everything of Amina; Bruno sees only his own.
    void eachSeesOnlyTheirOwn()
    {
        QVERIFY(!m_window->isLocked());
        QTest::keyClick(m_window->windowHandle(), Qt::Key_L,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->isLocked());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Chooser);
        QVERIFY(!m_window->libraryPage());
        QVERIFY(!visibleTexts(m_window.get()).join(u'|').contains(u"Risk management"_s));
        enter(m_bruno);
        QTRY_VERIFY(!libraryTitles().isEmpty());
        QVERIFY2(!libraryTitles().join(u'|').contains(u"Risk management"_s),
                 qPrintable(libraryTitles().join(u'|')));
        QCOMPARE(m_lib->context().account().state(), AccountService::State::SignedOut);
        // Amina's sign-in stays hers, and her uploads go on meanwhile (her own lane).
        QCOMPARE(m_lib->context().account().profileId(), m_bruno);
        qint64 risk = 0;
        for (const CourseSummary &course : m_lib->courseQueries().courses(m_amina).result()) {
            if (course.title.text(u"en"_s).contains(u"Risk management"_s))
                risk = course.id;
        }
        QVERIFY(risk > 0);
        QVERIFY(m_lib->progressRecorder().recordCourseView(m_amina, risk).result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_site->viewCount(u"core_course_view_course"_s, m_riskCourse, 41),
                                  1, 20000);
        QCOMPARE(m_lib->context().profileId(), m_bruno);
    }

    // Bruno picks French: it is his. The chooser goes back to the workstation's language, and
    // his tile brings his French back at once.
    void eachHasTheirLanguage()
    {
        QAction *french = m_window->findChild<QAction *>(u"language-fr"_s);
        QVERIFY(french);
        french->trigger();
        QCOMPARE(m_lib->context().languages().language(), u"fr"_s);
        QTRY_COMPARE(m_lib->accountRecords().findLearner(u"Bruno Costa"_s).result()->language,
                     u"fr"_s);
        m_window->lockLearner();
        QTRY_VERIFY(m_window->isLocked());
        QCOMPARE(m_lib->context().languages().language(), u"en"_s);
        enter(m_local);
        QCOMPARE(m_lib->context().languages().language(), u"en"_s);
        m_window->lockLearner();
        enter(m_bruno);
        QCOMPARE(m_lib->context().languages().language(), u"fr"_s);
        QCOMPARE(m_lib->accountRecords().findLearner(u"Bruno Costa"_s).result()->language, u"fr"_s);
        QAction *english = m_window->findChild<QAction *>(u"language-en"_s);
        english->trigger();
        QCOMPARE(m_lib->context().languages().language(), u"en"_s);
    }

    // No input for the workstation's time: the playing video pauses and keeps its place, and
    // the chooser shows.
    void inactivityLocksAndKeepsTheVideosPlace()
    {
        QVERIFY(!m_window->isLocked());
        // Bruno has the sample course only.
        const auto courses = m_lib->courseQueries().courses(m_bruno).result();
        QCOMPARE(courses.size(), 1);
        const Course sample = *m_lib->courseQueries().course(courses.first().id).result();
        const Activity video = test::activityOf(sample, ActivityKind::Video);
        QVERIFY(video.id > 0);
        m_window->showCourse(sample.id);
        QSignalSpy started(qobject_cast<VideoPlayerPage *>(m_window->videoPage()),
                           &VideoPlayerPage::playbackStarted);
        m_window->openActivity(video);
        QVERIFY(started.wait(15000));
        auto *player = qobject_cast<VideoPlayerPage *>(m_window->videoPage());
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 1500, 10000);
        // Nine minutes without input: nothing happens.
        m_now += 9 * 60 * 1000;
        QTest::qWait(200);
        QVERIFY(!m_window->isLocked());
        // Ten: locked.
        m_now += 60 * 1000 + 1;
        QTRY_VERIFY(m_window->isLocked());
        QVERIFY(!m_window->videoPage() || !m_window->videoPage()->isVisible());
        m_lib->libraryWorker().waitForIdle();
        const PlaybackState state
            = m_lib->progressRecorder().playbackState(m_bruno, video.id).result();
        QVERIFY2(state.positionMs >= 1500, qPrintable(QString::number(state.positionMs)));
        // Not Amina's, not the local learner's.
        QCOMPARE(m_lib->progressRecorder().playbackState(m_amina, video.id).result().positionMs, 0);
    }

    // The chooser and the unlock, in each language.
    void screenshotsInEveryLanguage()
    {
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            m_lib->context().languages().useLanguage(language);
            QVERIFY(m_window->isLocked());
            screenshot(language + u"-workstation-chooser"_s);
            QVERIFY(click(tile(m_amina)));
            auto *field = m_window->findChild<QLineEdit *>(u"secretField"_s);
            QTRY_VERIFY(field->isVisible());
            screenshot(language + u"-workstation-unlock"_s);
            QVERIFY(click(m_window->findChild<QPushButton *>(u"cancelUnlockButton"_s)));
            QTRY_VERIFY(!field->isVisible());
        }
        m_lib->context().languages().useLanguage(u"en"_s);
    }

    // Bruno removes himself: warned about what was not uploaded, then nothing of him is left in
    // the database, the settings or the keychain.
    void removalLeavesNothing()
    {
        enter(m_bruno);
        // Something of his waiting for the site, and a player setting of his.
        const auto courses = m_lib->courseQueries().courses(m_bruno).result();
        const Course sample = *m_lib->courseQueries().course(courses.first().id).result();
        m_lib->progressRecorder().recordCourseView(m_bruno, sample.id);
        m_lib->context().settings().setVolume(35);
        m_lib->libraryWorker().waitForIdle();
        // Sure there is a token of his to remove: as if he had signed in.
        CredentialStore::TokenKey key{m_lib->context().account().libraryId(), m_bruno,
                                      QUrl(u"https://clikc.example.org"_s), u"bruno"_s};
        QSqlQuery q(m_lib->context().database().connection());
        QVERIFY(q.exec(u"INSERT INTO sources (kind, remote_id, base_url, title, created_at) VALUES "
                       "('moodle', 'https://clikc.example.org', 'https://clikc.example.org', "
                       "'CLiKC!', 0)"_s));
        const qint64 source = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(
            u"UPDATE profiles SET source_id = %1, username = 'bruno' WHERE id = %2"_s.arg(source)
                .arg(m_bruno)));
        QCOMPARE(waitFor(m_lib->context().credentials().storeToken(key, u"bruno-token"_s)),
                 CredentialStore::Result::Stored);
        const int pending
            = m_lib->accountRecords().findLearner(u"Bruno Costa"_s).result()->pendingUploads;

        QString warning;
        whenModal(this, [&warning](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return;
            warning = box->text();
            click(box->findChild<QPushButton *>(u"confirmRemoveButton"_s));
        });
        m_window->findChild<QAction *>(u"removeSelfAction"_s)->trigger();
        QTRY_VERIFY(!warning.isEmpty());
        QVERIFY2(warning.contains(u"Bruno Costa"_s), qPrintable(warning));
        if (pending > 0)
            QVERIFY2(warning.contains(u"not been uploaded"_s), qPrintable(warning));
        QTRY_VERIFY(m_window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(!m_lib->accountRecords().findLearner(u"Bruno Costa"_s).result(),
                                 10000);
        QTRY_VERIFY(!m_window->chooser()->tileFor(m_bruno) && tile(m_amina));
        for (const QString &table : {u"progress"_s, u"uploads"_s, u"scorm_attempts"_s,
                                     u"kept_progress"_s, u"summary_snapshot"_s}) {
            QSqlQuery count(m_lib->context().database().connection());
            QVERIFY(count.exec(
                u"SELECT count(*) FROM %1 WHERE profile_id = %2"_s.arg(table).arg(m_bruno)));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 0);
        }
        QSettings settings(m_lib->context().settings().fileName(), QSettings::IniFormat);
        QVERIFY(!settings.childGroups().contains(u"learner-%1"_s.arg(m_bruno)));
        QTRY_VERIFY(waitFor(m_lib->context().credentials().token(key)).isEmpty());
    }

    // A new officer adds themselves from the chooser, with the keyboard: on this computer only,
    // a name and a PIN. Their library opens at once; locked, their tile asks for the PIN.
    void addingALearner()
    {
        if (!m_window->isLocked())
            m_window->lockLearner();
        auto *addTile = m_window->findChild<QToolButton *>(u"addLearnerTile"_s);
        QTRY_VERIFY(addTile && addTile->isVisible());
        QVERIFY(click(addTile));
        QPointer<LearnerDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<LearnerDialog *>()) && dialog->isVisible());
        auto *withAccount = dialog->findChild<QRadioButton *>(u"withAccountChoice"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"learnerNameField"_s);
        QVERIFY(withAccount->isChecked());
        QVERIFY(!name->isVisible()); // the site gives the name
        screenshot(u"en-workstation-add-learner"_s);
        QVERIFY(tick(dialog->findChild<QRadioButton *>(u"localOnlyChoice"_s)));
        QTRY_VERIFY(name->isVisible() && name->hasFocus());
        QTest::keyClicks(name, u"Dina Haddad"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"newSecretField"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"1357"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"repeatSecretField"_s);
        type(u"1357"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        // The dialog is gone; a window manager gives the window back its focus (Xvfb has none).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const auto dina = m_lib->accountRecords().findLearner(u"Dina Haddad"_s).result();
        QVERIFY(dina && dina->hasSecret);
        QCOMPARE(m_lib->context().profileId(), dina->id);
        QTRY_VERIFY(m_window->libraryPage() && m_window->libraryPage()->isVisible());
        QTRY_VERIFY(!libraryTitles().isEmpty());
        QVERIFY(!libraryTitles().join(u'|').contains(u"Risk management"_s));
        // Locked, their tile asks for their PIN.
        m_window->lockLearner();
        QVERIFY(click(tile(dina->id)));
        auto *field = m_window->findChild<QLineEdit *>(u"secretField"_s);
        QTRY_VERIFY(field->isVisible() && field->hasFocus());
        QVERIFY(click(m_window->findChild<QPushButton *>(u"cancelUnlockButton"_s)));
        QTRY_VERIFY(!field->isVisible());
        QVERIFY(m_window->isLocked());
    }

    // The centre's manager: the settings behind the manager's PIN (a wrong one refused), the
    // administrator's values greyed, said and unchangeable, and a learner removed from the list.
    void managerSettings()
    {
        {
            QFile admin(adminFile());
            QVERIFY(admin.open(QIODevice::WriteOnly));
            admin.write("[workstation]\ninactivity_minutes = 10\n");
        }
        Workstation &workstation = m_lib->context().workstation();
        workstation.reloadAdminFile();
        const qint64 chidi = m_lib->accountRecords().addLearner(u"Chidi Okafor"_s).result().id;
        QVERIFY(chidi > 0);
        if (!m_window->isLocked())
            m_window->lockLearner();
        m_window->chooser()->reload();
        QVERIFY(tile(chidi));
        auto *addTile = m_window->findChild<QToolButton *>(u"addLearnerTile"_s);
        QVERIFY(addTile && addTile->isVisible());

        // No manager's PIN yet: the settings open at once.
        auto *settingsButton = m_window->findChild<QPushButton *>(u"workstationSettingsButton"_s);
        QVERIFY(click(settingsButton));
        QPointer<WorkstationDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<WorkstationDialog *>()) && dialog->isVisible());
        auto *spin = dialog->findChild<QSpinBox *>(u"inactivitySpin"_s);
        QVERIFY(spin->isVisible() && !spin->isEnabled());
        QCOMPARE(spin->value(), 10);
        auto *note = dialog->findChild<QLabel *>(u"administratorNote1"_s);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), u"Set by your administrator"_s);
        QCOMPARE(spin->accessibleDescription(), u"Set by your administrator"_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"administratorNote0"_s)->isVisible());
        screenshot(u"en-workstation-settings"_s);
        // Learners may no longer add themselves; the manager chooses a PIN.
        auto *mayAdd = dialog->findChild<QCheckBox *>(u"learnersMayAddCheck"_s);
        QVERIFY(mayAdd->isChecked());
        QVERIFY(tick(mayAdd));
        QVERIFY(!mayAdd->isChecked());
        QVERIFY(click(dialog->findChild<QLineEdit *>(u"newManagerPinField"_s)));
        QTest::keyClicks(QApplication::focusWidget(), u"8642"_s);
        QVERIFY(click(dialog->findChild<QLineEdit *>(u"repeatManagerPinField"_s)));
        QTest::keyClicks(QApplication::focusWidget(), u"8642"_s);
        QVERIFY(click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        m_window->activateWindow(); // as a window manager would
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!workstation.learnersMayAdd());
        QVERIFY(workstation.managerPinSet());
        QTRY_VERIFY(!addTile->isVisible());
        // Kept as a hash; the administrator's value is not the manager's to change.
        QSettings file(m_lib->context().settings().fileName(), QSettings::IniFormat);
        QVERIFY(
            file.value(u"workstation/manager_pin_hash"_s).toString().startsWith(u"$argon2id$"_s));
        QVERIFY(!file.value(u"workstation/manager_pin_hash"_s).toString().contains(u"8642"_s));
        QVERIFY(!workstation.set(Workstation::Key::InactivityMinutes, 30));
        QCOMPARE(workstation.inactivityMinutes(), 10);

        // Next time the manager's PIN comes first: a wrong one is refused, the right one opens.
        QVERIFY(click(settingsButton));
        QTRY_VERIFY((dialog = m_window->findChild<WorkstationDialog *>()) && dialog->isVisible());
        auto *pin = dialog->findChild<QLineEdit *>(u"managerPinField"_s);
        auto *pinMessage = dialog->findChild<QLabel *>(u"managerPinMessage"_s);
        spin = dialog->findChild<QSpinBox *>(u"inactivitySpin"_s);
        QTRY_VERIFY(pin->isVisible() && pin->hasFocus());
        QVERIFY(!spin->isVisible());
        type(u"1111"_s);
        QTRY_VERIFY(pinMessage->text().contains(u"not the manager's PIN"_s));
        QTRY_VERIFY(pin->isEnabled());
        QVERIFY(!spin->isVisible());
        type(u"8642"_s);
        QTRY_VERIFY_WITH_TIMEOUT(spin->isVisible(), 10000);

        // The manager removes Chidi: warned, then gone from the list, the chooser and the library.
        auto *list = dialog->findChild<QListWidget *>(u"workstationLearnerList"_s);
        QVERIFY(clickLearnerRow(list, u"Chidi Okafor"_s));
        const int learnersBefore = list->count();
        QString warning;
        whenBox(this, [&warning](QMessageBox *box) {
            warning = box->text();
            click(box->findChild<QPushButton *>(u"confirmRemoveButton"_s));
        });
        QVERIFY(click(dialog->findChild<QPushButton *>(u"removeLearnerButton"_s)));
        QTRY_VERIFY(!warning.isEmpty());
        QVERIFY2(warning.contains(u"Chidi Okafor"_s), qPrintable(warning));
        QTRY_COMPARE(list->count(), learnersBefore - 1);
        QTRY_VERIFY(!m_lib->accountRecords().findLearner(u"Chidi Okafor"_s).result());
        QVERIFY(dialog->isVisible());

        // The same settings in French and Spanish.
        note = dialog->findChild<QLabel *>(u"administratorNote1"_s);
        for (const QString &language : {u"fr"_s, u"es"_s}) {
            m_lib->context().languages().useLanguage(language);
            QTRY_VERIFY(note->text() != u"Set by your administrator"_s);
            screenshot(language + u"-workstation-settings"_s);
        }
        m_lib->context().languages().useLanguage(u"en"_s);
        QVERIFY(click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_VERIFY(!m_window->chooser()->tileFor(chidi));
    }

    // Amina forgot her PIN: the manager gives her a new one in the workstation settings. Her
    // old one opens nothing any more, the new one opens her library.
    void managerGivesANewPin()
    {
        if (!m_window->isLocked())
            m_window->lockLearner();
        auto *settingsButton = m_window->findChild<QPushButton *>(u"workstationSettingsButton"_s);
        QTRY_VERIFY(settingsButton->isVisible());
        QVERIFY(click(settingsButton));
        QPointer<WorkstationDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<WorkstationDialog *>()) && dialog->isVisible());
        auto *pin = dialog->findChild<QLineEdit *>(u"managerPinField"_s);
        QTRY_VERIFY(pin->isVisible() && pin->hasFocus());
        type(u"8642"_s);
        auto *list = dialog->findChild<QListWidget *>(u"workstationLearnerList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), 10000);
        auto *newPin = dialog->findChild<QPushButton *>(u"newLearnerSecretButton"_s);
        QVERIFY(clickLearnerRow(list, u"Amina Diallo"_s));
        QTRY_VERIFY(newPin->isEnabled());
        QVERIFY(click(newPin));
        QPointer<LearnerDialog> reset;
        QTRY_VERIFY((reset = dialog->findChild<LearnerDialog *>(u"resetSecretDialog"_s))
                    && reset->isVisible());
        QVERIFY2(reset->windowTitle().contains(u"Amina Diallo"_s),
                 qPrintable(reset->windowTitle()));
        reset->activateWindow(); // as a window manager would
        QVERIFY(QTest::qWaitForWindowActive(reset));
        // Two different entries are refused, and say so.
        auto *secret = reset->findChild<QLineEdit *>(u"newSecretField"_s);
        QVERIFY(click(secret));
        QTRY_VERIFY(secret->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"5791"_s);
        auto *repeat = reset->findChild<QLineEdit *>(u"repeatSecretField"_s);
        QVERIFY(click(repeat));
        QTRY_VERIFY(repeat->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"5792"_s);
        auto *ok = reset->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(click(ok));
        auto *error = reset->findChild<QLabel *>(u"learnerDialogError"_s);
        QTRY_VERIFY(error->isVisible() && error->text().contains(u"not the same"_s));
        QVERIFY(click(repeat));
        QTest::keyClick(repeat, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(repeat, u"5791"_s);
        QCOMPARE(repeat->text(), u"5791"_s);
        screenshot(u"en-workstation-new-pin"_s);
        QVERIFY(click(ok));
        QTRY_VERIFY_WITH_TIMEOUT(!reset || !reset->isVisible(), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        m_window->activateWindow(); // as a window manager would
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // The old PIN is not hers any more; the new one is.
        QVERIFY(click(tile(m_amina)));
        auto *field = m_window->findChild<QLineEdit *>(u"secretField"_s);
        auto *message = m_window->findChild<QLabel *>(u"unlockMessage"_s);
        QTRY_VERIFY(field->isVisible() && field->hasFocus());
        type(QString::fromLatin1(kAminaPin));
        QTRY_VERIFY2(message->text().contains(u"not right"_s), qPrintable(message->text()));
        QTRY_VERIFY(field->isEnabled());
        QVERIFY(m_window->isLocked());
        type(u"5791"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
        QCOMPARE(m_lib->context().profileId(), m_amina);
        // Her own again, for what follows.
        QVERIFY(m_lib->accountRecords()
                    .setLearnerSecret(m_amina, QString::fromLatin1(kAminaPin))
                    .result()
                    .ok());
        m_window->lockLearner();
    }

    // Separate accounts sharing the administrator's content folder: a file another account
    // changed is refused when the learner opens the activity, and the window says so.
    void aChangedSharedFileIsRefused()
    {
        QTemporaryDir shared;
        {
            QFile admin(adminFile());
            QVERIFY(admin.open(QIODevice::WriteOnly));
            admin.write("[workstation]\ncontent_folder = " + QFile::encodeName(shared.path())
                        + "\n");
        }
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.context().store().isShared());
        QVERIFY(lib.maintenance()
                    .importMirror(test::sampleMirrorSource(), SourceKind::Mirror)
                    .result()
                    .ok());
        const auto courses = lib.courseQueries().courses(1).result();
        const Course course = *lib.courseQueries().course(courses.first().id).result();
        const Activity video = test::activityOf(course, ActivityKind::Video);
        const QString object = lib.context().store().pathOf(video.files.first().sha256);
        QFile::setPermissions(object, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QFile file(object);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write("not the video");
        }
        MainWindow window(lib.context());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isLocked());
        window.showCourse(course.id, false);
        QString said;
        whenBox(this, [&said](QMessageBox *box) {
            said = box->text();
            click(box->button(QMessageBox::Ok));
        });
        window.openActivity(video); // as the course page does when the learner opens it
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        QVERIFY2(said.contains(u"no longer matches"_s), qPrintable(said));
        QCOMPARE(window.currentPage(), MainWindow::Page::Course);
        QCOMPARE(lib.courseQueries().activity(video.id).result()->files.first().state,
                 FileState::Missing);
    }
};

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
