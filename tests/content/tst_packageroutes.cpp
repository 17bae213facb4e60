// What a lesson in the embedded web view may read, decided on the URL: only the open package's
// files and the application's own files for it, never another package, never a path outside the
// package, never a request that is not a plain GET; data and blob URLs stay inside the page.

#include "content/packageroutes.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace clikc;
using Kind = PackageRoutes::Route::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

FileEntry file(const QString &path, FileState state = FileState::Ready)
{
    FileEntry entry;
    entry.path = path;
    entry.state = state;
    entry.sha256 = QString(64, u'a');
    return entry;
}

PackageRoutes lesson()
{
    PackageRoutes routes;
    routes.setPackage(7,
                      {file(u"index.html"_s), file(u"Images/Logo.PNG"_s), file(u"media/a b.mp4"_s),
                       file(u"Case.txt"_s), file(u"case.TXT"_s),
                       file(u"later.js"_s, FileState::Remote), file(u"__clikc__/player.html"_s)});
    routes.setGenerated(u"player.html"_s, "text/html", "<p>player</p>");
    return routes;
}

} // namespace

class TestPackageRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void route_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("served"); // the package path served, for File

        const QByteArray get = "GET";
        QTest::newRow("a file") << u"clikc-content://a7/index.html"_s << get << Kind::File
                                << u"index.html"_s;
        QTest::newRow("with a query and a fragment")
            << u"clikc-content://a7/index.html?lang=fr#top"_s << get << Kind::File
            << u"index.html"_s;
        QTest::newRow("encoded space")
            << u"clikc-content://a7/media/a%20b.mp4"_s << get << Kind::File << u"media/a b.mp4"_s;
        QTest::newRow("another case, unambiguous")
            << u"clikc-content://a7/images/logo.png"_s << get << Kind::File << u"Images/Logo.PNG"_s;
        QTest::newRow("another case, ambiguous")
            << u"clikc-content://a7/CASE.txt"_s << get << Kind::NotFound << QString();
        QTest::newRow("exact case of an ambiguous pair")
            << u"clikc-content://a7/case.TXT"_s << get << Kind::File << u"case.TXT"_s;
        QTest::newRow("not on this computer yet")
            << u"clikc-content://a7/later.js"_s << get << Kind::NotFound << QString();
        QTest::newRow("no such file")
            << u"clikc-content://a7/nothing.html"_s << get << Kind::NotFound << QString();
        QTest::newRow("the folder itself")
            << u"clikc-content://a7/"_s << get << Kind::NotFound << QString();
        QTest::newRow("generated")
            << u"clikc-content://a7/__clikc__/player.html"_s << get << Kind::Generated << QString();
        QTest::newRow("a package file in the reserved folder")
            << u"clikc-content://a7/__clikc__/other.html"_s << get << Kind::NotFound << QString();
        // Chromium resolves dot segments before it asks; one that arrives names nothing.
        QTest::newRow("dot segments")
            << u"clikc-content://a7/media/../index.html"_s << get << Kind::NotFound << QString();
        QTest::newRow("encoded dot segments up and out")
            << u"clikc-content://a7/%2e%2e/%2e%2e/etc/passwd"_s << get << Kind::NotFound
            << QString();
        QTest::newRow("encoded slash")
            << u"clikc-content://a7/media%2Fa%20b.mp4"_s << get << Kind::File << u"media/a b.mp4"_s;
        QTest::newRow("another package")
            << u"clikc-content://a8/index.html"_s << get << Kind::Refused << QString();
        QTest::newRow("a host that starts like it")
            << u"clikc-content://a70/index.html"_s << get << Kind::Refused << QString();
        QTest::newRow("user info")
            << u"clikc-content://x@a7/index.html"_s << get << Kind::Refused << QString();
        QTest::newRow("a port") << u"clikc-content://a7:80/index.html"_s << get << Kind::Refused
                                << QString();
        // Found by fuzz_contenturl: QUrl keeps the scheme and host of a URL it calls invalid.
        QTest::newRow("an invalid port")
            << u"clikc-content://a7:__clik_c_/tml"_s << get << Kind::Refused << QString();
        QTest::newRow("https") << u"https://a7/index.html"_s << get << Kind::Refused << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << get << Kind::Refused << QString();
        QTest::newRow("POST") << u"clikc-content://a7/index.html"_s << QByteArray("POST")
                              << Kind::Refused << QString();
        QTest::newRow("HEAD") << u"clikc-content://a7/index.html"_s << QByteArray("HEAD")
                              << Kind::Refused << QString();
    }

    void route()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, method);
        QFETCH(Kind, kind);
        QFETCH(QString, served);
        const PackageRoutes routes = lesson();
        const PackageRoutes::Route route = routes.route(QUrl(url), method);
        QCOMPARE(route.kind, kind);
        QCOMPARE(route.file != nullptr, kind == Kind::File);
        QCOMPARE(route.generated != nullptr, kind == Kind::Generated);
        if (route.file)
            QCOMPARE(route.file->path, served);
        if (route.generated)
            QCOMPARE(route.generated->bytes, QByteArray("<p>player</p>"));
    }

    void urlOfRoundTrips()
    {
        const PackageRoutes routes = lesson();
        for (const QString &path : {u"index.html"_s, u"media/a b.mp4"_s, u"Images/Logo.PNG"_s}) {
            const QUrl url = routes.urlOf(path);
            QCOMPARE(url.host(), u"a7"_s);
            const PackageRoutes::Route route = routes.route(url, "GET");
            QCOMPARE(route.kind, Kind::File);
            QCOMPARE(route.file->path, path);
        }
    }

    void mayRequest_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("own package") << u"clikc-content://a7/index.html"_s << true;
        QTest::newRow("data") << u"data:text/plain,hello"_s << true;
        QTest::newRow("blob") << u"blob:clikc-content://a7/0b1c"_s << true;
        QTest::newRow("another package") << u"clikc-content://a8/index.html"_s << false;
        QTest::newRow("http") << u"http://127.0.0.1/"_s << false;
        QTest::newRow("https") << u"https://example.org/"_s << false;
        QTest::newRow("websocket") << u"ws://127.0.0.1:9/"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org/x"_s << false;
        QTest::newRow("no scheme") << u"//example.org/x"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    }

    void mayRequest()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(lesson().mayRequest(QUrl(url)), allowed);
    }

    // Before any package is open, nothing is (activity 0 is nobody's).
    void nothingBeforeAPackage()
    {
        PackageRoutes routes;
        QVERIFY(!routes.mayRequest(QUrl(u"clikc-content://a0/index.html"_s)));
        QCOMPARE(routes.route(QUrl(u"clikc-content://a0/index.html"_s), "GET").kind, Kind::Refused);
    }

    // Opening another package forgets the first one's files and the generated ones.
    void anotherPackageForgetsTheFirst()
    {
        PackageRoutes routes = lesson();
        routes.setPackage(9, {file(u"other.html"_s)});
        QCOMPARE(routes.route(QUrl(u"clikc-content://a7/index.html"_s), "GET").kind, Kind::Refused);
        QCOMPARE(routes.route(QUrl(u"clikc-content://a9/index.html"_s), "GET").kind,
                 Kind::NotFound);
        QCOMPARE(routes.route(QUrl(u"clikc-content://a9/__clikc__/player.html"_s), "GET").kind,
                 Kind::NotFound);
        QCOMPARE(routes.route(QUrl(u"clikc-content://a9/other.html"_s), "GET").kind, Kind::File);
    }
};

QTEST_GUILESS_MAIN(TestPackageRoutes)
#include "tst_packageroutes.moc"
