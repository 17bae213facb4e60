// The sign-in of a profile against the project's stand-in for a Moodle site, in a private D-Bus
// session with its own keyring (support/with-keyring.sh): two libraries on one computer sign in
// and out independently (the keychain keeps each library's token under its own identity); a copy
// of a library is a library of its own; a token kept under the 0.1 key moves once; "signed out"
// and "expired" are told apart; a site typed without http(s):// is tried over https, then over
// plain http where that is allowed, and otherwise the learner is told exactly that, and what to
// tick, in the sign-in dialog.

#include "connector/moodleconnector.h"
#include "connector/moodleprotocol.h"
#include "credentials/credentialstore.h"
#include "fakemoodle.h"
#include "i18n/languagemanager.h"
#include "signindialog.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/accountservice.h"
#include "testsupport.h"

#include <QAccessible>
#include <QCheckBox>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSignalSpy>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace clikc;
using clikc::test::FakeMoodle;
using clikc::test::Misbehaviour;
using clikc::test::TestLibrary;
using State = AccountService::State;
using Reason = AccountService::Reason;

namespace {

const QString kUser = u"student"_s;
const QString kPassword = u"Student-1234"_s;

// An IPv4 address of this computer that is not a loopback one; empty when it has none.
QHostAddress outwardAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

// Writes `value` under `key` in the keychain as version 0.1 did; empty `value` deletes it.
bool writeKeychain(const QString &key, const QString &value)
{
    std::unique_ptr<QKeychain::Job> job;
    if (value.isEmpty()) {
        job = std::make_unique<QKeychain::DeletePasswordJob>(
            QString::fromLatin1(CredentialStore::kService));
    } else {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(
            QString::fromLatin1(CredentialStore::kService));
        write->setTextData(value);
        job = std::move(write);
    }
    job->setAutoDelete(false);
    job->setKey(key);
    QSignalSpy done(job.get(), &QKeychain::Job::finished);
    job->start();
    return done.wait(20000) && job->error() == QKeychain::NoError;
}

QString readKeychain(const QString &key)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(CredentialStore::kService));
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    return done.wait(20000) && job.error() == QKeychain::NoError ? job.textData() : QString();
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeMoodle> m_server;

    Outcome<SiteInfo> signIn(TestLibrary &lib, const QString &site = {}, bool allowHttp = false)
    {
        return waitFor(lib.context().account().signIn(
            site.isEmpty() ? m_server->baseUrl().toString() : site, kUser, kPassword, allowHttp));
    }

    CredentialStore::TokenKey keyOf(TestLibrary &lib)
    {
        AccountService &account = lib.context().account();
        return {account.libraryId(), account.profileId(), account.siteUrl(), account.username()};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeMoodle>();
        m_server->loadFixtureSite();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // A site that sends login/token.php, or a web-service call, on to another host: neither
    // the password nor the token goes there, and the learner is told why.
    void credentialsNeverFollowARedirect()
    {
        int elsewhereHits = 0;
        QHttpServer elsewhere;
        elsewhere.route(u"/<arg>"_s, [&](const QString &, const QHttpServerRequest &) {
            ++elsewhereHits;
            return QHttpServerResponse("application/json", R"({"token":"stolen"})");
        });
        const quint16 port = elsewhere.listen(QHostAddress(u"127.0.0.2"_s));
        QVERIFY(port);
        const QUrl steal(u"http://127.0.0.2:%1/steal"_s.arg(port));

        TestLibrary lib;
        QVERIFY(lib.open());
        m_server->misbehave(Misbehaviour::redirect(steal, 307, u"login/token.php"_s));
        const auto refused = signIn(lib);
        QCOMPARE(refused.error.code, ConnectorError::Code::UnsafeRedirect);
        QVERIFY2(refused.error.message().contains(u"127.0.0.2"_s),
                 qPrintable(refused.error.message()));
        QCOMPARE(lib.context().account().state(), State::SignedOut);
        QCOMPARE(elsewhereHits, 0);

        m_server->clearMisbehaviour();
        QVERIFY(signIn(lib).ok());
        m_server->misbehave(Misbehaviour::redirect(steal, 307, u"webservice/rest"_s));
        const auto report = waitFor(lib.context().account().refreshCatalogue());
        QCOMPARE(report.error.code, ConnectorError::Code::UnsafeRedirect);
        QCOMPARE(elsewhereHits, 0);
        m_server->clearMisbehaviour();
    }

    void twoLibrariesSignInAndOutApart()
    {
        // Two libraries on one computer (another --data-dir), the same learner and site.
        TestLibrary first, second;
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(first.context().account().libraryId() != second.context().account().libraryId());
        QVERIFY(signIn(first).ok());
        QVERIFY(signIn(second).ok());
        QCOMPARE(first.context().account().reason(), Reason::None);

        QVERIFY(waitFor(first.context().account().signOut()));
        QCOMPARE(first.context().account().state(), State::SignedOut);
        QCOMPARE(first.context().account().reason(), Reason::SignedOut);
        QVERIFY2(first.context().account().stateMessage().contains(u"signed out"_s),
                 qPrintable(first.context().account().stateMessage()));

        // The other one still has its token, now and after a restart, and the site takes it.
        QCOMPARE(second.context().account().state(), State::SignedIn);
        QVERIFY(second.restart());
        QCOMPARE(waitFor(second.context().account().restore()), State::SignedIn);
        QCOMPARE(second.context().account().reason(), Reason::None);
        QVERIFY(!waitFor(second.context().account().refreshCatalogue()).error.isError());

        // The first one says it was signed out, not that anything expired.
        QVERIFY(first.restart());
        QCOMPARE(waitFor(first.context().account().restore()), State::SignedOut);
        QCOMPARE(first.context().account().reason(), Reason::SignedOut);
        QVERIFY(!first.context().account().stateMessage().contains(u"expired"_s));
    }

    // The window hands the account service to the next learner while the last one's sign-in,
    // restore or course list is still on its way: none of it becomes the newcomer's.
    void answersForTheLearnerBeforeAreDropped()
    {
        TestLibrary lib;
        QVERIFY(lib.open());
        const qint64 second = waitFor(lib.accountRecords().addLearner(u"Bruno"_s)).id;
        AccountService &account = lib.context().account();
        QVERIFY(signIn(lib).ok());
        const CredentialStore::TokenKey firstKey = keyOf(lib);

        // A restore of the first learner, overtaken by the second.
        QFuture<State> restored = account.restore();
        lib.context().useProfile(second);
        QCOMPARE(waitFor(restored), State::SignedOut);
        QCOMPARE(account.profileId(), second);
        QCOMPARE(account.state(), State::SignedOut);
        QVERIFY(account.siteUrl().isEmpty());

        // A course list asked for by the first learner, arriving for the second.
        lib.context().useProfile(1);
        QCOMPARE(waitFor(account.restore()), State::SignedIn);
        QFuture<AccountService::CatalogueReport> listed = account.refreshCatalogue();
        lib.context().useProfile(second);
        QCOMPARE(waitFor(listed).error.code, ConnectorError::Code::Cancelled);
        for (const CourseSummary &course : waitFor(lib.courseQueries().courses(second)))
            QVERIFY(course.sourceKind != SourceKind::Moodle);

        // A sign-in begun for the second learner and overtaken by the first: recorded for
        // nobody else, and the first learner's token is untouched.
        QFuture<Outcome<SiteInfo>> signingIn
            = account.signIn(m_server->baseUrl().toString(), kUser, kPassword);
        lib.context().useProfile(1);
        QCOMPARE(waitFor(signingIn).error.code, ConnectorError::Code::Cancelled);
        QVERIFY(!waitFor(lib.accountRecords().account(1))->username.isEmpty());
        QCOMPARE(waitFor(lib.context().credentials().token(firstKey)).isEmpty(), false);
        QVERIFY(waitFor(lib.accountRecords().account(second))->username.isEmpty());
    }

    void theIdentityStaysWithItsFolder()
    {
        TestLibrary lib;
        QVERIFY(lib.open());
        const QString id = lib.context().account().libraryId();
        QVERIFY(!id.isEmpty());
        QVERIFY(lib.restart());
        QCOMPARE(lib.context().account().libraryId(), id);
        const auto again = SourceRepository(lib.context().database().connection())
                               .identity(QFileInfo(lib.dataDir()).canonicalFilePath());
        QCOMPARE(again.id, id);
        QCOMPARE(again.copiedFrom, QString());
    }

    void aCopyIsALibraryOfItsOwn()
    {
        TestLibrary original;
        QVERIFY(original.open());
        QVERIFY(signIn(original).ok());
        const QString originalId = original.context().account().libraryId();
        original.close();

        // Copied to a USB drive (another folder), opened on the same computer.
        QTemporaryDir usb;
        QVERIFY(test::copyTree(original.dataDir(), usb.path() + u"/library"_s));
        TestLibrary copy(usb.path() + u"/library"_s);
        QVERIFY(copy.open());
        QVERIFY(copy.context().account().libraryId() != originalId);
        // It was signed in when copied: it stays signed in, with a token of its own.
        QCOMPARE(waitFor(copy.context().account().restore()), State::SignedIn);
        QVERIFY(!readKeychain(CredentialStore::keyFor(keyOf(copy))).isEmpty());

        QVERIFY(waitFor(copy.context().account().signOut()));
        QVERIFY(original.restart());
        QCOMPARE(original.context().account().libraryId(), originalId);
        QCOMPARE(waitFor(original.context().account().restore()), State::SignedIn);
        // And the other way round.
        QVERIFY(waitFor(original.context().account().signOut()));
        QVERIFY(copy.restart());
        QCOMPARE(waitFor(copy.context().account().restore()), State::SignedOut);
        QCOMPARE(copy.context().account().reason(), Reason::SignedOut);
    }

    void tokenOfVersion01MovesOnce()
    {
        TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(signIn(lib).ok());
        // As 0.1 left it: the token under site and username only.
        const CredentialStore::TokenKey key = keyOf(lib);
        const QString legacy = CredentialStore::legacyKeyFor(key.site, key.username);
        const QString token = m_server->token(kUser);
        QVERIFY(writeKeychain(CredentialStore::keyFor(key), {}));
        QVERIFY(writeKeychain(legacy, token));

        QVERIFY(lib.restart());
        QCOMPARE(waitFor(lib.context().account().restore()), State::SignedIn);
        QCOMPARE(readKeychain(CredentialStore::keyFor(key)), token);
        QCOMPARE(readKeychain(legacy), QString()); // moved, not left for another library to use
        QVERIFY(!waitFor(lib.context().account().refreshCatalogue()).error.isError());
    }

    void expiredOnlyWhenTheSiteSaysSo()
    {
        TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(signIn(lib).ok());

        // The keychain lost the token: the site said nothing, so nothing "expired".
        QVERIFY(writeKeychain(CredentialStore::keyFor(keyOf(lib)), {}));
        QVERIFY(lib.restart());
        QCOMPARE(waitFor(lib.context().account().restore()), State::NeedsSignIn);
        QCOMPARE(lib.context().account().reason(), Reason::TokenMissing);
        QVERIFY(!lib.context().account().stateMessage().contains(u"expired"_s));

        // The site refuses the token: that, and only that, is "expired".
        QVERIFY(signIn(lib).ok());
        m_server->expireTokens();
        QVERIFY(waitFor(lib.context().account().refreshCatalogue()).error.needsSignIn());
        QCOMPARE(lib.context().account().state(), State::NeedsSignIn);
        QCOMPARE(lib.context().account().reason(), Reason::Expired);
        QVERIFY2(lib.context().account().stateMessage().contains(u"expired"_s),
                 qPrintable(lib.context().account().stateMessage()));
    }

    void httpFallback_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("failure"); // ConnectorError::Code of the https attempt
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<int>("expected"); // AccountService::HttpFallback

        using C = ConnectorError::Code;
        using F = AccountService::HttpFallback;
        QTest::newRow("loopback, refused")
            << u"127.0.0.1:8089"_s << int(C::ConnectionFailed) << false << int(F::SignIn);
        QTest::newRow("loopback, plain port")
            << u"127.0.0.1:8089"_s << int(C::TlsError) << false << int(F::SignIn);
        QTest::newRow("localhost, silent")
            << u"localhost:8089/moodle"_s << int(C::Timeout) << false << int(F::SignIn);
        QTest::newRow("remote, refused")
            << u"clikc.wcoomd.org"_s << int(C::ConnectionFailed) << false << int(F::Probe);
        QTest::newRow("remote, plain port")
            << u"192.0.2.7:8089"_s << int(C::TlsError) << false << int(F::Probe);
        QTest::newRow("remote, allowed")
            << u"clikc.wcoomd.org"_s << int(C::ConnectionFailed) << true << int(F::SignIn);
        QTest::newRow("remote, answered")
            << u"clikc.wcoomd.org"_s << int(C::InvalidLogin) << false << int(F::None);
        QTest::newRow("not moodle")
            << u"clikc.wcoomd.org"_s << int(C::NotAMoodleSite) << true << int(F::None);
        QTest::newRow("https typed")
            << u"https://clikc.wcoomd.org"_s << int(C::ConnectionFailed) << true << int(F::None);
        QTest::newRow("https typed, loopback")
            << u"https://127.0.0.1:8089"_s << int(C::TlsError) << false << int(F::None);
    }

    void httpFallback()
    {
        QFETCH(QString, typed);
        QFETCH(int, failure);
        QFETCH(bool, allowHttp);
        QFETCH(int, expected);
        ConnectorError urlError;
        const QUrl url = moodle::normalizeSiteUrl(typed, allowHttp, &urlError);
        QVERIFY(!urlError.isError());
        const ConnectorError error{ConnectorError::Code(failure), {}, {}, {}};
        QCOMPARE(int(AccountService::httpFallback(typed, url, error, allowHttp)), expected);
    }

    void siteOnThisComputerWithoutScheme()
    {
        // The fake site speaks plain http on 127.0.0.1: https fails, http is allowed here.
        TestLibrary lib;
        QVERIFY(lib.open());
        const auto result = signIn(lib, u"127.0.0.1:%1"_s.arg(m_server->port()));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(lib.context().account().siteUrl().scheme(), u"http"_s);
        QCOMPARE(lib.context().account().state(), State::SignedIn);
        QVERIFY(!waitFor(lib.context().account().refreshCatalogue()).error.isError());
    }

    void remoteSiteOnlyOverPlainHttp()
    {
        const QHostAddress address = outwardAddress();
        if (address.isNull())
            QSKIP("this computer has no address other than loopback");
        m_server = std::make_unique<FakeMoodle>();
        m_server->loadFixtureSite();
        QVERIFY(m_server->listen(QHostAddress::AnyIPv4));
        const QString typed = u"%1:%2"_s.arg(address.toString()).arg(m_server->port());

        TestLibrary lib;
        QVERIFY(lib.open());
        const auto refused = signIn(lib, typed);
        QCOMPARE(refused.error.code, ConnectorError::Code::PlainHttpOnly);
        QCOMPARE(refused.error.subject, typed);
        QVERIFY(refused.error.message().contains(u"http"_s));
        QCOMPARE(m_server->requestCount(u"login/token.php"_s), 0); // the password never went
        QCOMPARE(lib.context().account().state(), State::SignedOut);

        // The learner allows it: signed in over plain http.
        const auto allowed = signIn(lib, typed, true);
        QVERIFY2(allowed.ok(), qPrintable(allowed.error.message()));
        QCOMPARE(lib.context().account().siteUrl().scheme(), u"http"_s);
    }

    void dialogSaysWhatToTick()
    {
        const QHostAddress address = outwardAddress();
        if (address.isNull())
            QSKIP("this computer has no address other than loopback");
        m_server = std::make_unique<FakeMoodle>();
        m_server->loadFixtureSite();
        QVERIFY(m_server->listen(QHostAddress::AnyIPv4));
        TestLibrary lib;
        QVERIFY(lib.open());
        SignInDialog dialog(lib.context().account());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *site = dialog.findChild<QLineEdit *>(u"siteEdit"_s);
        auto *username = dialog.findChild<QLineEdit *>(u"usernameEdit"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        auto *allowHttp = dialog.findChild<QCheckBox *>(u"allowHttpCheck"_s);
        auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
        auto *error = dialog.findChild<QLabel *>(u"signInError"_s);
        QVERIFY(site && username && password && allowHttp && button && error);

        site->selectAll();
        QTest::keyClicks(site, u"%1:%2"_s.arg(address.toString()).arg(m_server->port()));
        QTest::keyClicks(username, kUser);
        QTest::keyClicks(password, kPassword);
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"Allow an unencrypted connection"_s),
                 qPrintable(error->text()));
        QTRY_VERIFY(allowHttp->hasFocus()); // the one thing to change
        QVERIFY(dialog.isVisible());

        QVERIFY(allowHttp->isVisible() && allowHttp->isEnabled());
        QTest::keyClick(allowHttp, Qt::Key_Space);
        QVERIFY(allowHttp->isChecked());
        QTest::keyClicks(password, kPassword);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(lib.context().account().state(), State::SignedIn);
    }

    void dialogFieldsHaveNamesInEachLanguage()
    {
        TestLibrary lib;
        QVERIFY(lib.open());
        SignInDialog dialog(lib.context().account());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> fields{
            dialog.findChild<QLineEdit *>(u"siteEdit"_s),
            dialog.findChild<QLineEdit *>(u"usernameEdit"_s),
            dialog.findChild<QLineEdit *>(u"passwordEdit"_s),
            dialog.findChild<QCheckBox *>(u"allowHttpCheck"_s),
            dialog.findChild<QPushButton *>(u"signInButton"_s),
        };
        QHash<QString, QStringList> names;
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            QVERIFY(lib.context().languages().setLanguage(language));
            QCoreApplication::processEvents();
            for (QWidget *field : fields) {
                QVERIFY(field);
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
                QVERIFY(accessible);
                const QString name = accessible->text(QAccessible::Name);
                QVERIFY2(!name.isEmpty() && !name.contains(u'&'),
                         qPrintable(field->objectName() + u": "_s + name));
                QVERIFY(field->focusPolicy() & Qt::TabFocus);
                names[language].append(name);
            }
        }
        // Each one retranslated, none left in English.
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QVERIFY2(names.value(u"fr"_s).at(i) != names.value(u"en"_s).at(i),
                     qPrintable(names.value(u"fr"_s).at(i)));
            QVERIFY2(names.value(u"es"_s).at(i) != names.value(u"en"_s).at(i),
                     qPrintable(names.value(u"es"_s).at(i)));
        }
    }
};

QTEST_MAIN(TestAccount)
#include "tst_account.moc"
