#pragma once

#include "content/packageroutes.h"
#include "domain/types.h"

#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

class QWebEngineProfile;

namespace clikc {

class ContentStore;

// Serves a package's files to the embedded web view from the content store, through the
// `clikc-content://a<activity id>/<path>` scheme, and refuses every other request: other
// packages, the disk, and the network. Lives on the GUI thread.
class ContentSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static constexpr const char *kScheme = "clikc-content";
    // The name of the profile script that takes WebRTC's objects away from lessons.
    static constexpr const char *kNoWebRtcScript = "clikc-no-webrtc";

    explicit ContentSchemeHandler(ContentStore &store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContentSchemeHandler)

    // Must run before any web view exists (the players plugin does it as it loads).
    static void registerScheme();
    // For a program that links the pages (the tests): everything before its QApplication for
    // lessons to stay in their sandbox: players::prepareProcess() (the switches that close what
    // the Guard never sees: WebRTC's UDP and TCP, WebTransport's QUIC) and the scheme.
    static void prepareWebEngine();
    // A profile that keeps nothing on disk, reaches nothing outside the open package, and is
    // served by `handler`.
    static QWebEngineProfile *createProfile(ContentSchemeHandler *handler, QObject *parent);

    // The package the view may read; anything else is refused.
    void setPackage(const Activity &activity);
    // A file the application makes for the package (the SCORM player's frame), served at
    // `path` under the reserved folder `__clikc__/`, before any file of the package.
    void setGenerated(const QString &name, const QByteArray &mimeType, const QByteArray &bytes);
    static constexpr QStringView kGeneratedFolder = PackageRoutes::kGeneratedFolder;
    QUrl urlOf(const QString &path) const;
    QString packageHost() const;
    int refusedCount() const { return m_refused; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Blocks every request that is not for the open package.
    class Guard final : public QWebEngineUrlRequestInterceptor
    {
    public:
        explicit Guard(ContentSchemeHandler &handler, QObject *parent = nullptr)
            : QWebEngineUrlRequestInterceptor(parent)
            , m_handler(handler)
        {}
        void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    private:
        ContentSchemeHandler &m_handler;
    };

Q_SIGNALS:
    void requestRefused(const QUrl &url);

private:
    void noteRefused(const QUrl &url);

    ContentStore &m_store;
    PackageRoutes m_routes;
    int m_refused = 0;
};

} // namespace clikc
