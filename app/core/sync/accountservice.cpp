#include "accountservice.h"

#include "connector/moodleconnector.h"
#include "connector/moodleprotocol.h"
#include "credentials/credentialstore.h"
#include "library/libraryservice.h"
#include "util/promise.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPromise>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccount, "clikc.account")

namespace clikc {
struct AccountService::CatalogueFetch
{
    std::shared_ptr<QPromise<CatalogueReport>> promise;
    QList<RemoteCourse> pending;
    QList<Course> collected;
};

void AccountService::fetchNextCourse(const std::shared_ptr<CatalogueFetch> &fetch)
{
    if (fetch->pending.isEmpty()) {
        m_library.saveRemoteCourses(m_profileId, m_sourceId, fetch->collected)
            .then(this, [this, fetch](bool saved) {
                CatalogueReport report{int(fetch->collected.size()), {}};
                if (!saved)
                    report.error = {ConnectorError::Code::ServerError, {}, {}, u"library"_s};
                Q_EMIT catalogueRefreshed(report.courses);
                finish(fetch->promise, report);
            });
        return;
    }
    if (!m_connector) {
        finish(fetch->promise, CatalogueReport{0, {ConnectorError::Code::Cancelled, {}, {}, {}}});
        return;
    }
    const RemoteCourse next = fetch->pending.takeFirst();
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
    m_connector->courseContents(next).then(
        this, [this, fetch, askedAt](const Outcome<Course> &course) {
            if (!course.ok()) {
                finish(fetch->promise, CatalogueReport{int(fetch->collected.size()), course.error});
                return;
            }
            Course fetched = course.value;
            // The completion it reports is as of this request; see ServerCompletion::observedAtMs.
            for (Section &section : fetched.sections) {
                for (Activity &activity : section.activities)
                    activity.serverCompletion.observedAtMs = askedAt;
            }
            fetch->collected.append(std::move(fetched));
            fetchNextCourse(fetch);
        });
}

AccountService::AccountService(NetworkAccess &network, CredentialStore &credentials,
                               LibraryService &library, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_library(library)
    , m_profileId(profileId)
{
    connect(&m_credentials, &CredentialStore::keychainUnavailable, this,
            &AccountService::tokenNotRemembered);
}

AccountService::~AccountService() = default;

QUrl AccountService::siteUrl() const
{
    return m_connector ? m_connector->siteUrl() : QUrl();
}

Connector *AccountService::connector() const
{
    return m_connector.get();
}

void AccountService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT authorizationChanged(
        m_sourceId, state == State::SignedIn && m_connector ? m_connector->token() : QString());
    Q_EMIT stateChanged(state);
}

void AccountService::markTokenRejected()
{
    if (m_state == State::SignedIn)
        setState(State::NeedsSignIn);
}

void AccountService::useConnector(const QUrl &site, const QString &token)
{
    m_connector = std::make_unique<MoodleConnector>(m_network, site);
    m_connector->setToken(token);
    connect(m_connector.get(), &MoodleConnector::tokenRejected, this, [this] {
        // Nothing is dropped: queued work waits for the next sign-in.
        setState(State::NeedsSignIn);
    });
}

QFuture<AccountService::State> AccountService::restore()
{
    auto promise = startedPromise<State>();
    m_library.account(m_profileId)
        .then(this, [this, promise](const std::optional<ProfileRepository::Account> &account) {
            if (!account || account->sourceId == 0 || account->username.isEmpty()) {
                finish(promise, State::SignedOut);
                return;
            }
            m_username = account->username;
            m_sourceId = account->sourceId;
            m_remoteUserId = account->remoteUserId;
            m_library.source(account->sourceId)
                .then(this, [this, promise,
                             signedIn = account->signedIn](const std::optional<Source> &site) {
                    if (!site || !signedIn) {
                        finish(promise, State::SignedOut);
                        return;
                    }
                    const QUrl url(site->baseUrl);
                    m_credentials.token(url, m_username)
                        .then(this, [this, promise, url](const QString &token) {
                            useConnector(url, token);
                            setState(token.isEmpty() ? State::NeedsSignIn : State::SignedIn);
                            finish(promise, m_state);
                        });
                });
        });
    return promise->future();
}

QFuture<Outcome<SiteInfo>> AccountService::signIn(const QString &site, const QString &username,
                                                  const QString &password, bool allowPlainHttp)
{
    auto promise = startedPromise<Outcome<SiteInfo>>();
    ConnectorError urlError;
    const QUrl url = moodle::normalizeSiteUrl(site, allowPlainHttp, &urlError);
    if (urlError.isError()) {
        finish(promise, Outcome<SiteInfo>::failure(urlError));
        return promise->future();
    }
    auto connector = std::make_shared<MoodleConnector>(m_network, url);
    connector->signIn(username.trimmed(), password)
        .then(this, [=, this](const Outcome<QString> &token) {
            if (!token.ok()) {
                finish(promise, Outcome<SiteInfo>::failure(token.error));
                return;
            }
            connector->siteInfo().then(this, [=, this](const Outcome<SiteInfo> &info) {
                Q_UNUSED(connector) // keeps the connector (and its reply handlers) alive till here
                if (!info.ok()) {
                    finish(promise, info);
                    return;
                }
                Source source;
                source.kind = SourceKind::Moodle;
                source.remoteId = url.toString();
                source.baseUrl = url.toString();
                source.title = LocalizedText(info.value.siteName);
                source.allowHttp = allowPlainHttp;
                m_library.recordSignIn(m_profileId, source, username.trimmed(), info.value.userId)
                    .then(this, [=, this](qint64 sourceId) {
                        if (sourceId == 0) {
                            finish(promise, Outcome<SiteInfo>::failure(
                                                {ConnectorError::Code::ServerError,
                                                 {},
                                                 {},
                                                 u"the library could not record the sign-in"_s}));
                            return;
                        }
                        m_credentials.storeToken(url, username.trimmed(), token.value)
                            .then(this, [=, this](CredentialStore::Result) {
                                m_username = username.trimmed();
                                m_sourceId = sourceId;
                                m_remoteUserId = info.value.userId;
                                useConnector(url, token.value);
                                setState(State::SignedIn);
                                qCInfo(lcAccount) << "signed in to" << url.host();
                                finish(promise, info);
                            });
                    });
            });
        });
    return promise->future();
}

QFuture<bool> AccountService::signOut()
{
    auto promise = startedPromise<bool>();
    const QUrl url = siteUrl();
    const QString username = m_username;
    setState(State::SignedOut);
    m_connector.reset();
    m_library.recordSignOut(m_profileId).then(this, [=, this](bool recorded) {
        if (url.isEmpty() || username.isEmpty()) {
            finish(promise, recorded);
            return;
        }
        m_credentials.removeToken(url, username).then(this, [=](bool removed) {
            finish(promise, recorded && removed);
        });
    });
    return promise->future();
}

QFuture<AccountService::CatalogueReport> AccountService::refreshCatalogue()
{
    auto promise = startedPromise<CatalogueReport>();
    if (!m_connector || m_state != State::SignedIn) {
        finish(promise, CatalogueReport{0, {ConnectorError::Code::InvalidToken, {}, {}, {}}});
        return promise->future();
    }
    m_connector->courses(m_remoteUserId)
        .then(this, [this, promise](const Outcome<QList<RemoteCourse>> &courses) {
            if (!courses.ok()) {
                finish(promise, CatalogueReport{0, courses.error});
                return;
            }
            // Every course's structure, one after the other: a bad link prefers few requests in
            // flight. Stored together at the end.
            auto fetch = std::make_shared<CatalogueFetch>();
            fetch->promise = promise;
            fetch->pending = courses.value;
            fetchNextCourse(fetch);
        });
    return promise->future();
}

} // namespace clikc
