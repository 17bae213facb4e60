// imsmanifest.xml from a lesson package: any bytes must give a manifest or an error, never a
// crash, a hang or a read out of bounds.

#include "content/scormmanifest.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    clikc::ScormManifestError error;
    const clikc::ScormManifest manifest = clikc::ScormManifest::parse(xml, &error);
    // Walk what was read, as the player does.
    for (const clikc::ScormItem &item : manifest.launchableItems())
        (void)manifest.item(item.identifier);
    return 0;
}
