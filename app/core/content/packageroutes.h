#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QHash>
#include <QMultiHash>
#include <QUrl>

namespace clikc {

// Which of the open package's files a request from the embedded web view may read, decided on
// the URL alone: `clikc-content://a<activity id>/<path>` names a file of that package or a file
// the application made for it (under `__clikc__/`); anything else is refused. No path on disk is
// ever built from a URL: a route only ever points at an entry of the package's file list.
// Pure and GUI-less, so that it is tested as a table and fuzzed (fuzz/fuzz_contenturl.cpp).
class PackageRoutes
{
public:
    static constexpr QLatin1StringView kScheme{"clikc-content"};
    static constexpr QStringView kGeneratedFolder = u"__clikc__/";

    struct Generated
    {
        QByteArray mimeType;
        QByteArray bytes;
    };

    struct Route
    {
        enum class Kind {
            Refused,   // not this package's address, or not a plain GET: logged and denied
            NotFound,  // this package's address, but no such file
            Generated, // a file the application made for the package
            File,      // one of the package's files, ready on this computer
        };
        Kind kind = Kind::Refused;
        QString path;                         // the decoded path, without the leading '/'
        const FileEntry *file = nullptr;      // for File
        const Generated *generated = nullptr; // for Generated
    };

    // The package the view may read (only its files that are on this computer). Forgets the
    // generated files of the previous package.
    void setPackage(qint64 activityId, const QList<FileEntry> &files);
    void setGenerated(const QString &name, const QByteArray &mimeType, const QByteArray &bytes);

    QString host() const;
    QUrl urlOf(const QString &path) const;

    // The open package's own address: the scheme and host, and nothing a URL could smuggle
    // beside them (a user name, a password, a port).
    bool isOwnUrl(const QUrl &url) const;
    // Whether the web view may make the request at all: the package's own address, or data
    // and blob URLs, which a page makes of its own bytes and which stay inside it.
    bool mayRequest(const QUrl &url) const;
    Route route(const QUrl &url, QByteArrayView method) const;

private:
    qint64 m_activityId = 0;
    QHash<QString, FileEntry> m_files;
    QMultiHash<QString, QString> m_folded; // case-folded path → path
    QHash<QString, Generated> m_generated; // path under kGeneratedFolder → file
};

} // namespace clikc
