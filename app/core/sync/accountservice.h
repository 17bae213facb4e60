#pragma once

#include "connector/connector.h"

#include <QFuture>
#include <QObject>
#include <memory>

namespace clikc {

class CredentialStore;
class LibraryService;
class MoodleConnector;
class NetworkAccess;

// A profile's link with its server: signing in (the token goes to the keychain, the password
// nowhere), restoring the sign-in at start, signing out, and refreshing the catalogue of the
// learner's courses into the library. Works offline: without a link the library stays as it was.
// Lives on the GUI (or main) thread; everything it does is asynchronous.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    AccountService(NetworkAccess &network, CredentialStore &credentials, LibraryService &library,
                   qint64 profileId, QObject *parent = nullptr);
    ~AccountService() override;
    Q_DISABLE_COPY_MOVE(AccountService)

    enum class State { SignedOut, SignedIn, NeedsSignIn };
    Q_ENUM(State)

    State state() const { return m_state; }
    QUrl siteUrl() const;
    QString username() const { return m_username; }
    qint64 sourceId() const { return m_sourceId; }
    qint64 remoteUserId() const { return m_remoteUserId; }
    qint64 profileId() const { return m_profileId; }
    // The connector for the signed-in site, or null.
    Connector *connector() const;

    struct CatalogueReport
    {
        int courses = 0;
        ConnectorError error;
    };

    // Reads the saved sign-in and its token from the keychain.
    QFuture<State> restore();
    // `site` as typed by the learner; plain HTTP only to this computer or when `allowPlainHttp`.
    QFuture<Outcome<SiteInfo>> signIn(const QString &site, const QString &username,
                                      const QString &password, bool allowPlainHttp = false);
    QFuture<bool> signOut();
    // Fetches the learner's courses and their structure into the library.
    QFuture<CatalogueReport> refreshCatalogue();
    // The server refused the token (seen by another part, e.g. a download).
    void markTokenRejected();

Q_SIGNALS:
    void stateChanged(clikc::AccountService::State state);
    void catalogueRefreshed(int courses);
    // The keychain could not take the token: it lasts only until the application closes.
    void tokenNotRemembered(const QString &reason);
    // What authorises file requests for the source changed (empty token: none).
    void authorizationChanged(qint64 sourceId, const QString &token);

private:
    struct CatalogueFetch;
    void fetchNextCourse(const std::shared_ptr<CatalogueFetch> &fetch);
    void setState(State state);
    void useConnector(const QUrl &site, const QString &token);

    NetworkAccess &m_network;
    CredentialStore &m_credentials;
    LibraryService &m_library;
    const qint64 m_profileId;
    std::unique_ptr<MoodleConnector> m_connector;
    State m_state = State::SignedOut;
    QString m_username;
    qint64 m_sourceId = 0;
    qint64 m_remoteUserId = 0;
};

} // namespace clikc
