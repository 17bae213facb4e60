#include "contentstore.h"

#include "util/digest.h"
#include "util/failpoint.h"
#include "util/freespace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

Q_LOGGING_CATEGORY(lcStore, "clikc.store")

constexpr qint64 kChunk = 256 * 1024;

} // namespace

ContentStore::ContentStore(QString root)
    : m_root(std::move(root))
{
    QDir dir(m_root);
    dir.mkpath(u"objects"_s);
    dir.mkpath(u"tmp"_s);
    dir.mkpath(u"quarantine"_s);
    dir.mkpath(u"parts"_s);
}

QString ContentStore::tmpDir() const
{
    return m_root + u"/tmp"_s;
}

QString ContentStore::partsDir() const
{
    return m_root + u"/parts"_s;
}

std::optional<QString> ContentStore::adoptFile(const QString &path, const Expectation &expected,
                                               const QString &sha1, Error *error)
{
    auto fail = [error](Error e) -> std::optional<QString> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = Error::None;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(Error::ReadFailed);
    if (expected.size >= 0 && file.size() != expected.size)
        return fail(Error::SizeMismatch);
    Digest sha256;
    Digest sha1Digest(Digest::Algorithm::Sha1);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(Error::ReadFailed);
        if (n == 0)
            break;
        sha256.addData(QByteArrayView(buffer.constData(), n));
        if (!sha1.isEmpty())
            sha1Digest.addData(QByteArrayView(buffer.constData(), n));
    }
    const QString hash = sha256.hexResult();
    if ((!expected.sha256.isEmpty() && expected.sha256 != hash)
        || (!sha1.isEmpty() && sha1.toLower() != sha1Digest.hexResult())) {
        return fail(Error::ChecksumMismatch);
    }
    return place(file, hash, error);
}

std::optional<QString> ContentStore::adoptHashed(const QString &path, qint64 expectedSize,
                                                 const QString &sha256, const QString &computedSha1,
                                                 const QString &expectedSha1, Error *error)
{
    if (error)
        *error = Error::None;
    auto fail = [error](Error e) -> std::optional<QString> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QFile file(path);
    if (!isSha256(sha256) || !file.open(QIODevice::ReadWrite))
        return fail(Error::ReadFailed);
    if (expectedSize >= 0 && file.size() != expectedSize)
        return fail(Error::SizeMismatch);
    if (!expectedSha1.isEmpty() && expectedSha1.toLower() != computedSha1)
        return fail(Error::ChecksumMismatch);
    return place(file, sha256, error);
}

std::optional<QString> ContentStore::place(QFile &file, const QString &sha256, Error *error)
{
    auto fail = [error](Error e) -> std::optional<QString> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QString path = file.fileName();
    if (::fsync(file.handle()) != 0)
        return fail(Error::WriteFailed);
    file.close();
    failpoint::hit("store-before-adopt");
    const QString target = pathOf(sha256);
    if (QFileInfo::exists(target)) {
        QFile::remove(path);
        return sha256;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (!QFile::rename(path, target))
        return fail(Error::WriteFailed);
    QFile::setPermissions(target, QFileDevice::ReadOwner); // stored content never changes
    return sha256;
}

bool ContentStore::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString ContentStore::sha256Of(QIODevice &device)
{
    return Digest::sha256Of(device);
}

QString ContentStore::incomingTemplate(const QString &expectedSha256) const
{
    if (!isSha256(expectedSha256))
        return m_root + u"/tmp/incoming-XXXXXX"_s;
    return m_root + u"/objects/"_s + expectedSha256.left(2) + u"/.incoming-XXXXXX"_s;
}

int ContentStore::removeStrayIncoming()
{
    int removed = 0;
    QDirIterator it(m_root + u"/objects"_s, {u".incoming-*"_s}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFile::remove(it.next()))
            ++removed;
    }
    return removed;
}

QString ContentStore::pathOf(const QString &sha256) const
{
    return m_root + u"/objects/"_s + sha256.left(2) + u'/' + sha256;
}

bool ContentStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

std::optional<QString> ContentStore::write(QIODevice &source, const Expectation &expected,
                                           QTemporaryFile &out, Error *error)
{
    auto fail = [error](Error e) -> std::optional<QString> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = Error::None;
    if (!hasRoomFor(expected.size))
        return fail(Error::NoSpace);
    // The object's folder may not exist yet (see incomingTemplate()).
    if (!out.open() && !(QDir().mkpath(QFileInfo(out.fileTemplate()).absolutePath()) && out.open()))
        return fail(Error::WriteFailed);
    Digest hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(Error::ReadFailed);
        if (n == 0)
            break;
        total += n;
        if (expected.size >= 0 && total > expected.size)
            return fail(Error::SizeMismatch);
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return fail(out.error() == QFileDevice::ResourceError ? Error::NoSpace
                                                                  : Error::WriteFailed);
    }
    if (expected.size >= 0 && total != expected.size)
        return fail(Error::SizeMismatch);
    const QString sha256 = hash.hexResult();
    if (!expected.sha256.isEmpty() && expected.sha256 != sha256)
        return fail(Error::ChecksumMismatch);
    if (!out.flush())
        return fail(Error::WriteFailed);
    return sha256;
}

bool ContentStore::hasRoomFor(qint64 size) const
{
    if (size <= 0)
        return true;
    // Keep a margin so the database and the system can still write. "Cannot tell" is not
    // "enough".
    const std::optional<qint64> available = freeBytes(m_root);
    return available && *available >= size + 16 * 1024 * 1024;
}

