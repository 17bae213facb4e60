#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

namespace clikc {

// Incremental SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where
// present (several times faster than QCryptographicHash in Qt 6.4: hashing is on the path of
// every import, download and verification). Not thread-safe; one object per stream.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(QByteArrayView data);
    // Lower-case hex of the digest. Call once.
    QString hexResult();

    static QString hex(QByteArrayView data);
    // Reads `device` to its end. Returns an empty string when reading fails.
    static QString hexOf(QIODevice &device);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace clikc
