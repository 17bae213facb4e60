#include "mirrorimporter.h"

#include "contentstore.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "util/failpoint.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "clikc.import")

namespace clikc {

MirrorImporter::MirrorImporter(Database &database, ContentStore &store)
    : m_database(database)
    , m_store(store)
{}

struct MirrorImporter::Prepared
{
    MirrorCourseEntry entry;
    Course course;
    QSet<QString> added; // blobs this course brought into the batch
};

struct MirrorImporter::Group
{
    explicit Group(ContentStore &store)
        : batch(store)
    {}
    ContentStore::Batch batch;
    QList<Prepared> courses;
    QHash<QString, qint64> pending; // sha256 → size, of every file in the batch
    int files = 0;
    qint64 bytes = 0;
};

MirrorImporter::Report MirrorImporter::import(const QString &folder, SourceKind kind,
                                              const QStringList &courseIds,
                                              const ProgressCallback &progress,
                                              const std::optional<QByteArray> &confirmedSigner)
{
    Report report;
    const QString root = QDir::cleanPath(folder);
    MirrorError error;
    MirrorCatalogue catalogue = MirrorCatalogue::read(root, &error);
    if (error.isError()) {
        report.errors.append(error);
        return report;
    }
    const QByteArray signerKey = catalogue.signer ? catalogue.signer->publicKey : QByteArray();
    if (confirmedSigner && *confirmedSigner != signerKey) {
        report.errors.append({MirrorError::Code::SignerChanged, root, {}});
        return report;
    }
    report.signer = catalogue.signer;
    catalogue.source.kind = kind;
    if (catalogue.signer) {
        catalogue.source.signerName = catalogue.signer->name;
        catalogue.source.signerKey = QString::fromLatin1(catalogue.signer->publicKey.toBase64());
    }

    QList<MirrorCourseEntry> wanted;
    for (const QString &id : courseIds) {
        const auto it = std::find_if(catalogue.courses.cbegin(), catalogue.courses.cend(),
                                     [&](const MirrorCourseEntry &e) { return e.id == id; });
        if (it == catalogue.courses.cend())
            report.errors.append({MirrorError::Code::CourseNotInCatalogue, id, {}});
        else
            wanted.append(*it);
    }
    if (courseIds.isEmpty())
        wanted = catalogue.courses;

    qint64 total = 0;
    for (const MirrorCourseEntry &entry : std::as_const(wanted))
        total += entry.size;
    qint64 done = 0;
    Group group(m_store);
    for (const MirrorCourseEntry &entry : std::as_const(wanted)) {
        prepare(root, entry, group, report, done, total, progress);
        if (group.files >= kGroupFiles || group.bytes >= kGroupBytes)
            record(catalogue.source, group, report);
    }
    record(catalogue.source, group, report);
    return report;
}

bool MirrorImporter::prepare(const QString &root, const MirrorCourseEntry &entry, Group &group,
                             Report &report, qint64 &done, qint64 total,
                             const ProgressCallback &progress)
{
    MirrorError error;
    Prepared prepared{entry, MirrorCatalogue::readCourse(root, entry, &error), {}};
    if (error.isError()) {
        report.errors.append(error);
        return false;
    }
    Course &course = prepared.course;

    BlobRepository blobs(m_database.connection());
    QHash<QString, qint64> seen; // sha256 → the size checked for it
    // What this course brought into the batch goes again if it fails; what an earlier course
    // of the group brought stays for that course.
    auto undo = [&] {
        for (const QString &sha : std::as_const(prepared.added)) {
            group.batch.discard(sha);
            group.pending.remove(sha);
        }
    };
    const QString title = course.title.defaultText();
    int files = 0;
    qint64 bytes = 0;

    for (Section &section : course.sections) {
        for (Activity &activity : section.activities) {
            for (FileEntry &file : activity.files) {
                file.state = FileState::Ready;
                // A file's size is the size of the bytes that hash to its SHA-256: a course
                // that says otherwise, for content copied or already held, is refused.
                const auto sizeLie = [&] {
                    report.errors.append({MirrorError::Code::FileSizeMismatch, file.path, title});
                    undo();
                    return false;
                };
                if (const auto known = seen.constFind(file.sha256); known != seen.cend()) {
                    if (*known != file.size)
                        return sizeLie();
                    continue;
                }
                seen.insert(file.sha256, file.size);
                if (const auto pending = group.pending.constFind(file.sha256);
                    pending != group.pending.cend()) {
                    // Copied and checked for an earlier course of the group.
                    if (*pending != file.size)
                        return sizeLie();
                    ++report.filesReused;
                } else if (m_store.holdsGood(file.sha256) && blobs.contains(file.sha256)) {
                    // (In a folder other accounts share, checked against its name first.)
                    if (QFileInfo(m_store.pathOf(file.sha256)).size() != file.size)
                        return sizeLie();
                    ++report.filesReused;
                } else {
                    const QString source = MirrorCatalogue::objectPath(root, file.sha256);
                    // Only a regular file inside the mirror: never what a link points to, and
                    // never a device or a FIFO (which would hang the import).
                    QFile input;
                    const safefile::Refusal refusal = safefile::openRegular(root, source, &input);
                    if (refusal != safefile::Refusal::None) {
                        const bool missing = refusal == safefile::Refusal::Missing
                                             || refusal == safefile::Refusal::Unreadable;
                        report.errors.append({missing ? MirrorError::Code::FileMissing
                                                      : MirrorError::Code::NotARegularFile,
                                              file.path, title});
                        undo();
                        return false;
                    }
                    ContentStore::Error storeError = ContentStore::Error::None;
                    const auto sha = group.batch.add(input, {file.sha256, file.size}, &storeError);
                    if (!sha) {
                        using E = ContentStore::Error;
                        const MirrorError::Code code
                            = storeError == E::SizeMismatch ? MirrorError::Code::FileSizeMismatch
                              : storeError == E::ChecksumMismatch
                                  ? MirrorError::Code::FileChecksumMismatch
                              : storeError == E::NoSpace    ? MirrorError::Code::NoSpace
                              : storeError == E::ReadFailed ? MirrorError::Code::FileMissing
                                                            : MirrorError::Code::WriteFailed;
                        const QString subject = code == MirrorError::Code::NoSpace
                                                        || code == MirrorError::Code::WriteFailed
                                                    ? title
                                                    : file.path;
                        report.errors.append({code, subject, title});
                        undo();
                        return false;
                    }
                    if (group.batch.contains(*sha)) {
                        prepared.added.insert(*sha);
                        group.pending.insert(*sha, file.size);
                    }
                    ++files;
                    bytes += file.size;
                    ++report.filesCopied;
                    report.bytesCopied += file.size;
                }
                done += file.size;
                if (progress)
                    progress(done, total);
            }
        }
    }
    group.files += files;
    group.bytes += bytes;
    group.courses.append(std::move(prepared));
    return true;
}

void MirrorImporter::record(const Source &mirrorSource, Group &group, Report &report)
{
    if (group.courses.isEmpty())
        return;
    const auto clear = qScopeGuard([&group] {
        group.courses.clear();
        group.pending.clear();
        group.files = 0;
        group.bytes = 0;
    });
    QSqlDatabase db = m_database.connection();
    BlobRepository blobs(db);
    // The placed files of these courses that no record names (after a failure) go again.
    const auto undo = [&](const QList<const Prepared *> &failed) {
        for (const Prepared *course : failed) {
            for (const QString &sha : course->added) {
                if (!blobs.contains(sha))
                    m_store.remove(sha);
            }
        }
    };
    const auto failAll = [&](const MirrorError &why) {
        QList<const Prepared *> all;
        for (const Prepared &course : std::as_const(group.courses)) {
            report.errors.append({why.code, course.course.title.defaultText(), why.detail});
            all.append(&course);
        }
        undo(all);
    };

    ContentStore::Error placeError = ContentStore::Error::None;
    if (!group.batch.place(&placeError)) {
        failAll({MirrorError::Code::WriteFailed, {}, {}});
        return;
    }
    failpoint::hit("import-before-commit"); // placed, not yet recorded: orphans if it dies

    ScopedTransaction transaction(db);
    SourceRepository sources(db);
    CourseRepository courses(db);
    Source source = mirrorSource;
    StorageError written = sources.save(source);
    // Format 2: a course recorded under where it comes from — its site (the course a learner
    // signed in there has, not a second one), or the mirror it was first imported from. Every
    // origin is written before the courses, outside their savepoints.
    QHash<QString, qint64> origins; // keyOf(kind) + '\n' + remote id → source id
    const auto keyOfOrigin = [](const MirrorCourseEntry &entry) -> QString {
        return keyOf(entry.origin.kind) + u'\n' + entry.origin.remoteId;
    };
    for (const Prepared &prepared : std::as_const(group.courses)) {
        const MirrorCourseEntry &entry = prepared.entry;
        const QString key = keyOfOrigin(entry);
        if (written.isError() || !entry.hasOrigin() || origins.contains(key))
            continue;
        Source origin = entry.origin;
        if (!entry.fromSite()) {
            origin.baseUrl = mirrorSource.baseUrl;
            origin.signerName = mirrorSource.signerName;
            origin.signerKey = mirrorSource.signerKey;
        }
        written = entry.fromSite() ? sources.saveIfAbsent(origin) : sources.save(origin);
        origins.insert(key, origin.id);
    }
    QList<const Prepared *> failed;
    QList<MirrorError> refused; // said once the group's fate is known
    QStringList recorded;
    for (Prepared &prepared : group.courses) {
        if (written.isError())
            break;
        Course &course = prepared.course;
        // Each course on its own: one that cannot be written is undone alone.
        QSqlQuery savepoint(db);
        if (!savepoint.exec(u"SAVEPOINT course"_s)) {
            written = {StorageError::Code::Failed};
            break;
        }
        StorageError saved;
        course.sourceId
            = prepared.entry.hasOrigin() ? origins.value(keyOfOrigin(prepared.entry)) : source.id;
        for (const Section &section : std::as_const(course.sections)) {
            for (const Activity &activity : section.activities) {
                for (const FileEntry &file : activity.files) {
                    if (saved.ok())
                        saved = blobs.add(file.sha256, file.size);
                }
            }
        }
        if (saved.ok())
            saved = courses.save(course);
        if (saved.ok() && prepared.entry.fromSite())
            saved = courses.markFromMirror(course.id);
        if (saved.isError()) {
            savepoint.exec(u"ROLLBACK TO course"_s);
            qCWarning(lcImport) << "database update failed for course" << prepared.entry.id
                                << saved.key();
            refused.append({saved.code == StorageError::Code::Full
                                ? MirrorError::Code::NoSpace
                                : MirrorError::Code::DatabaseFailed,
                            course.title.defaultText(), saved.key()});
            failed.append(&prepared);
        } else {
            recorded.append(prepared.entry.id);
        }
        savepoint.exec(u"RELEASE course"_s);
    }
    if (written.ok())
        written = transaction.commit();
    if (written.isError()) {
        qCWarning(lcImport) << "database update failed for" << group.courses.size() << "courses"
                            << written.key();
        // Nothing of the group is recorded: every course fails, once.
        failAll({written.code == StorageError::Code::Full ? MirrorError::Code::NoSpace
                                                          : MirrorError::Code::DatabaseFailed,
                 {},
                 written.key()});
        return;
    }
    report.imported += recorded;
    report.errors += refused;
    undo(failed);
}

} // namespace clikc
