// The content scheme's URL handling: any bytes as the URL a lesson asks for (the first byte picks
// the method), against a package with a few files. A route may only ever name one of the
// package's ready files or a generated one, and only for the package's own address and a GET;
// anything the web view may not request is never served. A broken rule aborts, which libFuzzer
// reports as a finding.

#include "content/packageroutes.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

clikc::FileEntry entry(const QString &path, clikc::FileState state)
{
    clikc::FileEntry file;
    file.path = path;
    file.state = state;
    return file;
}

void require(bool rule)
{
    if (!rule)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const clikc::PackageRoutes routes = [] {
        clikc::PackageRoutes made;
        made.setPackage(7, {entry(u"index.html"_s, clikc::FileState::Ready),
                            entry(u"Images/Logo.PNG"_s, clikc::FileState::Ready),
                            entry(u"media/a b.mp4"_s, clikc::FileState::Ready),
                            entry(u"later.js"_s, clikc::FileState::Remote)});
        made.setGenerated(u"player.html"_s, "text/html", "<p>player</p>");
        return made;
    }();
    static constexpr const char *kMethods[] = {"GET", "GET", "GET", "POST", "HEAD", "OPTIONS"};
    const QByteArrayView method(kMethods[data[0] % std::size(kMethods)]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // As Chromium would hand it over (encoded), and as text.
    for (const QUrl &url : {QUrl::fromEncoded(bytes), QUrl(QString::fromUtf8(bytes))}) {
        using Kind = clikc::PackageRoutes::Route::Kind;
        const clikc::PackageRoutes::Route route = routes.route(url, method);
        const bool own = routes.isOwnUrl(url);
        require(own
                == (url.isValid() && url.scheme() == u"clikc-content"_s && url.host() == u"a7"_s
                    && url.userInfo().isEmpty() && url.port() == -1));
        if (route.kind != Kind::Refused)
            require(own && method == "GET" && routes.mayRequest(url));
        require((route.kind == Kind::File) == (route.file != nullptr));
        require((route.kind == Kind::Generated) == (route.generated != nullptr));
        if (route.file) {
            require(route.file->state == clikc::FileState::Ready);
            require(route.file->path == u"index.html"_s || route.file->path == u"Images/Logo.PNG"_s
                    || route.file->path == u"media/a b.mp4"_s);
        }
        if (route.generated)
            require(route.path == u"__clikc__/player.html"_s);
        if (routes.mayRequest(url))
            require(own || url.scheme() == u"data"_s || url.scheme() == u"blob"_s);
    }
    return 0;
}
