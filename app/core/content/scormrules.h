#pragma once

#include "content/scormmanifest.h"

#include <QJsonObject>

namespace clikc {

// Rules of Moodle's SCORM player that the offline player applies to what a part reports before
// it is kept. Only logic. Any thread.
struct ScormRules
{
    // The values that complete an asset (a part without the run-time's reporting): opening it
    // completes it, as on the site.
    static QJsonObject assetCompletion(ScormVersion version);
    // What an asset's page reports when it opens a session of its own anyway: an asset stays
    // completed, so a 1.2 lesson status other than completed or passed, or a 2004 completion
    // status other than completed, is kept as completed; everything else as reported.
    static QJsonObject keepAssetCompleted(const QJsonObject &values, ScormVersion version);
};

} // namespace clikc
