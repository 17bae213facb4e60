#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace clikc {

class NetworkAccess;

// Tells whether the learner's server can be reached right now, by asking it: a small request
// at start, every few minutes, and on demand. (The operating system's idea of "online" is not
// trusted alone: a captive portal or a dead satellite link still looks online.)
// Lives on the GUI thread; never blocks it.
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State { NoServer, Checking, Reachable, Unreachable };
    Q_ENUM(State)

    explicit ConnectivityMonitor(NetworkAccess &network, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectivityMonitor)

    // The server to watch; an empty URL means none is set up (working offline by design).
    void setServer(const QUrl &url, bool allowPlainHttp = false);
    QUrl server() const { return m_server; }
    State state() const { return m_state; }
    void setInterval(int milliseconds);

public Q_SLOTS:
    void checkNow();

Q_SIGNALS:
    void stateChanged(clikc::ConnectivityMonitor::State state);

private:
    void setState(State state);

    NetworkAccess &m_network;
    QUrl m_server;
    bool m_allowPlainHttp = false;
    State m_state = State::NoServer;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace clikc
