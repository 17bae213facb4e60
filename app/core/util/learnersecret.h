#pragma once

#include <QString>

namespace clikc::learnersecret {

// A learner's PIN or passphrase (and the workstation manager's), kept only as an Argon2id hash in
// libsodium's crypto_pwhash_str form: salt and cost inside the string, verified offline. Hashing
// takes about a tenth of a second and 64 MiB on purpose: never on the GUI thread.

// At least this many characters (a 4-digit PIN), at most kMaximumLength, not blanks alone.
inline constexpr int kMinimumLength = 4;
inline constexpr int kMaximumLength = 128;
bool acceptable(const QString &secret);

// Empty when libsodium cannot (out of memory).
QString hash(const QString &secret);
// Whether `secret` is the one `hash` was made from; false for anything that is not such a hash.
bool verify(const QString &hash, const QString &secret);

// How long a learner waits before the next try after `failures` wrong ones in a row: nothing for
// the first two (a typo), then 1 s doubling up to 5 minutes.
qint64 delayAfterMs(int failures);

} // namespace clikc::learnersecret
