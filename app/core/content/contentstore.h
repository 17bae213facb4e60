#pragma once

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <optional>

namespace clikc {

// What the caller knows of content it is about to store.
struct ContentExpectation
{
    QString sha256;   // lower-case hex; empty when unknown
    qint64 size = -1; // -1 when unknown
};

// Files on disk, each stored once and named by the SHA-256 of its bytes:
//   <root>/objects/ab/abcdef…   content, read-only once placed
//   <root>/tmp/                  files being written; anything left here is from a crash
//   <root>/quarantine/           content whose bytes no longer matched its name
//   <root>/parts/                downloads in progress (`.part` files), kept across restarts
//   <root>/in-use                there while a session has the store open (see openSession)
// Bytes are written to tmp/, hashed while written, flushed to disk, checked against what the
// caller expects, and only then renamed into objects/ — a file under its final name is always
// whole. Knows nothing of the database: callers keep the index (BlobRepository).
// Not bound to a thread; callers serialise writes (the library's worker, LibraryWorker).
//
// Shared (a second constructor argument): objects/ and quarantine/ are in a folder every
// operating-system account of the machine uses (the administrator's content_folder), while tmp/,
// parts/ and the session marker stay in the library's own `privateRoot`. Then objects are
// readable by everyone (0444), their folders writable by the folder's group, nothing is ever
// deleted from it (another library may use it: remove() keeps the file), a file placed from
// another file system is copied beside its name and renamed, and verifiedForUse() hashes a file
// before this process first uses it, because another account could have written it.
class ContentStore final
{
public:
    explicit ContentStore(QString root, QString privateRoot = {});

    enum class Error { None, ReadFailed, WriteFailed, SizeMismatch, ChecksumMismatch, NoSpace };

    using Expectation = ContentExpectation;

    // Copies the rest of `source` into the store. Returns the content's SHA-256, or nothing with
    // *error set; on failure nothing is left behind.
    std::optional<QString> add(QIODevice &source, const Expectation &expected = {},
                               Error *error = nullptr);
    std::optional<QString> addFile(const QString &path, const Expectation &expected = {},
                                   Error *error = nullptr);

    // Moves a finished download into the store: hashes it (SHA-256, and SHA-1 when `sha1` is
    // given, as Moodle's ETags and SCORM packages are), checks size and checksums, flushes it and
    // renames it into place. On success the file at `path` is gone; on failure it is left as is.
    std::optional<QString> adoptFile(const QString &path, const Expectation &expected,
                                     const QString &sha1 = {}, Error *error = nullptr);
    // The same for a file whose SHA-256 and SHA-1 (hex) were computed while it was written, by
    // this process, into the store's own parts folder: its size and SHA-1 are checked against
    // what is expected, and it is synced and placed without being read again.
    std::optional<QString> adoptHashed(const QString &path, qint64 expectedSize,
                                       const QString &sha256, const QString &computedSha1,
                                       const QString &expectedSha1, Error *error = nullptr);
    // The object whose bytes have this SHA-1 (the site's checksum of a file, Moodle's
    // contenthash), when a download or import placed one before (in a shared folder: any
    // account's): read whole and checked against both hashes, so a wrong or stale entry costs
    // a read, never a wrong file. Nullopt otherwise, and when its size is not `size` (> 0).
    std::optional<QString> objectForSiteSha1(const QString &sha1, qint64 size) const;
    // The same without reading the object: only that one of that size is noted and present.
    std::optional<QString> siteSha1Candidate(const QString &sha1, qint64 size) const;

    // Many files brought in at once (a mirror's course): each is written and checked as add()
    // does, but not synced on its own nor placed; place() syncs them together (one syncfs),
    // renames them into objects/ and syncs that, so a caller records them only once they are
    // whole under their names. Twenty files cost two syncs, not twenty. What was not placed is
    // removed when the batch ends.
    class Batch final
    {
    public:
        explicit Batch(ContentStore &store)
            : m_store(store)
        {}
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

        std::optional<QString> add(QIODevice &source, const Expectation &expected,
                                   Error *error = nullptr);
        // Whether a file of the batch has this content (placed or not).
        bool contains(const QString &sha256) const { return m_pending.contains(sha256); }
        // Drops a file added and not placed yet (its temporary copy goes).
        void discard(const QString &sha256);
        bool place(Error *error = nullptr);

