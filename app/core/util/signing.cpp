#include "signing.h"

#include <QCryptographicHash>
#include <QStringList>

#include <sodium.h>

#include <mutex>

namespace clikc::signing {

bool sodiumReady()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QByteArray generateSecretKey()
{
    if (!sodiumReady())
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    return secretKey;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return publicKey;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    return sodiumReady() && signature.size() == crypto_sign_BYTES
           && publicKey.size() == crypto_sign_PUBLICKEYBYTES
           && crypto_sign_verify_detached(
                  reinterpret_cast<const unsigned char *>(signature.constData()),
                  reinterpret_cast<const unsigned char *>(message.constData()),
                  quint64(message.size()),
                  reinterpret_cast<const unsigned char *>(publicKey.constData()))
                  == 0;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex
        = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(u' ');
}

} // namespace clikc::signing
