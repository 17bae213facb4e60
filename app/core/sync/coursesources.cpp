#include "coursesources.h"

#include "downloadmanager.h"
#include "mirrorfetcher.h"
#include "util/promise.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace clikc {

CourseSources::CourseSources(NetworkAccess &network, MirrorSources &sources,
                             LibraryMaintenance &maintenance, DownloadManager &downloads,
                             QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_maintenance(maintenance)
    , m_downloads(downloads)
    , m_fetcher(std::make_unique<MirrorFetcher>(network))
{}

CourseSources::~CourseSources() = default;

bool CourseSources::isRemote(const QString &location)
{
    const QString scheme = QUrl(location).scheme();
    return scheme == u"http"_s || scheme == u"https"_s;
}

QString CourseSources::locationOf(const QString &typed, MirrorError *error)
{
    *error = {};
    const QString text = typed.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s)) {
        if (url.host().isEmpty()) {
            *error = {MirrorError::Code::SourceUnreachable, text, u"no host"_s};
            return {};
        }
        return MirrorFetcher::baseOf(url).toString(QUrl::FullyEncoded);
    }
    QString path = text;
    if (url.isValid() && url.isLocalFile())
        path = url.toLocalFile();
    else if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1) {
        // ftp://, smb:// …: not a documented way to a mirror.
        *error = {MirrorError::Code::SourceRefused, text, {}};
        return {};
    }
    if (path.isEmpty()) {
        *error = {MirrorError::Code::CatalogueMissing, text, {}};
        return {};
    }
    path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (path.endsWith(u"/catalogue.json"_s))
        path.chop(int(u"/catalogue.json"_s.size()));
    return path;
}

QFuture<CourseSources::Preview> CourseSources::read(const QString &location, bool allowHttp)
{
    auto promise = startedPromise<Preview>();
    auto preview = std::make_shared<Preview>();
    preview->location = location;
    preview->allowHttp = allowHttp;
    const auto check = [this, promise, preview] {
        m_maintenance.previewMirror(preview->root)
            .then(this, [promise, preview](const LibraryMaintenance::MirrorPreview &mirror) {
                preview->mirror = mirror;
                finish(promise, *preview);
            });
    };
    if (!isRemote(location)) {
        preview->root = location;
        check();
        return promise->future();
    }
    m_fetcher->fetch(QUrl(location), allowHttp)
        .then(this, [promise, preview, check](const MirrorFetcher::Staged &staged) {
            if (staged.error.isError()) {
                preview->mirror.error = staged.error;
                finish(promise, *preview);
                return;
            }
            preview->staged = staged.folder;
            preview->root = staged.root();
            check();
        });
    return promise->future();
}

QFuture<CourseSources::Preview> CourseSources::preview(const QString &typed, bool allowHttp)
{
    MirrorError error;
    const QString location = locationOf(typed, &error);
    if (error.isError()) {
        Preview refused;
        refused.location = typed;
        refused.mirror.error = error;
        return QtFuture::makeReadyFuture(refused);
    }
    return read(location, allowHttp);
}

QFuture<MirrorSources::Listing> CourseSources::add(const Preview &preview)
{
    if (preview.mirror.error.isError()) {
        MirrorSources::Listing refused;
        refused.error = preview.mirror.error;
        return QtFuture::makeReadyFuture(refused);
    }
    const QByteArray signer
        = preview.mirror.signer ? preview.mirror.signer->publicKey : QByteArray();
    // The staged copy lives until it was read.
    return m_sources.record(preview.root, preview.location, preview.allowHttp, signer)
        .then(this, [this, keep = preview.staged](const MirrorSources::Listing &listing) {
            if (!listing.error.isError())
                m_downloads.setMirrorSource(listing.source.id, listing.source.baseUrl,
                                            listing.source.allowHttp);
            return listing;
        });
}

QFuture<QList<MirrorSources::Listing>> CourseSources::refreshAll()
{
    auto promise = startedPromise<QList<MirrorSources::Listing>>();
    m_sources.subscribed().then(this, [this, promise](const QList<Source> &sources) {
        auto results = std::make_shared<QList<MirrorSources::Listing>>();
        MirrorError presetError;
        const QString preset = m_preset.isEmpty() ? QString() : locationOf(m_preset, &presetError);
        const bool addPreset
            = !preset.isEmpty()
              && std::none_of(sources.cbegin(), sources.cend(),
                              [&](const Source &source) { return source.baseUrl == preset; });
        auto left = std::make_shared<int>(int(sources.size()) + (addPreset ? 1 : 0));
        if (*left == 0) {
            finish(promise, *results);
            return;
        }
        if (addPreset) {
            read(preset, true).then(this, [this, promise, results, left](const Preview &read) {
                add(read).then(this, [promise, results, left](const MirrorSources::Listing &l) {
                    results->append(l);
                    if (--*left == 0)
                        finish(promise, *results);
                });
            });
        }
        for (const Source &source : sources) {
            const QByteArray signer = QByteArray::fromBase64(source.signerKey.toLatin1());
            read(source.baseUrl, source.allowHttp)
                .then(this, [this, promise, results, left, source, signer](const Preview &read) {
                    const auto done = [promise, results, left](const MirrorSources::Listing &l) {
                        results->append(l);
                        if (--*left == 0)
                            finish(promise, *results);
                    };
                    if (read.mirror.error.isError()) {
                        MirrorSources::Listing failed;
                        failed.source = source;
                        failed.error = read.mirror.error;
                        done(failed);
                        return;
                    }
                    m_sources.record(read.root, source.baseUrl, source.allowHttp, signer)
                        .then(this, [done, keep = read.staged](const MirrorSources::Listing &l) {
                            done(l);
                        });
                });
        }
    });
    return promise->future();
}

QFuture<void> CourseSources::registerAll()
{
    return m_sources.subscribed().then(this, [this](const QList<Source> &sources) {
        for (const Source &source : sources)
            m_downloads.setMirrorSource(source.id, source.baseUrl, source.allowHttp);
    });
}

QFuture<LibraryError> CourseSources::remove(qint64 sourceId)
{
    m_downloads.setMirrorSource(sourceId, {});
    return m_sources.remove(sourceId);
}

} // namespace clikc
