#pragma once

#include <QCoreApplication>
#include <QString>

namespace clikc {

// Why a call to a server failed, whatever shape the server used to say so (JSON `exception`,
// the `error` shape of token.php and pluginfile.php, XML, an HTML page, no answer at all).
// The message is built when shown, in the interface's language at that moment.
struct ConnectorError
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorError)

public:
    enum class Code {
        None,
        InvalidSiteUrl,      // not a web address
        InsecureTransport,   // plain HTTP to a remote host the user did not allow
        PlainHttpOnly,       // typed without a scheme: no https, but plain HTTP answers there
        NotAMoodleSite,      // an HTML page or a 404 where the web services should answer
        InvalidLogin,        // wrong username or password
        InvalidToken,        // the sign-in expired or was revoked: sign in again
        WebServicesDisabled, // the site does not offer the mobile web services
        MissingFunctions,    // the site's service lacks functions the application needs
        DownloadsDisabled,   // the site does not allow file downloads through web services
        AccessDenied,        // not allowed (not enrolled, no capability)
        NotFound,            // the course or activity no longer exists
        Maintenance,         // the site is in maintenance mode
        ServerError,         // any other error the server reported
        MalformedResponse,   // an answer that cannot be read
        HttpError,           // an HTTP status without a readable error
        Timeout,             // no answer in time
        ConnectionFailed,    // no route, refused, name not found
        TlsError,            // the secure connection could not be trusted
        Cancelled,
        UnsafeRedirect,   // the server sent the request to another site or over plain HTTP
        EnrolmentRefused, // the course did not let the learner enrol themselves
    };

    Code code = Code::None;
    QString subject;    // what it concerns: missing functions, the HTTP status, the host…
    QString serverCode; // Moodle's errorcode, when there was one
    QString detail;     // the server's own message, for the technical details

    bool isError() const { return code != Code::None; }
    // True when the learner must sign in again (nothing queued is lost).
    bool needsSignIn() const { return code == Code::InvalidToken; }
    // True when trying again later may succeed.
    bool isTransient() const;
    QString message() const;

    // A stable name of the code ("timeout", "invalid_token", …) for what is stored or printed,
    // never the enum's number; fromKey() reads it back (an unknown name: ServerError).
    QString key() const;
    static ConnectorError fromKey(const QString &key);
};

// A value or the error that prevented it.
template<typename T>
struct Outcome
{
    T value{};
    ConnectorError error;

    bool ok() const { return !error.isError(); }
    static Outcome failure(ConnectorError e) { return Outcome{T{}, std::move(e)}; }
};

} // namespace clikc
