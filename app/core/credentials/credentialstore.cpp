#include "credentialstore.h"

#include "util/promise.h"
#include "util/signing.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "clikc.credentials")

namespace clikc {
namespace {

// A keychain that waits on an invisible unlock prompt must not hang the application.
constexpr int kJobTimeoutMs = 20000;

bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

template<typename Job, typename Done>
void runJob(Job *job, Done done)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plaintext
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, done, finished] {
        if (*finished)
            return;
        *finished = true;
        done(job, QKeychain::OtherError, u"the keychain did not answer"_s);
        job->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done, finished] {
        if (*finished)
            return;
        *finished = true;
        done(job, job->error(), job->errorString());
        job->deleteLater();
    });
    timer->start(kJobTimeoutMs);
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::keyFor(const TokenKey &key)
{
    return u"library/%1/profile/%2|"_s.arg(key.libraryId).arg(key.profileId)
           + legacyKeyFor(key.site, key.username);
}

QString CredentialStore::legacyKeyFor(const QUrl &site, const QString &username)
{
    return site.toString(QUrl::StripTrailingSlash) + u'|' + username;
}

void CredentialStore::markUnavailable(const QString &reason)
{
    qCWarning(lcCredentials) << "keychain unavailable:" << reason;
    if (m_keychainAvailable) {
        m_keychainAvailable = false;
        Q_EMIT keychainUnavailable(reason);
    }
}

QFuture<CredentialStore::Result> CredentialStore::storeToken(const TokenKey &key,
                                                             const QString &token)
{
    return storeUnder(keyFor(key), token);
}

QFuture<QString> CredentialStore::token(const TokenKey &key)
{
    return readUnder(keyFor(key));
}

QFuture<bool> CredentialStore::removeToken(const TokenKey &key)
{
    return removeUnder(keyFor(key));
}

QFuture<QString> CredentialStore::restoreToken(const TokenKey &key,
                                               const QString &copiedFromLibraryId)
{
    auto promise = startedPromise<QString>();
    const QString own = keyFor(key);
    // Stores a token found elsewhere under the library's own key, then hands it over.
    auto adopt = [this, promise, own](const QString &found, const QString &oldKey, bool move) {
        storeUnder(own, found).then(this, [this, promise, found, oldKey, move](Result result) {
            if (!move || result != Result::Stored) {
                finish(promise, found);
                return;
            }
            removeUnder(oldKey).then(this, [promise, found](bool) { finish(promise, found); });
        });
    };
    auto tryLegacy = [this, promise, key, adopt] {
        const QString legacy = legacyKeyFor(key.site, key.username);
        readUnder(legacy).then(this, [promise, legacy, adopt](const QString &found) {
            if (found.isEmpty())
                finish(promise, QString());
            else
                adopt(found, legacy, true);
        });
    };
    readUnder(own).then(this, [=, this](const QString &found) {
        if (!found.isEmpty()) {
            finish(promise, found);
            return;
        }
        if (copiedFromLibraryId.isEmpty() || copiedFromLibraryId == key.libraryId) {
            tryLegacy();
            return;
        }
        TokenKey original = key;
        original.libraryId = copiedFromLibraryId;
        const QString originalKey = keyFor(original);
        readUnder(originalKey).then(this, [=](const QString &copied) {
            if (copied.isEmpty())
                tryLegacy();
            else
                adopt(copied, originalKey, false);
        });
    });
    return promise->future();
}

QFuture<QByteArray> CredentialStore::signingKey(const QString &libraryId)
{
    auto promise = startedPromise<QByteArray>();
    const QString name = u"library/%1/mirror-signing-key"_s.arg(libraryId);
    readUnder(name).then(this, [this, promise, name](const QString &found) {
        const QByteArray known = QByteArray::fromBase64(found.toLatin1());
        if (!signing::publicKeyOf(known).isEmpty()) {
            finish(promise, known);
            return;
        }
        const QByteArray made = signing::generateSecretKey();
        if (made.isEmpty() || !m_keychainAvailable) {
            finish(promise, QByteArray());
            return;
        }
        storeUnder(name, QString::fromLatin1(made.toBase64()))
            .then(this, [promise, made](Result result) {
                finish(promise, result == Result::Stored ? made : QByteArray());
            });
    });
    return promise->future();
}

QFuture<CredentialStore::Result> CredentialStore::storeUnder(const QString &key,
                                                             const QString &token)
{
    auto promise = startedPromise<Result>();
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setTextData(token);
    runJob(job, [this, promise, key, token](QKeychain::Job *, QKeychain::Error error,
                                            const QString &reason) {
        Result result = Result::Stored;
        if (error == QKeychain::NoError) {
            m_memory.remove(key);
        } else if (isUnavailable(error)) {
            markUnavailable(reason);
            m_memory.insert(key, token);
            result = Result::InMemoryOnly;
        } else {
            qCWarning(lcCredentials) << "could not store the token:" << reason;
            m_memory.insert(key, token);
            result = Result::InMemoryOnly;
        }
        finish(promise, result);
    });
    return promise->future();
}

QFuture<QString> CredentialStore::readUnder(const QString &key)
{
    auto promise = startedPromise<QString>();
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    runJob(job, [this, promise, key](QKeychain::Job *finishedJob, QKeychain::Error error,
                                     const QString &reason) {
        QString value;
        if (error == QKeychain::NoError)
            value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        else if (isUnavailable(error))
            markUnavailable(reason);
        if (value.isEmpty())
            value = m_memory.value(key);
        finish(promise, value);
    });
    return promise->future();
}

QFuture<bool> CredentialStore::removeUnder(const QString &key)
{
    auto promise = startedPromise<bool>();
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    runJob(job, [this, promise](QKeychain::Job *, QKeychain::Error error, const QString &reason) {
        const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        if (!ok && isUnavailable(error))
            markUnavailable(reason);
        finish(promise, ok || !m_keychainAvailable);
    });
    return promise->future();
}

} // namespace clikc
