#pragma once

#include "content/mirrorexporter.h"

#include "library/libraryerror.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>
#include <map>
#include <memory>

namespace clikc {

class AccountService;
class ConnectivityMonitor;
class ConnectorFactory;
class CredentialStore;
class DownloadManager;
class ContentStore;
class Database;
class LanguageManager;
class LibraryLock;
class AccountRecords;
class CourseQueries;
class AutoDownloader;
class CourseSources;
class SiteCatalogue;
class MirrorSources;
class LibraryMaintenance;
class LibraryWorker;
class ProgressRecorder;
class ScormLessons;
class UploadQueue;
class NetworkAccess;
class Settings;
class Uploader;
class Workstation;
struct ForgottenLearner;

// The composition root: creates, wires and owns every service, for the GUI and the command line
// alike. Nothing else constructs services, and nothing reaches them through globals: pages and
// commands receive what they need from here. Lives on the main thread.
class AppContext final : public QObject
{
    Q_OBJECT

public:
    // `dataDir` overrides where the library lives; empty means CLIKC_DATA_DIR, else the
    // platform's application data folder.
    explicit AppContext(const QString &dataDir = {}, QObject *parent = nullptr);
    ~AppContext() override;
    Q_DISABLE_COPY_MOVE(AppContext)

    static QString resolveDataDir(const QString &override);
    // The sample course shipped inside the application.
    static QString sampleMirrorRoot();
    // What an export of this library writes as the mirror's own source: an id of this library
    // (so that a newer export of it is recognised) and this computer's name as its title.
    MirrorExporter::Options exportOptions() const;
    // This installation's key for signing exports (CredentialStore::signingKey); empty when
    // the keychain cannot keep one.
    QFuture<QByteArray> signingKey();

    // Takes the library folder for this process (see LibraryLock), opens the database (applying
    // migrations) and starts the download manager and, unless `startUploads` is false (the
    // command line, which uploads only when asked), the uploader. Returns false with
    // openFailure() and a translated errorString() on failure.
    bool open(bool startUploads = true);
    enum class OpenFailure { None, InUse, Unavailable };
    OpenFailure openFailure() const { return m_failure; }
    QString errorString() const { return m_error; }

    QString dataDir() const { return m_dataDir; }
    // A workstation several learners share (more than one learner when the library opened, or
    // the workstation's shared mode): the window opens on the learner chooser.
    bool sharedUse() const;
    // How many learners the library had as it opened.
    int learnersAtOpen() const { return m_learnersAtOpen; }
    qint64 profileId() const { return m_profileId; }
    // Makes `profileId` the learner at the keyboard (their sign-in, progress, queue and player
    // settings), after open(): the sign-in service forgets the previous learner's sign-in; the
    // caller restores this one's (account().restore()). Remembered as used last. The previous
    // learner's uploads go on in the background (see startEveryonesUploads()).
    void useProfile(qint64 profileId);
    // Every signed-in learner's waiting progress goes to their site in the background, each
    // with their own token from the keychain, whoever is at the keyboard (a shared workstation).
    void startEveryonesUploads();
    struct Removal
    {
        LibraryError error;
        bool tokenRemoved = false; // their token was in the keychain and is gone
    };
    // Deletes the learner and everything that is theirs: progress, attempts, queue (see
    // AccountRecords::removeLearner), player settings and this library's token for them. Course
    // content stays. The learner of the moment (a locked one) leaves nobody's sign-in in
    // account() until the next useProfile().
    QFuture<Removal> removeLearner(qint64 profileId);
    // Removals a crash cut short (the library had forgotten the learner, their token or
    // settings were still there) are finished by open(); true once all of them are. A command
    // waits for it, so that a short run does not end before the keychain answered.
    QFuture<bool> removalsFinished() const { return m_removalsFinished; }
    // A sign-in service for another learner of this library (a nightly upload for every
    // learner): restored from the keychain like the run's own, but wired to nothing; the
    // caller hands its token to whoever needs it.
    std::unique_ptr<AccountService> accountFor(qint64 profileId);

