#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

namespace clikc {

// One process at a time uses a library folder. Two would each requeue the other's downloads,
// write into the same .part files and upload the same progress twice; SQLite alone keeps the
// database whole but not the work the services do around it.
//
// The lock is a QLockFile, `library.lock`, in the folder: it holds the process id, the
// program's name and the host. A lock whose process is gone (a crash, a power cut) is taken
// over by the next start; a lock file left unreadable counts as stale after 30 seconds.
//
// The application also listens, next to the lock, for a second start of itself: that start
// asks the running one to show its window (activateRunning) instead of failing.
class LibraryLock final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryLock(const QString &dataDir, QObject *parent = nullptr);
    ~LibraryLock() override;
    Q_DISABLE_COPY_MOVE(LibraryLock)

    enum class Result { Acquired, InUse, Failed };
    Result acquire();

    // Who holds the lock, after acquire() answered InUse.
    struct Holder
    {
        qint64 pid = 0;
        QString program; // the process's name: clikc-desktop, clikc…
        QString host;
    };
    Holder holder() const;

    // The GUI, once it holds the lock: a second start's request emits activationRequested().
    bool listenForActivation();
    // A second start: asks the application that holds the folder to show its window. True when
    // it answered within `timeoutMs`; until then, a holder that does not listen yet (it is
    // starting too) is asked again.
    static bool activateRunning(const QString &dataDir, int timeoutMs = 3000);
    // The local socket's name for a folder: per user and per folder.
    static QString serverName(const QString &dataDir);

Q_SIGNALS:
    void activationRequested();

private:
    QString m_dataDir;
    QLockFile m_lock;
    bool m_held = false;
    QLocalServer *m_server = nullptr;
};

} // namespace clikc
