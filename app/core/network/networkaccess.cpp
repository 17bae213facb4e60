#include "networkaccess.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

Q_LOGGING_CATEGORY(lcNetwork, "clikc.network")

constexpr auto kProbeAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
constexpr char kRefusalProperty[] = "clikc_refusal";
constexpr char kRefusedUrlProperty[] = "clikc_refused_url";

// A request whose answer the site gives only to who it knows: it carries a password or a
// token, and must not be handed to another host.
bool carriesCredentials(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    if (op == QNetworkAccessManager::PostOperation || op == QNetworkAccessManager::PutOperation
        || op == QNetworkAccessManager::CustomOperation) {
        return true;
    }
    const QUrlQuery query(request.url());
    return query.hasQueryItem(u"token"_s) || query.hasQueryItem(u"wstoken"_s)
           || request.hasRawHeader("Authorization");
}

void markRefused(QNetworkReply *reply, NetworkAccess::Refusal why, const QUrl &url)
{
    reply->setProperty(kRefusalProperty, int(why));
    reply->setProperty(kRefusedUrlProperty, url);
}

} // namespace

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
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

QString NetworkAccess::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(port);
}

void NetworkAccess::setPlainHttpAllowed(const QUrl &site, bool allowed)
{
    if (allowed)
        m_plainHttpOrigins.insert(originOf(site));
    else
        m_plainHttpOrigins.remove(originOf(site));
}

bool NetworkAccess::isAllowed(const QUrl &url) const
{
    return isTransportAllowed(url, m_plainHttpOrigins.contains(originOf(url)));
}

QNetworkRequest NetworkAccess::request(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(timeoutMs);
    return request;
}

QNetworkRequest NetworkAccess::probeRequest(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest probe = request(url, timeoutMs);
    probe.setAttribute(kProbeAttribute, true);
    probe.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
    return probe;
}

NetworkAccess::Refusal NetworkAccess::refusal(const QNetworkReply *reply, QUrl *refusedUrl)
{
    const QVariant why = reply->property(kRefusalProperty);
    if (!why.isValid())
        return Refusal::None;
    if (refusedUrl)
        *refusedUrl = reply->property(kRefusedUrlProperty).toUrl();
    return Refusal(why.toInt());
}

QNetworkReply *NetworkAccess::createRequest(Operation op, const QNetworkRequest &original,
                                            QIODevice *outgoingData)
{
    const QUrl url = original.url();
    QNetworkRequest request(original);
    const bool probe = original.attribute(kProbeAttribute).toBool()
                       && (op == GetOperation || op == HeadOperation)
                       && !carriesCredentials(op, original)
                       && isTransportAllowed(url, /*allowPlainHttp=*/true);
    if (probe) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
    if (!isAllowed(url)) {
        // Nothing is sent: the reply fails at once (an address no handler knows).
        qCWarning(lcNetwork) << "refused, not a secure connection:" << url.scheme() << url.host();
        request.setUrl(QUrl(u"clikc-refused:"_s));
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        markRefused(reply, Refusal::Transport, url);
        return reply;
    }
    // No redirect is followed. A site's web services and files answer where they are asked
    // (Qt 6.4's hop-by-hop verification, UserVerifiedRedirectPolicy, loses track of its own
    // chain after two hops, so it cannot be the guard). A redirect answer ends the reply with
    // its 3xx status; one that points off the request's origin or breaks the transport rule is
    // also marked refused, so that callers can say why.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const QString origin = originOf(url);
    const QSet<QString> plainHttpOrigins = m_plainHttpOrigins;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, origin, plainHttpOrigins] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant location = reply->header(QNetworkRequest::LocationHeader);
        if (status / 100 != 3 || !location.isValid() || refusal(reply) != Refusal::None)
            return;
        const QUrl from = reply->url();
        const QUrl target = from.resolved(location.toUrl());
        const bool transportOk
            = isTransportAllowed(target, plainHttpOrigins.contains(originOf(target)))
              && !(from.scheme() == u"https"_s && target.scheme() != u"https"_s);
        if (transportOk && originOf(target) == origin)
            return; // an answer of the site's own: the caller sees its status
        qCWarning(lcNetwork) << "refused a redirect from" << from.host() << "to" << target.scheme()
                             << target.host();
        markRefused(reply, Refusal::Redirect, target);
    });
    return reply;
}

} // namespace clikc