std::optional<QString> ContentStore::add(QIODevice &source, const Expectation &expected,
                                         Error *error)
{
    QTemporaryFile temp(incomingTemplate(expected.sha256));
    const auto sha256 = write(source, expected, temp, error);
    if (!sha256)
        return std::nullopt;
    if (::fsync(temp.handle()) != 0) {
        if (error)
            *error = Error::WriteFailed;
        return std::nullopt;
    }
    temp.setPermissions(QFileDevice::ReadOwner); // stored content never changes

    failpoint::hit("store-before-rename");

    const QString target = pathOf(*sha256);
    if (QFileInfo::exists(target))
        return sha256; // already stored: the temporary copy goes away with `temp`
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (!temp.rename(target)) {
        if (error)
            *error = Error::WriteFailed;
        return std::nullopt;
    }
    temp.setAutoRemove(false);
    return sha256;
}

ContentStore::Batch::~Batch()
{
    for (const QString &temp : std::as_const(m_pending))
        QFile::remove(temp);
}

std::optional<QString> ContentStore::Batch::add(QIODevice &source, const Expectation &expected,
                                                Error *error)
{
    QTemporaryFile temp(m_store.incomingTemplate(expected.sha256));
    const auto sha256 = m_store.write(source, expected, temp, error);
    if (!sha256)
        return std::nullopt; // the temporary file goes with `temp`
    if (m_pending.contains(*sha256) || m_store.contains(*sha256))
        return sha256; // the same bytes are there already
    temp.setPermissions(QFileDevice::ReadOwner);
    temp.setAutoRemove(false);
    m_pending.insert(*sha256, temp.fileName());
    return sha256;
}

void ContentStore::Batch::discard(const QString &sha256)
{
    const auto it = m_pending.constFind(sha256);
    if (it == m_pending.cend())
        return;
    QFile::remove(*it);
    m_pending.erase(it);
}

bool ContentStore::Batch::place(Error *error)
{
    auto fail = [error] {
        if (error)
            *error = Error::WriteFailed;
        return false;
    };
    if (m_pending.isEmpty())
        return true;
    // One sync for every file's bytes, before any takes its name; one more for the names, before
    // the caller records them. A crash in between leaves files in tmp/ (removed at start) or
    // objects no record names (removed by repair), never a record of a file that is not whole.
    const int fd = ::open(QFile::encodeName(m_store.m_root).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return fail();
    const auto closeRoot = qScopeGuard([fd] { ::close(fd); });
    if (::syncfs(fd) != 0)
        return fail();
    failpoint::hit("store-before-rename");
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const QString target = m_store.pathOf(it.key());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFileInfo::exists(target)) {
            QFile::remove(it.value());
        } else if (!QFile::rename(it.value(), target)) {
            return fail();
        }
        it = m_pending.erase(it);
    }
    if (::syncfs(fd) != 0)
        return fail();
    return true;
}

std::optional<QString> ContentStore::addFile(const QString &path, const Expectation &expected,
                                             Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::ReadFailed;
        return std::nullopt;
    }
    return add(file, expected, error);
}

bool ContentStore::remove(const QString &sha256)
{
    if (!isSha256(sha256))
        return false;
    QFile file(pathOf(sha256));
    return !file.exists() || file.remove();
}

bool ContentStore::quarantine(const QString &sha256)
{
    if (!isSha256(sha256))
        return false;
    const QString target = m_root + u"/quarantine/"_s + sha256 + u'-'
                           + QString::number(QDateTime::currentMSecsSinceEpoch());
    return QFile::rename(pathOf(sha256), target);
}

bool ContentStore::verify(const QString &sha256) const
{
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return sha256Of(file) == sha256;
}

QStringList ContentStore::objects() const
{
    QStringList result;
    QDirIterator it(m_root + u"/objects"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        result.append(it.fileName());
    }
    result.sort();
    return result;
}

QString ContentStore::sessionMarker() const
{
    return m_root + u"/in-use"_s;
}

bool ContentStore::openSession()
{
    if (m_sessionOpen)
        return m_lastSessionClean;
    QDir().mkpath(m_root);
    const QString marker = sessionMarker();
    m_lastSessionClean = !QFileInfo::exists(marker);
    m_sessionOpen = true;
    if (!m_lastSessionClean)
        return false; // still there, as it must be for this session
    // On disk before anything is placed, so a crash from here on is seen by the next start.
    QFile file(marker);
    if (!file.open(QIODevice::WriteOnly) || ::fsync(file.handle()) != 0) {
        qCWarning(lcStore) << "cannot mark the store in use:" << file.errorString();
        return true;
    }
    file.close();
    const int fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
}

void ContentStore::closeSession()
{
    if (!m_sessionOpen)
        return;
    // Losing this removal to a power cut only costs the next start a look for orphans.
    QFile::remove(sessionMarker());
    m_sessionOpen = false;
}

int ContentStore::removeLeftovers()
{
    int removed = 0;
    QDirIterator it(m_root + u"/tmp"_s, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        if (QFile::remove(it.next()))
            ++removed;
    }
    // Folders of packages that were being unpacked.
    QDirIterator dirs(m_root + u"/tmp"_s, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    while (dirs.hasNext()) {
        if (QDir(dirs.next()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace clikc
