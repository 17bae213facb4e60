#include "digest.h"

#include <openssl/evp.h>

namespace clikc {

struct Digest::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Digest::Digest(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, algorithm == Algorithm::Sha1 ? EVP_sha1() : EVP_sha256(),
                      nullptr);
}

Digest::~Digest() = default;

void Digest::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), size_t(data.size()));
}

QString Digest::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Digest::sha256(QByteArrayView data)
{
    Digest hash;
    hash.addData(data);
    return hash.hexResult();
}

QString Digest::sha256Of(QIODevice &device)
{
    Digest hash;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.hexResult();
}

} // namespace clikc
