#pragma once

#include "library/librarymaintenance.h"
#include "library/mirrorsources.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QTemporaryDir;

namespace clikc {

class DownloadManager;
class MirrorFetcher;
class NetworkAccess;

// Mirrors added as course sources — a plain web server (nginx, Apache, IIS) or a shared folder
// holding an exported mirror — from what a person types to courses in the library: the
// address is read (MirrorFetcher) and shown for a decision (who signed it, and whether the
// library trusts them), then recorded (MirrorSources) and handed to the download manager, which
// fetches its files from there. At each sync every source is read again, held to the signer it
// was added with. Lives on the GUI (or main) thread; everything it does is asynchronous.
class CourseSources final : public QObject
{
    Q_OBJECT

public:
    CourseSources(NetworkAccess &network, MirrorSources &sources, LibraryMaintenance &maintenance,
                  DownloadManager &downloads, QObject *parent = nullptr);
    ~CourseSources() override;
    Q_DISABLE_COPY_MOVE(CourseSources)

    // Where a source typed by a person is: an http(s) address (made canonical, see
    // MirrorFetcher::baseOf), or a folder (a path or a file: URL, made absolute). Empty, with
    // the reason, for anything else.
    static QString locationOf(const QString &typed, MirrorError *error);
    static bool isRemote(const QString &location);

    // A source read and checked, not yet recorded.
    struct Preview
    {
        QString location;
        bool allowHttp = false;
        LibraryMaintenance::MirrorPreview mirror; // its error, signer, trust, courses and size
        QString root;                             // where what was read is
        std::shared_ptr<QTemporaryDir> staged;    // holds `root` for a web mirror
    };
    QFuture<Preview> preview(const QString &typed, bool allowHttp);
    // Records the previewed source, held to the signer shown (a person accepted it; trusted
    // from then on), and starts downloading from it.
    QFuture<MirrorSources::Listing> add(const Preview &preview);
    // Reads every source again (each held to its signer) and records what it lists now. A
    // source that cannot be reached leaves its courses as they were.
    QFuture<QList<MirrorSources::Listing>> refreshAll();
    // Tells the download manager where every source is (at start).
    QFuture<void> registerAll();
    QFuture<QList<Source>> subscribedSources() { return m_sources.subscribed(); }
    QFuture<LibraryError> remove(qint64 sourceId);
    // A source the machine's administrator set (Workstation::courseSource): added at the next
    // refresh if the library does not have it, trusting whoever signed it then (the
    // administrator chose it; plain HTTP allowed).
    void setPreset(const QString &location) { m_preset = location; }

private:
    QFuture<Preview> read(const QString &location, bool allowHttp);

    MirrorSources &m_sources;
    LibraryMaintenance &m_maintenance;
    DownloadManager &m_downloads;
    std::unique_ptr<MirrorFetcher> m_fetcher;
    QString m_preset;
};

} // namespace clikc
