#include "packageroutes.h"

using namespace Qt::StringLiterals;

namespace clikc {

void PackageRoutes::setPackage(qint64 activityId, const QList<FileEntry> &files)
{
    m_activityId = activityId;
    m_files.clear();
    m_folded.clear();
    m_generated.clear();
    for (const FileEntry &file : files) {
        if (file.state != FileState::Ready || file.path.isEmpty())
            continue;
        m_files.insert(file.path, file);
        m_folded.insert(file.path.toCaseFolded(), file.path);
    }
}

void PackageRoutes::setGenerated(const QString &name, const QByteArray &mimeType,
                                 const QByteArray &bytes)
{
    m_generated.insert(kGeneratedFolder.toString() + name, {mimeType, bytes});
}

QString PackageRoutes::host() const
{
    return u"a"_s + QString::number(m_activityId);
}

QUrl PackageRoutes::urlOf(const QString &path) const
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(host());
    url.setPath(u'/' + path);
    return url;
}

bool PackageRoutes::isOwnUrl(const QUrl &url) const
{
    return m_activityId > 0 && url.isValid() && url.scheme() == kScheme && url.host() == host()
           && url.userInfo().isEmpty() && url.port() == -1;
}

bool PackageRoutes::mayRequest(const QUrl &url) const
{
    const QString scheme = url.scheme();
    return scheme == u"data"_s || scheme == u"blob"_s || isOwnUrl(url);
}

PackageRoutes::Route PackageRoutes::route(const QUrl &url, QByteArrayView method) const
{
    Route route;
    if (!isOwnUrl(url) || method != "GET")
        return route;
    route.path = url.path(QUrl::FullyDecoded).mid(1);
    if (const auto made = m_generated.constFind(route.path); made != m_generated.cend()) {
        route.kind = Route::Kind::Generated;
        route.generated = &made.value();
        return route;
    }
    route.kind = Route::Kind::NotFound;
    // The reserved folder is the application's: a package's file there is never served, so a
    // lesson cannot stand in for the player.
    if (route.path.startsWith(kGeneratedFolder))
        return route;
    auto it = m_files.constFind(route.path);
    if (it == m_files.cend()) {
        // Packages made on Windows often name a file in another case than the file has
        // ("Images/Logo.PNG" for "images/logo.png"); their authors never saw the difference.
        // Only when the case-folded name is not ambiguous.
        const QStringList same = m_folded.values(route.path.toCaseFolded());
        if (same.size() == 1)
            it = m_files.constFind(same.first());
    }
    if (it == m_files.cend())
        return route;
    route.kind = Route::Kind::File;
    route.file = &it.value();
    return route;
}

} // namespace clikc
