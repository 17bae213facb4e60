#include "accountservice.h"

#include "connector/connectorfactory.h"
#include "connector/moodleconnector.h"
#include "connector/moodleprotocol.h"
#include "credentials/credentialstore.h"
#include "library/accountrecords.h"
#include "network/networkaccess.h"
#include "util/promise.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPromise>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccount, "clikc.account")

namespace clikc {
namespace {

// Asking a host whether it speaks plain HTTP needs its first answer only.
constexpr int kProbeTimeoutMs = 10000;

// The connection itself failed (as opposed to an answer that said no).
bool failedToConnect(const ConnectorError &error)
{
    using C = ConnectorError::Code;
    return error.code == C::ConnectionFailed || error.code == C::TlsError
           || error.code == C::Timeout;
}

QUrl withScheme(QUrl url, const QString &scheme)
{
    url.setScheme(scheme);
    return url;
}

// The host as the learner typed it: with its port, if any.
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

} // namespace

struct AccountService::CatalogueFetch
{
    std::shared_ptr<QPromise<CatalogueReport>> promise;
    quint64 learnerTurn = 0; // whose list it is (see m_learnerTurn)
    QList<RemoteCourse> pending;
    QList<Course> collected;
    qint64 current = 0;  // the course being fetched
    QStringList keep;    // picks the site could not be asked about: they stay as they are
    QSet<qint64> picked; // taken from the catalogue, not enrolled: may be refused on their own
};

namespace {

// The completion a course's structure reports is as of the request that asked for it; see
// ServerCompletion::observedAtMs.
Course observedAt(Course course, qint64 askedAtMs)
{
    for (Section &section : course.sections) {
        for (Activity &activity : section.activities)
            activity.serverCompletion.observedAtMs = askedAtMs;
    }
    return course;
}

} // namespace

void AccountService::fetchNextCourse(const std::shared_ptr<CatalogueFetch> &fetch)
{
    if (fetch->learnerTurn != m_learnerTurn) {
        // Another learner is in: this list is not theirs to keep.
        finish(fetch->promise,
               CatalogueReport{0, {ConnectorError::Code::Cancelled, {}, {}, {}}, {}});
        return;
    }
    if (fetch->pending.isEmpty()) {
        m_records.saveRemoteCourses(m_profileId, m_sourceId, fetch->collected, fetch->keep)
            .then(this, [this, fetch](const LibraryError &saved) {
                // The site answered; this computer could not keep it.
                CatalogueReport report{int(fetch->collected.size()), {}, saved};
                Q_EMIT catalogueRefreshed(report.courses);
                finish(fetch->promise, report);
            });
        return;
    }
    if (!m_connector) {
        finish(fetch->promise,
               CatalogueReport{0, {ConnectorError::Code::Cancelled, {}, {}, {}}, {}});
        return;
    }
    const RemoteCourse next = fetch->pending.takeFirst();
    fetch->current = next.id;
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
    m_connector->courseContents(next).then(this, [this, fetch,
                                                  askedAt](const Outcome<Course> &course) {
        if (!course.ok()) {
            // A course taken from the catalogue that the account may no longer see (or that was
            // deleted) is left as it is on this computer; the others still come.
            const bool skippable = course.error.code == ConnectorError::Code::AccessDenied
                                   || course.error.code == ConnectorError::Code::NotFound;
            if (skippable && fetch->picked.contains(fetch->current)) {
                fetchNextCourse(fetch);
                return;
            }
            finish(fetch->promise, CatalogueReport{int(fetch->collected.size()), course.error, {}});
            return;
        }
        fetch->collected.append(observedAt(course.value, askedAt));
        fetchNextCourse(fetch);
    });
}

AccountService::AccountService(NetworkAccess &network, const ConnectorFactory &connectors,
                               CredentialStore &credentials, AccountRecords &records,
                               qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connectors(connectors)
    , m_credentials(credentials)
    , m_records(records)
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

void AccountService::setState(State state, Reason reason)
{
    // Signing in again while signed in (a new token) is news too.
    if (state == m_state && reason == m_reason && state != State::SignedIn)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT authorizationChanged(
        m_sourceId, state == State::SignedIn && m_connector ? m_connector->token() : QString());
    Q_EMIT stateChanged(state);
}

void AccountService::setProfileId(qint64 profileId)
{
    if (profileId == m_profileId)
        return;
    // The previous learner's sign-in is forgotten here, not ended: their token stays in the
    // keychain, and their uploads go on under their own (AppContext::startEveryonesUploads()).
    // The turn moves first: dropping the connector may answer its requests at once.
    ++m_learnerTurn;
    m_connector.reset();
    m_knownSite.clear();
    m_plainHttpAllowed = false;
    m_username.clear();
    m_sourceId = 0;
    m_remoteUserId = 0;
    m_profileId = profileId;
    m_state = State::SignedOut;
    m_reason = Reason::NeverSignedIn;
    Q_EMIT stateChanged(m_state);
}

void AccountService::setLibraryIdentity(const QString &libraryId, const QString &copiedFrom)
{
    m_libraryId = libraryId;
    m_copiedFrom = copiedFrom;
}

CredentialStore::TokenKey AccountService::tokenKey(const QUrl &site, const QString &username) const
{
    return {m_libraryId, m_profileId, site, username};
}

QString AccountService::stateMessage() const
{
    const QString host = m_knownSite.host();
    switch (m_reason) {
    case Reason::None:
        return tr("Signed in to %1 as %2.").arg(host, m_username);
    case Reason::NeverSignedIn:
        return tr("Not signed in.");
    case Reason::SignedOut:
        if (host.isEmpty())
            return tr("Not signed in.");
        return tr("You signed out of %1. Your courses and progress stay on this computer.")
            .arg(host);
    case Reason::Expired:
        return tr("Your sign-in to %1 as %2 has expired: the site no longer accepts it. Sign in "
                  "again; nothing you did is lost.")
            .arg(host, m_username);
    case Reason::TokenMissing:
        return tr("This computer's keychain no longer holds the sign-in to %1 as %2. Sign in "
                  "again; nothing you did is lost.")
            .arg(host, m_username);
    }
    return {};
}

void AccountService::markTokenRejected()
{
    if (m_state == State::SignedIn)
        setState(State::NeedsSignIn, Reason::Expired);
}

void AccountService::useConnector(const QUrl &site, const QString &token)
{
    m_connector = m_connectors.create(SourceKind::Moodle, m_network, site);
    m_connector->setToken(token);
    connect(m_connector.get(), &Connector::tokenRejected, this, [this] {
        // Nothing is dropped: queued work waits for the next sign-in.
        setState(State::NeedsSignIn, Reason::Expired);
    });
}

QFuture<AccountService::State> AccountService::restore()
{
    auto promise = startedPromise<State>();
    // Each answer below is dropped when another learner came in meanwhile.
    const auto moved = [this, turn = m_learnerTurn, promise] {
        if (turn == m_learnerTurn)
            return false;
        finish(promise, State::SignedOut);
        return true;
    };
    m_records.account(m_profileId)
        .then(this, [this, promise, moved](const std::optional<AccountRecord> &account) {
            if (moved())
                return;
            if (!account || account->sourceId == 0 || account->username.isEmpty()) {
                setState(State::SignedOut, Reason::NeverSignedIn);
                finish(promise, State::SignedOut);
                return;
            }
            m_username = account->username;
            m_sourceId = account->sourceId;
            m_remoteUserId = account->remoteUserId;
            m_records.source(account->sourceId)
                .then(this, [this, promise, moved,
                             signedIn = account->signedIn](const std::optional<Source> &site) {
                    if (moved())
                        return;
                    if (!site) {
                        setState(State::SignedOut, Reason::NeverSignedIn);
                        finish(promise, State::SignedOut);
                        return;
                    }
                    const QUrl url(site->baseUrl);
                    m_knownSite = url;
                    m_plainHttpAllowed = site->allowHttp;
                    m_network.setPlainHttpAllowed(url, site->allowHttp);
                    if (!signedIn) {
                        setState(State::SignedOut, Reason::SignedOut);
                        finish(promise, State::SignedOut);
                        return;
                    }
                    m_credentials.restoreToken(tokenKey(url, m_username), m_copiedFrom)
                        .then(this, [this, promise, moved, url](const QString &token) {
                            if (moved())
                                return;
                            useConnector(url, token);
                            if (token.isEmpty())
                                setState(State::NeedsSignIn, Reason::TokenMissing);
                            else
                                setState(State::SignedIn, Reason::None);
                            finish(promise, m_state);
                        });
                });
        });
    return promise->future();
}

AccountService::HttpFallback AccountService::httpFallback(const QString &typed,
                                                          const QUrl &httpsUrl,
                                                          const ConnectorError &httpsError,
                                                          bool allowPlainHttp)
{
    // A scheme the learner typed is what they meant; an answer over https is the site's word.
    if (typed.contains(u"://"_s) || httpsUrl.scheme() != u"https"_s || !failedToConnect(httpsError))
        return HttpFallback::None;
    return NetworkAccess::isTransportAllowed(withScheme(httpsUrl, u"http"_s), allowPlainHttp)
               ? HttpFallback::SignIn
               : HttpFallback::Probe;
}

QFuture<bool> AccountService::answersPlainHttp(const QUrl &url)
{
    auto promise = startedPromise<bool>();
    QUrl root = url;
    root.setPath(url.path() + u'/');
    // Its first answer is all we want: a redirect is looked at, not followed; and nothing of
    // the learner's goes with it.
    const QNetworkRequest request = m_network.probeRequest(root, kProbeTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    auto done = std::make_shared<bool>(false);
    auto conclude = [promise, done, reply] {
        if (*done)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid() && !reply->isFinished())
            return; // no answer yet
        *done = true;
        // A plain-http page that sends the learner to https means the site does speak https:
        // its failure there was something else (a certificate, say).
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        const bool toHttps = status.toInt() / 100 == 3 && location.scheme() == u"https"_s;
        finish(promise, status.isValid() && !toHttps);
        reply->abort(); // the body is not read
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, conclude);
    connect(reply, &QNetworkReply::finished, this, [conclude, reply] {
        conclude();
        reply->deleteLater();
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
    signInAt(promise, url, site.trimmed(), username.trimmed(), password, allowPlainHttp);
    return promise->future();
}

void AccountService::signInAt(const std::shared_ptr<QPromise<Outcome<SiteInfo>>> &promise,
                              const QUrl &url, const QString &typed, const QString &username,
                              const QString &password, bool allowPlainHttp)
{
    // What the learner allowed holds for every request to the site, wherever it is made.
    if (allowPlainHttp)
        m_network.setPlainHttpAllowed(url, true);
    // Whose sign-in this is, decided now: if another learner comes in before the site answers,
    // nothing of it is recorded, kept or used.
    const qint64 profileId = m_profileId;
    const CredentialStore::TokenKey key = tokenKey(url, username);
    const auto moved = [this, turn = m_learnerTurn, promise] {
        if (turn == m_learnerTurn)
            return false;
        finish(promise, Outcome<SiteInfo>::failure({ConnectorError::Code::Cancelled, {}, {}, {}}));
        return true;
    };
    std::shared_ptr<Connector> connector = m_connectors.create(SourceKind::Moodle, m_network, url);
    connector->signIn(username, password).then(this, [=, this](const Outcome<QString> &token) {
        if (!token.ok()) {
            const ConnectorError httpsError = token.error;
            const QUrl http = withScheme(url, u"http"_s);
            switch (httpFallback(typed, url, httpsError, allowPlainHttp)) {
            case HttpFallback::None:
                finish(promise, Outcome<SiteInfo>::failure(httpsError));
                return;
            case HttpFallback::SignIn: {
                // No further fallback after this one; a host silent over http too is
                // reported as it was over https.
                auto overHttp = startedPromise<Outcome<SiteInfo>>();
                overHttp->future().then(this, [promise, httpsError](Outcome<SiteInfo> result) {
                    if (!result.ok() && failedToConnect(result.error))
                        result.error = httpsError;
                    finish(promise, result);
                });
                qCInfo(lcAccount) << "no https at" << url.host() << "- trying plain http";
                signInAt(overHttp, http, {}, username, password, allowPlainHttp);
                return;
            }
            case HttpFallback::Probe:
                answersPlainHttp(http).then(this, [promise, httpsError, url](bool answers) {
                    finish(promise,
                           Outcome<SiteInfo>::failure(
                               answers ? ConnectorError{ConnectorError::Code::PlainHttpOnly,
                                                        hostOf(url),
                                                        {},
                                                        httpsError.detail}
                                       : httpsError));
                });
                return;
            }
            return;
        }
        connector->siteInfo().then(this, [=, this](const Outcome<SiteInfo> &info) {
            Q_UNUSED(connector) // keeps the connector (and its reply handlers) alive till here
            if (moved())
                return;
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
            m_records
                .recordSignIn(profileId, source, username, info.value.userId, info.value.fullName)
                .then(this, [=, this](qint64 sourceId) {
                    if (sourceId == 0) {
                        finish(promise, Outcome<SiteInfo>::failure(
                                            {ConnectorError::Code::ServerError,
                                             {},
                                             {},
                                             u"the library could not record the sign-in"_s}));
                        return;
                    }
                    // Recorded for them: their token is kept under their key, even if someone
                    // else came in meanwhile (they are signed in when they come back).
                    m_credentials.storeToken(key, token.value)
                        .then(this, [=, this](CredentialStore::Result) {
                            if (moved())
                                return;
                            m_username = username;
                            m_sourceId = sourceId;
                            m_remoteUserId = info.value.userId;
                            m_knownSite = url;
                            m_plainHttpAllowed = allowPlainHttp;
                            useConnector(url, token.value);
                            setState(State::SignedIn, Reason::None);
                            qCInfo(lcAccount) << "signed in to" << url.host();
                            finish(promise, info);
                        });
                });
        });
    });
}

QFuture<bool> AccountService::signOut()
{
    auto promise = startedPromise<bool>();
    const QUrl url = siteUrl();
    const QString username = m_username;
    // Whose token, decided now: the window may hand this service to the next learner before
    // the library has recorded the sign-out.
    const CredentialStore::TokenKey key = tokenKey(url, username);
    // The learner's own doing: said as "signed out", never as "expired".
    setState(State::SignedOut, username.isEmpty() ? Reason::NeverSignedIn : Reason::SignedOut);
    m_connector.reset();
    m_records.recordSignOut(m_profileId).then(this, [=, this](const LibraryError &error) {
        const bool recorded = !error.isError();
        if (url.isEmpty() || username.isEmpty()) {
            finish(promise, recorded);
            return;
        }
        // This library's token only: other libraries on the computer stay signed in.
        m_credentials.removeToken(key).then(
            this, [=](bool removed) { finish(promise, recorded && removed); });
    });
    return promise->future();
}

QFuture<AccountService::CatalogueReport> AccountService::refreshCatalogue()
{
    auto promise = startedPromise<CatalogueReport>();
    if (!m_connector || m_state != State::SignedIn) {
        finish(promise, CatalogueReport{0, {ConnectorError::Code::InvalidToken, {}, {}, {}}, {}});
        return promise->future();
    }
    m_connector->courses(m_remoteUserId)
        .then(this,
              [this, promise, turn = m_learnerTurn](const Outcome<QList<RemoteCourse>> &courses) {
                  if (turn != m_learnerTurn) {
                      // Another learner came in (and the request went with the connector).
                      finish(promise,
                             CatalogueReport{0, {ConnectorError::Code::Cancelled, {}, {}, {}}, {}});
                      return;
                  }
                  if (!courses.ok()) {
                      finish(promise, CatalogueReport{0, courses.error, {}});
                      return;
                  }
                  // Every course's structure, one after the other: a bad link prefers few requests
                  // in flight. Stored together at the end.
                  auto fetch = std::make_shared<CatalogueFetch>();
                  fetch->promise = promise;
                  fetch->learnerTurn = turn;
                  fetch->pending = courses.value;
                  addPickedCourses(fetch);
              });
    return promise->future();
}

QFuture<AccountService::CatalogueReport> AccountService::fetchCourse(const RemoteCourse &course)
{
    auto promise = startedPromise<CatalogueReport>();
    if (!m_connector || m_state != State::SignedIn) {
        finish(promise, CatalogueReport{0, {ConnectorError::Code::InvalidToken, {}, {}, {}}, {}});
        return promise->future();
    }
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
    m_connector->courseContents(course).then(this, [this, promise, askedAt, turn = m_learnerTurn](
                                                       const Outcome<Course> &fetched) {
        if (turn != m_learnerTurn) {
            finish(promise, CatalogueReport{0, {ConnectorError::Code::Cancelled, {}, {}, {}}, {}});
            return;
        }
        if (!fetched.ok()) {
            finish(promise, CatalogueReport{0, fetched.error, {}});
            return;
        }
        m_records
            .saveRemoteCourses(m_profileId, m_sourceId, {observedAt(fetched.value, askedAt)}, {},
                               false)
            .then(this, [promise](const LibraryError &saved) {
                finish(promise, CatalogueReport{1, {}, saved});
            });
    });
    return promise->future();
}

void AccountService::addPickedCourses(const std::shared_ptr<CatalogueFetch> &fetch)
{
    m_records.pickedCourses(m_profileId, m_sourceId)
        .then(this, [this, fetch](const QStringList &picks) {
            QSet<qint64> enrolled;
            for (const RemoteCourse &course : std::as_const(fetch->pending))
                enrolled.insert(course.id);
            QList<qint64> wanted;
            for (const QString &pick : picks) {
                const qint64 id = pick.toLongLong();
                if (id > 0 && !enrolled.contains(id))
                    wanted.append(id);
            }
            if (wanted.isEmpty() || !m_connector || fetch->learnerTurn != m_learnerTurn) {
                fetchNextCourse(fetch);
                return;
            }
            m_connector->catalogueCourses(wanted).then(
                this, [this, fetch, wanted](const Outcome<CataloguePage> &page) {
                    if (!page.ok() && (page.error.isTransient() || page.error.needsSignIn())) {
                        // Not known now: the refresh fails as a whole, as when the learner's
                        // own list does not come.
                        finish(fetch->promise, CatalogueReport{0, page.error, {}});
                        return;
                    }
                    if (!page.ok()) {
                        // The site will not say (its catalogue closed to the account, the
                        // function withdrawn): the learner's own courses still come, and what
                        // they took stays theirs as it is.
                        qCInfo(lcAccount) << "picked courses not listed:" << page.error.key();
                        for (qint64 id : std::as_const(wanted))
                            fetch->keep.append(QString::number(id));
                    }
                    for (const CatalogueCourse &entry : page.value.courses) {
                        fetch->picked.insert(entry.course.id);
                        fetch->pending.append(entry.course);
                    }
                    fetchNextCourse(fetch);
                });
        });
}

} // namespace clikc
