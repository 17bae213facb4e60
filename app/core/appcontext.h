#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>
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
class LibraryMaintenance;
class LibraryWorker;
class ProgressRecorder;
class ScormLessons;
class UploadQueue;
class NetworkAccess;
class Settings;
class Uploader;

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

    // Takes the library folder for this process (see LibraryLock), opens the database (applying
    // migrations) and starts the download manager and, unless `startUploads` is false (the
    // command line, which uploads only when asked), the uploader. Returns false with
    // openFailure() and a translated errorString() on failure.
    bool open(bool startUploads = true);
    enum class OpenFailure { None, InUse, Unavailable };
    OpenFailure openFailure() const { return m_failure; }
    QString errorString() const { return m_error; }

    QString dataDir() const { return m_dataDir; }
    qint64 profileId() const { return m_profileId; }
    // Makes `profileId` the learner of this run (their sign-in, progress and queue): after
    // open(), before anything signs in or reads a learner's data. Remembered as used last.
    void useProfile(qint64 profileId);
    // A sign-in service for another learner of this library (a nightly upload for every
    // learner): restored from the keychain like the run's own, but wired to nothing; the
    // caller hands its token to whoever needs it.
    std::unique_ptr<AccountService> accountFor(qint64 profileId);

    Settings &settings() { return *m_settings; }
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
    Uploader &uploads() { return *m_uploader; }
    LibraryLock &lock() { return *m_lock; }

private:
    // Hands the download settings (parallel transfers, bandwidth cap) to the download manager.
    void applyDownloadSettings();

    QString m_dataDir;
    QString m_error;
    OpenFailure m_failure = OpenFailure::None;
    std::unique_ptr<LibraryLock> m_lock;
    qint64 m_profileId = 1; // the learner of this run (useProfile); the first one by default
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ContentStore> m_store;
    // The services hold the worker; it goes first (finishing what they queued), then they do.
    std::unique_ptr<CourseQueries> m_courseQueries;
    std::unique_ptr<ProgressRecorder> m_progressRecorder;
    std::unique_ptr<ScormLessons> m_scormLessons;
    std::unique_ptr<LibraryMaintenance> m_maintenance;
    std::unique_ptr<AccountRecords> m_accountRecords;
    std::unique_ptr<UploadQueue> m_uploadQueue;
    std::unique_ptr<LibraryWorker> m_libraryWorker;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<NetworkAccess> m_network;
    std::unique_ptr<ConnectorFactory> m_connectors; // used by the account and the uploader
    std::unique_ptr<ConnectivityMonitor> m_connectivity;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountService> m_account;
    QThread *m_downloadThread = nullptr;
    DownloadManager *m_downloads = nullptr; // lives on m_downloadThread
    QTimer *m_changeCoalescer = nullptr;
    QSet<qint64> m_changedCourses; // whose files finished since the coalescer last fired
    QThread *m_uploadThread = nullptr;
    Uploader *m_uploader = nullptr; // lives on m_uploadThread
};

} // namespace clikc
