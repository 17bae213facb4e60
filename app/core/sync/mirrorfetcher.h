#pragma once

#include "content/mirrorcatalogue.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace clikc {

class NetworkAccess;

// Reads what a mirror on a web server says of itself — its catalogue, the catalogue's signature
// and each course's description — into a private folder laid out as the mirror is, so that it is
// checked by the same rules as a mirror on a drive (MirrorCatalogue). The content files are not
// fetched here: the download manager fetches them when a course is downloaded.
// Every answer is bounded (the catalogue, each course, the signature, and all of them together),
// no redirect is followed, and the transport rule of NetworkAccess holds (HTTPS, except on this
// computer or for a mirror the user allowed over plain HTTP).
// Lives on the thread that made it, with `network`; the files are written off that thread.
class MirrorFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit MirrorFetcher(NetworkAccess &network, QObject *parent = nullptr);
    ~MirrorFetcher() override;
    Q_DISABLE_COPY_MOVE(MirrorFetcher)

    static constexpr qint64 kMaxCatalogueBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxCourseBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxSignatureBytes = 4096;
    static constexpr qint64 kMaxTotalBytes = 256 * 1024 * 1024;
    static constexpr int kParallel = 4;

    struct Staged
    {
        MirrorError error;
        // The folder holding what was fetched (removed when the last copy of this goes).
        std::shared_ptr<QTemporaryDir> folder;
        QString root() const;
    };

    // `base`: the mirror's address (the folder that holds catalogue.json), http or https.
    QFuture<Staged> fetch(const QUrl &base, bool allowPlainHttp, int timeoutMs = 60000);

    // A mirror's address as the user typed it, made canonical: a trailing '/' (so that relative
    // paths go below it), no query, no fragment, no "catalogue.json" at its end.
    static QUrl baseOf(const QUrl &typed);

private:
    NetworkAccess &m_network;
};

} // namespace clikc
