#pragma once

#include "domain/types.h"
#include "network/connectivitymonitor.h"
#include "playerfactory.h"
#include "sync/uploader.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QActionGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace clikc {

class ActivityPage;
class AppContext;
class CoursePage;
class DownloadsPage;
class UploadsPage;
class LearnerChooser;
class LibraryPage;

// The shell: menus, a stack of pages and a status bar (server reachability, library size,
// import progress). Each page owns its own logic; this class only moves between them.
// On a shared workstation it opens on the learner chooser, and returns there at Switch learner
// and after a period without input: the open activity saves its place, and every page of the
// learner is destroyed, so nothing of theirs stays behind the chooser. Choosing a learner builds
// their pages again, in their language. GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    enum class Page { Library, Course, Video, Document, Lesson, Pdf, Downloads, Uploads, Chooser };

    // Null while no learner is in (the chooser is shown).
    LibraryPage *libraryPage() const { return m_libraryPage; }
    CoursePage *coursePage() const { return m_coursePage; }
    LearnerChooser *chooser();
    bool isLocked() const { return m_locked; }
    // Switch learner (Ctrl+Shift+L), and what a period without input does: the activity saves
    // its place, the learner's pages go, the chooser shows.
    void lockLearner();
    // The learner at the keyboard from now (the chooser let them in).
    void openLearner(const clikc::Learner &learner);
    // The clock the inactivity lock and the PIN delay read (ms since the epoch), and how often
    // the lock looks at it: tests move time instead of waiting for it.
    void setClock(std::function<qint64()> clock);
    void setInactivityCheckInterval(int ms);
    // Built when first asked for, by the players plugin (Chromium, GStreamer, PDFium); null
    // when it cannot be loaded (the learner is told why).
    ActivityPage *videoPage();
    ActivityPage *pageViewer();
    ActivityPage *pdfViewer();
    ActivityPage *scormPlayer();
    DownloadsPage *downloadsPage();
    UploadsPage *uploadsPage();
    void showDownloads();
    void showUploads();
    void signIn();
    Page currentPage() const;

    void showLibrary();
    // `opened`: the learner opened it (recorded as a course view), not came back to it.
    void showCourse(qint64 courseId, bool opened = true);
    void openActivity(const Activity &activity);
    void back();
    // Runs the start-up repair and, on a first start, imports the sample course.
    void startLibrary();
    // A second start of the application asked for this window: show it, restored, in front.
    void bringToFront();

Q_SIGNALS:
    void libraryReady();
    // A learner was removed from this computer (or the removal failed, and was said).
    void learnerRemoved();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLearnerPages();
    void dropLearnerPages();
    void setLearnerActionsVisible(bool visible);
    void checkInactivity();
    bool inactivityLocks() const;
    void addLearner();
    void setSecret();
    void removeSelf();
    // Warns (naming what has not been uploaded, offering to upload it first) and removes the
    // learner; true when the removal was started.
    bool confirmRemoval(const clikc::Learner &learner, QWidget *parent);
    void showWorkstationSettings();
    void applyLearnerLanguage(const QString &code);
    QString chooserLanguage() const;
    // The page in `page`, built and wired the first time.
    template<typename P>
    P *built(P *&page);
    ActivityPage *player(PlayerFactory::Player which, ActivityPage *&page);
    void wire(DownloadsPage *page);
    void wire(UploadsPage *page);
    void createMenus();
    void retranslate();
    void leaveActivity();
    // Opens the activity's page (openActivity() checked what it may use first).
    void showActivity(const Activity &activity);
    void setFullScreenVideo(bool on);
    void updateConnectivity(ConnectivityMonitor::State state);
    void updateLibraryStatus();
    void updateAccount();
    void updateAccountActions();
    void updateUploadStatus();
    void refreshCatalogue();
    void downloadAll();
    void importMirror();
    // Imports once the person accepted the mirror's signer (empty: an unsigned mirror).
    void runImport(const QString &folder, const QByteArray &confirmedSigner);
    // File › Export courses…: the learner's courses on this computer, to a folder or drive.
    void exportCourses();
    // File › Add a course source…
    void addCourseSource();
    void browseCatalogue();
    // Help › Coordinator's guide
    void showGuide();
    void refreshSources();
    void verifyLibrary();
    void showAbout();

    AppContext &m_context;
    QStackedWidget *m_stack;
    LibraryPage *m_libraryPage = nullptr;
    CoursePage *m_coursePage = nullptr;
    LearnerChooser *m_chooser = nullptr;
    bool m_locked = false;
    bool m_learnerHasSecret = false;
    bool m_sharedUse = false; // several learners, or the workstation's shared mode
    std::function<qint64()> m_clock;
    qint64 m_lastInputAt = 0;
    QTimer *m_inactivityTimer = nullptr;
    // Built on first use (see built()).
    ActivityPage *m_videoPage = nullptr;
    ActivityPage *m_pageViewer = nullptr;
    ActivityPage *m_scormPage = nullptr;
    ActivityPage *m_pdfViewer = nullptr;
    DownloadsPage *m_downloadsPage = nullptr;
    UploadsPage *m_uploadsPage = nullptr;
    QLabel *m_downloadsLabel;
    QLabel *m_uploadsLabel;
    Uploader::Status m_uploadStatus;
    QLabel *m_connectivityLabel;
    QLabel *m_libraryLabel;
    QProgressBar *m_importProgress;
    QPushButton *m_signInButton;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_switchLearnerAction = nullptr;
    QAction *m_setSecretAction = nullptr;
    QAction *m_removeSelfAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_downloadAllAction = nullptr;
    QAction *m_catalogueAction = nullptr;
    QAction *m_downloadsAction = nullptr;
    QAction *m_uploadsAction = nullptr;
    QAction *m_uploadNowAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addSourceAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_workstationAction = nullptr;
    QPointer<QDialog> m_workstationDialog;
    QProgressBar *m_verifyProgress = nullptr; // while Check the library runs
    QAction *m_quitAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    bool m_wasMaximized = false;
};

} // namespace clikc
