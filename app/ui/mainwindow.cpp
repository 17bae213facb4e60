#include "mainwindow.h"

#include "pageservices.h"

#include "activitypage.h"
#include "appcontext.h"
#include "cataloguedialog.h"
#include "content/contentstore.h"
#include "coursepage.h"
#include "downloadspage.h"
#include "exportdialog.h"
#include "guidedialog.h"
#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "learnerchooser.h"
#include "learnerdialog.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"
#include "librarypage.h"
#include "models/librarymodel.h"
#include "settings/settings.h"
#include "settings/workstation.h"
#include "signindialog.h"
#include "sourcedialog.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"
#include "uploadspage.h"
#include "workstationdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace clikc {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_sharedUse(context.sharedUse())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_inactivityTimer(new QTimer(this))
    , m_downloadsLabel(new QLabel(this))
    , m_uploadsLabel(new QLabel(this))
    , m_connectivityLabel(new QLabel(this))
    , m_libraryLabel(new QLabel(this))
    , m_importProgress(new QProgressBar(this))
    , m_signInButton(new QPushButton(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/clikc.svg"_s));
    // The other pages are built when first shown: the players start Chromium and GStreamer, and
    // the lists follow every transfer, none of which a learner who only looks at the library
    // should pay for at start.
    setCentralWidget(m_stack);

    m_connectivityLabel->setObjectName(u"connectivityLabel"_s);
    m_libraryLabel->setObjectName(u"libraryStatusLabel"_s);
    m_importProgress->setMaximumWidth(160);
    m_importProgress->setTextVisible(false);
    m_importProgress->hide();
    m_signInButton->setObjectName(u"statusSignInButton"_s);
    m_signInButton->setFlat(true);
    connect(m_signInButton, &QPushButton::clicked, this, &MainWindow::signIn);
    statusBar()->addWidget(m_connectivityLabel, 1);
    statusBar()->addWidget(m_signInButton);
    // Each permanent label keeps a gap from its neighbour, so figures never run together.
    for (QLabel *label : {m_downloadsLabel, m_uploadsLabel, m_libraryLabel})
        label->setContentsMargins(12, 0, 4, 0);
    statusBar()->addPermanentWidget(m_downloadsLabel);
    statusBar()->addPermanentWidget(m_uploadsLabel);
    m_uploadsLabel->setObjectName(u"uploadsStatusLabel"_s);
    m_uploadsLabel->hide();
    statusBar()->addPermanentWidget(m_importProgress);
    m_downloadsLabel->setObjectName(u"downloadsStatusLabel"_s);
    m_downloadsLabel->hide();
    statusBar()->addPermanentWidget(m_libraryLabel);

    createMenus();

    connect(&context.uploads(), &Uploader::statusChanged, this,
            [this](const Uploader::Status &status) {
                if (m_locked || status.profileId != m_context.profileId())
                    return;
                m_uploadStatus = status;
                updateUploadStatus();
            });
    // Whatever page asked, a write the library could not make is said, in the language of now.
    connect(&context.libraryWorker(), &LibraryWorker::failed, this,
            [this](const LibraryError &error) {
                statusBar()->showMessage(tr("Not saved: %1").arg(error.message()), 15000);
            });
    connect(&context.libraryWorker(), &LibraryWorker::completionSuperseded, this,
            [this](qint64 profileId, qint64) {
                if (profileId == m_context.profileId())
                    statusBar()->showMessage(
                        tr("A change made on the site was newer than yours and was kept: see "
                           "Uploads."),
                        15000);
            });
    connect(&context.account(), &AccountService::stateChanged, this, &MainWindow::updateAccount);
    connect(
        &context.downloads(), &DownloadManager::totalsChanged, this,
        [this](const DownloadManager::Totals &totals) {
            m_downloadsLabel->setVisible(totals.active > 0 || totals.failed > 0);
            if (totals.active > 0) {
                // Done grows toward a total that stays put while files finish.
                QString text = tr("Downloading: %1 of %2 (%3)")
                                   .arg(Format::fileSize(totals.bytesDone),
                                        Format::fileSize(totals.bytesTotal),
                                        Format::percent(totals.bytesTotal > 0
                                                            ? double(totals.bytesDone)
                                                                  / double(totals.bytesTotal)
                                                            : 0));
                text += u" · "_s + tr("%n file(s) left", nullptr, totals.active);
                if (totals.secondsLeft >= 0)
                    text += u" · "_s
                            + tr("about %1 left").arg(Format::duration(totals.secondsLeft * 1000));
                m_downloadsLabel->setText(text);
            } else {
                m_downloadsLabel->setText(tr("%n download(s) failed", nullptr, totals.failed));
            }
        });
    connect(&context.connectivity(), &ConnectivityMonitor::stateChanged, this,
            &MainWindow::updateConnectivity);
    connect(&context.maintenance(), &LibraryMaintenance::importProgressed, this,
            [this](qint64 done, qint64 total) {
                m_importProgress->setVisible(done < total);
                m_importProgress->setRange(0, 1000);
                m_importProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            });

    // A shared workstation opens on the chooser; a learner's own computer on their library.
    if (m_sharedUse)
        lockLearner();
    else
        buildLearnerPages();
    // Any input on any of the application's windows counts as someone at the keyboard.
    m_lastInputAt = m_clock();
    qApp->installEventFilter(this);
    m_inactivityTimer->setObjectName(u"inactivityTimer"_s);
    m_inactivityTimer->setInterval(15000);
    connect(m_inactivityTimer, &QTimer::timeout, this, &MainWindow::checkInactivity);
    m_inactivityTimer->start();

    retranslate();
    const QByteArray geometry = context.settings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 720);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildLearnerPages()
{
    m_libraryPage = new LibraryPage(servicesFor<LibraryPage>(m_context), m_stack);
    m_coursePage = new CoursePage(servicesFor<CoursePage>(m_context), m_stack);
    m_stack->addWidget(m_libraryPage);
    m_stack->addWidget(m_coursePage);
    connect(m_libraryPage, &LibraryPage::courseOpened, this, [this](qint64 id) { showCourse(id); });
    connect(m_libraryPage, &LibraryPage::signInRequested, this, &MainWindow::signIn);
    connect(m_libraryPage, &LibraryPage::importRequested, this, &MainWindow::importMirror);
    connect(m_coursePage, &CoursePage::backRequested, this, &MainWindow::showLibrary);
    connect(m_coursePage, &CoursePage::activityOpened, this, &MainWindow::openActivity);
    // The library page's model reads the totals with its list: no read of its own.
    connect(m_libraryPage->model(), &LibraryModel::loaded, this, &MainWindow::updateLibraryStatus);
    m_stack->setCurrentWidget(m_libraryPage);
}

void MainWindow::dropLearnerPages()
{
    // Every page that shows anything of the learner goes, with what it read.
    const auto drop = [this](auto *&page) {
        if (!page)
            return;
        m_stack->removeWidget(page);
        delete page;
        page = nullptr;
    };
    drop(m_libraryPage);
    drop(m_coursePage);
    drop(m_videoPage);
    drop(m_pageViewer);
    drop(m_scormPage);
    drop(m_pdfViewer);
    drop(m_downloadsPage);
    drop(m_uploadsPage);
}

LearnerChooser *MainWindow::chooser()
{
    if (!m_chooser) {
        m_chooser
            = new LearnerChooser(m_context.accountRecords(), m_context.workstation(), m_stack);
        m_chooser->setClock(m_clock);
        m_stack->addWidget(m_chooser);
        connect(m_chooser, &LearnerChooser::learnerChosen, this, &MainWindow::openLearner);
        connect(m_chooser, &LearnerChooser::addLearnerRequested, this, &MainWindow::addLearner);
        connect(m_chooser, &LearnerChooser::settingsRequested, this,
                &MainWindow::showWorkstationSettings);
        connect(m_chooser, &LearnerChooser::loaded, this, [this] {
            m_sharedUse = m_context.workstation().sharedMode() || m_chooser->learners().size() > 1;
        });
    }
    return m_chooser;
}

void MainWindow::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (m_chooser)
        m_chooser->setClock(m_clock);
    m_lastInputAt = m_clock();
}

