#include "mirrorexporter.h"

#include "contentstore.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "util/digest.h"
#include "util/failpoint.h"
#include "util/freespace.h"
#include "util/safefile.h"
#include "util/signing.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcExport, "clikc.export")

namespace clikc {
namespace {

constexpr qint64 kChunk = 1024 * 1024;
// Room kept free beyond what the files need: the course descriptions, the catalogue and the
// file system's own blocks.
constexpr qint64 kSpareBytes = 4 * 1024 * 1024;
const QString kPartial = u".partial"_s;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// The size of a regular file at `path`, not following a link; -1 for anything else or nothing.
qint64 regularFileSize(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(encoded(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    return qint64(st.st_size);
}

enum class Entry { Nothing, Folder, Other };

Entry entryAt(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(encoded(path).constData(), &st) != 0)
        return Entry::Nothing;
    return S_ISDIR(st.st_mode) ? Entry::Folder : Entry::Other;
}

// A folder of the mirror: made when missing; a link or a file in its place is refused.
bool ensureFolder(const QString &path)
{
    switch (entryAt(path)) {
    case Entry::Folder:
        return true;
    case Entry::Other:
        return false;
    case Entry::Nothing:
        // Readable by everyone whatever the process's umask (the library's own files are
        // private): a mirror is made to be shared, served by a web server as another user.
        if (::mkdir(encoded(path).constData(), 0755) == 0) {
            ::chmod(encoded(path).constData(), 0755);
            return true;
        }
        return entryAt(path) == Entry::Folder;
    }
    return false;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd); // some file systems (vfat on old kernels) refuse; the files are synced
        ::close(fd);
    }
}

bool renameOver(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) == 0;
}

// Opens a hidden name for writing as a new file: what a cut export left there goes first, and
// the file is created exclusively (O_EXCL), so a link someone put in its place is never
// followed (the folder may be a share other people write to).
bool openNew(QFile &file)
{
    QFile::remove(file.fileName()); // a link itself, never what it points to
    // Readable by everyone (see ensureFolder), whatever the umask.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
           && ::fchmod(file.handle(), 0644) == 0;
}

