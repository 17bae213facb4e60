#include "mirrorcatalogue.h"

#include "contentstore.h"
#include "i18n/format.h"
#include "util/digest.h"
#include "util/printable.h"
#include "util/safefile.h"
#include "util/signing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr qint64 kMaxJsonBytes = 32 * 1024 * 1024;

QJsonObject readJsonObject(const QString &root, const QString &path, QByteArray *bytes,
                           MirrorError *error, MirrorError::Code missing, MirrorError::Code invalid,
                           const QString &subject)
{
    QFile file;
    using safefile::Refusal;
    switch (safefile::openRegular(root, path, &file)) {
    case Refusal::None:
        break;
    case Refusal::Missing:
    case Refusal::Unreadable:
        *error = {missing, subject, file.errorString()};
        return {};
    case Refusal::NotRegular:
    case Refusal::OutsideRoot:
        *error = {MirrorError::Code::NotARegularFile, path.mid(root.size() + 1), subject};
        return {};
    }
    // Bounded by what is read, not by what the file system says (a device says 0).
    std::optional<QByteArray> read = safefile::readBounded(file, kMaxJsonBytes);
    if (!read) {
        *error = {invalid, subject, u"larger than %1 bytes"_s.arg(kMaxJsonBytes)};
        return {};
    }
    *bytes = std::move(*read);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = {invalid, subject,
                  parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                               : u"not a JSON object"_s};
        return {};
    }
    return doc.object();
}

bool isSha1(const QString &text)
{
    return text.size() == 40 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// A size or a time: a JSON number that is a whole number from 0 to 2^53.
bool isCount(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d >= 0 && d <= 9007199254740992.0 && d == std::floor(d);
}

// An optional member: absent, or of the documented type.
bool optionalString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isString();
}

bool optionalCount(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || isCount(value);
}

bool readText(const QJsonObject &object, const QString &key, LocalizedText *out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    return LocalizedText::fromJson(value, out);
}

// An address a site's course may name: http or https, with a host.
bool isSiteAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && url.userInfo().isEmpty();
}

// A course entry's origin (format 2): {kind, id, title, url for a site}.
bool readOrigin(const QJsonValue &value, MirrorCourseEntry *entry)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    Source origin;
    bool kindOk = false;
    origin.kind = sourceKindFromString(o.value(u"kind"_s).toString(), &kindOk);
    origin.remoteId = o.value(u"id"_s).toString();
    if (!kindOk || !o.value(u"id"_s).isString() || origin.remoteId.isEmpty()
        || !readText(o, u"title"_s, &origin.title, true) || !optionalString(o, u"url"_s)) {
        return false;
    }
    if (origin.kind == SourceKind::Moodle || origin.kind == SourceKind::Totara) {
        // The site's address is its identity: the one a learner signs in to.
        const QUrl url(o.value(u"url"_s).toString(), QUrl::StrictMode);
        if (!isSiteAddress(url))
            return false;
        origin.baseUrl = url.toString();
    }
    entry->origin = origin;
    return true;
}

} // namespace

