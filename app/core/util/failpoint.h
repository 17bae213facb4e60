#pragma once

// Crash injection for tests: when the environment variable CLIKC_FAILPOINT names `point`, the
// process ends at once, as a power cut would, without unwinding or flushing anything.
// "point@N" ends it at the N-th time the point is reached (counted per process), so that a test
// can crash at many places of one run.
namespace clikc::failpoint {

void hit(const char *point);

} // namespace clikc::failpoint
