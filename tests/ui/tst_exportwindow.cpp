// File › Export courses to a folder or USB drive…, as a coordinator uses it: opened with its
// shortcut, courses chosen with the keyboard, the folder typed, the export started with a
// click, its outcome read on the screen in English, French and Spanish; the folder then holds
// a mirror of exactly the chosen courses.

#include "appcontext.h"
#include "cataloguedialog.h"
#include "connector/moodleconnector.h" // waitFor
#include "content/mirrorexporter.h"
#include "exportdialog.h"
#include "fakemoodle.h"
#include "guidedialog.h"
#include "i18n/languagemanager.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "mainwindow.h"
#include "personinput.h"
#include "settings/settings.h"
#include "sourcedialog.h"
#include "sync/accountservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace clikc;
using test::click;

namespace {

// A mirror of format 1 with one course of three small pages, as a script would write it.
bool writeMirror(const QString &root, const QString &id, const QString &title)
{
    QJsonArray files;
    QDir().mkpath(root + u"/courses"_s);
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = "<p>" + id.toUtf8() + ' ' + QByteArray::number(i) + "</p>";
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QDir().mkpath(root + u"/files/"_s + sha.left(2));
        QFile out(root + u"/files/"_s + sha.left(2) + u'/' + sha);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return false;
        files.append(QJsonObject{{u"path"_s, u"p%1.html"_s.arg(i)},
                                 {u"mime"_s, u"text/html"_s},
                                 {u"size"_s, bytes.size()},
                                 {u"sha256"_s, sha}});
    }
    const QJsonObject activity{{u"id"_s, u"a1"_s},
                               {u"kind"_s, u"page"_s},
                               {u"title"_s, u"Read"_s},
                               {u"entry"_s, u"p0.html"_s},
                               {u"files"_s, files}};
    const QJsonObject section{
        {u"id"_s, u"1"_s}, {u"title"_s, u"Start"_s}, {u"activities"_s, QJsonArray{activity}}};
    const QJsonObject course{
        {u"id"_s, id}, {u"title"_s, title}, {u"sections"_s, QJsonArray{section}}};
    const QByteArray bytes = QJsonDocument(course).toJson();
    QFile courseFile(root + u"/courses/"_s + id + u".json"_s);
    if (!courseFile.open(QIODevice::WriteOnly) || courseFile.write(bytes) < 0)
        return false;
    const QJsonObject entry{
        {u"id"_s, id},
        {u"path"_s, QString(u"courses/"_s + id + u".json"_s)},
        {u"sha256"_s,
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {u"size"_s, 0}};
    const QJsonObject catalogue{
        {u"format"_s, u"clikc-mirror"_s},
        {u"version"_s, 1},
        {u"source"_s, QJsonObject{{u"id"_s, QString(u"src-"_s + id)}, {u"title"_s, u"Src"_s}}},
        {u"courses"_s, QJsonArray{entry}}};
    QFile catalogueFile(root + u"/catalogue.json"_s);
    return catalogueFile.open(QIODevice::WriteOnly)
           && catalogueFile.write(QJsonDocument(catalogue).toJson()) > 0;
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestLibrary> m_lib;
    std::unique_ptr<MainWindow> m_window;

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

    QListWidgetItem *itemStarting(QListWidget *list, const QString &text)
    {
        const auto found = list->findItems(text, Qt::MatchStartsWith);
        return found.isEmpty() ? nullptr : found.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s)
            QSKIP("needs a real X display: run under xvfb-run");
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        QVERIFY(
            waitFor(m_lib->maintenance().importSampleIfFirstStart(AppContext::sampleMirrorRoot()))
                .ok());
        for (const auto &[id, title] : {std::pair{u"customs-a"_s, u"Customs valuation"_s},
                                        std::pair{u"customs-b"_s, u"Border risk"_s}}) {
            const QString root = m_dir.filePath(id);
            QVERIFY(writeMirror(root, id, title));
            QVERIFY(waitFor(m_lib->maintenance().importMirror(root, SourceKind::Mirror)).ok());
        }
        // One course whose content was freed: listed, greyed, not exportable.
        for (const CourseSummary &course : waitFor(m_lib->courseQueries().courses(1))) {
            if (course.remoteId == u"customs-b"_s)
                QVERIFY(waitFor(m_lib->maintenance().removeCourseContent(course.id)).ok());
        }

        m_window = std::make_unique<MainWindow>(m_lib->context());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::libraryReady);
        m_window->startLibrary();
        // (Already emitted when the library's answer came before startLibrary returned.)
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    void exportsTheChosenCoursesToAFolder()
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        auto *list = dialog->findChild<QListWidget *>(u"exportCourses"_s);
        auto *folder = dialog->findChild<QLineEdit *>(u"exportFolder"_s);
        auto *start = dialog->findChild<QPushButton *>(u"exportStart"_s);
        auto *summary = dialog->findChild<QLabel *>(u"exportSummary"_s);
        auto *status = dialog->findChild<QLabel *>(u"exportStatus"_s);
        QVERIFY(list && folder && start && summary && status);
        QCOMPARE(list->count(), 3);
        QListWidgetItem *sample = itemStarting(list, u"Welcome to CLiKC! Desktop ("_s);
        QListWidgetItem *valuation = itemStarting(list, u"Customs valuation ("_s);
        QListWidgetItem *risk = itemStarting(list, u"Border risk"_s);
        QVERIFY(sample && valuation && risk);
        QCOMPARE(sample->checkState(), Qt::Checked);
        QCOMPARE(valuation->checkState(), Qt::Checked);
        QCOMPARE(risk->text(), u"Border risk (not entirely on this computer)"_s);
        QVERIFY(!(risk->flags() & Qt::ItemIsEnabled));
        QVERIFY(summary->text().startsWith(u"2 courses chosen"_s));
        QVERIFY(!start->isEnabled()); // no folder yet