QString MirrorError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::CatalogueMissing:
        return tr("This folder is not a CLiKC! mirror: it has no catalogue.json.");
    case Code::CatalogueInvalid:
        return tr("The mirror's catalogue is damaged and cannot be read.");
    case Code::NotAMirror:
        return tr("This folder does not hold a CLiKC! mirror.");
    case Code::UnsupportedVersion:
        return tr("This mirror was written by a newer version of CLiKC! Desktop (format %1). "
                  "Update the application to import it.")
            .arg(subject);
    case Code::CourseNotInCatalogue:
        return tr("The course “%1” is not in this mirror.").arg(subject);
    case Code::CourseMissing:
        return tr("The description of the course “%1” is missing from the mirror.").arg(subject);
    case Code::CourseChecksumMismatch:
        return tr("The description of the course “%1” has been changed or damaged since the "
                  "mirror was made.")
            .arg(subject);
    case Code::CourseInvalid:
        return tr("The description of the course “%1” is damaged and cannot be read.").arg(subject);
    case Code::CompletionNotAllowed:
        if (value == u"automatic"_s)
            return tr("The course “%1” cannot be imported: its activity “%2” is to complete "
                      "itself (“automatic”), which only a SCORM lesson can do.")
                .arg(subject, activity);
        return tr("The course “%1” cannot be imported: its activity “%2” has a completion rule "
                  "this version of CLiKC! Desktop does not know (“%3”).")
            .arg(subject, activity, value);
    case Code::UnsafePath:
        return tr("The mirror names a file outside its own folder (“%1”) and was refused.")
            .arg(subject);
    case Code::NotARegularFile:
        return tr("“%1” in the mirror is not an ordinary file (it is a link, a device or a "
                  "folder) and was refused.")
            .arg(subject);
    case Code::FileMissing:
        return tr("The file “%1” is missing from the mirror.").arg(subject);
    case Code::FileSizeMismatch:
        return tr("The file “%1” in the mirror does not have the expected size; it may be "
                  "truncated.")
            .arg(subject);
    case Code::FileChecksumMismatch:
        return tr("The file “%1” in the mirror has been changed or damaged since the mirror was "
                  "made.")
            .arg(subject);
    case Code::NoSpace:
        return tr("There is not enough free disk space to import the course “%1”.").arg(subject);
    case Code::WriteFailed:
        return tr("The course “%1” could not be written to the library.").arg(subject);
    case Code::DatabaseFailed:
        return tr("The library database could not be updated.");
    case Code::ExportFolderNotEmpty:
        return tr("The folder “%1” already holds other files. Choose an empty folder, or one "
                  "that holds a CLiKC! mirror to bring up to date.")
            .arg(subject);
    case Code::ExportFolderUnusable:
        return tr("The courses cannot be written to “%1”: it is not a folder that can be "
                  "written to.")
            .arg(subject);
    case Code::ExportNoSpace:
        return tr("There is not enough free space in the chosen folder: the export needs %1 "
                  "and %2 is free.")
            .arg(Format::fileSize(subject.toLongLong()), Format::fileSize(value.toLongLong()));
    case Code::CourseIncomplete:
        return tr("The course “%1” is not entirely on this computer, so it was not exported. "
                  "Download it (or its updates) first.")
            .arg(subject);
    case Code::CourseNotInLibrary:
        return tr("There is no course “%1” in this library.").arg(subject);
    case Code::StoreFileDamaged:
        return tr("The file “%1” of the course “%2” is damaged on this computer, so the course "
                  "was not exported. Check the library (File › Check the library, or clikc library "
                  "verify) and "
                  "download it again.")
            .arg(subject, detail);
    case Code::SignatureMismatch:
        return tr("This mirror says it was signed by “%1”, but its signature does not match: it "
                  "was changed after it was signed, or not signed by them. Nothing was "
                  "imported.")
            .arg(subject);
    case Code::SignerChanged:
        return tr("The mirror changed while it was being imported: it is no longer signed by "
                  "the signer you confirmed. Nothing was imported.");
    case Code::SourceUnreachable:
        return tr("The course source at %1 could not be reached (%2). Check that the server or "
                  "shared folder is on and that this computer is on its network.")
            .arg(subject, detail);
    case Code::SourceRefused:
        return tr("The course source at %1 was refused: it is not on this computer and not "
                  "over HTTPS, or it sent the request elsewhere. Use its https:// address, or "
                  "allow plain HTTP for a mirror on your own network.")
            .arg(subject);
    case Code::SourceTooLarge:
        return tr("The course source at %1 sent more than a mirror's description can hold, and "
                  "was refused.")
            .arg(subject);
    case Code::SourceSignerChanged:
        return tr("The course source at %1 is no longer signed by the signer it was added with. "
                  "Its courses were not updated. If you trust the new signer, remove the source "
                  "and add it again.")
            .arg(subject);
    case Code::ExportWriteFailed:
        return tr("Writing “%1” failed; the folder still holds its previous mirror. Check that "
                  "the drive is connected and not full.")
            .arg(subject);
    }
    return {};
}

bool MirrorCatalogue::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':')
        || path.contains(QChar(0))) {
        return false;
    }
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString &part) {
        return part.isEmpty() || part == u"."_s || part == u".."_s;
    });
}

QString MirrorSigner::fingerprint() const
{
    return signing::fingerprint(publicKey);
}

QString MirrorCatalogue::signaturePath(const QString &sha256OfCatalogue)
{
    return u"signatures/"_s + sha256OfCatalogue + u".sig"_s;
}

QString MirrorCatalogue::objectPath(const QString &root, const QString &sha256)
{
    return root + u"/files/"_s + sha256.left(2) + u'/' + sha256;
}

QUrl MirrorCatalogue::objectUrl(const QString &base, const QString &sha256)
{
    const QUrl url(base);
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s) {
        QUrl object = url;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        object.setPath(path + u"files/"_s + sha256.left(2) + u'/' + sha256);
        object.setQuery(QString());
        object.setFragment(QString());
        return object;
    }
    const QString folder = url.isLocalFile() ? url.toLocalFile() : base;
    return QUrl::fromLocalFile(objectPath(QDir::cleanPath(folder), sha256));
}

