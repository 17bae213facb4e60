#include "contentschemehandler.h"

#include "content/contentstore.h"
#include "playerfactory.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcContent, "clikc.content")

namespace clikc {

ContentSchemeHandler::ContentSchemeHandler(ContentStore &store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_store(store)
{}

void ContentSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure so pages behave as on https. Not "local": Chromium gives every document of a local
    // scheme an opaque origin of its own (as for file:), so a SCORM lesson in a frame could not
    // reach the API in its parent. Each package is its own origin (clikc-content://a<id>); the
    // Guard below, not the origin, keeps pages away from the network and the disk.
    // CorsEnabled: lessons made with Adapt, Rise, iSpring and others load their own JSON and XML
    // with XMLHttpRequest, which Chromium allows only for schemes that take part in CORS.
    // Requests to another package are still cross-origin, and the Guard refuses them before
    // they are made.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void ContentSchemeHandler::prepareWebEngine()
{
    players::prepareProcess();
    registerScheme();
}

QWebEngineProfile *ContentSchemeHandler::createProfile(ContentSchemeHandler *handler,
                                                       QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // off the record: nothing written to disk
    profile->installUrlSchemeHandler(kScheme, handler);
    profile->setUrlRequestInterceptor(new Guard(*handler, profile));
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    // Narrated lessons (Captivate, Storyline, iSpring) start their sound with the slide: the
    // learner opened the lesson on purpose, as a click would have.
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, true);
    // A second layer over the switches above: lessons do not see WebRTC's objects at all.
    {
        QWebEngineScript script;
        script.setName(QString::fromLatin1(kNoWebRtcScript));
        script.setSourceCode(
            u"(() => { for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', "
            "'RTCDataChannel', 'RTCSessionDescription', 'RTCIceCandidate', 'RTCRtpSender', "
            "'RTCRtpReceiver', 'RTCRtpTransceiver', 'RTCDtlsTransport', 'RTCIceTransport', "
            "'RTCSctpTransport', 'RTCCertificate', 'RTCDTMFSender', 'RTCStatsReport', "
            "'WebTransport']) { try { delete window[name]; } catch (e) {} } })();"_s);
        script.setInjectionPoint(QWebEngineScript::DocumentCreation);
        script.setWorldId(QWebEngineScript::MainWorld);
        script.setRunsOnSubFrames(true);
        profile->scripts()->insert(script);
    }
    // fetch() for the package's own files, in every frame before the page's scripts run.
    QFile shim(u":/scorm/fetch-over-xhr.js"_s);
    if (shim.open(QIODevice::ReadOnly)) {
        QWebEngineScript script;
        script.setName(u"clikc-fetch-over-xhr"_s);
        script.setSourceCode(QString::fromUtf8(shim.readAll()));
        script.setInjectionPoint(QWebEngineScript::DocumentCreation);
        script.setWorldId(QWebEngineScript::MainWorld);
        script.setRunsOnSubFrames(true);
        profile->scripts()->insert(script);
    } else {
        qCWarning(lcContent) << "fetch-over-xhr.js is missing: lessons cannot use fetch()";
    }
    return profile;
}

void ContentSchemeHandler::setPackage(const Activity &activity)
{
    m_routes.setPackage(activity.id, activity.files);
}

void ContentSchemeHandler::setGenerated(const QString &name, const QByteArray &mimeType,
                                        const QByteArray &bytes)
{
    m_routes.setGenerated(name, mimeType, bytes);
}

QString ContentSchemeHandler::packageHost() const
{
    return m_routes.host();
}

QUrl ContentSchemeHandler::urlOf(const QString &path) const
{
    return m_routes.urlOf(path);
}

void ContentSchemeHandler::noteRefused(const QUrl &url)
{
    ++m_refused;
    qCInfo(lcContent) << "refused" << url.toDisplayString(QUrl::RemoveQuery);
    Q_EMIT requestRefused(url);
}

void ContentSchemeHandler::Guard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (m_handler.m_routes.mayRequest(url))
        return;
    info.block(true);
    QMetaObject::invokeMethod(
        &m_handler, [handler = &m_handler, url] { handler->noteRefused(url); },
        Qt::QueuedConnection);
}

void ContentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const PackageRoutes::Route route = m_routes.route(url, job->requestMethod());
    using Kind = PackageRoutes::Route::Kind;
    switch (route.kind) {
    case Kind::Refused:
        noteRefused(url);
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    case Kind::NotFound:
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    case Kind::Generated: {
        auto *buffer = new QBuffer(job);
        buffer->setData(route.generated->bytes);
        buffer->open(QIODevice::ReadOnly);
        job->reply(route.generated->mimeType, buffer);
        return;
    }
    case Kind::File:
        break;
    }
    auto *file = new QFile(m_store.pathOf(route.file->sha256), job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QByteArray mime = route.file->mimeType.toUtf8();
    if (mime.isEmpty())
        mime = QMimeDatabase()
                   .mimeTypeForFile(route.path, QMimeDatabase::MatchExtension)
                   .name()
                   .toUtf8();
    job->reply(mime, file);
}

} // namespace clikc
