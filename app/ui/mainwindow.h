#pragma once

#include "domain/types.h"
#include "network/connectivitymonitor.h"
#include "playerfactory.h"
#include "sync/uploader.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QProgressBar;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace clikc {

class ActivityPage;
class AppContext;
class CoursePage;
class DownloadsPage;
class UploadsPage;
class LibraryPage;

// The shell: menus, a stack of pages and a status bar (server reachability, library size,
// import progress). Each page owns its own logic; this class only moves between them.
// GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    enum class Page { Library, Course, Video, Document, Lesson, Pdf, Downloads, Uploads };

    LibraryPage *libraryPage() const { return m_libraryPage; }
    CoursePage *coursePage() const { return m_coursePage; }
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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The page in `page`, built and wired the first time.
    template<typename P>
    P *built(P *&page);
    ActivityPage *player(PlayerFactory::Player which, ActivityPage *&page);
    void wire(DownloadsPage *page);
    void wire(UploadsPage *page);
    void createMenus();
    void retranslate();
    void leaveActivity();
    void setFullScreenVideo(bool on);
    void updateConnectivity(ConnectivityMonitor::State state);
    void updateLibraryStatus();
    void updateAccount();
    void updateAccountActions();
    void updateUploadStatus();
    void refreshCatalogue();
    void downloadAll();
    void importMirror();
    void verifyLibrary();
    void showAbout();

    AppContext &m_context;
    QStackedWidget *m_stack;
    LibraryPage *m_libraryPage;
    CoursePage *m_coursePage;
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
    QAction *m_refreshAction = nullptr;
    QAction *m_downloadAllAction = nullptr;
    QAction *m_downloadsAction = nullptr;
    QAction *m_uploadsAction = nullptr;
    QAction *m_uploadNowAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_verifyAction = nullptr;
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
