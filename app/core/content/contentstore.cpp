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

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

Q_LOGGING_CATEGORY(lcStore, "clikc.store")

constexpr qint64 kChunk = 256 * 1024;

struct Hashes
{
    QString sha256;
    QString sha1; // empty unless asked for
};

// SHA-256 (and SHA-1 if `withSha1`) of what `device` holds, read once to its end.
std::optional<Hashes> hashesOf(QIODevice &device, bool withSha1)
{
    Digest sha256;
    Digest sha1(Digest::Algorithm::Sha1);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        sha256.addData(QByteArrayView(buffer.constData(), n));
        if (withSha1)
            sha1.addData(QByteArrayView(buffer.constData(), n));
    }
    return Hashes{sha256.hexResult(), withSha1 ? sha1.hexResult() : QString()};
}

} // namespace

ContentStore::ContentStore(QString root, QString privateRoot)
    : m_root(std::move(root))
    , m_private(std::move(privateRoot))
{
    makeFolder(m_root + u"/objects"_s);
    makeFolder(m_root + u"/quarantine"_s);
    QDir own(this->privateRoot());
    own.mkpath(u"tmp"_s);
    own.mkpath(u"parts"_s);
}

QString ContentStore::tmpDir() const
{
    return privateRoot() + u"/tmp"_s;
}

QString ContentStore::partsDir() const
{
    return privateRoot() + u"/parts"_s;
}

QFileDevice::Permissions ContentStore::objectPermissions() const
{
    // Stored content never changes; in a shared store every account reads it.
    return isShared() ? QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther
                      : QFileDevice::ReadOwner;
}

void ContentStore::makeFolderFor(const QString &target) const
{
    makeFolder(QFileInfo(target).absolutePath());
}

void ContentStore::makeFolder(const QString &folder) const
{
    if (QFileInfo::exists(folder) || !QDir().mkpath(folder) || !isShared())
        return;
    // Whoever comes next, in another account, places files here too: the folder's group may.
    // The set-group-ID bit stays (02775): in a folder set up as the README says, a new folder
    // takes the shared group rather than the creator's own, which the next account is not in.
    ::chmod(QFile::encodeName(folder).constData(), S_ISGID | 0775);
}

bool ContentStore::moveInto(const QString &from, const QString &target) const
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    if (errno != EXDEV)
        return false;
    // Another file system (a shared folder elsewhere): a whole copy under a hidden name first.
    QFile source(from);
    QTemporaryFile copy(QFileInfo(target).absolutePath() + u"/.incoming-XXXXXX"_s);
    if (!source.open(QIODevice::ReadOnly) || !copy.open())
        return false;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        if (copy.write(buffer.constData(), n) != n)
            return false;
    }
    if (!copy.flush() || ::fsync(copy.handle()) != 0)
        return false;
    copy.setPermissions(objectPermissions());
    if (::rename(QFile::encodeName(copy.fileName()).constData(),
                 QFile::encodeName(target).constData())
        != 0)
        return false;
    copy.setAutoRemove(false);
    source.close();
    QFile::remove(from);
    return true;
}

bool ContentStore::verifiedForUse(const QString &sha256) const
{
    if (!isSha256(sha256))
        return false;
    if (!isShared())
        return contains(sha256);
    const auto stampOf = [](const QString &path) -> std::optional<Stamp> {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            return std::nullopt;
        return Stamp{quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size),
                     qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                     qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
    };
    const QString path = pathOf(sha256);
    const std::optional<Stamp> before = stampOf(path);
    if (!before)
        return false;
    {
        QMutexLocker lock(&m_verifiedMutex);
        if (m_verified.value(sha256) == *before)
            return true;
    }
    if (!verify(sha256)) {
        qCWarning(lcStore) << "refusing" << sha256 << "in the shared folder: its bytes changed";
        return false;
    }
    // Changed while it was read: not what was hashed.
    if (stampOf(path) != before)
        return false;
    QMutexLocker lock(&m_verifiedMutex);
    m_verified.insert(sha256, *before);
    return true;
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
    const std::optional<Hashes> hashes = hashesOf(file, !sha1.isEmpty());
    if (!hashes)
        return fail(Error::ReadFailed);
    const QString hash = hashes->sha256;
    if ((!expected.sha256.isEmpty() && expected.sha256 != hash)
        || (!sha1.isEmpty() && sha1.toLower() != hashes->sha1)) {
        return fail(Error::ChecksumMismatch);
    }
    const std::optional<QString> placed = place(file, hash, error);
    if (placed && !sha1.isEmpty())
        rememberSiteSha1(sha1, *placed);
    return placed;
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
    const std::optional<QString> placed = place(file, sha256, error);
    if (placed && !expectedSha1.isEmpty())
        rememberSiteSha1(expectedSha1, *placed);
    return placed;
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
    if (holdsGood(sha256)) {
        QFile::remove(path);
        return sha256;
    }
    // New, or in a shared folder a file that no longer matches its name: this one replaces it.
    makeFolderFor(target);
    QFile::setPermissions(path, objectPermissions()); // stored content never changes
    if (!moveInto(path, target))
        return fail(Error::WriteFailed);
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
    // Always on the objects' file system, so that placing a copy is a rename.
    if (!isSha256(expectedSha256))
        return isShared() ? m_root + u"/objects/.incoming-XXXXXX"_s
                          : tmpDir() + u"/incoming-XXXXXX"_s;
    return m_root + u"/objects/"_s + expectedSha256.left(2) + u"/.incoming-XXXXXX"_s;
}

