// Tokens in a real Secret Service (gnome-keyring in a private D-Bus session, see
// support/with-keyring.sh): stored, read back, kept apart per site and user, removed on sign-out,
// and never written anywhere in plain text. Without a keychain the token stays in memory only.

#include "connector/moodleconnector.h"
#include "credentials/credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

const QUrl kSite(u"https://clikc.example.org"_s);
const QString kToken = u"0123456789abcdef0123456789abcdef"_s;

// Every file under `folder` that contains `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    bool expectNoKeychain() const { return qEnvironmentVariableIsSet("CLIKC_EXPECT_NO_KEYCHAIN"); }

private Q_SLOTS:
    void storeReadRemove()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        CredentialStore store;
        QCOMPARE(waitFor(store.storeToken(kSite, u"officer1"_s, kToken)),
                 CredentialStore::Result::Stored);
        QVERIFY(store.isKeychainAvailable());
        QCOMPARE(waitFor(store.token(kSite, u"officer1"_s)), kToken);
        // Kept apart per user and per site.
        QCOMPARE(waitFor(store.token(kSite, u"officer2"_s)), QString());
        QCOMPARE(waitFor(store.token(QUrl(u"https://other.example.org"_s), u"officer1"_s)),
                 QString());

        // A new store (a restart) finds it in the keychain, not in memory.
        {
            CredentialStore restarted;
            QCOMPARE(waitFor(restarted.token(kSite, u"officer1"_s)), kToken);
        }
        QVERIFY(waitFor(store.removeToken(kSite, u"officer1"_s)));
        QCOMPARE(waitFor(store.token(kSite, u"officer1"_s)), QString());
        CredentialStore after;
        QCOMPARE(waitFor(after.token(kSite, u"officer1"_s)), QString());
    }

    void neverInPlainText()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        const QString home = qEnvironmentVariable("CLIKC_KEYRING_HOME");
        QVERIFY2(!home.isEmpty(), "run through tests/support/with-keyring.sh");
        CredentialStore store;
        QCOMPARE(waitFor(store.storeToken(kSite, u"officer3"_s, kToken)),
                 CredentialStore::Result::Stored);
        QCOMPARE(waitFor(store.token(kSite, u"officer3"_s)), kToken);
        // The keyring's files are encrypted: the token appears in none of them.
        QVERIFY(QFileInfo::exists(home + u"/.local/share/keyrings"_s));
        QCOMPARE(filesContaining(home, kToken.toUtf8()), QStringList());
    }

    void unavailableKeychainKeepsTokenInMemory()
    {
        if (!expectNoKeychain())
            QSKIP("runs as its own ctest entry, with no D-Bus session");
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        QCOMPARE(waitFor(store.storeToken(kSite, u"officer1"_s, kToken)),
                 CredentialStore::Result::InMemoryOnly);
        QVERIFY(!store.isKeychainAvailable());
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(waitFor(store.token(kSite, u"officer1"_s)), kToken); // for this run
        CredentialStore nextRun;
        QCOMPARE(waitFor(nextRun.token(kSite, u"officer1"_s)), QString()); // never on disk
        QVERIFY(waitFor(store.removeToken(kSite, u"officer1"_s)));
        QCOMPARE(waitFor(store.token(kSite, u"officer1"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