    Settings &settings() { return *m_settings; }
    Workstation &workstation() { return *m_workstation; }
    Database &database() { return *m_database; }
    ContentStore &store() { return *m_store; }
    // The library's services, by job, all on one ordered worker (see LibraryWorker).
    LibraryWorker &libraryWorker() { return *m_libraryWorker; }
    CourseQueries &courseQueries() { return *m_courseQueries; }
    ProgressRecorder &progressRecorder() { return *m_progressRecorder; }
    ScormLessons &scormLessons() { return *m_scormLessons; }
    LibraryMaintenance &maintenance() { return *m_maintenance; }
    AccountRecords &accountRecords() { return *m_accountRecords; }
    UploadQueue &uploadQueue() { return *m_uploadQueue; }
    LanguageManager &languages() { return *m_languages; }
    ConnectivityMonitor &connectivity() { return *m_connectivity; }
    CredentialStore &credentials() { return *m_credentials; }
    AccountService &account() { return *m_account; }
    DownloadManager &downloads() { return *m_downloads; }
    // Mirrors added as course sources (a LAN web server, a shared folder).
    CourseSources &courseSources() { return *m_courseSources; }
    // The signed-in site's whole catalogue: browse, search, take a course, self-enrol.
    SiteCatalogue &siteCatalogue() { return *m_siteCatalogue; }
    // The window's Download automatically (off unless the settings say so).
    AutoDownloader &autoDownloads() { return *m_autoDownloads; }
    Uploader &uploads() { return *m_uploader; }
    LibraryLock &lock() { return *m_lock; }

private:
    // Hands the download settings (parallel transfers, bandwidth cap) to the download manager.
    void applyDownloadSettings();
    // The library's own content store, or the machine's shared one (Workstation::contentFolder).
    std::unique_ptr<ContentStore> makeStore() const;
    // Removes what the keychain and the settings hold of a learner the library has forgotten,
    // then settles them (AccountRecords::settleForgotten). True once all of it is gone.
    QFuture<bool> forget(const ForgottenLearner &learner);

    QString m_dataDir;
    QString m_error;
    OpenFailure m_failure = OpenFailure::None;
    std::unique_ptr<LibraryLock> m_lock;
    qint64 m_profileId = 1; // the learner of this run (useProfile); the first one by default
    int m_learnersAtOpen = 0;
    QFuture<bool> m_removalsFinished;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ContentStore> m_store;
    // The services hold the worker; it goes first (finishing what they queued), then they do.
    std::unique_ptr<CourseQueries> m_courseQueries;
    std::unique_ptr<ProgressRecorder> m_progressRecorder;
    std::unique_ptr<ScormLessons> m_scormLessons;
    std::unique_ptr<LibraryMaintenance> m_maintenance;
    std::unique_ptr<AccountRecords> m_accountRecords;
    std::unique_ptr<MirrorSources> m_mirrorSources;
    std::unique_ptr<UploadQueue> m_uploadQueue;
    std::unique_ptr<LibraryWorker> m_libraryWorker;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<NetworkAccess> m_network;
    std::unique_ptr<ConnectorFactory> m_connectors; // used by the account and the uploader
    std::unique_ptr<ConnectivityMonitor> m_connectivity;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountService> m_account;
    // The other learners' sign-ins, feeding their uploads (startEveryonesUploads()).
    std::map<qint64, std::unique_ptr<AccountService>> m_background;
    QThread *m_downloadThread = nullptr;
    DownloadManager *m_downloads = nullptr; // lives on m_downloadThread
    std::unique_ptr<CourseSources> m_courseSources;
    std::unique_ptr<SiteCatalogue> m_siteCatalogue;
    std::unique_ptr<AutoDownloader> m_autoDownloads;
    QTimer *m_changeCoalescer = nullptr;
    QSet<qint64> m_changedCourses; // whose files finished since the coalescer last fired
    QThread *m_uploadThread = nullptr;
    Uploader *m_uploader = nullptr; // lives on m_uploadThread
};

} // namespace clikc
