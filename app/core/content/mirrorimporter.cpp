#include "mirrorimporter.h"

#include "contentstore.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "util/failpoint.h"
#include "util/safefile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "clikc.import")

namespace clikc {

MirrorImporter::MirrorImporter(Database &database, ContentStore &store)
    : m_database(database)
    , m_store(store)
{}

MirrorImporter::Report MirrorImporter::import(const QString &root, SourceKind kind,
                                              const QStringList &courseIds,
                                              const ProgressCallback &progress)
{
    Report report;
    MirrorError error;
    MirrorCatalogue catalogue = MirrorCatalogue::read(root, &error);
    if (error.isError()) {
        report.errors.append(error);
        return report;
    }
    catalogue.source.kind = kind;

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
    for (const MirrorCourseEntry &entry : std::as_const(wanted)) {
        if (importCourse(root, catalogue.source, entry, report, done, total, progress))
            report.imported.append(entry.id);
    }
    return report;
}

bool MirrorImporter::importCourse(const QString &root, const Source &mirrorSource,
                                  const MirrorCourseEntry &entry, Report &report, qint64 &done,
                                  qint64 total, const ProgressCallback &progress)
{
    MirrorError error;
    Course course = MirrorCatalogue::readCourse(root, entry, &error);
    if (error.isError()) {
        report.errors.append(error);
        return false;
    }

    QSqlDatabase db = m_database.connection();
    BlobRepository blobs(db);
    // The course's files are written, checked, then synced and placed together (see
    // ContentStore::Batch) just before they are recorded: two syncs per course, not one per file.
    ContentStore::Batch batch(m_store);
    QSet<QString> added;         // blobs this import placed, removed again if the course fails
    QHash<QString, qint64> seen; // sha256 → the size checked for it
    auto undo = [&] {
        for (const QString &sha : std::as_const(added)) {
            if (!blobs.contains(sha))
                m_store.remove(sha);
        }
    };
    const QString title = course.title.defaultText();

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
                if (m_store.contains(file.sha256) && blobs.contains(file.sha256)) {
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
                    const auto sha = batch.add(input, {file.sha256, file.size}, &storeError);
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
                    added.insert(*sha);
                    ++report.filesCopied;
                    report.bytesCopied += file.size;
                }
                done += file.size;
                if (progress)
                    progress(done, total);
            }
        }
    }

    ContentStore::Error placeError = ContentStore::Error::None;
    if (!batch.place(&placeError)) {
        report.errors.append({MirrorError::Code::WriteFailed, title, {}});
        undo();
        return false;
    }
    failpoint::hit("import-before-commit"); // placed, not yet recorded: orphans if it dies

    ScopedTransaction transaction(db);
    SourceRepository sources(db);
    CourseRepository courses(db);
    Source source = mirrorSource;
    StorageError written = sources.save(source);
    course.sourceId = source.id;
    for (const Section &section : std::as_const(course.sections)) {
        for (const Activity &activity : section.activities) {
            for (const FileEntry &file : activity.files) {
                if (written.ok())
                    written = blobs.add(file.sha256, file.size);
            }
        }
    }
    if (written.ok())
        written = courses.save(course);
    if (written.ok())
        written = transaction.commit();
    if (written.isError()) {
        qCWarning(lcImport) << "database update failed for course" << entry.id << written.key();
        report.errors.append({written.code == StorageError::Code::Full
                                  ? MirrorError::Code::NoSpace
                                  : MirrorError::Code::DatabaseFailed,
                              title, written.key()});
        undo();
        return false;
    }
    return true;
}

} // namespace clikc
