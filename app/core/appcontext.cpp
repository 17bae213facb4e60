#include "appcontext.h"

#include "connector/connectorfactory.h"
#include "content/contentstore.h"
#include "credentials/credentialstore.h"
#include "i18n/languagemanager.h"
#include "library/accountrecords.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/libraryworker.h"
#include "library/mirrorsources.h"
#include "library/progressrecorder.h"
#include "library/scormlessons.h"
#include "library/uploadqueue.h"
#include "librarylock.h"
#include "network/connectivitymonitor.h"
#include "network/networkaccess.h"
#include "settings/settings.h"
#include "settings/workstation.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/sourcerepository.h"
#include "sync/accountservice.h"
#include "sync/autodownloader.h"
#include "sync/coursesources.h"
#include "sync/downloadmanager.h"
#include "sync/sitecatalogue.h"
#include "sync/uploader.h"
#include "util/failpoint.h"
#include "util/privatefiles.h"
#include "util/promise.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace clikc {

Q_LOGGING_CATEGORY(lcContext, "clikc.context")

AppContext::AppContext(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(resolveDataDir(dataDir))
{
    // A learner's progress is theirs: nobody else on this computer may read the library.
    privatefiles::restrictNewFiles();
    if (!privatefiles::makePrivate(m_dataDir))
        qCWarning(lcContext) << "cannot make the library folder private:" << m_dataDir;
    m_lock = std::make_unique<LibraryLock>(m_dataDir);
    m_settings = std::make_unique<Settings>(m_dataDir);
    m_workstation = std::make_unique<Workstation>(m_dataDir);
    m_database = std::make_unique<Database>(m_dataDir + u"/library.sqlite"_s);
    m_store = makeStore();
    m_libraryWorker = std::make_unique<LibraryWorker>(*m_database, *m_store);
    m_courseQueries = std::make_unique<CourseQueries>(*m_libraryWorker);
    m_progressRecorder = std::make_unique<ProgressRecorder>(*m_libraryWorker);
    m_scormLessons = std::make_unique<ScormLessons>(*m_libraryWorker);
    m_maintenance = std::make_unique<LibraryMaintenance>(*m_libraryWorker);
    m_accountRecords = std::make_unique<AccountRecords>(*m_libraryWorker);
    m_mirrorSources = std::make_unique<MirrorSources>(*m_libraryWorker);
    m_uploadQueue = std::make_unique<UploadQueue>(*m_libraryWorker);
    m_languages = std::make_unique<LanguageManager>(*m_settings);
    m_network = std::make_unique<NetworkAccess>();
    m_connectors = std::make_unique<ConnectorFactory>();
    m_connectivity = std::make_unique<ConnectivityMonitor>(*m_network);
    m_credentials = std::make_unique<CredentialStore>();
    m_account = std::make_unique<AccountService>(*m_network, *m_connectors, *m_credentials,
                                                 *m_accountRecords, m_profileId);
    // The status bar watches the server the learner signed in to.
    connect(m_account.get(), &AccountService::stateChanged, this, [this] {
        m_connectivity->setServer(m_account->siteUrl(), m_account->plainHttpAllowed());
    });

    // Transfers, their .part files and their hashing run on a thread of their own.
    m_downloadThread = new QThread(this);
    m_downloadThread->setObjectName(u"downloads"_s);
    m_downloads = new DownloadManager(*m_database, *m_store);
    m_downloads->moveToThread(m_downloadThread);
    connect(m_downloadThread, &QThread::finished, m_downloads, &QObject::deleteLater);
    m_downloadThread->start();
    applyDownloadSettings();
    m_courseSources = std::make_unique<CourseSources>(*m_network, *m_mirrorSources, *m_maintenance,
                                                      *m_downloads);
    m_courseSources->setPreset(m_workstation->courseSource());
    m_siteCatalogue = std::make_unique<SiteCatalogue>(*m_account, *m_accountRecords);
    m_autoDownloads = std::make_unique<AutoDownloader>(*m_downloads, *m_courseQueries, *m_account,
                                                       [this] { return m_profileId; });
    connect(m_account.get(), &AccountService::authorizationChanged, this,
            [this](qint64 sourceId, const QString &token) {
                m_downloads->setAuthorization(sourceId, token, m_account->siteUrl(),
                                              m_account->plainHttpAllowed());
            });
    connect(m_downloads, &DownloadManager::needsSignIn, m_account.get(),
            &AccountService::markTokenRejected);
    // Many files finishing close together refresh the library views once, naming the courses
    // they belong to (a course page of another course reads nothing).
    m_changeCoalescer = new QTimer(this);
    m_changeCoalescer->setSingleShot(true);
    m_changeCoalescer->setInterval(300);
    const auto announce = [this] {
        m_changeCoalescer->stop();
        if (m_changedCourses.isEmpty())
            return;
        const QList<qint64> courses(m_changedCourses.begin(), m_changedCourses.end());
        m_changedCourses.clear();
        m_libraryWorker->notifyCoursesChanged(courses);
    };
    connect(m_changeCoalescer, &QTimer::timeout, this, announce);
    // The queue is done: the last files are shown at once, not 300 ms later.
    connect(m_downloads, &DownloadManager::idle, this, announce);
    connect(m_downloads, &DownloadManager::fileReady, this, [this](qint64, qint64 courseId) {
        m_changedCourses.insert(courseId);
        m_changeCoalescer->start();
    });

    // Progress goes to the server from a thread of its own, with each profile's own sign-in.
    m_uploadThread = new QThread(this);
    m_uploadThread->setObjectName(u"uploads"_s);
    m_uploader = new Uploader(*m_database, *m_connectors);
    m_uploader->moveToThread(m_uploadThread);
    connect(m_uploadThread, &QThread::finished, m_uploader, &QObject::deleteLater);
    m_uploadThread->start();
    connect(m_account.get(), &AccountService::authorizationChanged, this,
            [this](qint64, const QString &token) {
                m_uploader->setAuthorization(m_account->profileId(), m_account->siteUrl(),
                                             m_account->remoteUserId(), token,
                                             m_account->plainHttpAllowed());
            });
    connect(m_uploader, &Uploader::needsSignIn, this, [this](qint64 profileId) {
        if (profileId == m_account->profileId())
            m_account->markTokenRejected();
    });
    connect(m_libraryWorker.get(), &LibraryWorker::uploadsQueued, m_uploader, &Uploader::kick);
    // The operating system's or the monitor's idea of "online" is a hint to try; the request
    // itself decides.
    connect(m_connectivity.get(), &ConnectivityMonitor::stateChanged, this,
            [this](ConnectivityMonitor::State state) {
                if (state == ConnectivityMonitor::State::Reachable)
                    m_uploader->uploadNow(m_profileId);
            });
    // A failed upload is a reason to look at the link again, so the status bar tells the truth.
    connect(m_uploader, &Uploader::statusChanged, this, [this](const Uploader::Status &status) {
        if (status.lastError.code == ConnectorError::Code::ConnectionFailed
            || status.lastError.code == ConnectorError::Code::Timeout)
            m_connectivity->checkNow();
    });
    connect(m_uploader, &Uploader::completionSuperseded, m_libraryWorker.get(),
            [this](qint64 profileId, qint64 activityId) {
                m_libraryWorker->notifyProgressChanged(profileId, activityId);
            });
}

std::unique_ptr<ContentStore> AppContext::makeStore() const
{
    const QString own = m_dataDir + u"/content"_s;
    const QString shared = m_workstation->contentFolder();
    if (shared.isEmpty())
        return std::make_unique<ContentStore>(own);
    // The administrator's folder for every account's content: used when this account may
    // write there, else this library keeps its own (and says why in the log).
    const QFileInfo folder(shared);
    if (!folder.isDir() || !folder.isWritable()) {
        qCWarning(lcContext) << "the shared content folder" << shared
                             << "is missing or not writable by this account; using" << own;
        return std::make_unique<ContentStore>(own);
    }
    return std::make_unique<ContentStore>(shared, own);
}

void AppContext::useProfile(qint64 profileId)
{
    m_profileId = profileId;
    m_account->setProfileId(profileId);
    m_settings->setLearner(profileId);
    m_accountRecords->touchLearner(profileId);
}

bool AppContext::sharedUse() const
{
    return m_learnersAtOpen > 1 || m_workstation->sharedMode();
}

void AppContext::startEveryonesUploads()
{
    m_accountRecords->learners().then(this, [this](const QList<Learner> &learners) {
        for (const Learner &learner : learners) {
            if (!learner.signedIn || m_background.count(learner.id) > 0)
                continue;
            std::unique_ptr<AccountService> account = accountFor(learner.id);
            AccountService *service = account.get();
            // Their own lane in the uploader, whoever is at the keyboard. The learner at the
            // keyboard's own service says the same for them; both hold the same token.
            connect(service, &AccountService::authorizationChanged, this,
                    [this, service](qint64, const QString &token) {
                        m_uploader->setAuthorization(service->profileId(), service->siteUrl(),
                                                     service->remoteUserId(), token,
                                                     service->plainHttpAllowed());
                    });
            m_background.emplace(learner.id, std::move(account));
            service->restore();
        }
    });
}

QFuture<AppContext::Removal> AppContext::removeLearner(qint64 profileId)
{
    auto promise = startedPromise<Removal>();
    m_accountRecords->learner(profileId).then(
        this, [this, promise, profileId](const std::optional<Learner> &learner) {
            if (!learner || learner->id != profileId) {
                Removal missing;
                missing.error.code = LibraryError::Code::NotFound;
                finish(promise, missing);
                return;
            }
            m_accountRecords->removeLearner(profileId).then(
                this, [this, promise, learner = *learner](const LibraryError &error) {
                    if (error.isError()) {
                        finish(promise, Removal{error, false});
                        return;
                    }
                    // Nothing of theirs is sent any more, and nothing of theirs stays.
                    m_background.erase(learner.id);
                    if (learner.id == m_account->profileId())
                        m_account->setProfileId(0); // nobody's, until the next useProfile()
                    m_uploader->setAuthorization(learner.id, {}, 0, {});
                    failpoint::hit("remove-after-commit");
                    const bool hadToken = !learner.siteUrl.isEmpty() && !learner.username.isEmpty();
                    forget({learner.id, learner.siteUrl, learner.username})
                        .then(this, [promise, hadToken](bool gone) {
                            finish(promise, Removal{{}, hadToken && gone});
                        });
                });
        });
    return promise->future();
}

QFuture<bool> AppContext::forget(const ForgottenLearner &learner)
{
    auto promise = startedPromise<bool>();
    m_settings->forgetLearner(learner.id);
    m_settings->sync();
    auto settle = [this, promise, id = learner.id](bool tokenGone) {
        if (!tokenGone) { // the keychain could not be reached: the next start tries again
            finish(promise, false);
            return;
        }
        m_accountRecords->settleForgotten(id).then(
            this, [promise](const LibraryError &error) { finish(promise, !error.isError()); });
    };
    if (learner.siteUrl.isEmpty() || learner.username.isEmpty())
        settle(true);
    else
        m_credentials
            ->removeToken(
                {m_account->libraryId(), learner.id, QUrl(learner.siteUrl), learner.username})
            .then(this, settle);
    return promise->future();
}

std::unique_ptr<AccountService> AppContext::accountFor(qint64 profileId)
{
    auto account = std::make_unique<AccountService>(*m_network, *m_connectors, *m_credentials,
                                                    *m_accountRecords, profileId);
    account->setLibraryIdentity(m_account->libraryId(), {});
    return account;
}

void AppContext::applyDownloadSettings()
{
    m_downloads->setLimits(m_settings->parallelDownloads(),
                           qint64(m_settings->downloadLimitKB()) * 1000);
}

AppContext::~AppContext()
{
    // Finish queued library work (a last progress save) before the database goes.
    m_libraryWorker->waitForIdle();
    // The manager closes its connection and transfers on its own thread as it is deleted.
    m_downloadThread->quit();
    m_downloadThread->wait();
    m_uploadThread->quit();
    m_uploadThread->wait();
    m_background.clear();
    m_autoDownloads.reset();
    m_courseSources.reset();
    m_siteCatalogue.reset();
    m_account.reset();
    m_credentials.reset();
    m_connectivity.reset();
    m_network.reset();
    m_libraryWorker.reset(); // waits for what the services queued
    m_uploadQueue.reset();
    m_accountRecords.reset();
    m_mirrorSources.reset();
    m_maintenance.reset();
    m_scormLessons.reset();
    m_progressRecorder.reset();
    m_courseQueries.reset();
    m_store->closeSession(); // nothing places files any more
    m_database->close();
    m_settings->sync();
    m_lock.reset(); // last: the folder is free once everything is written
}

QString AppContext::resolveDataDir(const QString &override)
{
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("CLIKC_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

MirrorExporter::Options AppContext::exportOptions() const
{
    const QString library = m_account->libraryId();
    MirrorExporter::Options options;
    options.sourceId = u"clikc-export-"_s + (library.isEmpty() ? u"library"_s : library);
    options.title = QSysInfo::machineHostName();
    options.generator = u"clikc-desktop "_s + QCoreApplication::applicationVersion();
    return options;
}

QFuture<QByteArray> AppContext::signingKey()
{
    return m_credentials->signingKey(m_account->libraryId());
}

QString AppContext::sampleMirrorRoot()
{
    return u":/sample"_s;
}

bool AppContext::open(bool startUploads)
{
    m_failure = OpenFailure::None;
    m_error.clear();
    switch (m_lock->acquire()) {
    case LibraryLock::Result::Acquired:
        break;
    case LibraryLock::Result::InUse: {
        const LibraryLock::Holder who = m_lock->holder();
        const QString program = who.program == u"clikc"_s ? tr("the clikc command")
                                                          : tr("another copy of CLiKC! Desktop");
        m_failure = OpenFailure::InUse;
        m_error = who.pid > 0 ? tr("This library is in use by %1 (process %2). Close it or let it "
                                   "finish, then try again.")
                                    .arg(program)
                                    .arg(who.pid)
                              : tr("This library is in use by another program. Close it or let "
                                   "it finish, then try again.");
        return false;
    }
    case LibraryLock::Result::Failed:
        m_failure = OpenFailure::Unavailable;
        m_error = tr("The library folder cannot be written to.");
        return false;
    }
    if (!m_database->open()) {
        m_failure = OpenFailure::Unavailable;
        m_error = m_database->errorString();
        return false;
    }
    // Who this library is: its sign-in tokens are kept under it (a copy becomes its own).
    const SourceRepository::Identity identity
        = SourceRepository(m_database->connection())
              .identity(QFileInfo(m_dataDir).canonicalFilePath());
    if (identity.id.isEmpty()) {
        m_failure = OpenFailure::Unavailable;
        m_error = tr("The library folder cannot be written to.");
        return false;
    }
    m_account->setLibraryIdentity(identity.id, identity.copiedFrom);
    // The first learner unless one is chosen (the library always has one: see
    // AccountRecords::removeLearner).
    const QList<Learner> learners = ProfileRepository(m_database->connection()).all();
    m_learnersAtOpen = int(learners.size());
    if (!learners.isEmpty()
        && std::none_of(learners.cbegin(), learners.cend(),
                        [this](const Learner &l) { return l.id == m_profileId; })) {
        m_profileId = learners.first().id;
        m_account->setProfileId(m_profileId);
    }
    m_settings->setLearner(m_profileId);
    // A removal that a crash cut short after the library forgot the learner: their token and
    // settings go now.
    const QList<ForgottenLearner> forgotten
        = ProfileRepository(m_database->connection()).forgotten();
    auto finished = startedPromise<bool>();
    m_removalsFinished = finished->future();
    if (forgotten.isEmpty())
        finish(finished, true);
    auto left = std::make_shared<qsizetype>(forgotten.size());
    auto allGone = std::make_shared<bool>(true);
    for (const ForgottenLearner &learner : forgotten) {
        qCInfo(lcContext) << "finishing the removal of learner" << learner.id;
        forget(learner).then(this, [finished, left, allGone](bool gone) {
            *allGone = *allGone && gone;
            if (--*left == 0)
                finish(finished, *allGone);
        });
    }
    // Before anything can place a file: a crash from now on is seen by the next start.
    if (!m_store->openSession())
        qCInfo(lcContext) << "the last session ended without closing; repair looks for orphans";
    m_courseSources->registerAll();
    m_downloads->start();
    if (startUploads) {
        m_uploader->start();
        // The window's own schedule (the command line has --window).
        m_autoDownloads->setSchedule(m_settings->autoDownload(), m_settings->autoDownloadWindow());
    }
    return true;
}

} // namespace clikc
