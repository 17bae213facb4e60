#include "playerfactory.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>
#include <QSurfaceFormat>

// Exported by Qt GUI (declared in its private qopenglcontext_p.h, which Debian does not ship):
// what QGuiApplication itself calls when AA_ShareOpenGLContexts was set before it was created.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlayers, "clikc.players")

namespace clikc::players {
namespace {

PlayerFactory *g_builtIn = nullptr;
QString g_pluginPath; // usePlugin()

// Qt WebEngine draws through OpenGL contexts shared with Qt's own. Asked for before the
// QApplication (AA_ShareOpenGLContexts), Qt makes the shared context at start, which loads the
// OpenGL driver (Mesa's llvmpipe brings LLVM) on every start: 40 ms and 55 MB before the
// library shows. Made here instead, as QGuiApplication would have, just before WebEngine loads
// (its start-up checks the attribute). It lives as long as the process.
void shareOpenGLContexts()
{
    if (QOpenGLContext::globalShareContext())
        return;
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    auto *context = new QOpenGLContext;
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qCWarning(lcPlayers) << "no OpenGL context to share: web pages may not show";
    qt_gl_set_global_share_context(context);
}

// The Chromium switches that close what the content scheme's Guard never sees.
QByteArrayList sandboxSwitches()
{
    return {
        // WebRTC's ICE traffic (STUN, TURN) is sent by Chromium's own sockets, past the
        // request interceptor. No UDP unless through a proxy, and there is none: nothing.
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        // TURN over TCP still goes out, "proxied": through a proxy that is the discard port on
        // loopback, for every host, loopback included. Only lessons use Chromium here; the
        // application's own requests do not go through it.
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        // WebTransport speaks QUIC over UDP, also past the interceptor.
        "--disable-blink-features=WebTransport",
    };
}

// Where factory() looks for the plugin.
QStringList pluginPaths()
{
    if (!g_pluginPath.isEmpty())
        return {g_pluginPath};
    const QString name = u"libclikc-players.so"_s;
    const QString here = QCoreApplication::applicationDirPath();
    // A build keeps it beside the program; an installation in its own library folder
    // (/usr/lib/clikc-desktop/plugins, for a program in /usr/bin).
    return {QDir(here).filePath(name),
            QDir(here).filePath(u"../"_s + QStringLiteral(CLIKC_INSTALL_LIBDIR)
                                + u"/clikc-desktop/plugins/"_s + name)};
}

} // namespace

void prepareProcess()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").trimmed();
    for (const QByteArray &flag : sandboxSwitches()) {
        if (!flags.split(' ').contains(flag))
            flags += (flags.isEmpty() ? "" : " ") + flag;
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

void useBuiltIn(PlayerFactory *factory)
{
    g_builtIn = factory;
}

void usePlugin(const QString &path)
{
    g_pluginPath = path;
}

PlayerFactory *factory(QString *error)
{
    if (g_builtIn)
        return g_builtIn;
    // Once loaded it stays; a failure is tried again at the next activity (the package may
    // have been put back meanwhile).
    static PlayerFactory *loaded = nullptr;
    if (loaded)
        return loaded;
    QString failure;
    for (const QString &path : pluginPaths()) {
        if (!QFileInfo::exists(path))
            continue;
        shareOpenGLContexts();
        QPluginLoader loader(QFileInfo(path).canonicalFilePath());
        // Its symbols stay its own; the application's come from the program.
        QObject *instance = loader.instance();
        loaded = qobject_cast<PlayerFactory *>(instance);
        if (loaded) {
            qCInfo(lcPlayers) << "players loaded from" << loader.fileName();
            return loaded;
        }
        failure = instance ? QCoreApplication::translate("clikc::players",
                                                         "%1 is not the players' plugin")
                                 .arg(path)
                           : loader.errorString();
        break;
    }
    if (failure.isEmpty())
        failure = QCoreApplication::translate("clikc::players", "%1 is missing")
                      .arg(pluginPaths().constLast());
    qCWarning(lcPlayers) << "cannot load the players:" << failure;
    if (error)
        *error = failure;
    return nullptr;
}

} // namespace clikc::players
