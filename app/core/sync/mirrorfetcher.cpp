#include "mirrorfetcher.h"

#include "network/networkaccess.h"
#include "util/digest.h"
#include "util/promise.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

// One mirror being read: what arrived, what is still to ask for, and how it ends.
struct Fetch
{
    QUrl base;
    QString label; // the address as shown to a person
    int timeoutMs = 0;
    QHash<QString, QByteArray> files; // relative path → bytes
    QStringList queue;                // course descriptions still to ask for
    int running = 0;
    qint64 total = 0;
    bool over = false;
    std::shared_ptr<QPromise<MirrorFetcher::Staged>> promise;
};

// Writes the fetched files below a new private folder (off the calling thread's event loop).
MirrorFetcher::Staged stage(const QHash<QString, QByteArray> &files)
{
    MirrorFetcher::Staged staged;
    auto folder = std::make_shared<QTemporaryDir>(QDir::tempPath() + u"/clikc-mirror-XXXXXX"_s);
    if (!folder->isValid()) {
        staged.error = {MirrorError::Code::WriteFailed, folder->errorString(), {}};
        return staged;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = folder->path() + u'/' + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit()) {
            staged.error = {MirrorError::Code::WriteFailed, it.key(), file.errorString()};
            return staged;
        }
    }
    staged.folder = std::move(folder);
    return staged;
}

} // namespace

QString MirrorFetcher::Staged::root() const
{
    return folder ? folder->path() : QString();
}

MirrorFetcher::MirrorFetcher(NetworkAccess &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

MirrorFetcher::~MirrorFetcher() = default;

QUrl MirrorFetcher::baseOf(const QUrl &typed)
{
    QUrl base = typed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    if (path.endsWith(u"/catalogue.json"_s))
        path.chop(int(u"catalogue.json"_s.size()));
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path);
    return base;
}

QFuture<MirrorFetcher::Staged> MirrorFetcher::fetch(const QUrl &typedBase, bool allowPlainHttp,
                                                    int timeoutMs)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->base = baseOf(typedBase);
    fetch->label = fetch->base.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    fetch->timeoutMs = timeoutMs;
    fetch->promise = startedPromise<Staged>();
    QFuture<Staged> future = fetch->promise->future();
    if (fetch->base.scheme() != u"http"_s && fetch->base.scheme() != u"https"_s) {
        finish(fetch->promise, Staged{{MirrorError::Code::SourceRefused, fetch->label, {}}, {}});
        return future;
    }
    m_network.setPlainHttpAllowed(fetch->base, allowPlainHttp);

    const auto fail = [fetch](const MirrorError &why) {
        if (fetch->over)
            return;
        fetch->over = true;
        finish(fetch->promise, Staged{why, {}});
    };
    // Asks for one file of the mirror; `done` gets its bytes, or nothing when the server has no
    // such file (404). Anything else ends the whole fetch.
    const auto get = [this, fetch, fail](const QString &path, qint64 limit,
                                         std::function<void(std::optional<QByteArray>)> done) {
        QUrl url = fetch->base;
        url.setPath(fetch->base.path() + path);
        QNetworkReply *reply = m_network.get(m_network.request(url, fetch->timeoutMs));
        connect(this, &QObject::destroyed, reply, &QNetworkReply::abort);
        auto body = std::make_shared<QByteArray>();
        auto tooLarge = std::make_shared<bool>(false);
        const auto take = [reply, body, limit, tooLarge] {
            if (*tooLarge)
                return;
            body->append(reply->readAll());
            const qint64 declared
                = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (body->size() > limit || declared > limit) {
                *tooLarge = true;
                body->clear();
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, this, take);
        connect(reply, &QNetworkReply::readyRead, this, take);
        // However slowly a server trickles, the answer has a deadline.
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
        deadline->start(fetch->timeoutMs);
        connect(reply, &QNetworkReply::finished, this,
                [reply, body, take, tooLarge, fetch, fail, done = std::move(done)] {
                    reply->deleteLater();
                    take();
                    if (fetch->over)
                        return;
                    if (*tooLarge) {
                        fail({MirrorError::Code::SourceTooLarge, fetch->label, {}});
                        return;
                    }
                    if (NetworkAccess::refusal(reply) != NetworkAccess::Refusal::None) {
                        fail({MirrorError::Code::SourceRefused, fetch->label, {}});
                        return;
                    }
                    const int status
                        = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status == 404 || status == 410) {
                        done(std::nullopt);
                        return;
                    }
                    if (reply->error() != QNetworkReply::NoError || status != 200) {
                        fail({MirrorError::Code::SourceUnreachable, fetch->label,
                              status > 0 ? u"HTTP %1"_s.arg(status) : reply->errorString()});
                        return;
                    }
                    fetch->total += body->size();
                    if (fetch->total > kMaxTotalBytes) {
                        fail({MirrorError::Code::SourceTooLarge, fetch->label, {}});
                        return;
                    }
                    done(*body);
                });
    };
    // When everything asked for has arrived, it is written out, off this thread.
    const auto maybeDone = [fetch] {
        if (fetch->over || fetch->running > 0 || !fetch->queue.isEmpty())
            return;
        fetch->over = true;
        QtConcurrent::run([files = fetch->files] {
            return stage(files);
        }).then([promise = fetch->promise](const Staged &staged) { finish(promise, staged); });
    };
    auto next = std::make_shared<std::function<void()>>();
    // (Each request's callback holds the chain, which holds no callback: no cycle.)
    *next = [fetch, get, maybeDone, weakNext = std::weak_ptr(next)] {
        const auto self = weakNext.lock();
        while (self && !fetch->over && fetch->running < kParallel && !fetch->queue.isEmpty()) {
            const QString path = fetch->queue.takeFirst();
            ++fetch->running;
            get(path, kMaxCourseBytes, [fetch, path, self](std::optional<QByteArray> bytes) {
                --fetch->running;
                // A course missing here is named when the staged mirror is read.
                if (bytes)
                    fetch->files.insert(path, *bytes);
                (*self)();
            });
        }
        maybeDone();
    };

    get(u"catalogue.json"_s, kMaxCatalogueBytes,
        [fetch, get, fail, next, maybeDone](std::optional<QByteArray> catalogue) {
            if (!catalogue) {
                fail({MirrorError::Code::CatalogueMissing, fetch->label, {}});
                return;
            }
            fetch->files.insert(u"catalogue.json"_s, *catalogue);
            // Only what the catalogue names, and only safe paths (the rest is refused when the
            // staged copy is read).
            const QJsonObject object = QJsonDocument::fromJson(*catalogue).object();
            for (const QJsonValue &course : object.value(u"courses"_s).toArray()) {
                const QString path = course.toObject().value(u"path"_s).toString();
                if (MirrorCatalogue::isSafeRelativePath(path) && !fetch->queue.contains(path)
                    && path != u"catalogue.json"_s)
                    fetch->queue.append(path);
            }
            const auto courses = [next] {
                (*next)();
            };
            if (!object.contains(u"signer"_s)) {
                courses();
                return;
            }
            const QString signature = MirrorCatalogue::signaturePath(Digest::sha256(*catalogue));
            ++fetch->running;
            get(signature, kMaxSignatureBytes,
                [fetch, signature, courses](std::optional<QByteArray> bytes) {
                    --fetch->running;
                    if (bytes)
                        fetch->files.insert(signature, *bytes);
                    courses();
                });
        });
    return future;
}

} // namespace clikc
