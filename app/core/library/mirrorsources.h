#pragma once

#include "content/mirrorcatalogue.h"
#include "domain/types.h"
#include "libraryerror.h"

#include <QFuture>
#include <QStringList>

#include <optional>

namespace clikc {

class LibraryWorker;

// Mirrors added as course sources (a web server or a folder on the LAN holding an exported
// mirror): what one lists is recorded as courses whose files are still to download, from the
// mirror (see DownloadManager::setMirrorSource), and the files it holds are noted so that a
// site's file the mirror has is fetched there rather than over the internet. Read again at each
// sync. A course the mirror no longer lists stays, with everything learners did in it.
class MirrorSources final
{
public:
    explicit MirrorSources(LibraryWorker &worker)
        : m_worker(worker)
    {}

    struct Listing
    {
        MirrorError error;               // the mirror as a whole was refused: nothing changed
        QList<MirrorError> courseErrors; // courses left out (the others are listed)
        Source source;                   // as recorded
        std::optional<MirrorSigner> signer;
        QStringList listed; // the remote ids of the courses recorded
        int courses = 0;    // in the catalogue
        qint64 bytes = 0;   // of the files of the courses listed
        bool ok() const { return !error.isError() && courseErrors.isEmpty(); }
    };

    // Records the mirror read from `stagedRoot` (a folder: the mirror itself, or what was fetched
    // of one at `baseUrl`) as the course source at `baseUrl` (a web address or a folder).
    // `confirmedSigner`: the public key a person accepted or the source was recorded with
    // (empty: unsigned); a mirror signed by another is refused whole (SignerChanged). A signer
    // given that way is trusted from then on.
    QFuture<Listing> record(const QString &stagedRoot, const QString &baseUrl, bool allowHttp,
                            const QByteArray &confirmedSigner);
    QFuture<QList<Source>> subscribed();
    // Stops reading and downloading from the source; its courses and their files stay.
    QFuture<LibraryError> remove(qint64 sourceId);

private:
    LibraryWorker &m_worker;
};

} // namespace clikc
