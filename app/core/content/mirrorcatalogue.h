#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace clikc {

// Why reading or importing a mirror failed. The message is built when asked for, so it follows
// the interface language at the moment it is shown.
struct MirrorError
{
    Q_DECLARE_TR_FUNCTIONS(MirrorError)

public:
    enum class Code {
        None,
        CatalogueMissing,
        CatalogueInvalid,
        NotAMirror,
        UnsupportedVersion,
        CourseNotInCatalogue,
        CourseMissing,
        CourseChecksumMismatch,
        CourseInvalid,
        CompletionNotAllowed, // a completion rule the format does not allow for that activity
        UnsafePath,
        NotARegularFile, // a link, a device, a FIFO or a folder where a file should be
        FileMissing,
        FileSizeMismatch,
        FileChecksumMismatch,
        NoSpace,
        WriteFailed,
        DatabaseFailed,
        // Exports (subject: the folder, course or file concerned)
        ExportFolderNotEmpty, // neither empty nor a mirror: nothing is written there
        ExportFolderUnusable, // not a folder, a link where a folder should be, or not writable
        ExportNoSpace,        // subject: the bytes needed, value: the bytes free
        CourseIncomplete,     // some of its files are not on this computer
        CourseNotInLibrary,
        StoreFileDamaged, // subject: the file, detail: the course
        ExportWriteFailed,
        SignatureMismatch, // subject: the signer named; nothing of the mirror is imported
        SignerChanged,     // the mirror's signer is not the one the person confirmed
        // Course sources (subject: the source's address or folder)
        SourceUnreachable,   // detail: why (the network's words, or the HTTP status)
        SourceRefused,       // plain HTTP not allowed, or a redirect elsewhere
        SourceTooLarge,      // an answer larger than a mirror's description can be
        SourceSignerChanged, // signed by another key (or no longer signed) than when added
    };

    Code code = Code::None;
    QString subject;       // the course, file or field concerned
    QString detail;        // what was found, for the technical details
    QString activity = {}; // CompletionNotAllowed: the activity's id
    QString value = {};    // CompletionNotAllowed: the rule as written

    bool isError() const { return code != Code::None; }
    QString message() const;
};

// One entry of a mirror's catalogue.json.
struct MirrorCourseEntry
{
    QString id;
    QString path;
    QString sha256;
    qint64 size = 0;
    // Format 2: where the course comes from when that is not the mirror itself — the site
    // (kind moodle or totara, id and address as the site's own source) or the mirror or bundled
    // sample it was first imported from. Its kind is Bundled with an empty remoteId when absent.
    Source origin = {};
    bool hasOrigin() const { return !origin.remoteId.isEmpty(); }
    bool fromSite() const
    {
        return hasOrigin()
               && (origin.kind == SourceKind::Moodle || origin.kind == SourceKind::Totara);
    }
};

// Who signed a mirror's catalogue (format 2), as the catalogue names them and its signature
// proves: the name the coordinator set and their installation's Ed25519 public key.
struct MirrorSigner
{
    QString name;
    QByteArray publicKey; // 32 bytes
    QString fingerprint() const;
    bool operator==(const MirrorSigner &) const = default;
};

// A mirror's catalogue.json, read and checked. Only parsing and validation: no disk writes.
struct MirrorCatalogue
{
    // 2: courses tied to their site (see docs/MIRROR_FORMAT.md, "Versioning"); 1 still reads.
    static constexpr int kFormatVersion = 2;

    int version = kFormatVersion;

    Source source;
    QList<MirrorCourseEntry> courses;
    // Set when the catalogue is signed and its signature matches its bytes (a signed catalogue
    // whose signature does not match is not read at all: SignatureMismatch).
    std::optional<MirrorSigner> signer;

    // Reads `<root>/catalogue.json`; `root` may be a folder or a Qt resource path (":/sample").
    static MirrorCatalogue read(const QString &root, MirrorError *error);
    // Reads and checks a course description against its catalogue entry.
    static Course readCourse(const QString &root, const MirrorCourseEntry &entry,
                             MirrorError *error);
    // Where a file's bytes live in a mirror.
    static QString objectPath(const QString &root, const QString &sha256);
    // Where a file's bytes are in a mirror at `base`: a web address (below it) or a folder (a
    // file: URL).
    static QUrl objectUrl(const QString &base, const QString &sha256);
    // Where the signature of a catalogue with these bytes is, in the mirror: named by the
    // SHA-256 of catalogue.json, so that a new one is written before the catalogue it signs and
    // a drive pulled between the two still holds a matching pair.
    static QString signaturePath(const QString &sha256OfCatalogue);
    // A relative path that cannot leave its folder: no '..', no leading '/', no '\'.
    static bool isSafeRelativePath(const QString &path);
};

} // namespace clikc
