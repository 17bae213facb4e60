#include "networkaccess.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace clikc {

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    setAutoDeleteReplies(false);
}

bool NetworkAccess::isTransportAllowed(const QUrl &url, bool allowPlainHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    if (scheme != u"http"_s)
        return false;
    if (allowPlainHttp)
        return true;
    const QString host = url.host().toLower();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray NetworkAccess::userAgent()
{
    return "CLiKC-Desktop/" CLIKC_VERSION " (" + QSysInfo::prettyProductName().toUtf8() + ")";
}

QNetworkRequest NetworkAccess::request(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

} // namespace clikc
