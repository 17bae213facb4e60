// Network policy and the reachability check against a real HTTP server on 127.0.0.1.

#include "network/connectivitymonitor.h"
#include "network/networkaccess.h"

#include <QHttpServer>
#include <QSignalSpy>
#include <QTcpServer>
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
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::NoLessSafeRedirectPolicy));
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
