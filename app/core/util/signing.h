#pragma once

#include <QByteArray>
#include <QString>

namespace clikc::signing {

// Ed25519 signatures (libsodium's crypto_sign), for the catalogues of exported mirrors. Each
// installation has its own key pair: the secret key lives in the operating system's keychain and
// in memory while an export runs, never in a file, the database or a mirror.

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSecretKeyBytes = 64; // libsodium's form: the seed, then the public key
inline constexpr int kSignatureBytes = 64;

// Starts libsodium once per process (thread-safe); false if it cannot (no entropy source).
bool sodiumReady();

// A new secret key; empty if libsodium cannot start.
QByteArray generateSecretKey();
// The public half of a secret key (empty for anything that is not one).
QByteArray publicKeyOf(const QByteArray &secretKey);
// The detached signature of `message`; empty for a key that is not one.
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
// What a person compares to recognise a key: the first 8 bytes of its SHA-256 as four groups of
// four hex digits ("3fa1 09bc 77d2 e405").
QString fingerprint(const QByteArray &publicKey);

} // namespace clikc::signing
