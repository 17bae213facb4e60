#pragma once

#include "connector.h"

#include <memory>

namespace clikc {

class NetworkAccess;

// Where every connector is made: the one place a new kind of source (a mirror on the LAN,
// Totara's own services) plugs in. Stateless; any thread may use it, and the connector lives on
// the thread that asked, with that thread's network access.
class ConnectorFactory final
{
public:
    // A connector to `site` for a source of `kind`, or null when that kind has no server to talk
    // to (the bundled sample, a mirror on disk).
    std::unique_ptr<Connector> create(SourceKind kind, NetworkAccess &network,
                                      const QUrl &site) const;
};

} // namespace clikc
