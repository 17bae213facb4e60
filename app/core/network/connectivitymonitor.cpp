#include "connectivitymonitor.h"

#include "networkaccess.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr int kIntervalMs = 3 * 60 * 1000;
constexpr int kProbeTimeoutMs = 10000;

} // namespace

ConnectivityMonitor::ConnectivityMonitor(NetworkAccess &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
}

void ConnectivityMonitor::setServer(const QUrl &url, bool allowPlainHttp)
{
    m_server = url;
    m_allowPlainHttp = allowPlainHttp;
    if (m_reply)
        m_reply->abort();
    if (url.isEmpty()) {
        m_timer.stop();
        setState(State::NoServer);
        return;
    }
    m_timer.start();
    checkNow();
}

void ConnectivityMonitor::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ConnectivityMonitor::checkNow()
{
    if (m_server.isEmpty() || m_reply)
        return;
    if (!NetworkAccess::isTransportAllowed(m_server, m_allowPlainHttp)) {
        setState(State::Unreachable);
        return;
    }
    if (m_state != State::Reachable)
        setState(State::Checking);
    // Any HTTP answer, even an error page, proves the server is there.
    QNetworkReply *reply = m_network.head(m_network.request(m_server, kProbeTimeoutMs));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        setState(answered ? State::Reachable : State::Unreachable);
    });
}

void ConnectivityMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace clikc
