#include "connectorfactory.h"

#include "moodleconnector.h"

namespace clikc {

std::unique_ptr<Connector> ConnectorFactory::create(SourceKind kind, NetworkAccess &network,
                                                    const QUrl &site) const
{
    switch (kind) {
    case SourceKind::Moodle:
    case SourceKind::Totara: // Totara serves Moodle's web services and mobile-app service
        return std::make_unique<MoodleConnector>(network, site);
    case SourceKind::Bundled:
    case SourceKind::Mirror:
        break;
    }
    return nullptr;
}

} // namespace clikc
