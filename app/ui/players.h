#pragma once

#include "playerfactory.h"

namespace clikc {

// The activity pages, made for MainWindow: what the players plugin serves, and what the tests
// that link the pages register with players::useBuiltIn().
class Players final : public PlayerFactory
{
public:
    ActivityPage *create(Player player, AppContext &context, QWidget *parent) override;
};

} // namespace clikc
