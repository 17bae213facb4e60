#pragma once

#include <QNetworkAccessManager>
#include <QSet>
#include <QUrl>

namespace clikc {

// The one place where network policy lives: every request the application makes goes through
// here (createRequest), whoever built it, and is held to the same rules:
// - transport: HTTPS, except to this machine or to a site the user allowed over plain HTTP (a
//   local mirror); anything else is refused before a byte is sent;
// - redirects are never followed: a password or a token never travels to an address the site
//   names in a redirect. A redirect off the request's origin (scheme, host and port) or against
//   the transport rule is reported as refused; one within the origin ends with its 3xx status;
// - a User-Agent and a transfer timeout (request()).
// A refused request or redirect ends with an error, and refusal() says which rule refused it.
// Lives on the thread that uses it; make one per thread.
class NetworkAccess final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit NetworkAccess(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NetworkAccess)

    static constexpr int kDefaultTimeoutMs = 30000;

    // HTTPS always; plain HTTP only to a loopback host or when the user allowed it for that site.
    static bool isTransportAllowed(const QUrl &url, bool allowPlainHttp = false);
    static QByteArray userAgent();
    // "scheme://host:port", the port made explicit: what "the same site" means for credentials.
    static QString originOf(const QUrl &url);

    // Plain HTTP to the origin of `site` was allowed by the user (or is no longer).
    void setPlainHttpAllowed(const QUrl &site, bool allowed);
    // The transport rule with this manager's allowances.
    bool isAllowed(const QUrl &url) const;

    // A request with the application's User-Agent and timeout.
    QNetworkRequest request(const QUrl &url, int timeoutMs = kDefaultTimeoutMs) const;
    // A GET that only asks whether a host answers at all, plain HTTP included: it carries no
    // credential (one that does is refused as any other) and follows no redirect.
    QNetworkRequest probeRequest(const QUrl &url, int timeoutMs) const;

    enum class Refusal {
        None,
        Transport, // the address itself breaks the transport rule
        Redirect,  // the server sent the request somewhere the rules do not allow
    };
    // Whether policy refused `reply`, and the address it refused.
    static Refusal refusal(const QNetworkReply *reply, QUrl *refusedUrl = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QSet<QString> m_plainHttpOrigins;
};

} // namespace clikc