        // The coordinator leaves the valuation course out: a click on it, then Space.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(valuation).center());
        QCOMPARE(list->currentItem(), valuation);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(valuation->checkState(), Qt::Unchecked);
        QVERIFY(summary->text().startsWith(u"1 course chosen"_s));

        // The drive's folder, typed; the free space there is shown.
        const QString usb = m_dir.filePath(u"usb/CLiKC"_s);
        QVERIFY(click(folder));
        QTRY_VERIFY(folder->hasFocus());
        QTest::keyClicks(folder, usb);
        QCOMPARE(folder->text(), usb);
        QTRY_VERIFY(summary->text().contains(u"free in that folder"_s));

        // Signed with this computer's key (from the keychain), under the coordinator's name.
        auto *signer = dialog->findChild<QLineEdit *>(u"exportSigner"_s);
        auto *hint = dialog->findChild<QLabel *>(u"exportSignerHint"_s);
        QVERIFY(signer && hint);
        QTRY_VERIFY(hint->text().contains(u"fingerprint"_s));
        QVERIFY(!start->isEnabled()); // a signed export needs a name
        QVERIFY(click(signer));
        QTRY_VERIFY(signer->hasFocus());
        QTest::keyClicks(signer, u"Amina Diallo"_s);
        QVERIFY(start->isEnabled());

        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QVERIFY(click(start));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_VERIFY(
            status->text().startsWith(u"Signed by Amina Diallo.\n1 course exported to "_s + usb));
        QVERIFY2(status->text().contains(u"Files: 9 copied ("_s), qPrintable(status->text()));
        auto *progress = dialog->findChild<QProgressBar *>(u"exportProgress"_s);
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->value(), progress->maximum());
        screenshot(u"en-export-done"_s);

        // The folder holds a mirror of the sample alone, whole.
        const auto checked = MirrorExporter::verify(usb);
        QVERIFY(checked.ok());
        QCOMPARE(checked.courses, 1);
        QCOMPARE(checked.files, 9);
        MirrorError error;
        const MirrorCatalogue catalogue = MirrorCatalogue::read(usb, &error);
        QVERIFY(!error.isError() && catalogue.signer);
        QCOMPARE(catalogue.signer->name, u"Amina Diallo"_s);
        QVERIFY(hint->text().contains(catalogue.signer->fingerprint()));

        // The same outcome, said in the learner's other languages.
        m_lib->context().languages().useLanguage(u"fr"_s);
        QTRY_VERIFY(status->text().startsWith(u"Signé par Amina Diallo.\n1 cours exporté vers "_s));
        QCOMPARE(dialog->windowTitle(), u"Exporter des cours vers un dossier ou une clé USB"_s);
        screenshot(u"fr-export-done"_s);
        m_lib->context().languages().useLanguage(u"es"_s);
        QTRY_VERIFY(
            status->text().startsWith(u"Firmado por Amina Diallo.\n1 curso exportado a "_s));
        screenshot(u"es-export-done"_s);
        m_lib->context().languages().useLanguage(u"en"_s);

        // Again, into the same folder: nothing copied.
        QVERIFY(click(start));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QTRY_VERIFY2(status->text().contains(u"Files: 0 copied (0 bytes), 9 already there"_s),
                     qPrintable(status->text()));

        auto *close = dialog->findChild<QPushButton *>(u"exportClose"_s);
        QPointer<ExportDialog> alive(dialog);
        QVERIFY(click(close));
        QTRY_VERIFY(!alive);
    }

    // File › Import a mirror… on a signed mirror from someone new: the window names the signer
    // and the key's fingerprint and imports once the person trusts them; the next import from
    // that signer asks nothing.
    void importShowsWhoSignedAndRemembersTrust()
    {
        const QString usb = m_dir.filePath(u"usb/CLiKC"_s);
        MirrorError error;
        const MirrorCatalogue catalogue = MirrorCatalogue::read(usb, &error);
        QVERIFY(catalogue.signer);
        const auto chooseFolder = [&] {
            // In the folder chooser (Qt's own, tested by Qt): into the mirror's folder, then
            // the chooser's button.
            test::whenModal<QFileDialog>(this, [usb](QFileDialog *files) {
                files->setDirectory(usb);
                auto *buttons = files->findChild<QDialogButtonBox *>(u"buttonBox"_s);
                QVERIFY(buttons);
                QPushButton *choose = buttons->button(QDialogButtonBox::Open);
                QTRY_VERIFY(choose && choose->isEnabled());
                QVERIFY(click(choose));
            });
        };
        for (int round = 0; round < 2; ++round) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            chooseFolder();
            QString asked;
            QString finished;
            const auto whenFinished = [this, &finished] {
                test::whenBox(this, [&finished](QMessageBox *box) {
                    finished = box->text();
                    QVERIFY(click(box->button(QMessageBox::Ok)));
                });
            };
            if (round == 0) {
                // First the question about the signer; the outcome after it.
                test::whenBox(this, [&asked, whenFinished](QMessageBox *box) {
                    asked = box->text() + u'\n' + box->informativeText();
                    QPushButton *trust = nullptr;
                    for (QAbstractButton *button : box->buttons()) {
                        if (button->text().remove(u'&') == u"Trust and import"_s)
                            trust = qobject_cast<QPushButton *>(button);
                    }
                    whenFinished();
                    QVERIFY(click(trust));
                });
            } else {
                whenFinished();
            }
            QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
            if (round == 0) {
                QVERIFY2(asked.contains(u"This mirror is signed by “Amina Diallo”."_s),
                         qPrintable(asked));
                QVERIFY(asked.contains(catalogue.signer->fingerprint()));
            }
            QVERIFY2(
                finished.startsWith(u"1 course imported. Signed by Amina Diallo (key fingerprint "_s
                                    + catalogue.signer->fingerprint() + u")."_s),
                qPrintable(finished));
        }
    }

    // A folder with someone's files is refused on the screen; nothing is written there.
    void aFolderWithOtherFilesIsRefused()
    {
        const QString documents = m_dir.filePath(u"documents"_s);
        QDir().mkpath(documents);
        QFile letter(documents + u"/letter.odt"_s);
        QVERIFY(letter.open(QIODevice::WriteOnly) && letter.write("x") == 1);
        letter.close();

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *folder = dialog->findChild<QLineEdit *>(u"exportFolder"_s);
        auto *status = dialog->findChild<QLabel *>(u"exportStatus"_s);
        QVERIFY(click(folder));
        QTRY_VERIFY(folder->hasFocus());
        QTest::keyClicks(folder, documents);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        auto *start = dialog->findChild<QPushButton *>(u"exportStart"_s);
        QTRY_VERIFY(start->isEnabled()); // once the keychain gave the signing key
        QVERIFY(click(start));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_VERIFY2(status->text().contains(u"already holds other files"_s),
                     qPrintable(status->text()));
        QCOMPARE(QDir(documents).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"letter.odt"_s});
        QPointer<ExportDialog> alive(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!alive);
    }

    // File › Add a course source…, with the keyboard: a shared folder holding a mirror is read,
    // shown (its course, unsigned), added, and its course appears in the library.
    void addsACourseSourceFromTheFileMenu()
    {
        const QString root = m_dir.filePath(u"centre-share"_s);
        QVERIFY(writeMirror(root, u"lan-1"_s, u"Tariff classification"_s));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QTest::keyClick(menu, Qt::Key_S);
        SourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<SourceDialog *>(QApplication::activeModalWidget())));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *address = dialog->findChild<QLineEdit *>(u"sourceAddress"_s);
        auto *check = dialog->findChild<QPushButton *>(u"sourceCheck"_s);
        auto *add = dialog->findChild<QPushButton *>(u"sourceAdd"_s);
        auto *status = dialog->findChild<QLabel *>(u"sourceStatus"_s);
        QVERIFY(!check->isEnabled() && !add->isEnabled()); // nothing typed yet
        QTRY_VERIFY(address->hasFocus());
        QTest::keyClicks(address, root);
        QVERIFY(click(check));
        QTRY_VERIFY2(status->text().startsWith(u"1 course, "_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"not signed"_s));
        QVERIFY(add->isEnabled());
        screenshot(u"en-source-checked"_s);
        m_lib->context().languages().useLanguage(u"fr"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"Ajouter une source de cours"_s);
        QVERIFY(status->text().startsWith(u"1 cours, "_s));
        screenshot(u"fr-source-checked"_s);
        m_lib->context().languages().useLanguage(u"es"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"Añadir una fuente de cursos"_s);
        screenshot(u"es-source-checked"_s);
        m_lib->context().languages().useLanguage(u"en"_s);

        QSignalSpy added(dialog, &SourceDialog::sourceAdded);
        QVERIFY(click(add));
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toInt(), 1);
        QTRY_VERIFY(status->text().startsWith(u"Added. 1 course"_s));
        // On screen, in the library.
        auto *view = m_window->findChild<QTreeView *>(u"libraryView"_s);
        QVERIFY(view);
        QTRY_VERIFY(!view->model()
                         ->match(view->model()->index(0, 0), Qt::DisplayRole,
                                 u"Tariff classification"_s, 1, Qt::MatchStartsWith)
                         .isEmpty());
        QPointer<SourceDialog> alive(dialog);
        QVERIFY(click(dialog->findChild<QPushButton *>(u"sourceClose"_s)));
        QTRY_VERIFY(!alive);
    }

    // View › Downloads (Ctrl+J): Download automatically, ticked with a click, is kept and shows
    // whether the downloads run now or wait for their hours; off again, the hours grey out.
    void downloadAutomaticallyIsChosenOnTheDownloadsPage()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
        auto *automatic = m_window->findChild<QCheckBox *>(u"autoDownload"_s);
        QVERIFY(automatic);
        QTRY_VERIFY(automatic->isVisible());
        auto *from = m_window->findChild<QTimeEdit *>(u"autoDownloadFrom"_s);
        auto *state = m_window->findChild<QLabel *>(u"autoDownloadState"_s);
        QVERIFY(!automatic->isChecked()); // off by default
        QVERIFY(!from->isEnabled());
        QCOMPARE(from->time(), QTime(22, 0));
        QVERIFY(test::tick(automatic));
        QTRY_VERIFY(automatic->isChecked());
        QVERIFY(from->isEnabled());
        QVERIFY(m_lib->context().settings().autoDownload());
        QCOMPARE(m_lib->context().settings().autoDownloadWindow(), u"22:00-06:00"_s);
        QVERIFY2(state->text() == u"Downloads wait for these hours."_s
                     || state->text() == u"Downloading now, in these hours."_s,
                 qPrintable(state->text()));
        screenshot(u"en-downloads-automatic"_s);
        QVERIFY(test::tick(automatic));
        QTRY_VERIFY(!automatic->isChecked());
        QVERIFY(!m_lib->context().settings().autoDownload());
        QVERIFY(state->text().isEmpty());
    }

    // Help › Coordinator's guide, with the keyboard: the guide inside the application, in the
    // interface's language, following it when it changes; the README's chapter is the same text.
    void theCoordinatorsGuideOpensFromTheHelpMenu()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QTest::keyClick(menu, Qt::Key_C);
        GuideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<GuideDialog *>()) && dialog->isVisible());
        auto *text = dialog->findChild<QTextBrowser *>(u"guideText"_s);
        QVERIFY(text->toPlainText().contains(u"Prepare a USB drive for a post with no link"_s));
        QVERIFY(text->toPlainText().contains(u"Read the report"_s));
        screenshot(u"en-guide"_s);
        m_lib->context().languages().useLanguage(u"fr"_s);
        QTRY_VERIFY(text->toPlainText().contains(u"Préparer une clé USB pour un poste"_s));
        QCOMPARE(dialog->windowTitle(), u"Guide du coordinateur"_s);
        screenshot(u"fr-guide"_s);
        m_lib->context().languages().useLanguage(u"es"_s);
        QTRY_VERIFY(text->toPlainText().contains(u"Preparar una memoria USB para un puesto"_s));
        m_lib->context().languages().useLanguage(u"en"_s);
        QTRY_VERIFY(text->toPlainText().contains(u"Schedule a night sync"_s));

        // Every language has the same sections, and the README's chapter is the English guide.
        const auto sections = [](const QString &markdown) {
            return markdown.count(u"\n### "_s);
        };
        const QString english = GuideDialog::guide(u"en"_s);
        QCOMPARE(sections(english), 4);
        QCOMPARE(sections(GuideDialog::guide(u"fr"_s)), 4);
        QCOMPARE(sections(GuideDialog::guide(u"es"_s)), 4);
        QFile readme(QStringLiteral(CLIKC_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(readme.readAll()).contains(english));

        QPointer<GuideDialog> alive(dialog);
        QVERIFY(click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)));
        QTRY_VERIFY(!alive);
    }

    // Account › Browse the site's catalogue…, with the keyboard and the mouse, as a coordinator
    // signed in to a site: every course the account may see; a search; a course added without
    // enrolling, which appears in the library; self-enrolment where it is offered; in English,
    // French and Spanish. (Last: it signs the library in.)
    void theSiteCatalogueIsBrowsedFromTheAccountMenu()
    {
        test::FakeMoodle site;
        site.setSiteName(u"CLiKC! Training"_s);
        const int own = site.addCourse(u"LOOP101"_s, u"Loopback 101"_s, u"Your own course"_s);
        site.addPage(own, 1, u"Start"_s, u"<p>Start</p>"_s);
        const int procedures = site.addCategory(u"Customs procedures"_s);
        const int valuation = site.addCourse(u"VAL201"_s, u"Customs valuation"_s,
                                             u"The transaction value method, step by step."_s);
        site.setCourseCategory(valuation, procedures);
        site.addPage(valuation, 1, u"Methods"_s, u"<p>Six methods</p>"_s);
        const int self
            = site.addCourse(u"SELF301"_s, u"Self-enrolment course"_s, u"Open to any officer"_s);
        site.addPage(self, 1, u"Welcome"_s, u"<p>Welcome</p>"_s);
        site.setEnrolled(valuation, 3, false);
        site.setEnrolled(self, 3, false);
        site.setSelfEnrolment(self);
        site.setCanViewAllCourses(3);
        QVERIFY(site.listen());
        AccountService &account = m_lib->context().account();
        QVERIFY(waitFor(account.signIn(site.baseUrl().toString(), u"student"_s, u"Student-1234"_s))
                    .ok());
        QVERIFY(waitFor(account.refreshCatalogue()).ok());

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QTest::keyClick(menu, Qt::Key_A);
        CatalogueDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<CatalogueDialog *>(QApplication::activeModalWidget())));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *view = dialog->findChild<QTreeView *>(u"catalogueCourses"_s);
        auto *search = dialog->findChild<QLineEdit *>(u"catalogueSearch"_s);
        auto *category = dialog->findChild<QComboBox *>(u"catalogueCategory"_s);
        auto *status = dialog->findChild<QLabel *>(u"catalogueStatus"_s);
        auto *add = dialog->findChild<QPushButton *>(u"catalogueAdd"_s);
        auto *enrol = dialog->findChild<QPushButton *>(u"catalogueEnrol"_s);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(status->text(), u"3 courses."_s);
        QCOMPARE(category->count(), 3);                    // all, Category 1, Customs procedures
        QVERIFY(!add->isEnabled() && !enrol->isEnabled()); // nothing chosen yet
        const auto rowOf = [view](const QString &title) {
            const QModelIndexList found = view->model()->match(
                view->model()->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly);
            return found.isEmpty() ? QModelIndex() : found.first();
        };
        const auto stateOf = [view](const QModelIndex &row) {
            return view->model()->index(row.row(), 3).data().toString();
        };
        QCOMPARE(stateOf(rowOf(u"Loopback 101"_s)), u"Enrolled"_s);
        QCOMPARE(stateOf(rowOf(u"Self-enrolment course"_s)), u"Self-enrolment offered"_s);

        // A category chosen with the keyboard (its mnemonic, then the arrow keys).
        QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(category->hasFocus());
        QTest::keyClick(category, Qt::Key_End);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Customs valuation"_s);
        QTest::keyClick(category, Qt::Key_Home);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        // Words typed, Enter: the site's search.
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, u"valuation"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QModelIndex row = rowOf(u"Customs valuation"_s);
        QVERIFY(row.isValid());
        QCOMPARE(view->model()->index(row.row(), 2).data().toString(), u"Customs procedures"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_VERIFY(add->isEnabled());
        QVERIFY(!enrol->isEnabled()); // it offers no self-enrolment
        auto *summary = dialog->findChild<QLabel *>(u"catalogueSummary"_s);
        QCOMPARE(summary->text(), u"The transaction value method, step by step."_s);
        QVERIFY(click(add));
        QTRY_VERIFY2(status->text().startsWith(u"Customs valuation is in your library"_s),
                     qPrintable(status->text()));
        QTRY_COMPARE(stateOf(rowOf(u"Customs valuation"_s)), u"In your library, not enrolled"_s);
        QVERIFY(!site.isEnrolled(valuation));
        auto *library = m_window->findChild<QTreeView *>(u"libraryView"_s);
        QTRY_VERIFY(!library->model()
                         ->match(library->model()->index(0, 0), Qt::DisplayRole,
                                 u"Customs valuation"_s, 1, Qt::MatchStartsWith)
                         .isEmpty());

        // The search emptied: every course again; the self-enrolment course chosen, enrolled.
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        row = rowOf(u"Self-enrolment course"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_VERIFY(enrol->isEnabled());
        screenshot(u"en-catalogue"_s);
        QVERIFY(click(enrol));
        QTRY_VERIFY2(status->text().startsWith(u"You are enrolled in Self-enrolment course"_s),
                     qPrintable(status->text()));
        QVERIFY(site.isEnrolled(self));
        QTRY_COMPARE(stateOf(rowOf(u"Self-enrolment course"_s)), u"Enrolled"_s);
        QVERIFY(!enrol->isEnabled() && !add->isEnabled());

        m_lib->context().languages().useLanguage(u"fr"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"Le catalogue du site"_s);
        QCOMPARE(stateOf(rowOf(u"Self-enrolment course"_s)), u"Inscrit"_s);
        QVERIFY2(status->text().startsWith(u"Vous êtes inscrit à Self-enrolment course"_s),
                 qPrintable(status->text()));
        screenshot(u"fr-catalogue"_s);
        m_lib->context().languages().useLanguage(u"es"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"El catálogo del sitio"_s);
        screenshot(u"es-catalogue"_s);
        m_lib->context().languages().useLanguage(u"en"_s);

        QPointer<CatalogueDialog> alive(dialog);
        QVERIFY(click(dialog->findChild<QPushButton *>(u"catalogueClose"_s)));
        QTRY_VERIFY(!alive);
        QVERIFY(waitFor(account.signOut()));
    }
};

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
