#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QUrl>

namespace clikc {

// Where sign-in tokens live: the operating system's keychain (Secret Service on Linux, through
// QtKeychain). Each token is kept under its own library, profile, site and username (TokenKey),
// so that two libraries on one computer (another data folder, a USB copy) sign in and out
// independently. Passwords are never stored. When no keychain can be reached, the token is kept
// in memory for this run only and keychainUnavailable() tells the learner so — there is never a
// plaintext fallback on disk. Lives on the GUI (or main) thread; the keychain jobs are
// asynchronous.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialStore)

    static constexpr const char *kService = "org.wcoomd.ClikcDesktop";

    // Whose token: the library's own id (see SourceRepository::identity), the profile in it,
    // the site and the username on the site.
    struct TokenKey
    {
        QString libraryId;
        qint64 profileId = 0;
        QUrl site;
        QString username;
    };
    static QString keyFor(const TokenKey &key);
    // The key of version 0.1, shared by every library on the computer: site and username only.
    static QString legacyKeyFor(const QUrl &site, const QString &username);

    enum class Result { Stored, InMemoryOnly, Failed };

    QFuture<Result> storeToken(const TokenKey &key, const QString &token);
    // The token, or an empty string when there is none.
    QFuture<QString> token(const TokenKey &key);
    QFuture<bool> removeToken(const TokenKey &key);
    // The token at start-up: under `key`, else taken over from where an earlier state of the
    // library kept it, and stored under `key` from then on:
    //  - the same profile, site and user of the library this one was copied from
    //    (`copiedFromLibraryId`): copied, the original library keeps its own;
    //  - the 0.1 key (site and username): moved (read, stored under `key`, deleted), once.
    // Empty when none of them holds a token.
    QFuture<QString> restoreToken(const TokenKey &key, const QString &copiedFromLibraryId = {});

    // The installation's key for signing exported mirrors (libsodium's Ed25519 secret key, see
    // signing.h), made and stored on first use. Empty when the keychain cannot keep it: an
    // export is then not signed, since a key that changed every run would warn every importer.
    QFuture<QByteArray> signingKey(const QString &libraryId);

    // False once the keychain was found unreachable in this run.
    bool isKeychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    QFuture<Result> storeUnder(const QString &key, const QString &token);
    QFuture<QString> readUnder(const QString &key);
    QFuture<bool> removeUnder(const QString &key);
    void markUnavailable(const QString &reason);

    bool m_keychainAvailable = true;
    QHash<QString, QString> m_memory; // this run only: tokens the keychain could not take
};

} // namespace clikc