// Writes `bytes` to `folder/name` whole or not at all: a hidden name first, synced, renamed.
bool writeAtomically(const QString &folder, const QString &name, const QByteArray &bytes,
                     QString *why)
{
    const QString partial = folder + u"/."_s + name + kPartial;
    QFile file(partial);
    if (!openNew(file) || file.write(bytes) != bytes.size() || !file.flush()
        || ::fsync(file.handle()) != 0) {
        *why = file.errorString();
        file.close();
        QFile::remove(partial);
        return false;
    }
    file.close();
    if (!renameOver(partial, folder + u'/' + name)) {
        *why = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool isHexName(const QString &name, int length)
{
    return name.size() == length && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QJsonObject fileJson(const FileEntry &file, qint64 size, const QString &sha1, bool fromSite)
{
    QJsonObject f{{u"path"_s, file.path},
                  {u"mime"_s, file.mimeType},
                  {u"size"_s, size},
                  {u"sha256"_s, file.sha256},
                  {u"timeModified"_s, file.remoteTimeModified}};
    if (file.role != FileRole::Main)
        f.insert(u"role"_s, keyOf(file.role));
    if (!sha1.isEmpty())
        f.insert(u"sha1"_s, sha1);
    // The site's own address of the file, from which a later sync compares versions; files
    // unpacked here from a package have none.
    if (fromSite && !file.remoteUrl.isEmpty())
        f.insert(u"url"_s, file.remoteUrl);
    return f;
}

// What the course's files are: sha256 → (size, SHA-1).
using BlobFacts = QHash<QString, std::pair<qint64, QString>>;

QJsonObject activityJson(const Activity &activity, const BlobFacts &facts, bool fromSite)
{
    QJsonObject a{{u"id"_s, activity.remoteId},
                  {u"kind"_s, keyOf(activity.kind)},
                  {u"title"_s, activity.title.toJson()},
                  {u"description"_s, activity.description.toJson()},
                  {u"timeModified"_s, activity.timeModified}};
    if (activity.completion != CompletionRule::None)
        a.insert(u"completion"_s, keyOf(activity.completion));
    if (activity.kind == ActivityKind::Scorm && activity.autoContinue)
        a.insert(u"autoContinue"_s, true);
    if (!activity.url.isEmpty())
        a.insert(u"url"_s, activity.url);
    if (!activity.module.isEmpty())
        a.insert(u"module"_s, activity.module);
    if (!activity.instanceId.isEmpty())
        a.insert(u"instance"_s, activity.instanceId);
    if (activity.maxAttempts > 0)
        a.insert(u"maxAttempts"_s, activity.maxAttempts);
    QJsonArray files;
    for (const FileEntry &file : activity.files)
        files.append(fileJson(file, facts.value(file.sha256).first, facts.value(file.sha256).second,
                              fromSite));
    a.insert(u"files"_s, files);
    if (!activity.files.isEmpty())
        a.insert(u"entry"_s, activity.entryPath.isEmpty() ? QJsonValue(activity.files.first().path)
                                                          : activity.entryPath.toJson());
    return a;
}

QJsonObject courseJson(const Course &course, const BlobFacts &facts, bool fromSite)
{
    QJsonArray sections;
    for (const Section &section : course.sections) {
        QJsonArray activities;
        for (const Activity &activity : section.activities)
            activities.append(activityJson(activity, facts, fromSite));
        sections.append(QJsonObject{{u"id"_s, section.remoteId},
                                    {u"title"_s, section.title.toJson()},
                                    {u"summary"_s, section.summary.toJson()},
                                    {u"activities"_s, activities}});
    }
    QJsonObject c{{u"id"_s, course.remoteId},
                  {u"shortName"_s, course.shortName},
                  {u"title"_s, course.title.toJson()},
                  {u"summary"_s, course.summary.toJson()},
                  {u"timeModified"_s, course.timeModified},
                  {u"sections"_s, sections}};
    if (!course.language.isEmpty())
        c.insert(u"language"_s, course.language);
    return c;
}

QJsonObject originJson(const Source &source)
{
    QJsonObject origin{{u"kind"_s, keyOf(source.kind)},
                       {u"id"_s, source.remoteId},
                       {u"title"_s, source.title.toJson()}};
    if (source.kind == SourceKind::Moodle || source.kind == SourceKind::Totara)
        origin.insert(u"url"_s, source.baseUrl);
    return origin;
}

// What a folder may hold besides a mirror when it is the top of a drive.
bool isIgnorable(const QString &name)
{
    return name.startsWith(u'.') || name == u"lost+found"_s
           || name == u"System Volume Information"_s;
}

struct Blob
{
    qint64 size = 0;
    QString sha1;          // known, or computed while copying
    QString exampleCourse; // to name a damaged file
    QString examplePath;
    QList<int> courses; // indices of the courses that use it
};

} // namespace

MirrorExporter::MirrorExporter(Database &database, ContentStore &store)
    : m_database(database)
    , m_store(store)
{}

QByteArray MirrorExporter::canonicalJson(const QJsonObject &object)
{
    // Qt indents by four spaces; the format says two. Indentation is the only run of spaces at
    // the start of a line (strings escape their line breaks).
    const QByteArray indented = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(indented.size());
    qsizetype start = 0;
    while (start < indented.size()) {
        qsizetype end = indented.indexOf('\n', start);
        if (end < 0)
            end = indented.size() - 1;
        qsizetype spaces = 0;
        while (start + spaces < end && indented.at(start + spaces) == ' ')
            ++spaces;
        out.append(spaces / 2, ' ');
        out.append(indented.constData() + start + spaces, end - start - spaces + 1);
        start = end + 1;
    }
    if (!out.endsWith('\n'))
        out.append('\n');
    return out;
}

MirrorExporter::Report MirrorExporter::write(const QString &folder, const QList<qint64> &courseIds,
                                             const Options &options,
                                             const ProgressCallback &progress)
{
    Report report;
    const auto refuse
        = [&](MirrorError::Code code, const QString &subject, const QString &detail = {}) {
              report.errors.append({code, subject, detail});
              return report;
          };

    // The folder: missing (made), empty, or a mirror already. Never another folder's files.
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return refuse(MirrorError::Code::ExportFolderUnusable, folder);
        ::chmod(encoded(folder).constData(), 0755); // made here: shared like what goes in it
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isWritable())
        return refuse(MirrorError::Code::ExportFolderUnusable, folder);
    const QString cataloguePath = root + u"/catalogue.json"_s;
    if (regularFileSize(cataloguePath) >= 0) {
        MirrorError existing;
        MirrorCatalogue::read(root, &existing);
        if (existing.code == MirrorError::Code::NotAMirror)
            return refuse(MirrorError::Code::ExportFolderNotEmpty, folder);
    } else {
        const QStringList entries = QDir(root).entryList(QDir::AllEntries | QDir::Hidden
                                                         | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : entries) {
            if (name != u"files"_s && name != u"courses"_s && name != u"signatures"_s
                && !isIgnorable(name))
                return refuse(MirrorError::Code::ExportFolderNotEmpty, folder);
        }
    }
    const QString filesRoot = root + u"/files"_s;
    const QString coursesRoot = root + u"/courses"_s;
    const QString signaturesRoot = root + u"/signatures"_s;
    if (!ensureFolder(filesRoot) || !ensureFolder(coursesRoot) || !ensureFolder(signaturesRoot))
        return refuse(MirrorError::Code::ExportFolderUnusable, folder);

    // The courses, whole: every file's bytes on this computer.
    QSqlDatabase db = m_database.connection();
    CourseRepository courseRepository(db);
    SourceRepository sourceRepository(db);
    QList<Course> courses;
    QList<Source> origins;
    QHash<qint64, Source> sources;
    for (qint64 id : courseIds) {
        std::optional<Course> course = courseRepository.course(id);
        if (!course) {
            report.errors.append({MirrorError::Code::CourseNotInLibrary, QString::number(id), {}});
            continue;
        }
        bool whole = true;
        for (const Section &section : std::as_const(course->sections)) {
            for (const Activity &activity : section.activities) {
                for (const FileEntry &file : activity.files)
                    whole = whole && file.state == FileState::Ready
                            && ContentStore::isSha256(file.sha256);
            }
        }
        if (!whole) {
            report.errors.append(
                {MirrorError::Code::CourseIncomplete, course->title.defaultText(), {}});
            continue;
        }
        if (!sources.contains(course->sourceId))
            sources.insert(course->sourceId,
                           sourceRepository.source(course->sourceId).value_or(Source{}));
        origins.append(sources.value(course->sourceId));
        courses.append(std::move(*course));
    }

    // Nothing to export: the folder is left as it was (an empty catalogue would remove the
    // mirror that is there).
    if (courses.isEmpty())
        return report;

    // Each content once, with what a damaged copy would be reported as.
    QHash<QString, Blob> blobs;
    for (int i = 0; i < courses.size(); ++i) {
        for (const Section &section : std::as_const(courses[i].sections)) {
            for (const Activity &activity : section.activities) {
                for (const FileEntry &file : activity.files) {
                    Blob &blob = blobs[file.sha256];
                    if (blob.courses.isEmpty()) {
                        // The bytes' own size: a site's generated file (a page's index.html)
                        // is recorded with size 0, "unknown".
                        blob.size = QFileInfo(m_store.pathOf(file.sha256)).size();
                        blob.exampleCourse = courses[i].title.defaultText();
                        blob.examplePath = file.path;
                    }
                    if (!blob.courses.contains(i))
                        blob.courses.append(i);
                }
            }
        }
    }
    BlobRepository blobRepository(db);
    const QHash<QString, QString> noted = blobRepository.sha1s(blobs.keys());
    QStringList toCopy;
    QStringList toHash; // in the folder already; their SHA-1 read from this computer's copy
    qint64 copyBytes = 0;
    qint64 hashBytes = 0;
    for (auto it = blobs.begin(); it != blobs.end(); ++it) {
        it->sha1 = noted.value(it.key());
        const QString target = MirrorCatalogue::objectPath(root, it.key());
        if (regularFileSize(target) == it->size) {
            ++report.filesKept;
            if (it->sha1.isEmpty()) {
                toHash.append(it.key());
                hashBytes += it->size;
            }
        } else {
            toCopy.append(it.key());
            copyBytes += it->size;
        }
    }
    std::sort(toCopy.begin(), toCopy.end());
    std::sort(toHash.begin(), toHash.end());

    const std::optional<qint64> free = freeBytes(root);
    if (!free || *free < copyBytes + kSpareBytes) {
        report.filesKept = 0;
        MirrorError noSpace{MirrorError::Code::ExportNoSpace,
                            QString::number(copyBytes + kSpareBytes), root};
        noSpace.value = QString::number(free.value_or(0));
        report.errors.append(noSpace);
        return report;
    }

    const qint64 total = copyBytes + hashBytes;
    qint64 done = 0;
    QSet<int> damagedCourses;
    QHash<QString, QString> computed; // sha256 → sha1 found here, to note in the library
    QSet<QString> touchedFolders;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const auto damaged = [&](const QString &sha) {
        const Blob &blob = blobs[sha];
        report.errors.append(
            {MirrorError::Code::StoreFileDamaged, blob.examplePath, blob.exampleCourse});
        for (int i : blob.courses)
            damagedCourses.insert(i);
    };
    // Reads a stored file once, checking its SHA-256 and computing its SHA-1, into `out` when
    // given. False (with the reason) when the copy here is damaged or cannot be written.
    enum class Copied { Ok, Damaged, WriteFailed, Stopped };
    const auto readStored = [&](const QString &sha, QFile *out) {
        QFile in(m_store.pathOf(sha));
        if (!in.open(QIODevice::ReadOnly))
            return Copied::Damaged;
        Digest sha256(Digest::Algorithm::Sha256);
        Digest sha1(Digest::Algorithm::Sha1);
        qint64 size = 0;
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Copied::Damaged;
            if (n == 0)
                break;
            const QByteArrayView chunk(buffer.constData(), n);
            sha256.addData(chunk);
            sha1.addData(chunk);
            size += n;
            if (out && out->write(buffer.constData(), n) != n)
                return Copied::WriteFailed;
            done += n;
            if (progress && !progress(done, total))
                return Copied::Stopped;
        }
        if (size != blobs[sha].size || sha256.hexResult() != sha)
            return Copied::Damaged;
        computed.insert(sha, sha1.hexResult());
        blobs[sha].sha1 = computed.value(sha);
        return Copied::Ok;
    };
    if (progress && !progress(0, total)) {
        report.cancelled = true;
        return report;
    }
    for (const QString &sha : std::as_const(toCopy)) {
        const QString folderOfFile = filesRoot + u'/' + sha.left(2);
        if (!ensureFolder(folderOfFile))
            return refuse(MirrorError::Code::ExportFolderUnusable, folderOfFile);
        touchedFolders.insert(folderOfFile);
        const QString partial = folderOfFile + u"/."_s + sha + kPartial;
        QFile out(partial);
        if (!openNew(out))
            return refuse(MirrorError::Code::ExportWriteFailed, partial, out.errorString());
        const Copied copied = readStored(sha, &out);
        const bool synced = copied == Copied::Ok && out.flush() && ::fsync(out.handle()) == 0;
        const QString why = out.errorString();
        out.close();
        if (copied == Copied::Damaged) {
            QFile::remove(partial);
            damaged(sha);
            continue;
        }
        if (copied == Copied::Stopped) {
            QFile::remove(partial);
            report.cancelled = true;
            return report;
        }
        if (!synced || !renameOver(partial, MirrorCatalogue::objectPath(root, sha))) {
            QFile::remove(partial);
            return refuse(MirrorError::Code::ExportWriteFailed,
                          MirrorCatalogue::objectPath(root, sha), why);
        }
        ++report.filesCopied;
        report.bytesCopied += blobs[sha].size;
        failpoint::hit("export-file-copied");
    }
    for (const QString &sha : std::as_const(toHash)) {
        const Copied hashed = readStored(sha, nullptr);
        if (hashed == Copied::Stopped) {
            report.cancelled = true;
            return report;
        }
        if (hashed != Copied::Ok)
            damaged(sha);
    }
    for (const QString &path : std::as_const(touchedFolders))
        syncFolder(path);
    syncFolder(filesRoot);

    // The SHA-1s learnt here are noted, so that the next export reads nothing it keeps.
    if (!computed.isEmpty()) {
        ScopedTransaction transaction(db);
        for (auto it = computed.cbegin(); it != computed.cend(); ++it)
            (void)blobRepository.setSha1(it.key(), it.value());
        if (const StorageError committed = transaction.commit(); committed.isError())
            qCWarning(lcExport) << "could not note SHA-1s:" << committed.key();
    }

    // The course descriptions, named by their own SHA-256: an old catalogue's stay readable.
    BlobFacts facts;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        facts.insert(it.key(), {it->size, it->sha1});
    QJsonArray entries;
    QSet<QString> keptCourseFiles;
    QSet<QString> keptObjects;
    for (int i = 0; i < courses.size(); ++i) {
        if (damagedCourses.contains(i))
            continue;
        const Course &course = courses[i];
        const Source &origin = origins[i];
        const bool fromSite
            = origin.kind == SourceKind::Moodle || origin.kind == SourceKind::Totara;
        const QByteArray bytes = canonicalJson(courseJson(course, facts, fromSite));
        const QString sha = Digest::sha256(bytes);
        const QString name = sha + u".json"_s;
        if (regularFileSize(coursesRoot + u'/' + name) != bytes.size()) {
            QString why;
            if (!writeAtomically(coursesRoot, name, bytes, &why))
                return refuse(MirrorError::Code::ExportWriteFailed, coursesRoot + u'/' + name, why);
        }
        keptCourseFiles.insert(name);
        qint64 size = 0;
        QSet<QString> counted;
        for (const Section &section : course.sections) {
            for (const Activity &activity : section.activities) {
                for (const FileEntry &file : activity.files) {
                    keptObjects.insert(file.sha256);
                    if (!counted.contains(file.sha256)) {
                        counted.insert(file.sha256);
                        size += blobs.value(file.sha256).size;
                    }
                }
            }
        }
        QJsonObject entry{{u"id"_s, course.remoteId},
                          {u"path"_s, QString(u"courses/"_s + name)},
                          {u"sha256"_s, sha},
                          {u"size"_s, size},
                          {u"title"_s, course.title.toJson()}};
        if (!origin.remoteId.isEmpty())
            entry.insert(u"origin"_s, originJson(origin));
        entries.append(entry);
        report.exported.append({course.id, course.remoteId, course.title});
    }
    syncFolder(coursesRoot);
    if (report.exported.isEmpty())
        return report; // every course's files were damaged here: the old mirror stays
    failpoint::hit("export-before-catalogue");

    // The catalogue last, renamed over the old one: the moment the new mirror exists. Its
    // signature goes first, under a name of its own (the catalogue's SHA-256).
    QJsonObject catalogue{
        {u"format"_s, u"clikc-mirror"_s},
        {u"version"_s, MirrorCatalogue::kFormatVersion},
        {u"generator"_s, options.generator},
        {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"source"_s, QJsonObject{{u"id"_s, options.sourceId}, {u"title"_s, options.title}}},
        {u"courses"_s, entries}};
    const QByteArray publicKey = signing::publicKeyOf(options.signingKey);
    if (!publicKey.isEmpty()) {
        catalogue.insert(u"signer"_s,
                         QJsonObject{{u"name"_s, QString(options.signerName.trimmed())},
                                     {u"publicKey"_s, QString::fromLatin1(publicKey.toBase64())}});
    }
    const QByteArray catalogueBytes = canonicalJson(catalogue);
    QString why;
    QString signatureName;
    if (!publicKey.isEmpty()) {
        signatureName
            = QFileInfo(MirrorCatalogue::signaturePath(Digest::sha256(catalogueBytes))).fileName();
        if (!writeAtomically(signaturesRoot, signatureName,
                             signing::sign(catalogueBytes, options.signingKey).toBase64() + '\n',
                             &why)) {
            return refuse(MirrorError::Code::ExportWriteFailed,
                          signaturesRoot + u'/' + signatureName, why);
        }
        syncFolder(signaturesRoot);
        report.signedCatalogue = true;
    }
    if (!writeAtomically(root, u"catalogue.json"_s, catalogueBytes, &why))
        return refuse(MirrorError::Code::ExportWriteFailed, cataloguePath, why);
    syncFolder(root);
    failpoint::hit("export-before-cleanup");

    // What no course of the new catalogue uses goes (only names a mirror's writer makes).
    for (const QString &name : QDir(coursesRoot).entryList(QDir::Files | QDir::Hidden)) {
        const bool ours = (name.endsWith(u".json"_s) && isHexName(name.chopped(5), 64))
                          || name.endsWith(kPartial);
        if (ours && !keptCourseFiles.contains(name) && QFile::remove(coursesRoot + u'/' + name)
            && !name.endsWith(kPartial)) {
            ++report.filesRemoved;
        }
    }
    for (const QString &name : QDir(signaturesRoot).entryList(QDir::Files | QDir::Hidden)) {
        const bool ours = (name.endsWith(u".sig"_s) && isHexName(name.chopped(4), 64))
                          || name.endsWith(kPartial);
        if (ours && name != signatureName)
            QFile::remove(signaturesRoot + u'/' + name);
    }
    for (const QString &prefix : QDir(filesRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = filesRoot + u'/' + prefix;
        if (!isHexName(prefix, 2) || entryAt(path) != Entry::Folder)
            continue;
        for (const QString &name : QDir(path).entryList(QDir::Files | QDir::Hidden)) {
            const bool object = isHexName(name, 64) && name.startsWith(prefix);
            if ((object && !keptObjects.contains(name)) || name.endsWith(kPartial)) {
                if (QFile::remove(path + u'/' + name) && object)
                    ++report.filesRemoved;
            }
        }
        QDir().rmdir(path); // only when empty
    }
    return report;
}

MirrorExporter::VerifyReport MirrorExporter::verify(const QString &given,
                                                    const ProgressCallback &progress)
{
    VerifyReport report;
    const QString folder = QDir::cleanPath(given);
    MirrorError error;
    const MirrorCatalogue catalogue = MirrorCatalogue::read(folder, &error);
    if (error.isError()) {
        report.errors.append(error);
        return report;
    }
    struct Named
    {
        qint64 size = 0;
        QString sha1;
        QString path;
        QString course;
    };
    QHash<QString, Named> files;
    QStringList order;
    for (const MirrorCourseEntry &entry : catalogue.courses) {
        const Course course = MirrorCatalogue::readCourse(folder, entry, &error);
        if (error.isError()) {
            report.errors.append(error);
            continue;
        }
        ++report.courses;
        for (const Section &section : course.sections) {
            for (const Activity &activity : section.activities) {
                for (const FileEntry &file : activity.files) {
                    if (files.contains(file.sha256))
                        continue;
                    order.append(file.sha256);
                    files.insert(
                        file.sha256,
                        {file.size,
                         file.remoteChecksumKind == u"sha1"_s ? file.remoteChecksum : QString(),
                         file.path, course.title.defaultText()});
                }
            }
        }
    }
    qint64 total = 0;
    for (const Named &named : std::as_const(files))
        total += named.size;
    qint64 done = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (const QString &sha : std::as_const(order)) {
        const Named &named = files[sha];
        QFile input;
        const safefile::Refusal refusal
            = safefile::openRegular(folder, MirrorCatalogue::objectPath(folder, sha), &input);
        if (refusal != safefile::Refusal::None) {
            const bool missing
                = refusal == safefile::Refusal::Missing || refusal == safefile::Refusal::Unreadable;
            report.errors.append(
                {missing ? MirrorError::Code::FileMissing : MirrorError::Code::NotARegularFile,
                 named.path, named.course});
            done += named.size;
            continue;
        }
        Digest sha256(Digest::Algorithm::Sha256);
        Digest sha1(Digest::Algorithm::Sha1);
        qint64 size = 0;
        bool readable = true;
        // Never more than the size named (a device or an endless file is cut there, and is then
        // a size mismatch).
        while (size <= named.size) {
            const qint64 n = input.read(buffer.data(), std::min(kChunk, named.size + 1 - size));
            if (n <= 0) {
                readable = n == 0;
                break;
            }
            const QByteArrayView chunk(buffer.constData(), n);
            sha256.addData(chunk);
            if (!named.sha1.isEmpty())
                sha1.addData(chunk);
            size += n;
            done += n;
            if (progress && !progress(std::min(done, total), total))
                return report;
        }
        ++report.files;
        report.bytes += size;
        if (!readable)
            report.errors.append({MirrorError::Code::FileMissing, named.path, named.course});
        else if (size != named.size)
            report.errors.append({MirrorError::Code::FileSizeMismatch, named.path, named.course});
        else if (sha256.hexResult() != sha
                 || (!named.sha1.isEmpty() && sha1.hexResult() != named.sha1))
            report.errors.append(
                {MirrorError::Code::FileChecksumMismatch, named.path, named.course});
    }
    return report;
}

} // namespace clikc