int ContentStore::removeStrayIncoming()
{
    int removed = 0;
    QDirIterator it(m_root + u"/objects"_s, {u".incoming-*"_s}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    while (it.hasNext()) {
        const QString path = it.next();
        // In a shared folder, another library may be writing it now: only what this account
        // left long ago.
        if (isShared()
            && (it.fileInfo().ownerId() != ::getuid() || it.fileInfo().lastModified() > anHourAgo))
            continue;
        if (QFile::remove(path))
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

bool ContentStore::holdsGood(const QString &sha256) const
{
    return contains(sha256) && (!isShared() || verifiedForUse(sha256));
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
    if (!out.open()) {
        makeFolderFor(out.fileTemplate());
        if (!out.open())
            return fail(Error::WriteFailed);
    }
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
    temp.setPermissions(objectPermissions()); // stored content never changes

    failpoint::hit("store-before-rename");

    const QString target = pathOf(*sha256);
    if (holdsGood(*sha256))
        return sha256; // already stored: the temporary copy goes away with `temp`
    makeFolderFor(target);
    // (A damaged copy in a shared folder is replaced in place.)
    if (!moveInto(temp.fileName(), target)) {
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
    if (m_pending.contains(*sha256) || m_store.holdsGood(*sha256))
        return sha256; // the same bytes are there already
    temp.setPermissions(m_store.objectPermissions());
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
        m_store.makeFolderFor(target);
        if (m_store.holdsGood(it.key())) {
            QFile::remove(it.value());
        } else if (!m_store.moveInto(it.value(), target)) {
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
    // A shared folder's files may be another library's too: none is ever deleted from here.
    if (!isSha256(sha256) || isShared())
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

namespace {

bool isSha1(const QString &text)
{
    return text.size() == 40 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace

QString ContentStore::siteSha1Entry(const QString &sha1) const
{
    return m_root + u"/index/sha1/"_s + sha1.left(2) + u'/' + sha1;
}

void ContentStore::rememberSiteSha1(const QString &sha1, const QString &sha256) const
{
    const QString key = sha1.toLower();
    if (!isSha1(key) || !isSha256(sha256))
        return;
    if (siteSha1Candidate(key, -1) == sha256)
        return;
    const QString entry = siteSha1Entry(key);
    // Whole or not at all: written beside its name, then renamed (a lost entry costs only a
    // download). Not synced: nothing depends on it surviving a power cut.
    makeFolder(m_root + u"/index"_s);
    makeFolder(m_root + u"/index/sha1"_s);
    makeFolderFor(entry);
    QTemporaryFile temp(QFileInfo(entry).absolutePath() + u"/.incoming-XXXXXX"_s);
    if (!temp.open() || temp.write(sha256.toLatin1() + '\n') != 65 || !temp.flush())
        return;
    temp.setPermissions(objectPermissions());
    if (::rename(QFile::encodeName(temp.fileName()).constData(),
                 QFile::encodeName(entry).constData())
        == 0)
        temp.setAutoRemove(false);
}

std::optional<QString> ContentStore::siteSha1Candidate(const QString &sha1, qint64 size) const
{
    const QString key = sha1.toLower();
    if (!isSha1(key))
        return std::nullopt;
    // A short regular file, nothing else: in a shared folder another account could have put
    // a link or a pipe there (opening a pipe would wait for a writer for ever).
    const int fd = ::open(QFile::encodeName(siteSha1Entry(key)).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const auto closeEntry = qScopeGuard([fd] { ::close(fd); });
    struct stat st;
    char text[65] = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 65
        || ::read(fd, text, sizeof text) < 64)
        return std::nullopt;
    const QString sha256 = QString::fromLatin1(text, 64);
    if (!isSha256(sha256) || ::stat(QFile::encodeName(pathOf(sha256)).constData(), &st) != 0
        || !S_ISREG(st.st_mode) || (size > 0 && st.st_size != size))
        return std::nullopt;
    return sha256;
}

std::optional<QString> ContentStore::objectForSiteSha1(const QString &sha1, qint64 size) const
{
    const QString key = sha1.toLower();
    const std::optional<QString> candidate = siteSha1Candidate(key, size);
    if (!candidate)
        return std::nullopt;
    const QString sha256 = *candidate;
    QFile object(pathOf(sha256));
    if (!object.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<Hashes> hashes = hashesOf(object, true);
    if (!hashes)
        return std::nullopt;
    if (hashes->sha256 != sha256 || hashes->sha1 != key) {
        qCWarning(lcStore) << "the object noted for SHA-1" << key << "does not hold its bytes";
        QFile::remove(siteSha1Entry(key)); // only a note: the next placing writes it again
        return std::nullopt;
    }
    return sha256;
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
    return privateRoot() + u"/in-use"_s;
}

bool ContentStore::openSession()
{
    if (m_sessionOpen)
        return m_lastSessionClean;
    QDir().mkpath(privateRoot());
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
    const int fd = ::open(QFile::encodeName(privateRoot()).constData(), O_RDONLY | O_DIRECTORY);
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
    QDirIterator it(tmpDir(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        if (QFile::remove(it.next()))
            ++removed;
    }
    // Folders of packages that were being unpacked.
    QDirIterator dirs(tmpDir(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    while (dirs.hasNext()) {
        if (QDir(dirs.next()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace clikc