void MainWindow::setInactivityCheckInterval(int ms)
{
    m_inactivityTimer->setInterval(ms);
}

bool MainWindow::inactivityLocks() const
{
    // A learner's own computer with one learner and no PIN has nothing to lock against.
    return !m_locked && (m_sharedUse || m_learnerHasSecret);
}

void MainWindow::checkInactivity()
{
    const qint64 limit = qint64(m_context.workstation().inactivityMinutes()) * 60 * 1000;
    if (inactivityLocks() && m_clock() - m_lastInputAt >= limit)
        lockLearner();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInputAt = m_clock();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockLearner()
{
    if (m_locked && m_chooser && m_stack->currentWidget() == m_chooser)
        return;
    // A dialog left open (sign-in, PIN, a question, the manager's settings) goes too: nothing
    // stays on screen for the next person. Its exec() returns as if cancelled.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    // The lesson says its last words (suspend) through its own API; the video keeps its place.
    if (m_scormPage && m_stack->currentWidget() == m_scormPage)
        m_scormPage->leave(3000);
    leaveActivity();
    if (isFullScreen() && currentPage() == Page::Video)
        setFullScreenVideo(false);
    m_locked = true;
    m_learnerHasSecret = false;
    m_stack->setCurrentWidget(chooser());
    dropLearnerPages();
    m_uploadStatus = {};
    setLearnerActionsVisible(false);
    applyLearnerLanguage(chooserLanguage());
    m_chooser->reload();
}

void MainWindow::openLearner(const Learner &learner)
{
    if (!m_locked || learner.id <= 0)
        return;
    if (!learner.hasSecret && m_context.workstation().pinRequired()) {
        // This workstation wants every learner guarded: theirs first, then their library.
        LearnerDialog dialog(LearnerDialog::Mode::SetSecret, m_context.accountRecords(),
                             m_context.workstation(), learner.id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Learner guarded = learner;
        guarded.hasSecret = true;
        openLearner(guarded);
        return;
    }
    const qint64 learnerId = learner.id;
    m_context.useProfile(learnerId);
    m_locked = false;
    m_learnerHasSecret = learner.hasSecret;
    m_lastInputAt = m_clock();
    // Their language at once; none chosen: the workstation's, else the one of the moment.
    if (!learner.language.isEmpty())
        applyLearnerLanguage(learner.language);
    else if (!m_context.workstation().defaultLanguage().isEmpty())
        applyLearnerLanguage(m_context.workstation().defaultLanguage());
    buildLearnerPages();
    setLearnerActionsVisible(true);
    m_uploadStatus = {};
    m_uploadStatus.profileId = learnerId;
    m_uploadStatus.pending = learner.pendingUploads;
    m_uploadStatus.rejected = learner.refusedUploads;
    updateUploadStatus();
    retranslate();
    m_context.account().restore();
    m_libraryPage->focusFirstStep();
}

void MainWindow::setLearnerActionsVisible(bool visible)
{
    m_viewMenu->menuAction()->setVisible(visible);
    m_accountMenu->menuAction()->setVisible(visible);
    // A hidden menu's shortcuts would still act: every action of a learner is off too.
    for (QAction *action : m_viewMenu->actions())
        action->setEnabled(visible);
    for (QAction *action : m_accountMenu->actions())
        action->setEnabled(visible);
    m_importAction->setEnabled(visible);
    m_exportAction->setEnabled(visible);
    m_addSourceAction->setEnabled(visible);
    m_verifyAction->setEnabled(visible);
    statusBar()->setVisible(visible);
    if (visible)
        updateAccountActions();
}

QString MainWindow::chooserLanguage() const
{
    const QString workstation = m_context.workstation().defaultLanguage();
    if (!workstation.isEmpty())
        return workstation;
    const QString library = m_context.settings().language();
    return library.isEmpty() ? m_context.languages().initialLanguage() : library;
}

void MainWindow::applyLearnerLanguage(const QString &code)
{
    if (code != m_context.languages().language())
        m_context.languages().useLanguage(code);
}

void MainWindow::addLearner()
{
    if (!m_context.workstation().learnersMayAdd() || !m_locked)
        return;
    // Modal to the window without a nested event loop (see showWorkstationSettings).
    auto *dialog = new LearnerDialog(LearnerDialog::Mode::Add, m_context.accountRecords(),
                                     m_context.workstation(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->learnerId();
        const bool signInNext = dialog->signInNext();
        m_sharedUse = true;
        // Their tile first (the chooser knows their name and language), then their library.
        auto *guard = new QObject(this);
        connect(chooser(), &LearnerChooser::loaded, guard, [this, guard, id, signInNext] {
            guard->deleteLater();
            for (const Learner &learner : m_chooser->learners()) {
                if (learner.id != id)
                    continue;
                openLearner(learner);
                if (signInNext && !m_locked)
                    signIn();
            }
        });
        m_chooser->reload();
    });
    dialog->open();
}

void MainWindow::setSecret()
{
    LearnerDialog dialog(LearnerDialog::Mode::SetSecret, m_context.accountRecords(),
                         m_context.workstation(), m_context.profileId(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_context.accountRecords()
            .learner(m_context.profileId())
            .then(this, [this](const std::optional<Learner> &learner) {
                m_learnerHasSecret = learner && learner->hasSecret;
            });
}

void MainWindow::removeSelf()
{
    const qint64 id = m_context.profileId();
    m_context.accountRecords().learner(id).then(this,
                                                [this, id](const std::optional<Learner> &learner) {
                                                    if (learner && learner->id == id && !m_locked)
                                                        confirmRemoval(*learner, this);
                                                });
}

bool MainWindow::confirmRemoval(const Learner &learner, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Remove %1 from this computer").arg(learner.name),
                    QString(), QMessageBox::NoButton, parent);
    box.setObjectName(u"removeLearnerBox"_s);
    QString text = tr("Everything of %1 on this computer will be deleted: progress, lesson "
                      "attempts, video positions, settings and sign-in. The courses stay "
                      "for the other learners.")
                       .arg(learner.name);
    if (learner.pendingUploads > 0)
        text += u"\n\n"_s
                + tr("%n action(s) of %1 have not been uploaded to the site yet and will "
                     "be lost.",
                     nullptr, learner.pendingUploads)
                      .arg(learner.name);
    box.setText(text);
    // Their queue can be sent first while the site knows them (their own token, their lane).
    QPushButton *upload = nullptr;
    if (learner.pendingUploads > 0 && learner.signedIn)
        upload = box.addButton(tr("&Upload first"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setText(tr("Cancel"));
    box.setDefaultButton(upload ? upload : cancel);
    box.exec();
    const qint64 id = learner.id;
    if (upload && box.clickedButton() == upload) {
        m_context.uploads().uploadNow(id);
        if (!m_locked && id == m_context.profileId())
            showUploads();
        return false;
    }
    if (box.clickedButton() != remove)
        return false;
    // The learner at the keyboard leaves with their pages.
    if (!m_locked && id == m_context.profileId())
        lockLearner();
    m_context.removeLearner(id).then(
        this, [this, parent = QPointer<QWidget>(parent)](const AppContext::Removal &removal) {
            if (removal.error.isError())
                QMessageBox::warning(parent ? parent.data() : this, tr("Not removed"),
                                     removal.error.message());
            Q_EMIT learnerRemoved();
            if (m_chooser)
                m_chooser->reload();
        });
    return true;
}

void MainWindow::showWorkstationSettings()
{
    if (m_workstationDialog) {
        m_workstationDialog->raise();
        m_workstationDialog->activateWindow();
        return;
    }
    // Modal to the window, but not a nested event loop: the window keeps its timers.
    auto *dialog
        = new WorkstationDialog(m_context.workstation(), m_context.accountRecords(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_workstationDialog = dialog;
    connect(dialog, &WorkstationDialog::removeLearnerRequested, dialog,
            [this, dialog](const Learner &learner) { confirmRemoval(learner, dialog); });
    connect(this, &MainWindow::learnerRemoved, dialog, &WorkstationDialog::reloadLearners);
    connect(dialog, &WorkstationDialog::learnerSecretChanged, this, [this](qint64 id) {
        // The tiles say who asks for a PIN; the learner at the keyboard now locks with it.
        if (m_chooser)
            m_chooser->reload();
        if (!m_locked && id == m_context.profileId())
            m_context.accountRecords().learner(id).then(
                this, [this, id](const std::optional<Learner> &learner) {
                    if (!m_locked && id == m_context.profileId())
                        m_learnerHasSecret = learner && learner->hasSecret;
                });
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        // The new rules hold at once: the chooser's tiles, its language, the lock.
        if (m_context.workstation().sharedMode())
            m_sharedUse = true;
        m_lastInputAt = m_clock();
        if (m_chooser)
            m_chooser->reload();
        if (m_locked)
            applyLearnerLanguage(chooserLanguage());
    });
    dialog->open();
}

template<typename P>
P *MainWindow::built(P *&page)
{
    if (!page) {
        page = new P(servicesFor<P>(m_context), m_stack);
        m_stack->addWidget(page);
        wire(page);
    }
    return page;
}

ActivityPage *MainWindow::player(PlayerFactory::Player which, ActivityPage *&page)
{
    if (page)
        return page;
    QString error;
    PlayerFactory *factory = players::factory(&error);
    if (!factory) {
        QMessageBox::critical(this, tr("Cannot open the activity"),
                              tr("The players for videos, pages and lessons could not be loaded "
                                 "(%1). Install CLiKC! Desktop again.")
                                  .arg(error));
        return nullptr;
    }
    page = factory->create(which, m_context, m_stack);
    m_stack->addWidget(page);
    connect(page, &ActivityPage::backRequested, this, &MainWindow::back);
    connect(page, &ActivityPage::fullScreenChanged, this, &MainWindow::setFullScreenVideo);
    connect(page, &ActivityPage::activityOpened, this, [this](qint64 activityId) {
        m_context.progressRecorder().recordActivityView(m_context.profileId(), activityId);
    });
    return page;
}

ActivityPage *MainWindow::videoPage()
{
    return player(PlayerFactory::Player::Video, m_videoPage);
}

ActivityPage *MainWindow::pageViewer()
{
    return player(PlayerFactory::Player::Page, m_pageViewer);
}

ActivityPage *MainWindow::pdfViewer()
{
    return player(PlayerFactory::Player::Pdf, m_pdfViewer);
}

ActivityPage *MainWindow::scormPlayer()
{
    return player(PlayerFactory::Player::Lesson, m_scormPage);
}

DownloadsPage *MainWindow::downloadsPage()
{
    return built(m_downloadsPage);
}

UploadsPage *MainWindow::uploadsPage()
{
    return built(m_uploadsPage);
}

void MainWindow::wire(DownloadsPage *page)
{
    connect(page, &DownloadsPage::backRequested, this, &MainWindow::showLibrary);
}

void MainWindow::wire(UploadsPage *page)
{
    connect(page, &UploadsPage::backRequested, this, &MainWindow::showLibrary);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importMirror);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCourses);
    m_exportAction->setObjectName(u"exportCoursesAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addSourceAction = m_fileMenu->addAction(QString(), this, &MainWindow::addCourseSource);
    m_addSourceAction->setObjectName(u"addSourceAction"_s);
    m_verifyAction = m_fileMenu->addAction(QString(), this, &MainWindow::verifyLibrary);
    m_verifyAction->setObjectName(u"verifyLibraryAction"_s);
    m_workstationAction
        = m_fileMenu->addAction(QString(), this, &MainWindow::showWorkstationSettings);
    m_workstationAction->setObjectName(u"workstationSettingsAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_libraryAction = m_viewMenu->addAction(QString(), this, &MainWindow::showLibrary);
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::back);
    // QKeySequence::Back is Alt+Left itself on X11: giving the action the same key twice makes
    // Qt call it ambiguous and do nothing. Each key once, Alt+Left first.
    QList<QKeySequence> backKeys{QKeySequence(Qt::ALT | Qt::Key_Left)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!backKeys.contains(key))
            backKeys.append(key);
    }
    m_backAction->setShortcuts(backKeys);
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, [this] {
        auto *page = qobject_cast<ActivityPage *>(m_stack->currentWidget());
        if (!page || !page->toggleFullScreen())
            setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);

    m_downloadsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showDownloads);
    m_downloadsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_uploadsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showUploads);
    m_uploadsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    m_accountMenu = menuBar()->addMenu(QString());
    m_signInAction = m_accountMenu->addAction(QString(), this, &MainWindow::signIn);
    m_refreshAction = m_accountMenu->addAction(QString(), this, &MainWindow::refreshCatalogue);
    m_uploadNowAction = m_accountMenu->addAction(QString(), this, [this] {
        m_context.uploads().uploadNow(m_context.profileId());
        showUploads();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_downloadAllAction = m_accountMenu->addAction(QString(), this, &MainWindow::downloadAll);
    m_catalogueAction = m_accountMenu->addAction(QString(), this, &MainWindow::browseCatalogue);
    m_catalogueAction->setObjectName(u"catalogueAction"_s);
    m_accountMenu->addSeparator();
    m_signOutAction = m_accountMenu->addAction(QString(), this, [this] {
        // Only this learner's token goes; their waiting actions stay for their next sign-in. On
        // a shared computer, signing out is leaving: back to the chooser.
        m_context.account().signOut();
        if (m_sharedUse)
            lockLearner();
    });
    m_accountMenu->addSeparator();
    m_setSecretAction = m_accountMenu->addAction(QString(), this, &MainWindow::setSecret);
    m_setSecretAction->setObjectName(u"setSecretAction"_s);
    m_removeSelfAction = m_accountMenu->addAction(QString(), this, &MainWindow::removeSelf);
    m_removeSelfAction->setObjectName(u"removeSelfAction"_s);
    m_switchLearnerAction = m_accountMenu->addAction(QString(), this, &MainWindow::lockLearner);
    m_switchLearnerAction->setObjectName(u"switchLearnerAction"_s);
    m_switchLearnerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_switchLearnerAction->setShortcutContext(Qt::ApplicationShortcut);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const auto &language : LanguageManager::languages()) {
        // Each language is named in itself, so anyone can find their own.
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setObjectName(u"language-"_s + language.code);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == m_context.languages().language());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (m_locked || !m_sharedUse) {
            // The chooser's language, or a learner's own computer: the library's.
            m_context.languages().setLanguage(code);
        } else {
            // On a shared workstation a learner's choice is theirs alone.
            m_context.languages().useLanguage(code);
        }
        if (!m_locked)
            m_context.accountRecords().setLearnerLanguage(m_context.profileId(), code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setObjectName(u"guideAction"_s);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CLiKC! Desktop"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import a mirror…"));
    m_importAction->setStatusTip(
        tr("Add courses from a CLiKC! mirror on a USB drive or shared folder"));
    m_exportAction->setText(tr("&Export courses to a folder or USB drive…"));
    m_exportAction->setStatusTip(
        tr("Write courses to a USB drive or a shared folder for computers with no network"));
    m_addSourceAction->setText(tr("Add a course &source…"));
    m_addSourceAction->setStatusTip(
        tr("Take courses from a mirror on your organisation's network (a web server or a shared "
           "folder)"));
    m_verifyAction->setText(tr("&Check the library"));
    m_verifyAction->setStatusTip(tr("Re-read every stored file and set aside any that is damaged"));
    m_workstationAction->setText(tr("&Workstation settings…"));
    m_workstationAction->setStatusTip(
        tr("How this computer behaves for the learners who share it (for the centre's manager)"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_libraryAction->setText(tr("My &courses"));
    m_backAction->setText(tr("&Back"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_downloadsAction->setText(tr("&Downloads"));
    m_uploadsAction->setText(tr("&Uploads"));
    m_uploadNowAction->setText(tr("&Upload my progress now"));
    updateUploadStatus();
    m_accountMenu->setTitle(tr("&Account"));
    m_signInAction->setText(tr("&Sign in…"));
    m_refreshAction->setText(tr("&Refresh my courses"));
    m_downloadAllAction->setText(tr("&Download all my courses"));
    m_catalogueAction->setText(tr("Browse the site's c&atalogue…"));
    m_catalogueAction->setStatusTip(
        tr("Every course of the site: add one without enrolling, or enrol yourself"));
    m_signOutAction->setText(tr("Sign &out"));
    m_setSecretAction->setText(tr("Set a &PIN or passphrase…"));
    m_removeSelfAction->setText(tr("&Remove me from this computer…"));
    m_switchLearnerAction->setText(tr("S&witch learner"));
    m_switchLearnerAction->setStatusTip(
        tr("Lock your courses and let someone else use this computer"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Coordinator's guide"));
    m_guideAction->setStatusTip(tr("USB drives for posts with no link, a mirror for a training "
                                   "centre, night syncs and their reports"));
    m_aboutAction->setText(tr("&About CLiKC! Desktop"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_importProgress->setToolTip(tr("Importing courses"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_context.languages().language());
    updateConnectivity(m_context.connectivity().state());
    // A passing message was written in the previous language.
    statusBar()->clearMessage();
    m_signInButton->setText(tr("Sign in…"));
    m_signInButton->setToolTip(tr("Sign in to CLiKC! to get your courses (Account › Sign in)"));
    updateLibraryStatus();
    // Only the words change: switching the language never asks the site for anything.
    updateAccountActions();
}

void MainWindow::updateAccount()
{
    if (m_locked)
        return;
    updateAccountActions();
    if (m_context.account().state() == AccountService::State::SignedIn)
        refreshCatalogue();
}

void MainWindow::updateAccountActions()
{
    const AccountService::State state = m_context.account().state();
    const bool signedIn = state == AccountService::State::SignedIn;
    m_signInAction->setEnabled(!signedIn);
    m_signOutAction->setEnabled(state != AccountService::State::SignedOut);
    m_refreshAction->setEnabled(signedIn);
    m_downloadAllAction->setEnabled(signedIn);
    m_catalogueAction->setEnabled(signedIn);
    m_signInButton->setVisible(!signedIn);
    if (m_libraryPage)
        m_libraryPage->setSignedIn(signedIn);
    updateConnectivity(m_context.connectivity().state());
}

void MainWindow::signIn()
{
    SignInDialog dialog(m_context.account(), this);
    // The learner's own site; a new learner gets the one the workstation offers.
    const QString site = m_context.account().siteUrl().toString();
    dialog.setSite(site.isEmpty() ? m_context.workstation().site() : site);
    dialog.setUsername(m_context.account().username());
    dialog.exec();
}

void MainWindow::refreshSources()
{
    // The course sources on the LAN (and the administrator's) are read again; what cannot be
    // reached keeps what it listed, and says so in the status bar.
    m_context.courseSources().refreshAll().then(
        this, [this](const QList<MirrorSources::Listing> &listings) {
            for (const MirrorSources::Listing &listing : listings) {
                if (listing.error.isError()) {
                    statusBar()->showMessage(listing.error.message(), 10000);
                    return;
                }
            }
        });
}

void MainWindow::refreshCatalogue()
{
    refreshSources();
    m_context.account().refreshCatalogue().then(
        this, [this](const AccountService::CatalogueReport &report) {
            if (report.error.needsSignIn())
                signIn();
            else if (!report.ok())
                statusBar()->showMessage(report.message(), 10000);
        });
}

void MainWindow::downloadAll()
{
    m_context.courseQueries()
        .courses(m_context.profileId())
        .then(this, [this](const QList<CourseSummary> &courses) {
            // The site's courses and the course sources' (an imported mirror's are here).
            for (const CourseSummary &course : courses) {
                if (course.sourceId == m_context.account().sourceId()
                    || course.sourceKind == SourceKind::Mirror)
                    m_context.downloads().enqueueCourse(course.id);
            }
            showDownloads();
        });
}

void MainWindow::showDownloads()
{
    if (m_locked)
        return;
    leaveActivity();
    m_stack->setCurrentWidget(downloadsPage());
}

void MainWindow::showUploads()
{
    if (m_locked)
        return;
    leaveActivity();
    m_stack->setCurrentWidget(uploadsPage());
    m_uploadsPage->view()->setFocus();
}

void MainWindow::updateUploadStatus()
{
    const Uploader::Status &status = m_uploadStatus;
    QString text;
    if (status.pending > 0 && status.waitingForSignIn)
        text = tr("%n to upload: sign in", nullptr, status.pending);
    else if (status.pending > 0)
        text = tr("%n to upload", nullptr, status.pending);
    else if (status.rejected > 0)
        text = tr("%n not accepted", nullptr, status.rejected);
    m_uploadsLabel->setText(text);
    m_uploadsLabel->setVisible(!text.isEmpty());
    m_uploadsLabel->setToolTip(
        status.lastUploadAt > 0
            ? tr("Last upload: %1")
                  .arg(Format::dateTime(QDateTime::fromSecsSinceEpoch(status.lastUploadAt)))
            : tr("Nothing uploaded from this computer yet"));
}

MainWindow::Page MainWindow::currentPage() const
{
    // A page not built yet is not the current one (nor is a null pointer the current widget).
    QWidget *page = m_stack->currentWidget();
    if (page && page == m_chooser)
        return Page::Chooser;
    if (page == m_coursePage)
        return Page::Course;
    if (page == m_videoPage)
        return Page::Video;
    if (page == m_pageViewer)
        return Page::Document;
    if (page == m_scormPage)
        return Page::Lesson;
    if (page == m_pdfViewer)
        return Page::Pdf;
    if (page == m_downloadsPage)
        return Page::Downloads;
    if (page == m_uploadsPage)
        return Page::Uploads;
    return Page::Library;
}

void MainWindow::leaveActivity()
{
    if (auto *page = qobject_cast<ActivityPage *>(m_stack->currentWidget()))
        page->leave();
}

void MainWindow::showLibrary()
{
    if (m_locked)
        return;
    leaveActivity();
    m_stack->setCurrentWidget(m_libraryPage);
    m_libraryPage->view()->setFocus();
}

void MainWindow::showCourse(qint64 courseId, bool opened)
{
    if (m_locked)
        return;
    leaveActivity();
    if (opened)
        m_context.progressRecorder().recordCourseView(m_context.profileId(), courseId);
    m_coursePage->setCourse(courseId);
    m_stack->setCurrentWidget(m_coursePage);
    m_coursePage->view()->setFocus();
}

void MainWindow::back()
{
    switch (currentPage()) {
    case Page::Library:
    case Page::Chooser:
        break;
    case Page::Course:
    case Page::Downloads:
    case Page::Uploads:
        showLibrary();
        break;
    default:
        showCourse(m_coursePage->courseId(), false);
        break;
    }
}

void MainWindow::openActivity(const Activity &activity)
{
    if (m_locked)
        return;
    if (!m_context.store().isShared()) {
        showActivity(activity);
        return;
    }
    // A content folder other accounts share: what they could have written is checked first.
    const qint64 learner = m_context.profileId();
    m_context.maintenance()
        .checkForUse(activity.id)
        .then(this, [this, activity, learner](const LibraryMaintenance::VerifyReport &report) {
            if (m_locked || m_context.profileId() != learner)
                return;
            if (report.damagedFiles.isEmpty()) {
                showActivity(activity);
                return;
            }
            QList<qint64> files;
            for (const BlobUse &use : report.damagedFiles)
                files.append(use.fileId);
            const bool signedIn = m_context.account().state() == AccountService::State::SignedIn;
            if (signedIn)
                m_context.downloads().enqueueFiles(files);
            QMessageBox box(QMessageBox::Warning, tr("Changed outside CLiKC! Desktop"),
                            tr("A file of “%1” in the content folder this computer's accounts "
                               "share no longer matches what was downloaded, so it was set aside "
                               "and not opened.")
                                .arg(activity.title.text(m_context.languages().language())),
                            QMessageBox::Ok, this);
            box.setObjectName(u"contentChangedBox"_s);
            box.setInformativeText(signedIn ? tr("It is being downloaded again. Open the "
                                                 "activity when the download is done.")
                                            : tr("Sign in to download it again, or import the "
                                                 "mirror it came from again."));
            box.exec();
        });
}

void MainWindow::showActivity(const Activity &activity)
{
    leaveActivity();
    ActivityPage *page = nullptr;
    switch (activity.kind) {
    case ActivityKind::Video:
        page = videoPage();
        break;
    case ActivityKind::Pdf:
        page = pdfViewer();
        break;
    case ActivityKind::Page:
    case ActivityKind::Label:
    case ActivityKind::Book:
        page = pageViewer();
        break;
    case ActivityKind::Scorm:
        page = scormPlayer();
        break;
    default:
        QMessageBox::information(this, tr("Not available offline"),
                                 tr("This activity cannot be opened without a connection."));
        return;
    }
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    page->openActivity(activity); // recorded as viewed when the page says so (activityOpened)
}

void MainWindow::setFullScreenVideo(bool on)
{
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::updateConnectivity(ConnectivityMonitor::State state)
{
    switch (state) {
    case ConnectivityMonitor::State::NoServer:
        m_connectivityLabel->setText(
            m_context.account().state() == AccountService::State::SignedOut
                ? tr("Not signed in · sign in to CLiKC!, or import courses from a USB drive")
                : tr("Working offline · no server set up"));
        break;
    case ConnectivityMonitor::State::Checking:
        m_connectivityLabel->setText(tr("Checking the server…"));
        break;
    case ConnectivityMonitor::State::Reachable:
        m_connectivityLabel->setText(tr("Server reachable"));
        break;
    case ConnectivityMonitor::State::Unreachable:
        m_connectivityLabel->setText(tr("Server unreachable · working offline"));
        break;
    }
}

void MainWindow::updateLibraryStatus()
{
    if (!m_libraryPage)
        return;
    const LibraryModel *model = m_libraryPage->model();
    if (!model->isLoaded())
        return;
    const CourseQueries::Stats &stats = model->stats();
    m_libraryLabel->setText(
        tr("%n course(s) · %1", nullptr, stats.courses).arg(Format::fileSize(stats.bytes)));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::startLibrary()
{
    // The sign-in of the last session, if any: downloads it queued carry on by themselves.
    if (!m_locked)
        m_context.account().restore();
    // Every learner's waiting progress goes up in the background, whoever is at the keyboard.
    m_context.startEveryonesUploads();
    m_context.maintenance().repair();
    refreshSources();
    m_context.maintenance()
        .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
        .then(this, [this](const MirrorImporter::Report &report) {
            m_importProgress->hide();
            if (!report.ok()) {
                QMessageBox::warning(this, tr("Sample course"),
                                     tr("The sample course could not be set up: %1")
                                         .arg(report.errors.first().message()));
            }
            // An imported sample reaches the list by itself (libraryChanged): no second read.
            if (m_libraryPage)
                m_libraryPage->focusFirstStep();
            Q_EMIT libraryReady();
        });
}

void MainWindow::importMirror()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Choose the mirror's folder"));
    if (folder.isEmpty())
        return;
    m_importAction->setEnabled(false);
    statusBar()->showMessage(tr("Reading the mirror…"));
    // Who signed it, checked off the GUI thread, then the person decides.
    m_context.maintenance().previewMirror(folder).then(
        this, [this, folder](const LibraryMaintenance::MirrorPreview &preview) {
            statusBar()->clearMessage();
            if (preview.error.isError()) {
                m_importAction->setEnabled(true);
                QMessageBox::warning(this, tr("Import a mirror"), preview.error.message());
                return;
            }
            if (preview.trust == SignerTrust::Trusted) {
                runImport(folder, preview.signer->publicKey);
                return;
            }
            auto *box = new QMessageBox(this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(u"importTrustBox"_s);
            box->setWindowTitle(tr("Import a mirror"));
            QPushButton *accept = nullptr;
            const QString name = preview.signer ? preview.signer->name : QString();
            const QString fingerprint = preview.signer ? preview.signer->fingerprint() : QString();
            switch (preview.trust) {
            case SignerTrust::New:
                box->setIcon(QMessageBox::Question);
                box->setText(tr("This mirror is signed by “%1”.").arg(name));
                box->setInformativeText(
                    tr("Key fingerprint: %1\n\nYou have not imported from this signer before. "
                       "If you can, check the fingerprint with them (by phone, for example). "
                       "Their mirrors will then be trusted on this computer.")
                        .arg(fingerprint));
                accept = box->addButton(tr("&Trust and import"), QMessageBox::AcceptRole);
                break;
            case SignerTrust::KeyChanged:
                box->setIcon(QMessageBox::Warning);
                box->setText(tr("Warning: the key of “%1” has changed.").arg(name));
                box->setInformativeText(
                    tr("This mirror says it was signed by “%1”, but with another key than the "
                       "one trusted for that name on this computer (new fingerprint: %2). It may "
                       "not come from them.\n\nImport it only if %1 confirms they have a new "
                       "key.")
                        .arg(name, fingerprint));
                accept
                    = box->addButton(tr("&Import and trust the new key"), QMessageBox::AcceptRole);
                break;
            case SignerTrust::Unsigned:
            case SignerTrust::Trusted:
                box->setIcon(QMessageBox::Question);
                box->setText(tr("This mirror is not signed."));
                box->setInformativeText(tr("Where it comes from cannot be checked. Import it "
                                           "only if you know who made it."));
                accept = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
                break;
            }
            QPushButton *cancel = box->addButton(QMessageBox::Cancel);
            box->setDefaultButton(preview.trust == SignerTrust::KeyChanged ? cancel : accept);
            const QByteArray key = preview.signer ? preview.signer->publicKey : QByteArray();
            connect(box, &QMessageBox::finished, this, [this, box, accept, folder, key] {
                if (box->clickedButton() == accept)
                    runImport(folder, key);
                else
                    m_importAction->setEnabled(true);
            });
            box->open();
        });
}

void MainWindow::runImport(const QString &folder, const QByteArray &confirmedSigner)
{
    statusBar()->showMessage(tr("Importing courses…"));
    m_context.maintenance()
        .importMirror(folder, SourceKind::Mirror, {}, confirmedSigner)
        .then(this, [this](const MirrorImporter::Report &report) {
            m_importAction->setEnabled(true);
            m_importProgress->hide();
            statusBar()->clearMessage();
            const QString signer = report.signer
                                       ? tr("Signed by %1 (key fingerprint %2).")
                                             .arg(report.signer->name, report.signer->fingerprint())
                                       : tr("The mirror was not signed.");
            if (report.ok()) {
                QMessageBox::information(
                    this, tr("Import finished"),
                    tr("%n course(s) imported.", nullptr, int(report.imported.size())) + u' '
                        + signer);
                return;
            }
            QStringList messages;
            for (const MirrorError &error : report.errors)
                messages.append(error.message());
            QMessageBox box(QMessageBox::Warning, tr("Import incomplete"),
                            tr("%n course(s) imported. Some courses could not be imported and the "
                               "library was left as it was for them.",
                               nullptr, int(report.imported.size())),
                            QMessageBox::Ok, this);
            box.setDetailedText(messages.join(u'\n'));
            box.exec();
        });
}

void MainWindow::exportCourses()
{
    // The learner's courses as the library shows them (already in memory: no query here).
    QList<CourseSummary> courses;
    const LibraryModel *model = m_libraryPage->model();
    courses.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const CourseSummary *course = model->courseAt(row))
            courses.append(*course);
    }
    auto *dialog = new ExportDialog({m_context.maintenance(), m_context.accountRecords(),
                                     m_context.settings(), m_context.profileId(),
                                     m_context.languages().language(), m_context.exportOptions(),
                                     m_context.signingKey()},
                                    courses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showGuide()
{
    if (auto *open = findChild<GuideDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new GuideDialog([this] { return m_context.languages().language(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // beside the window: read while doing what it says
}

void MainWindow::browseCatalogue()
{
    if (auto *open = findChild<CatalogueDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new CatalogueDialog(m_context.siteCatalogue(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogueDialog::coursesChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    dialog->open();
}

void MainWindow::addCourseSource()
{
    auto *dialog = new SourceDialog(m_context.courseSources(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::sourceAdded, this, [this](int courses) {
        statusBar()->showMessage(
            tr("%n course(s) of the new source are in the library.", nullptr, courses), 10000);
    });
    dialog->open();
}

void MainWindow::verifyLibrary()
{
    m_verifyAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking every stored file…"));
    // A progress bar in the status bar while the files are read again (the window stays free).
    if (!m_verifyProgress) {
        m_verifyProgress = new QProgressBar(this);
        m_verifyProgress->setObjectName(u"verifyProgress"_s);
        m_verifyProgress->setMaximumWidth(240);
        m_verifyProgress->setTextVisible(true);
        statusBar()->addPermanentWidget(m_verifyProgress);
        connect(&m_context.maintenance(), &LibraryMaintenance::verifyProgressed, m_verifyProgress,
                [this](int done, int total) {
                    m_verifyProgress->setRange(0, std::max(1, total));
                    m_verifyProgress->setValue(done);
                    m_verifyProgress->setFormat(
                        tr("Checking: %1 of %2 files")
                            .arg(QLocale(m_context.languages().language()).toString(done),
                                 QLocale(m_context.languages().language()).toString(total)));
                });
    }
    m_verifyProgress->setAccessibleName(tr("Checking the library"));
    m_verifyProgress->setRange(0, 0); // busy until the first count arrives
    m_verifyProgress->show();
    m_context.maintenance().verify().then(
        this, [this](const LibraryMaintenance::VerifyReport &report) {
            m_verifyAction->setEnabled(true);
            m_verifyProgress->hide();
            statusBar()->clearMessage();
            if (report.ok()) {
                QMessageBox::information(this, tr("Library checked"),
                                         tr("All %n file(s) are intact.", nullptr, report.checked));
            } else if (report.quarantined.isEmpty() && report.missing.isEmpty()) {
                QMessageBox::warning(this, tr("Library checked"), report.error.message());
            } else {
                QMessageBox::warning(
                    this, tr("Library checked"),
                    tr("%n damaged or missing file(s) were set aside. The courses that used them "
                       "show as partly on this computer; put them back to repair them.",
                       nullptr, int(report.quarantined.size() + report.missing.size())));
            }
        });
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CLiKC! Desktop"),
        tr("<h3>CLiKC! Desktop %1</h3><p>Study the World Customs Organization's "
           "CLiKC! courses on this computer, with or without a connection.</p>"
           "<p>Your library is kept in:<br/><tt>%2</tt></p>")
            .arg(QApplication::applicationVersion(), m_context.dataDir().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A lesson's last words (its exit, its time) arrive over the web channel: let them.
    if (m_scormPage)
        m_scormPage->leave(3000);
    leaveActivity(); // saves the video's place
    m_context.settings().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace clikc
