#pragma once

#include <QString>
#include <QtPlugin>

class QWidget;

namespace clikc {

class ActivityPage;
class AppContext;

// Makes the activity pages. They need Qt WebEngine (Chromium), Qt Multimedia (GStreamer) and
// Qt PDF, whose loading alone costs an empty window 90 ms and 85 MB: they are built into a
// plugin (libclikc-players.so) that is loaded the first time an activity opens. Tests link
// the pages in and register them with useBuiltIn().
class PlayerFactory
{
public:
    enum class Player { Video, Page, Pdf, Lesson };

    virtual ~PlayerFactory() = default;
    virtual ActivityPage *create(Player player, AppContext &context, QWidget *parent) = 0;
};

namespace players {

// Before the QApplication exists: the Chromium switches that keep lessons in their sandbox
// (QTWEBENGINE_CHROMIUM_FLAGS). The OpenGL sharing Qt WebEngine needs is set up when the plugin
// loads.
void prepareProcess();
// The factory: the one built in, else the plugin beside the program (a build) or in its
// library folder (an installation), loaded once. Null, with *error, when it cannot be loaded.
PlayerFactory *factory(QString *error = nullptr);
// For programs that link the pages themselves (the tests).
void useBuiltIn(PlayerFactory *factory);
// Loads the plugin from `path` instead (a test of the plugin itself).
void usePlugin(const QString &path);

} // namespace players
} // namespace clikc

#define ClikcPlayerFactory_iid "org.wcoomd.ClikcDesktop.PlayerFactory/1"
Q_DECLARE_INTERFACE(clikc::PlayerFactory, ClikcPlayerFactory_iid)
