#pragma once

#include "connector/connector.h"
#include "credentials/credentialstore.h"
#include "library/libraryerror.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <memory>

namespace clikc {

class AccountRecords;
class ConnectorFactory;
class NetworkAccess;

// A profile's link with its server: signing in (the token goes to the keychain, the password
// nowhere), restoring the sign-in at start, signing out, and refreshing the catalogue of the
// learner's courses into the library. Works offline: without a link the library stays as it was.
// Lives on the GUI (or main) thread; everything it does is asynchronous.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    AccountService(NetworkAccess &network, const ConnectorFactory &connectors,
                   CredentialStore &credentials, AccountRecords &records, qint64 profileId,
                   QObject *parent = nullptr);
    ~AccountService() override;
    Q_DISABLE_COPY_MOVE(AccountService)

    enum class State { SignedOut, SignedIn, NeedsSignIn };
    Q_ENUM(State)
    // Why the profile is not signed in (None while it is). The interface and the command line
    // say "signed out" only for SignedOut, and "expired" only for Expired: the site's word.
    enum class Reason {
        None,          // signed in
        NeverSignedIn, // state SignedOut: no sign-in was ever made in this profile
        SignedOut,     // state SignedOut: the learner signed out of this library
        Expired,       // state NeedsSignIn: the site refused the token (invalidtoken)
        TokenMissing,  // state NeedsSignIn: signed in, but this computer's keychain has no token
                       // for it (another computer, a keychain emptied or unreachable last time)
    };
    Q_ENUM(Reason)

    State state() const { return m_state; }
    Reason reason() const { return m_reason; }
    // One sentence for the learner on where the sign-in stands (from state() and reason()), in
    // the language of the moment: "Signed in to …", "You signed out of …", "Your sign-in to … has
    // expired…".
    QString stateMessage() const;
    // The library's identity (SourceRepository::identity): the keychain keeps the token under
    // it. Set by AppContext once the library is open, before restore() or signIn().
    void setLibraryIdentity(const QString &libraryId, const QString &copiedFrom);
    QString libraryId() const { return m_libraryId; }
    QUrl siteUrl() const;
    // The learner allowed this site over plain HTTP (a local mirror).
    bool plainHttpAllowed() const { return m_plainHttpAllowed; }
    QString username() const { return m_username; }
    qint64 sourceId() const { return m_sourceId; }
    qint64 remoteUserId() const { return m_remoteUserId; }
    qint64 profileId() const { return m_profileId; }
    // Which learner this service signs in and out. Another learner than before: signed out
    // (NeverSignedIn) until restore(); the previous one's token is left where it is.
    void setProfileId(qint64 profileId);
    // The connector for the signed-in site, or null.
    Connector *connector() const;

    struct CatalogueReport
    {
        int courses = 0;
        ConnectorError error;      // the site's
        LibraryError libraryError; // this computer's: what the site said could not be kept
        bool ok() const { return !error.isError() && !libraryError.isError(); }
        QString message() const
        {
            return error.isError() ? error.message() : libraryError.message();
        }
    };

    // Reads the saved sign-in and its token from the keychain.
    QFuture<State> restore();
    // `site` as typed by the learner; plain HTTP only to this computer or when `allowPlainHttp`.
    // Typed without http:// or https://, the site is tried over https, and when that fails to
    // connect, over plain http (see httpFallback()): signed in there when plain http is allowed
    // for the host, else the error says that the site answers only over plain http
    // (ConnectorError::Code::PlainHttpOnly).
    QFuture<Outcome<SiteInfo>> signIn(const QString &site, const QString &username,
                                      const QString &password, bool allowPlainHttp = false);
    QFuture<bool> signOut();
    // Fetches the learner's courses and their structure into the library.
    QFuture<CatalogueReport> refreshCatalogue();
    // Fetches one course's structure into the library and makes it the learner's, leaving
    // their other courses as they are (a course just taken from the site's catalogue or
    // enrolled in): a few requests, not a whole refresh.
    QFuture<CatalogueReport> fetchCourse(const RemoteCourse &course);
    // The server refused the token (seen by another part, e.g. a download): Reason::Expired.
    void markTokenRejected();

    // What to do after a site typed as `typed` failed over https with `httpsError`.
    enum class HttpFallback {
        None,   // nothing: the https failure is the answer (a scheme was typed, or the site
                // answered over https)
        SignIn, // plain http is allowed for the host (this computer, or allowed by the learner)
        Probe,  // ask the host over plain http (nothing secret sent), to tell the learner
    };
    static HttpFallback httpFallback(const QString &typed, const QUrl &httpsUrl,
                                     const ConnectorError &httpsError, bool allowPlainHttp);

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
    // Adds the courses the learner took from the site's catalogue (see AccountRecords::
    // pickedCourses) that the site does not list as theirs, then fetches them all.
    void addPickedCourses(const std::shared_ptr<CatalogueFetch> &fetch);
    void setState(State state, Reason reason);
    void useConnector(const QUrl &site, const QString &token);
    CredentialStore::TokenKey tokenKey(const QUrl &site, const QString &username) const;
    // Signs in at `url`; on a failure to connect over https, goes on as httpFallback() says.
    void signInAt(const std::shared_ptr<QPromise<Outcome<SiteInfo>>> &promise, const QUrl &url,
                  const QString &typed, const QString &username, const QString &password,
                  bool allowPlainHttp);
    // Whether anything answers plain HTTP at `url` (any HTTP status at all).
    QFuture<bool> answersPlainHttp(const QUrl &url);

    NetworkAccess &m_network;
    const ConnectorFactory &m_connectors;
    CredentialStore &m_credentials;
    AccountRecords &m_records;
    qint64 m_profileId;
    // Moved on by setProfileId(): an answer for the learner before (a restore, a sign-in, a
    // course list still on its way) is dropped, never applied to the next one.
    quint64 m_learnerTurn = 0;
    std::unique_ptr<Connector> m_connector;
    State m_state = State::SignedOut;
    Reason m_reason = Reason::NeverSignedIn;
    QUrl m_knownSite; // the site of the profile's sign-in, also once signed out
    bool m_plainHttpAllowed = false;
    QString m_libraryId;
    QString m_copiedFrom;
    QString m_username;
    qint64 m_sourceId = 0;
    qint64 m_remoteUserId = 0;
};

} // namespace clikc
