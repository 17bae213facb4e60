#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace clikc {

// The one place where network policy lives: every request the application makes is created
// here, with its User-Agent, transfer timeout, redirect rule (never from HTTPS down to HTTP) and
// the transport rule (HTTPS, except to this machine or to a local mirror the user allowed).
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

    // A request with the application's policy applied.
    QNetworkRequest request(const QUrl &url, int timeoutMs = kDefaultTimeoutMs) const;
};

} // namespace clikc
