#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <array>

// Plain value types shared by storage, content, models and the UI. No behaviour beyond helpers.
namespace clikc {
Q_NAMESPACE

enum class SourceKind { Bundled, Mirror, Moodle, Totara };

enum class ActivityKind { Video, Page, Pdf, Resource, Scorm, Url, Label, Folder, Book, Other };

enum class CompletionRule { None, Viewed, Watched, Manual, Automatic };

enum class FileRole { Main, Alternative, Asset };

enum class FileState {
    Remote,
    Queued,
    Downloading,
    Partial,
    Ready,
    UpdateAvailable,
    Failed,
    Missing
};

// What the learner sees of a course or activity: is it all here, some of it, or none.
enum class OfflineState { OnThisMachine, Partial, NotOnThisMachine, NothingToDownload };

Q_ENUM_NS(SourceKind)
Q_ENUM_NS(ActivityKind)
Q_ENUM_NS(CompletionRule)
Q_ENUM_NS(FileRole)
Q_ENUM_NS(FileState)
Q_ENUM_NS(OfflineState)

QString keyOf(SourceKind kind);
QString keyOf(ActivityKind kind);
QString keyOf(CompletionRule rule);
QString keyOf(FileRole role);
QString keyOf(FileState state);
QString keyOf(OfflineState state);
SourceKind sourceKindFromString(const QString &text, bool *ok = nullptr);
ActivityKind activityKindFromString(const QString &text);
CompletionRule completionRuleFromString(const QString &text, bool *ok = nullptr);
FileRole fileRoleFromString(const QString &text, bool *ok = nullptr);
FileState fileStateFromString(const QString &text);

// True for activities whose content can be studied with no connection.
bool isOfflineCapable(ActivityKind kind);

struct Source
{
    qint64 id = 0;
    SourceKind kind = SourceKind::Bundled;
    QString remoteId;
    QString baseUrl;
    LocalizedText title;
    bool allowHttp = false;
    // A mirror's: who signed the catalogue it was last imported from (empty: unsigned).
    QString signerName;
    QString signerKey; // base64 of the Ed25519 public key
    // A mirror added as a course source (its baseUrl a web address or a folder): read again at
    // each sync, its files downloaded from it. Not an import's, which is read once.
    bool subscribed = false;
};

// A file a subscribed mirror holds, and where: for fetching a site's file from the LAN.
struct MirrorObject
{
    QString sha256;
    QString sha1; // the site's checksum, when the mirror names it
    qint64 size = 0;
    // A site's course: the site's address of a file with these bytes and its time, as the
    // site lists them (a file there at that address and time is this one).
    QString url = {};
    qint64 timeModified = 0;
};

// Where a subscribed mirror holds a copy of a file.
struct MirrorCopy
{
    qint64 sourceId = 0;
    QString baseUrl; // the mirror's: a web address or a folder
    bool allowHttp = false;
    QString sha256;
};

// Whether a mirror's signer is one the library trusts (trust on first use).
enum class SignerTrust {
    Unsigned,   // no signature: its origin cannot be checked
    Trusted,    // this key was trusted before
    New,        // neither this key nor this name was seen before
    KeyChanged, // a trusted name, with another key: it may not be them
};

struct FileEntry
{
    qint64 id = 0;
    QString path; // relative to the activity, '/'-separated
    FileRole role = FileRole::Main;
    QString mimeType;
    QString remoteUrl;
    qint64 size = 0;
    qint64 remoteTimeModified = 0;
    QString remoteChecksum;
    QString remoteChecksumKind;
    QString sha256; // of the bytes in the content store, once they are there
    FileState state = FileState::Remote;
};

// What the server last said about a learner's completion of an activity.
struct ServerCompletion
{
    int state = -1;           // -1 unknown, 0 not complete, 1 complete (2, 3: passed, failed)
    qint64 timeCompleted = 0; // seconds since the epoch; 0 when not complete
    // When the request that reported it was sent, by this computer's clock (ms); 0: unknown. An
    // answer asked for before one of our uploads about the activity was confirmed may not
    // include it, and is not taken (completionreconcile).
    qint64 observedAtMs = 0;
    bool known() const { return state >= 0; }
    bool complete() const { return state >= 1 && state != 3; }
};

struct Activity
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString remoteId;
    int position = 0;
    ActivityKind kind = ActivityKind::Other;
    LocalizedText title;
    LocalizedText description;
    LocalizedText entryPath;
    QString url;
    CompletionRule completion = CompletionRule::None;
    qint64 timeModified = 0;
    QString module;      // the server's module name (page, resource, scorm…); empty offline-only
    QString instanceId;  // the module's instance on the server (pageid, resourceid…)
    int maxAttempts = 0; // SCORM: the attempts the site allows (maxattempt); 0: no limit
    bool autoContinue = false; // SCORM: the next part opens when one ends (the site's `auto`)
    ServerCompletion serverCompletion; // as the last sync brought it; not stored with the course
    QList<FileEntry> files;

