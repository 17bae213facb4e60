// Tokens in a real Secret Service (gnome-keyring in a private D-Bus session, see
// support/with-keyring.sh): stored, read back, kept apart per library, profile, site and user,
// removed on sign-out, taken over from the 0.1 key once and from the library a copy was made of,
// and never written anywhere in plain text. Without a keychain the token stays in memory only.

#include "connector/moodleconnector.h"
#include "credentials/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

const QUrl kSite(u"https://clikc.example.org"_s);
const QString kToken = u"0123456789abcdef0123456789abcdef"_s;
const QString kLibrary = u"7d1c5a3e-0000-4000-8000-000000000001"_s;

CredentialStore::TokenKey key(const QString &username, const QUrl &site = kSite,
                              const QString &library = kLibrary, qint64 profile = 1)
{
    return {library, profile, site, username};
}

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
        QCOMPARE(waitFor(store.storeToken(key(u"officer1"_s), kToken)),
                 CredentialStore::Result::Stored);
        QVERIFY(store.isKeychainAvailable());
        QCOMPARE(waitFor(store.token(key(u"officer1"_s))), kToken);
        // Kept apart per user and per site.
        QCOMPARE(waitFor(store.token(key(u"officer2"_s))), QString());
        QCOMPARE(waitFor(store.token(key(u"officer1"_s, QUrl(u"https://other.example.org"_s)))),
                 QString());

        // A new store (a restart) finds it in the keychain, not in memory.
        {
            CredentialStore restarted;
            QCOMPARE(waitFor(restarted.token(key(u"officer1"_s))), kToken);
        }
        QVERIFY(waitFor(store.removeToken(key(u"officer1"_s))));
        QCOMPARE(waitFor(store.token(key(u"officer1"_s))), QString());
        CredentialStore after;
        QCOMPARE(waitFor(after.token(key(u"officer1"_s))), QString());
    }

    void keptApartPerLibraryAndProfile()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        const QString otherLibrary = u"7d1c5a3e-0000-4000-8000-000000000002"_s;
        CredentialStore store;
        QCOMPARE(waitFor(store.storeToken(key(u"officer4"_s), kToken)),
                 CredentialStore::Result::Stored);
        QCOMPARE(waitFor(store.storeToken(key(u"officer4"_s, kSite, otherLibrary), u"other"_s)),
                 CredentialStore::Result::Stored);
        QCOMPARE(waitFor(store.token(key(u"officer4"_s, kSite, kLibrary, 2))), QString());
        // One library signing out leaves the other's token alone.
        QVERIFY(waitFor(store.removeToken(key(u"officer4"_s))));
        QCOMPARE(waitFor(store.token(key(u"officer4"_s))), QString());
        QCOMPARE(waitFor(store.token(key(u"officer4"_s, kSite, otherLibrary))), u"other"_s);
        QVERIFY(waitFor(store.removeToken(key(u"officer4"_s, kSite, otherLibrary))));
    }

    void legacyTokenMovesOnce()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        // Version 0.1 kept the token under site and username only.
        const QString legacy = CredentialStore::legacyKeyFor(kSite, u"officer5"_s);
        {
            auto *job
                = new QKeychain::WritePasswordJob(QString::fromLatin1(CredentialStore::kService));
            job->setKey(legacy);
            job->setTextData(kToken);
            QSignalSpy done(job, &QKeychain::Job::finished);
            job->start();
            QVERIFY(done.wait(20000));
            QCOMPARE(job->error(), QKeychain::NoError);
        }
        CredentialStore store;
        QCOMPARE(waitFor(store.token(key(u"officer5"_s))), QString()); // not under the new key yet
        QCOMPARE(waitFor(store.restoreToken(key(u"officer5"_s))), kToken);
        // Moved: under the library's own key now, and no longer under the shared one.
        CredentialStore restarted;
        QCOMPARE(waitFor(restarted.token(key(u"officer5"_s))), kToken);
        const QString other = u"7d1c5a3e-0000-4000-8000-000000000003"_s;
        QCOMPARE(waitFor(restarted.restoreToken(key(u"officer5"_s, kSite, other))), QString());
        QVERIFY(waitFor(store.removeToken(key(u"officer5"_s))));
    }

    void copiedLibraryCopiesTheToken()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        const QString copy = u"7d1c5a3e-0000-4000-8000-000000000004"_s;
        CredentialStore store;
        QCOMPARE(waitFor(store.storeToken(key(u"officer6"_s), kToken)),
                 CredentialStore::Result::Stored);
        QCOMPARE(waitFor(store.restoreToken(key(u"officer6"_s, kSite, copy), kLibrary)), kToken);
        // Copied, not moved: both libraries hold it, and each signs out on its own.
        QCOMPARE(waitFor(store.token(key(u"officer6"_s))), kToken);
        QVERIFY(waitFor(store.removeToken(key(u"officer6"_s, kSite, copy))));
        QCOMPARE(waitFor(store.token(key(u"officer6"_s))), kToken);
        QVERIFY(waitFor(store.removeToken(key(u"officer6"_s))));
    }

    void neverInPlainText()
    {
        if (expectNoKeychain())
            QSKIP("this run has no keychain on purpose");
        const QString home = qEnvironmentVariable("CLIKC_KEYRING_HOME");
        QVERIFY2(!home.isEmpty(), "run through tests/support/with-keyring.sh");
        CredentialStore store;
        QCOMPARE(waitFor(store.storeToken(key(u"officer3"_s), kToken)),
                 CredentialStore::Result::Stored);
        QCOMPARE(waitFor(store.token(key(u"officer3"_s))), kToken);
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
        QCOMPARE(waitFor(store.storeToken(key(u"officer1"_s), kToken)),
                 CredentialStore::Result::InMemoryOnly);
        QVERIFY(!store.isKeychainAvailable());
        QCOMPARE(unavailable.size(), 1);
        QCOMPARE(waitFor(store.token(key(u"officer1"_s))), kToken); // for this run
        CredentialStore nextRun;
        QCOMPARE(waitFor(nextRun.token(key(u"officer1"_s))), QString()); // never on disk
        QVERIFY(waitFor(store.removeToken(key(u"officer1"_s))));
        QCOMPARE(waitFor(store.token(key(u"officer1"_s))), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
