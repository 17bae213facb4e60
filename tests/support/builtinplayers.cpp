// Linked into every test that builds widgets: the activity pages are linked in (clikc_players),
// and MainWindow makes them here instead of loading the players plugin.

#include "players.h"

namespace {

clikc::Players g_players;

const bool g_registered = [] {
    clikc::players::useBuiltIn(&g_players);
    return true;
}();

} // namespace