MirrorCatalogue MirrorCatalogue::read(const QString &folder, MirrorError *error)
{
    // "/media/usb/" and "/media/usb" are one folder (paths inside are built from it).
    const QString root = QDir::cleanPath(folder);
    *error = {};
    MirrorCatalogue catalogue;
    QByteArray bytes;
    const QJsonObject object = readJsonObject(root, root + u"/catalogue.json"_s, &bytes, error,
                                              MirrorError::Code::CatalogueMissing,
                                              MirrorError::Code::CatalogueInvalid, root);
    if (error->isError())
        return {};
    if (object.value(u"format"_s).toString() != u"clikc-mirror"_s) {
        *error = {MirrorError::Code::NotAMirror, root, u"format is not clikc-mirror"_s};
        return {};
    }
    const int version = object.value(u"version"_s).toInt(-1);
    if (version < 1) {
        *error = {MirrorError::Code::CatalogueInvalid, root, u"no version"_s};
        return {};
    }
    if (version > kFormatVersion) {
        *error = {MirrorError::Code::UnsupportedVersion, QString::number(version), {}};
        return {};
    }
    catalogue.version = version;
    if (version >= 2 && object.contains(u"signer"_s)) {
        // A signed catalogue is read only when its signature matches its bytes: a changed
        // catalogue, a removed or swapped signature, or another key refuses the whole mirror.
        const QJsonObject signer = object.value(u"signer"_s).toObject();
        MirrorSigner declared{
            printable(signer.value(u"name"_s).toString()).left(200),
            QByteArray::fromBase64(signer.value(u"publicKey"_s).toString().toLatin1())};
        if (declared.name.trimmed().isEmpty()
            || declared.publicKey.size() != signing::kPublicKeyBytes) {
            *error = {MirrorError::Code::CatalogueInvalid, root, u"signer"_s};
            return {};
        }
        QByteArray signature;
        MirrorError signatureError;
        const QString signatureFile = signaturePath(Digest::sha256(bytes));
        QFile file;
        if (safefile::openRegular(root, root + u'/' + signatureFile, &file)
            == safefile::Refusal::None) {
            signature = QByteArray::fromBase64(
                safefile::readBounded(file, 4096).value_or(QByteArray()).trimmed());
        }
        if (!signing::verify(bytes, signature, declared.publicKey)) {
            *error = {MirrorError::Code::SignatureMismatch, declared.name, signatureFile};
            return {};
        }
        catalogue.signer = declared;
    }
    const QJsonObject source = object.value(u"source"_s).toObject();
    catalogue.source.kind = SourceKind::Mirror;
    catalogue.source.remoteId = source.value(u"id"_s).toString();
    if (catalogue.source.remoteId.isEmpty()
        || !readText(source, u"title"_s, &catalogue.source.title, true)) {
        *error = {MirrorError::Code::CatalogueInvalid, root, u"source.id or source.title"_s};
        return {};
    }
    catalogue.source.baseUrl = root;

    const QJsonValue courses = object.value(u"courses"_s);
    if (!courses.isArray()) {
        *error = {MirrorError::Code::CatalogueInvalid, root, u"courses is not an array"_s};
        return {};
    }
    for (const QJsonValue &value : courses.toArray()) {
        const QJsonObject c = value.toObject();
        MirrorCourseEntry entry{c.value(u"id"_s).toString(), c.value(u"path"_s).toString(),
                                c.value(u"sha256"_s).toString(),
                                qint64(c.value(u"size"_s).toDouble())};
        if (entry.id.isEmpty() || !ContentStore::isSha256(entry.sha256)) {
            *error = {MirrorError::Code::CatalogueInvalid, root, u"course entry"_s};
            return {};
        }
        if (!isSafeRelativePath(entry.path)) {
            *error = {MirrorError::Code::UnsafePath, entry.path, {}};
            return {};
        }
        if (version >= 2 && c.contains(u"origin"_s) && !readOrigin(c.value(u"origin"_s), &entry)) {
            *error = {MirrorError::Code::CatalogueInvalid, root, u"origin of course "_s + entry.id};
            return {};
        }
        catalogue.courses.append(entry);
    }
    return catalogue;
}

