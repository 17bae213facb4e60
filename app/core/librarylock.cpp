#include "librarylock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLock, "clikc.lock")

namespace clikc {
namespace {

constexpr char kActivate[] = "activate\n";
constexpr char kDone[] = "ok\n";

} // namespace

LibraryLock::LibraryLock(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(dataDir + u"/library.lock"_s)
{}

LibraryLock::~LibraryLock()
{
    if (m_server)
        m_server->close();
    if (m_held)
        m_lock.unlock();
}

LibraryLock::Result LibraryLock::acquire()
{
    if (m_held)
        return Result::Acquired;
    QDir().mkpath(m_dataDir);
    if (m_lock.tryLock(0)) {
        m_held = true;
        return Result::Acquired;
    }
    if (m_lock.error() == QLockFile::LockFailedError) {
        const Holder who = holder();
        qCInfo(lcLock) << "library in use by" << who.program << who.pid << "on" << who.host;
        return Result::InUse;
    }
    qCWarning(lcLock) << "cannot lock" << m_dataDir << int(m_lock.error());
    return Result::Failed;
}

LibraryLock::Holder LibraryLock::holder() const
{
    Holder who;
    m_lock.getLockInfo(&who.pid, &who.host, &who.program);
    return who;
}

QString LibraryLock::serverName(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    const QByteArray key = QByteArray::number(::getuid()) + ':'
                           + (canonical.isEmpty() ? dataDir : canonical).toUtf8();
    return u"clikc-"_s
           + QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool LibraryLock::listenForActivation()
{
    if (!m_held)
        return false;
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(m_dataDir);
    // We hold the folder, so a socket of that name is what a crashed start left behind.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        qCWarning(lcLock) << "cannot listen for a second start:" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > 64)
                        socket->abort();
                    return;
                }
                if (socket->readLine(64) == QByteArray(kActivate)) {
                    socket->write(kDone);
                    socket->flush();
                    qCInfo(lcLock) << "a second start asks for the window";
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool LibraryLock::activateRunning(const QString &dataDir, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString name = serverName(dataDir);
    for (;;) {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(int(deadline.remainingTime()))) {
            socket.write(kActivate);
            if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
                return false;
            QByteArray answer;
            while (!answer.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
                answer += socket.readAll();
            return answer == QByteArray(kDone);
        }
        // Nobody listens yet: a start at the same moment may hold the folder and still be
        // setting up. Try again until the deadline.
        if (deadline.hasExpired())
            return false;
        QThread::msleep(std::min<qint64>(100, deadline.remainingTime()));
    }
}

} // namespace clikc