    private:
        ContentStore &m_store;
        QHash<QString, QString> m_pending; // sha256 → temporary file, not yet placed
    };

    // Where downloads are written as their bytes arrive (same file system as the store).
    QString partsDir() const;
    // For work in progress that must be on the store's file system (a package being unpacked);
    // emptied by removeLeftovers() at start-up.
    QString tmpDir() const;

    QString root() const { return m_root; }
    bool isShared() const { return !m_private.isEmpty(); }
    // Whether the object may be used: always in a store of this library's own; in a shared one,
    // when its bytes match its name, hashed the first time and again whenever the file changed
    // (its inode, size, modification or status-change time: a write always moves the last).
    // False for a missing file. Thread-safe.
    bool verifiedForUse(const QString &sha256) const;
    // Where a copy of content with this expected SHA-256 is written before it is checked and
    // placed: beside its object-to-be (objects/ab/.incoming-XXXXXX; a hidden name no object
    // has), so that placing it is a rename within one folder and a thousand copies do not
    // all take inodes from the one block group of tmp/ (ext4 then searches ever longer for a
    // free inode: a quarter of an import's time). tmp/ when the SHA-256 is not known.
    QString incomingTemplate(const QString &expectedSha256) const;
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Holds the object, and (shared) its bytes match its name: no need to write it again.
    bool holdsGood(const QString &sha256) const;
    bool remove(const QString &sha256);
    // Moves the object aside into quarantine/ so nothing opens it again.
    bool quarantine(const QString &sha256);
    // Re-hashes an object: true when its bytes still match its name.
    bool verify(const QString &sha256) const;
    // Notes which object holds the bytes of a site's SHA-1 (index/sha1/xx/<sha1>, its SHA-256).
    void rememberSiteSha1(const QString &sha1, const QString &sha256) const;
    // Names of every object on disk.
    QStringList objects() const;
    // Deletes what a crash left in tmp/. Returns how many files it removed.
    int removeLeftovers();
    // Removes the copies a session cut short left beside the objects (see incomingTemplate());
    // reads every folder of the store, so only after such a session. Returns how many.
    int removeStrayIncoming();

    // Marks the store in use (durably) until closeSession(). True when the session before
    // ended with closeSession() (or none ran yet): then no object was placed without its
    // record being written or dropped, and nothing needs looking for. False when it was cut
    // short (a crash, a kill, a power cut): objects placed but never recorded may be there.
    // Again within the same session, the same answer.
    bool openSession();
    void closeSession();
    // What openSession() said; false before it was called (then assume the worst).
    bool lastSessionEndedCleanly() const { return m_lastSessionClean; }

    static bool isSha256(const QString &text);
    static QString sha256Of(QIODevice &device);

private:
    QString sessionMarker() const;
    // Whether `size` more bytes fit, with a margin for the database and the system.
    bool hasRoomFor(qint64 size) const;
    // Opens `out` (when there is room for what is expected) and copies `source` into it,
    // hashing it and checking it against `expected`: the content's SHA-256, or nothing with
    // *error set.
    std::optional<QString> write(QIODevice &source, const Expectation &expected,
                                 QTemporaryFile &out, Error *error);
    // Syncs `file` (open), closes it and moves it into place as `sha256`.
    std::optional<QString> place(QFile &file, const QString &sha256, Error *error);

    // Renames `from` to `target`, replacing what is there (QFile::rename would refuse); across
    // file systems (a shared folder elsewhere), copies it beside `target`, syncs it and renames
    // the copy.
    bool moveInto(const QString &from, const QString &target) const;
    // Makes the folder of `target` (group-writable in a shared store).
    void makeFolderFor(const QString &target) const;
    void makeFolder(const QString &folder) const;
    QString siteSha1Entry(const QString &sha1) const;
    QFileDevice::Permissions objectPermissions() const;
    QString privateRoot() const { return isShared() ? m_private : m_root; }

    QString m_root;
    QString m_private; // shared store: the library's own folder; empty otherwise
    struct Stamp
    {
        quint64 device = 0, inode = 0;
        qint64 size = -1, modifiedNs = 0, changedNs = 0;
        bool operator==(const Stamp &) const = default;
    };
    mutable QMutex m_verifiedMutex;
    mutable QHash<QString, Stamp> m_verified; // shared store: objects hashed, as they were then
    bool m_sessionOpen = false;
    bool m_lastSessionClean = false;
};

} // namespace clikc