Course MirrorCatalogue::readCourse(const QString &folder, const MirrorCourseEntry &entry,
                                   MirrorError *error)
{
    const QString root = QDir::cleanPath(folder);
    *error = {};
    QByteArray bytes;
    const QJsonObject object = readJsonObject(root, root + u'/' + entry.path, &bytes, error,
                                              MirrorError::Code::CourseMissing,
                                              MirrorError::Code::CourseInvalid, entry.id);
    if (error->isError())
        return {};
    if (Digest::sha256(bytes) != entry.sha256) {
        *error = {MirrorError::Code::CourseChecksumMismatch, entry.id, entry.path};
        return {};
    }
    auto invalid = [&](const QString &what) {
        *error = {MirrorError::Code::CourseInvalid, entry.id, what};
        return Course{};
    };

    // The documented schema, whole: a course file that is not what it says would replace a good
    // course with a wrong one, so anything out of shape refuses the course.
    Course course;
    course.remoteId = object.value(u"id"_s).toString();
    if (!object.value(u"id"_s).isString() || course.remoteId != entry.id)
        return invalid(u"id differs from the catalogue"_s);
    if (!optionalString(object, u"shortName"_s) || !optionalString(object, u"language"_s)
        || !optionalCount(object, u"timeModified"_s)) {
        return invalid(u"shortName, language or timeModified"_s);
    }
    if (!object.value(u"sections"_s).isArray())
        return invalid(u"sections is not an array"_s);
    QSet<QString> sectionIds;
    QSet<QString> activityIds;
    course.shortName = object.value(u"shortName"_s).toString();
    course.language = object.value(u"language"_s).toString();
    course.timeModified = qint64(object.value(u"timeModified"_s).toDouble());
    if (!readText(object, u"title"_s, &course.title, true)
        || !readText(object, u"summary"_s, &course.summary, false)) {
        return invalid(u"title or summary"_s);
    }

    int sectionPosition = 0;
    for (const QJsonValue &sectionValue : object.value(u"sections"_s).toArray()) {
        if (!sectionValue.isObject())
            return invalid(u"a section is not an object"_s);
        const QJsonObject s = sectionValue.toObject();
        Section section;
        section.remoteId = s.value(u"id"_s).toString();
        section.position = sectionPosition++;
        if (!s.value(u"id"_s).isString() || section.remoteId.isEmpty()
            || !readText(s, u"title"_s, &section.title, true)
            || !readText(s, u"summary"_s, &section.summary, false)) {
            return invalid(u"section"_s);
        }
        if (sectionIds.contains(section.remoteId))
            return invalid(u"section id twice: "_s + section.remoteId);
        sectionIds.insert(section.remoteId);
        if (!s.value(u"activities"_s).isArray())
            return invalid(u"activities of section "_s + section.remoteId);
        int activityPosition = 0;
        for (const QJsonValue &activityValue : s.value(u"activities"_s).toArray()) {
            if (!activityValue.isObject())
                return invalid(u"an activity is not an object"_s);
            const QJsonObject a = activityValue.toObject();
            Activity activity;
            activity.remoteId = a.value(u"id"_s).toString();
            activity.position = activityPosition++;
            activity.kind = activityKindFromString(a.value(u"kind"_s).toString());
            activity.url = a.value(u"url"_s).toString();
            activity.timeModified = qint64(a.value(u"timeModified"_s).toDouble());
            if (!a.value(u"id"_s).isString() || activity.remoteId.isEmpty()
                || !a.value(u"kind"_s).isString() || !optionalString(a, u"url"_s)
                || !optionalCount(a, u"timeModified"_s)
                || !readText(a, u"title"_s, &activity.title, true)
                || !readText(a, u"description"_s, &activity.description, false)
                || !readText(a, u"entry"_s, &activity.entryPath, false)) {
                return invalid(u"activity"_s);
            }
            if (activityIds.contains(activity.remoteId))
                return invalid(u"activity id twice: "_s + activity.remoteId);
            activityIds.insert(activity.remoteId);
            if (const QJsonValue files = a.value(u"files"_s);
                !files.isUndefined() && !files.isArray()) {
                return invalid(u"files of "_s + activity.remoteId);
            }
            // The documented rules: none, viewed, watched, manual, and automatic (the activity
            // completes itself) for a SCORM lesson, whose package says when it is done.
            if (a.contains(u"completion"_s)) {
                const QString written = a.value(u"completion"_s).toString(u"?"_s);
                bool ruleOk = true;
                activity.completion = completionRuleFromString(written, &ruleOk);
                if (!ruleOk
                    || (activity.completion == CompletionRule::Automatic
                        && activity.kind != ActivityKind::Scorm)) {
                    *error = {MirrorError::Code::CompletionNotAllowed, entry.id,
                              u"activity %1: completion %2"_s.arg(activity.remoteId, written),
                              activity.remoteId, written.left(40)};
                    return {};
                }
            }
            // Format 2: the site's own identity of the activity (cmid is its id).
            if (!optionalString(a, u"module"_s) || !optionalCount(a, u"maxAttempts"_s)
                || !(optionalString(a, u"instance"_s) || isCount(a.value(u"instance"_s)))) {
                return invalid(u"module, instance or maxAttempts of "_s + activity.remoteId);
            }
            activity.module = a.value(u"module"_s).toString();
            activity.instanceId = a.value(u"instance"_s).isDouble()
                                      ? QString::number(qint64(a.value(u"instance"_s).toDouble()))
                                      : a.value(u"instance"_s).toString();
            activity.maxAttempts = int(std::min(a.value(u"maxAttempts"_s).toDouble(), 1e6));
            if (const QJsonValue autoContinue = a.value(u"autoContinue"_s);
                !autoContinue.isUndefined()) {
                if (!autoContinue.isBool())
                    return invalid(u"autoContinue of "_s + activity.remoteId);
                activity.autoContinue
                    = activity.kind == ActivityKind::Scorm && autoContinue.toBool();
            }
            for (const QJsonValue &fileValue : a.value(u"files"_s).toArray()) {
                if (!fileValue.isObject())
                    return invalid(u"a file of "_s + activity.remoteId);
                const QJsonObject f = fileValue.toObject();
                if (!f.value(u"path"_s).isString() || !f.value(u"sha256"_s).isString()
                    || !isCount(f.value(u"size"_s)) || !optionalString(f, u"mime"_s)
                    || !optionalString(f, u"role"_s) || !optionalCount(f, u"timeModified"_s)) {
                    return invalid(u"a file of "_s + activity.remoteId);
                }
                FileEntry file;
                file.path = f.value(u"path"_s).toString();
                file.mimeType = f.value(u"mime"_s).toString();
                file.size = qint64(f.value(u"size"_s).toDouble(-1));
                file.sha256 = f.value(u"sha256"_s).toString();
                file.remoteTimeModified = qint64(f.value(u"timeModified"_s).toDouble());
                file.remoteChecksum = file.sha256;
                file.remoteChecksumKind = u"sha256"_s;
                // Format 2: the site's checksum (Moodle's SHA-1 of the bytes) and address. A
                // site's file is fetched only from that site: its token goes nowhere else.
                if (!optionalString(f, u"sha1"_s) || !optionalString(f, u"url"_s))
                    return invalid(u"sha1 or url of "_s + f.value(u"path"_s).toString());
                if (const QString sha1 = f.value(u"sha1"_s).toString(); !sha1.isEmpty()) {
                    if (!isSha1(sha1))
                        return invalid(u"sha1 of "_s + f.value(u"path"_s).toString());
                    file.remoteChecksum = sha1;
                    file.remoteChecksumKind = u"sha1"_s;
                }
                if (const QString url = f.value(u"url"_s).toString(); !url.isEmpty()) {
                    const QUrl address(url, QUrl::StrictMode);
                    if (!entry.fromSite() || !isSiteAddress(address)
                        || address.host() != QUrl(entry.origin.baseUrl).host()) {
                        return invalid(u"url of "_s + f.value(u"path"_s).toString());
                    }
                    file.remoteUrl = url;
                }
                bool roleOk = true;
                if (f.contains(u"role"_s))
                    file.role = fileRoleFromString(f.value(u"role"_s).toString(), &roleOk);
                if (!isSafeRelativePath(file.path)) {
                    *error = {MirrorError::Code::UnsafePath, file.path, {}};
                    return {};
                }
                if (!roleOk || file.size < 0 || !ContentStore::isSha256(file.sha256))
                    return invalid(u"file "_s + file.path);
                if (activity.fileAt(file.path))
                    return invalid(u"duplicate path "_s + file.path);
                activity.files.append(file);
            }
            if (!activity.files.isEmpty() && activity.entryPath.defaultText().isEmpty())
                return invalid(u"no entry for "_s + activity.remoteId);
            // Every entry path must name one of the activity's files.
            QStringList entries{activity.entryPath.defaultText()};
            entries += activity.entryPath.translations().values();
            for (const QString &path : std::as_const(entries)) {
                if (!path.isEmpty() && !activity.fileAt(path))
                    return invalid(u"entry "_s + path);
            }
            section.activities.append(activity);
        }
        course.sections.append(section);
    }
    return course;
}

} // namespace clikc
