// Network policy and the reachability check against a real HTTP server on 127.0.0.1.

#include "network/connectivitymonitor.h"
#include "network/networkaccess.h"

#include <QHttpServer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestConnectivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transportRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowPlainHttp");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://clikc.wcoomd.org/"_s << false << true;
        QTest::newRow("http remote refused") << u"http://clikc.wcoomd.org/"_s << false << false;
        QTest::newRow("http remote allowed by the user") << u"http://mirror.lan/"_s << true << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/"_s << false << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/"_s << false << true;
        QTest::newRow("http localhost") << u"http://localhost/"_s << false << true;
        QTest::newRow("http lookalike") << u"http://127.0.0.1.evil.example/"_s << false << false;
        QTest::newRow("ftp") << u"ftp://example.org/"_s << true << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << true << false;
    }

    void transportRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowPlainHttp);
        QFETCH(bool, allowed);
        QCOMPARE(NetworkAccess::isTransportAllowed(QUrl(url), allowPlainHttp), allowed);
    }

    void requestsCarryThePolicy()
    {
        NetworkAccess network;
        const QNetworkRequest request = network.request(QUrl(u"https://example.org/"_s), 1234);
        QCOMPARE(request.transferTimeout(), 1234);
        QVERIFY(request.header(QNetworkRequest::UserAgentHeader)
                    .toByteArray()
                    .startsWith("CLiKC-Desktop/"));
        // Whoever built the request, the manager decides on every redirect hop.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort())))));
        QCOMPARE(reply->request().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        reply->abort();
    }

    // Redirects against two real servers on loopback: the site, and "elsewhere" (another
    // origin) that must never see a credential.
    void redirects_data()
    {
        QTest::addColumn<QString>("method"); // GET or POST
        QTest::addColumn<QString>("query");  // appended to the site's URL
        QTest::addColumn<QString>("target"); // where the site redirects: elsewhere, same, remote
        QTest::addColumn<bool>("refused");   // reported as a refused redirect
        QTest::newRow("password posted, 307 elsewhere")
            << u"POST"_s << u""_s << u"elsewhere"_s << true;
        QTest::newRow("token in the query, 307 elsewhere")
            << u"GET"_s << u"token=secret"_s << u"elsewhere"_s << true;
        QTest::newRow("wstoken in the query, 307 elsewhere")
            << u"GET"_s << u"wstoken=secret"_s << u"elsewhere"_s << true;
        QTest::newRow("nothing secret, elsewhere") << u"GET"_s << u""_s << u"elsewhere"_s << true;
        QTest::newRow("plain http to a remote host")
            << u"GET"_s << u"token=secret"_s << u"remote"_s << true;
        // Within the site: not followed either, and not a refusal (the caller sees a 307).
        QTest::newRow("token, same site") << u"GET"_s << u"token=secret"_s << u"same"_s << false;
        QTest::newRow("password posted, same site") << u"POST"_s << u""_s << u"same"_s << false;
    }

    void redirects()
    {
        QFETCH(QString, method);
        QFETCH(QString, query);
        QFETCH(QString, target);
        QFETCH(bool, refused);
        int elsewhereHits = 0;
        int landingHits = 0;
        QHttpServer elsewhere;
        elsewhere.route(u"/<arg>"_s, [&](const QString &, const QHttpServerRequest &) {
            ++elsewhereHits;
            return QHttpServerResponse("text/plain", "elsewhere");
        });
        // 127.0.0.2 is this computer too, but another origin.
        const quint16 elsewherePort = elsewhere.listen(QHostAddress(u"127.0.0.2"_s));
        QVERIFY(elsewherePort);
        QHttpServer site;
        quint16 sitePort = 0;
        site.route(u"/start"_s, [&](const QHttpServerRequest &) {
            QUrl to;
            if (target == u"elsewhere"_s)
                to = QUrl(u"http://127.0.0.2:%1/steal"_s.arg(elsewherePort));
            else if (target == u"same"_s)
                to = QUrl(u"http://127.0.0.1:%1/landing"_s.arg(sitePort));
            else
                to = QUrl(u"http://192.0.2.1/steal"_s); // TEST-NET-1: never answers
            QHttpServerResponse response(QHttpServerResponder::StatusCode::TemporaryRedirect);
            response.setHeader("Location", to.toEncoded());
            return response;
        });
        site.route(u"/landing"_s, [&](const QHttpServerRequest &) {
            ++landingHits;
            return QHttpServerResponse("text/plain", "ok");
        });
        sitePort = site.listen(QHostAddress::LocalHost);
        QVERIFY(sitePort);

        NetworkAccess network;
        QUrl url(u"http://127.0.0.1:%1/start"_s.arg(sitePort));
        url.setQuery(query);
        const QNetworkRequest request = network.request(url, 10000);
        std::unique_ptr<QNetworkReply> reply(
            method == u"POST"_s ? network.post(request, QByteArray("username=u&password=hunter2"))
                                : network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QUrl refusedUrl;
        const NetworkAccess::Refusal why = NetworkAccess::refusal(reply.get(), &refusedUrl);
        QCOMPARE(why, refused ? NetworkAccess::Refusal::Redirect : NetworkAccess::Refusal::None);
        if (refused)
            QVERIFY(!refusedUrl.host().isEmpty());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 307);
        // Nothing went anywhere but to the site's own address.
        QCOMPARE(elsewhereHits, 0);
        QCOMPARE(landingHits, 0);
    }

    void plainHttpToARemoteHostIsNeverSent()
    {
        NetworkAccess network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(network.request(QUrl(u"http://192.0.2.1/?token=secret"_s))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(int(NetworkAccess::refusal(reply.get())), int(NetworkAccess::Refusal::Transport));
        // Unless the learner allowed that site.
        network.setPlainHttpAllowed(QUrl(u"http://192.0.2.1/"_s), true);
        QVERIFY(network.isAllowed(QUrl(u"http://192.0.2.1/x"_s)));
        QVERIFY(!network.isAllowed(QUrl(u"http://192.0.2.1:8080/x"_s)));
    }

    void reachableAndUnreachable()
    {
        QHttpServer server;
        // Even an error answer proves the server is there.
        server.route(u"/"_s, [] {
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Forbidden);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);

        NetworkAccess network;
        ConnectivityMonitor monitor(network);
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::NoServer);
        monitor.setServer(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        QTRY_COMPARE(monitor.state(), ConnectivityMonitor::State::Reachable);

        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        monitor.setServer(QUrl(u"http://127.0.0.1:%1/"_s.arg(closed)));
        QTRY_COMPARE(monitor.state(), ConnectivityMonitor::State::Unreachable);

        // Plain HTTP to a remote host is refused by policy before any packet leaves.
        monitor.setServer(QUrl(u"http://clikc.wcoomd.org/"_s));
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::Unreachable);

        monitor.setServer({});
        QCOMPARE(monitor.state(), ConnectivityMonitor::State::NoServer);
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
