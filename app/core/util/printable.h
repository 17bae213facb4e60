#pragma once

#include <QString>

namespace clikc {

// `text` without control characters: C0 controls other than tab and line feed (so no escape
// sequence can reach a terminal), DEL and C1 controls are removed. Every text that comes from
// outside (a site, a mirror) and is shown or printed goes through it. Any thread.
QString printable(const QString &text);

} // namespace clikc