    OfflineState offlineState() const;
    // The file to open in `language`: the localised entry, else the first main file.
    const FileEntry *entryFile(const QString &language) const;
    const FileEntry *fileAt(const QString &path) const;
};

struct Section
{
    qint64 id = 0;
    QString remoteId;
    int position = 0;
    LocalizedText title;
    LocalizedText summary;
    QList<Activity> activities;
};

struct Course
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString remoteId;
    QString shortName;
    LocalizedText title;
    LocalizedText summary;
    QString language;
    qint64 timeModified = 0;
    QList<Section> sections;
};

// One row of the Library: a course with what the learner needs to decide what to open.
struct CourseSummary
{
    qint64 id = 0;
    QString remoteId;
    QString shortName;
    LocalizedText title;
    LocalizedText summary;
    qint64 sourceId = 0;
    SourceKind sourceKind = SourceKind::Bundled;
    LocalizedText sourceTitle;
    qint64 totalBytes = 0;  // every file of the course
    qint64 bytesOnDisk = 0; // distinct content of the course present in the store
    int fileCount = 0;
    int readyFileCount = 0;
    int transferringCount = 0; // files queued or downloading
    int updateCount = 0;       // files with a newer version on the server
    int failedCount = 0;       // files whose download failed
    int activityCount = 0;     // activities that count towards completion
    int completedCount = 0;    // of those, completed by the profile
    // Every activity the profile finished here (a lesson completed, a video watched), counted
    // or not: what is known of a course whose completion the site does not track.
    int doneCount = 0;
    QDateTime addedAt;

    OfflineState offlineState() const;
    bool operator==(const CourseSummary &) const = default;
    // 0..1: completed activities over activities that can be completed.
    double progress() const
    {
        return activityCount > 0 ? double(completedCount) / activityCount : 0;
    }
};

// A profile's place in a video or document.
struct PlaybackState
{
    qint64 positionMs = 0;
    qint64 durationMs = 0;
    qint64 watchedMs = 0; // total of seenRanges
    QString seenRanges;   // SeenRanges::toString()
    bool completed = false;
};

struct ActivityProgress
{
    qint64 activityId = 0;
    PlaybackState state;
};

// A course file whose content is a given blob: what a person knows it by.
struct BlobUse
{
    QString sha256;
    qint64 fileId = 0;
    qint64 courseId = 0;
    LocalizedText courseTitle;
    LocalizedText activityTitle;
    QString path; // inside the activity, as the course names it
};

// A learner's sign-in as the library keeps it (never the token).
struct AccountRecord
{
    qint64 sourceId = 0; // the site signed in to; 0 when never signed in
    QString username;
    qint64 remoteUserId = 0;
    bool signedIn = false; // false after signing out (the username is kept for the form)
};

// A learner of this library (a profile), as a list of learners shows them.
struct Learner
{
    qint64 id = 0;
    QString name;
    QString language;    // empty: the library's
    qint64 sourceId = 0; // the site signed in to last; 0 for a local learner
    QString siteUrl;
    QString siteTitle;
    QString username;
    bool signedIn = false;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;  // 0: never
    int pendingUploads = 0; // actions waiting to be sent
    int refusedUploads = 0; // actions the site refused
    bool hasSecret = false; // a PIN or passphrase guards the learner on this computer
};

// A learner gone from the library whose keychain entry and settings may still be there: what
// finishing the removal needs to find them.
struct ForgottenLearner
{
    qint64 id = 0;
    QString siteUrl; // empty: never signed in
    QString username;
};

} // namespace clikc

Q_DECLARE_METATYPE(clikc::CourseSummary)
Q_DECLARE_METATYPE(clikc::Course)
