#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

namespace clikc {

// Incremental SHA-256 (or SHA-1, which Moodle uses for ETags and SCORM packages) through
// OpenSSL's libcrypto, which uses the CPU's SHA extensions where present: several times faster
// than QCryptographicHash in Qt 6.4, and hashing is on the path of every import, download and
// verification. Not thread-safe; one object per stream.
class Digest final
{
public:
    enum class Algorithm { Sha256, Sha1 };

    explicit Digest(Algorithm algorithm = Algorithm::Sha256);
    ~Digest();
    Q_DISABLE_COPY_MOVE(Digest)

    void addData(QByteArrayView data);
    // Lower-case hex of the digest. Call once.
    QString hexResult();

    // SHA-256 of `data` / of `device` read to its end (empty when reading fails).
    static QString sha256(QByteArrayView data);
    static QString sha256Of(QIODevice &device);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace clikc
