// The site over TLS, as every site but one on this computer is reached: the stand-in Moodle with a
// certificate of the tests' own authority (tests/data/tls). A certificate the computer does not
// trust, or one for another name, ends the call before a password or token is written; a trusted
// one carries the whole sign-in; a site that sends the sign-in from https to plain HTTP is refused
// even on this computer, where plain HTTP is otherwise allowed; and a server that accepts the
// connection and never answers the handshake meets the call's deadline.

#include "connector/moodleconnector.h"
#include "connector/moodleprotocol.h"
#include "fakemoodle.h"
#include "network/networkaccess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeMoodle;
using clikc::test::Misbehaviour;
using Code = ConnectorError::Code;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(CLIKC_TEST_DATA "/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readData(u"server.pem"_s)));
    tls.setPrivateKey(QSslKey(readData(u"server.key"_s), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no certificate of clients
    return tls;
}

// Trusting the tests' authority the way an administrator's CA bundle would, for one test.
class TrustTestAuthority
{
public:
    TrustTestAuthority()
        : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_saved;
        trusting.addCaCertificates(QSslCertificate::fromData(readData(u"ca.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustTestAuthority() { QSslConfiguration::setDefaultConfiguration(m_saved); }
    TrustTestAuthority(const TrustTestAuthority &) = delete;
    TrustTestAuthority &operator=(const TrustTestAuthority &) = delete;

private:
    QSslConfiguration m_saved;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeMoodle> m_site;
    std::unique_ptr<NetworkAccess> m_network;

    std::unique_ptr<MoodleConnector> connectorFor(const QUrl &site)
    {
        return std::make_unique<MoodleConnector>(*m_network, site);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QVERIFY(!QSslCertificate(readData(u"server.pem"_s)).isNull());
        QVERIFY(!QSslKey(readData(u"server.key"_s), QSsl::Ec).isNull());
    }

    void init()
    {
        m_site = std::make_unique<FakeMoodle>();
        m_site->loadFixtureSite();
        QVERIFY(m_site->listenSecure(serverTls()));
        QCOMPARE(m_site->baseUrl().scheme(), u"https"_s);
        m_network = std::make_unique<NetworkAccess>();
    }

    void cleanup()
    {
        m_network.reset();
        m_site.reset();
    }

    void untrustedCertificateSendsNothing()
    {
        const auto site = connectorFor(m_site->baseUrl());
        const auto token = waitFor(site->signIn(u"student"_s, u"Student-1234"_s));
        QCOMPARE(token.error.code, Code::TlsError);
        QVERIFY2(token.error.message().contains(u"cannot be trusted"_s),
                 qPrintable(token.error.message()));
        // The handshake failed: no request, so no password, reached the server.
        QVERIFY(m_site->requests().isEmpty());
    }

    void certificateForAnotherNameSendsNothing()
    {
        TrustTestAuthority trust;
        // The certificate names 127.0.0.1 only; the same server asked for as "localhost".
        QUrl elsewhere = m_site->baseUrl();
        elsewhere.setHost(u"localhost"_s);
        const auto site = connectorFor(elsewhere);
        const auto token = waitFor(site->signIn(u"student"_s, u"Student-1234"_s));
        QCOMPARE(token.error.code, Code::TlsError);
        QVERIFY(m_site->requests().isEmpty());
    }

    void trustedSiteSignsInOverTls()
    {
        TrustTestAuthority trust;
        const auto site = connectorFor(m_site->baseUrl());
        const auto token = waitFor(site->signIn(u"student"_s, u"Student-1234"_s));
        QVERIFY2(token.ok(), qPrintable(token.error.message()));
        QCOMPARE(token.value, m_site->token());
        const auto info = waitFor(site->siteInfo());
        QVERIFY2(info.ok(), qPrintable(info.error.message()));
        const auto courses = waitFor(site->courses(info.value.userId));
        QVERIFY2(courses.ok(), qPrintable(courses.error.message()));
        QCOMPARE(courses.value.size(), 1);
        QCOMPARE(courses.value.first().shortName, u"LOOP101"_s);
    }

    // Plain HTTP on this computer is allowed for a site that lives there; a secure site may still
    // not send its sign-in or its web services there.
    void noRedirectFromHttpsToPlainHttp_data()
    {
        QTest::addColumn<QString>("match");
        QTest::newRow("sign-in") << u"login/token.php"_s;
        QTest::newRow("web service") << u"webservice/rest"_s;
    }

    void noRedirectFromHttpsToPlainHttp()
    {
        QFETCH(QString, match);
        TrustTestAuthority trust;
        int plainHits = 0;
        QHttpServer plain;
        plain.route(u"/<arg>"_s, [&](const QString &, const QHttpServerRequest &) {
            ++plainHits;
            return QHttpServerResponse("application/json", R"({"token":"stolen"})");
        });
        const quint16 port = plain.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const QUrl downgrade(u"http://127.0.0.1:%1/login/token.php"_s.arg(port));

        const auto site = connectorFor(m_site->baseUrl());
        if (match == u"webservice/rest"_s) {
            const auto token = waitFor(site->signIn(u"student"_s, u"Student-1234"_s));
            QVERIFY2(token.ok(), qPrintable(token.error.message()));
            site->setToken(token.value);
        }
        m_site->misbehave(Misbehaviour::redirect(downgrade, 307, match));
        const auto answer = match == u"webservice/rest"_s
                                ? waitFor(site->siteInfo()).error
                                : waitFor(site->signIn(u"student"_s, u"Student-1234"_s)).error;
        QCOMPARE(answer.code, Code::UnsafeRedirect);
        QCOMPARE(plainHits, 0);
    }

    void silentHandshakeMeetsTheDeadline()
    {
        // Accepts the connection and never says a word: no ServerHello, no close.
        QTcpServer silent;
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto site = connectorFor(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())));
        site->setTimeoutMs(60'000);
        site->setDeadlineMs(1'500);
        QElapsedTimer clock;
        clock.start();
        const auto token = waitFor(site->signIn(u"student"_s, u"Student-1234"_s));
        QCOMPARE(token.error.code, Code::Timeout);
        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(held.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
