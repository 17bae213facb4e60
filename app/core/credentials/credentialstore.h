#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QUrl>

namespace clikc {

// Where sign-in tokens live: the operating system's keychain (Secret Service on Linux, through
// QtKeychain), keyed by site and username. Passwords are never stored. When no keychain can be
// reached, the token is kept in memory for this run only and keychainUnavailable() tells the
// learner so — there is never a plaintext fallback on disk. Lives on the GUI (or main) thread;
// the keychain jobs are asynchronous.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialStore)

    static constexpr const char *kService = "org.wcoomd.ClikcDesktop";
    static QString keyFor(const QUrl &site, const QString &username);

    enum class Result { Stored, InMemoryOnly, Failed };

    QFuture<Result> storeToken(const QUrl &site, const QString &username, const QString &token);
    // The token, or an empty string when there is none.
    QFuture<QString> token(const QUrl &site, const QString &username);
    QFuture<bool> removeToken(const QUrl &site, const QString &username);

    // False once the keychain was found unreachable in this run.
    bool isKeychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    bool m_keychainAvailable = true;
    QHash<QString, QString> m_memory; // this run only: tokens the keychain could not take
};

} // namespace clikc
