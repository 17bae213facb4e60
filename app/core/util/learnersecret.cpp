#include "learnersecret.h"

#include "signing.h"

#include <QByteArray>

#include <sodium.h>

#include <algorithm>

namespace clikc::learnersecret {

bool acceptable(const QString &secret)
{
    // Blanks alone are a slip of the thumb, not a secret.
    return secret.size() >= kMinimumLength && secret.size() <= kMaximumLength
           && !secret.trimmed().isEmpty();
}

QString hash(const QString &secret)
{
    if (!signing::sodiumReady() || !acceptable(secret))
        return {};
    QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int result
        = crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (result != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &secret)
{
    if (!signing::sodiumReady() || hash.isEmpty() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = secret.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

qint64 delayAfterMs(int failures)
{
    if (failures < 3)
        return 0;
    const int doublings = std::min(failures - 3, 9); // 1 s · 2^9 > 5 min
    return std::min<qint64>(qint64(1000) << doublings, 5 * 60 * 1000);
}

} // namespace clikc::learnersecret
