#pragma once

// Crash injection for tests: when the environment variable CLIKC_FAILPOINT names `point`, the
// process ends at once, as a power cut would, without unwinding or flushing anything.
namespace clikc::failpoint {

void hit(const char *point);

} // namespace clikc::failpoint
