// libclikc-players.so: the activity pages as a plugin, loaded by players::factory() the first
// time an activity opens. The program exports everything else the pages use.

#include "contentschemehandler.h"
#include "players.h"

#include <QObject>

namespace clikc {

class PlayersPlugin final : public QObject, public PlayerFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClikcPlayerFactory_iid)
    Q_INTERFACES(clikc::PlayerFactory)

public:
    PlayersPlugin()
    {
        // Before any web view exists (the Chromium switches were set before the application).
        ContentSchemeHandler::registerScheme();
    }

    ActivityPage *create(Player player, AppContext &context, QWidget *parent) override
    {
        return m_players.create(player, context, parent);
    }

private:
    Players m_players;
};

} // namespace clikc

#include "playersplugin.moc"
