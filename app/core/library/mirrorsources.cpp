#include "mirrorsources.h"

#include "coursemerge.h"
#include "libraryworker.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

Q_LOGGING_CATEGORY(lcMirrorSources, "clikc.mirrorsources")

} // namespace

QFuture<MirrorSources::Listing> MirrorSources::record(const QString &stagedRoot,
                                                      const QString &baseUrl, bool allowHttp,
                                                      const QByteArray &confirmedSigner)
{
    return m_worker.run([this, stagedRoot, baseUrl, allowHttp, confirmedSigner] {
        Listing listing;
        const MirrorCatalogue catalogue = MirrorCatalogue::read(stagedRoot, &listing.error);
        if (listing.error.isError())
            return listing;
        const QByteArray signerKey = catalogue.signer ? catalogue.signer->publicKey : QByteArray();
        if (confirmedSigner != signerKey) {
            listing.error = {MirrorError::Code::SourceSignerChanged, baseUrl, {}};
            return listing;
        }
        listing.signer = catalogue.signer;
        listing.courses = int(catalogue.courses.size());

        Source source = catalogue.source;
        source.kind = SourceKind::Mirror;
        source.baseUrl = baseUrl;
        source.allowHttp = allowHttp;
        if (catalogue.signer) {
            source.signerName = catalogue.signer->name;
            source.signerKey = QString::fromLatin1(catalogue.signer->publicKey.toBase64());
        }

        // Every course is read and checked before anything is written.
        struct Listed
        {
            MirrorCourseEntry entry;
            Course course;
        };
        QList<Listed> courses;
        QList<MirrorObject> objects;
        QSet<QString> seen;    // sha256 + '\n' + the site's address
        QSet<QString> counted; // sha256
        for (const MirrorCourseEntry &entry : catalogue.courses) {
            MirrorError error;
            Course course = MirrorCatalogue::readCourse(stagedRoot, entry, &error);
            if (error.isError()) {
                listing.courseErrors.append(error);
                continue;
            }
            for (Section &section : course.sections) {
                for (Activity &activity : section.activities) {
                    for (FileEntry &file : activity.files) {
                        const QString sha1 = file.remoteChecksumKind == u"sha1"_s
                                                 ? file.remoteChecksum.toLower()
                                                 : QString();
                        const QString siteUrl = entry.fromSite() ? file.remoteUrl : QString();
                        if (!seen.contains(file.sha256 + u'\n' + siteUrl)) {
                            seen.insert(file.sha256 + u'\n' + siteUrl);
                            objects.append({file.sha256, sha1, file.size, siteUrl,
                                            siteUrl.isEmpty() ? 0 : file.remoteTimeModified});
                        }
                        if (!counted.contains(file.sha256)) {
                            counted.insert(file.sha256);
                            listing.bytes += file.size;
                        }
                        if (!entry.fromSite()) {
                            // The mirror's own course: its files come from the mirror, named
                            // and checked by their SHA-256.
                            file.remoteUrl
                                = MirrorCatalogue::objectUrl(baseUrl, file.sha256).toString();
                            file.remoteChecksum = file.sha256;
                            file.remoteChecksumKind = u"sha256"_s;
                        }
                        // Not on this computer until downloaded (a file already here is kept
                        // by the merge below).
                        file.sha256.clear();
                        file.state = FileState::Remote;
                    }
                }
            }
            courses.append({entry, std::move(course)});
        }

        QSqlDatabase db = m_worker.database().connection();
        SourceRepository sources(db);
        CourseRepository repository(db);
        {
            ScopedTransaction transaction(db);
            StorageError written = sources.subscribe(source);
            if (written.ok())
                written = sources.setMirrorObjects(source.id, objects);
            if (written.ok() && catalogue.signer)
                written = sources.trustSigner(catalogue.signer->name, source.signerKey);
            if (written.ok())
                written = transaction.commit();
            if (written.isError()) {
                m_worker.report(LibraryError::fromStorage(written));
                listing.error
                    = {written.code == StorageError::Code::Full ? MirrorError::Code::NoSpace
                                                                : MirrorError::Code::DatabaseFailed,
                       baseUrl, written.key()};
                return listing;
            }
        }
        listing.source = source;

        for (Listed &listed : courses) {
            const MirrorCourseEntry &entry = listed.entry;
            Course &incoming = listed.course;
            // Read, merged and written in one transaction: the downloads thread may finish one
            // of the course's files meanwhile.
            ScopedTransaction transaction(db);
            StorageError written;
            qint64 sourceId = source.id;
            if (entry.fromSite()) {
                // The site's course, as an import records it: one course once the learner signs
                // in there, its files fetched from the mirror.
                Source origin = entry.origin;
                written = sources.saveIfAbsent(origin);
                sourceId = origin.id;
                // Held already (the site's sync, or this mirror before): the site says what it
                // is now, and a mirror made earlier must not take back what changed since; the
                // mirror still serves the files it has (mirror_objects).
                if (written.ok() && repository.idOf(sourceId, incoming.remoteId)) {
                    listing.listed.append(entry.id);
                    continue;
                }
            } else if (entry.hasOrigin()) {
                // Brought into the mirror from another mirror or the bundled sample: a course
                // held from there already is that course, not a second one.
                Source origin = entry.origin;
                if (const auto held = sources.find(origin.kind, origin.remoteId);
                    held && repository.idOf(*held, incoming.remoteId)) {
                    listing.listed.append(entry.id);
                    continue;
                }
            }
            incoming.sourceId = sourceId;
            std::optional<Course> existing;
            if (written.ok()) {
                if (const auto id = repository.idOf(sourceId, incoming.remoteId))
                    existing = repository.course(*id);
            }
            Course merged = mergeRemoteCourse(std::move(incoming), existing);
            if (written.ok())
                written = repository.save(merged);
            if (written.ok() && entry.fromSite())
                written = repository.markFromMirror(merged.id);
            if (written.ok())
                written = transaction.commit();
            if (written.isError()) {
                qCWarning(lcMirrorSources) << "could not record" << entry.id << written.key();
                listing.courseErrors.append({written.code == StorageError::Code::Full
                                                 ? MirrorError::Code::NoSpace
                                                 : MirrorError::Code::DatabaseFailed,
                                             merged.title.defaultText(), written.key()});
                continue;
            }
            listing.listed.append(entry.id);
        }
        Q_EMIT m_worker.libraryChanged();
        return listing;
    });
}

QFuture<QList<Source>> MirrorSources::subscribed()
{
    return m_worker.run(
        [this] { return SourceRepository(m_worker.database().connection()).subscribed(); });
}

QFuture<LibraryError> MirrorSources::remove(qint64 sourceId)
{
    return m_worker.run([this, sourceId] {
        QSqlDatabase db = m_worker.database().connection();
        ScopedTransaction transaction(db);
        StorageError written = SourceRepository(db).unsubscribe(sourceId);
        if (written.ok())
            written = transaction.commit();
        return m_worker.outcome(written);
    });
}

} // namespace clikc
