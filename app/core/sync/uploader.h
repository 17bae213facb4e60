#pragma once

#include "connector/connector.h"
#include "connector/connectorerror.h"
#include "storage/uploadrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace clikc {

class Database;
class ConnectorFactory;
class NetworkAccess;

// Drains the upload queue (the `uploads` table) to the server, profile by profile, with each
// profile's own token: in order per activity, several activities at once, and an action leaves
// the queue only once the server confirmed it. Starts by itself at start-up, after a sign-in,
// when something new is queued and on "Upload now"; a failed attempt is retried with exponential
// backoff and jitter (a real request decides whether the server answers; connectivity hints only
// trigger an attempt). What the server refuses (cannotmanualctrack, a missing record…) moves to
// the "not accepted" list with the server's reason; a network failure keeps the action;
// `invalidtoken` pauses that profile's queue until it signs in again. A profile that is signed
// out keeps its queue for its next sign-in.
//
// Before it sends completion changes of a course it asks the server for the course's completion
// states and applies progress::reconcileCompletion(): a newer change on the site wins.
//
// Lives on its own thread (see AppContext): the public methods may be called from any thread;
// its signals arrive queued.
class Uploader final : public QObject
{
    Q_OBJECT

public:
    Uploader(Database &database, const ConnectorFactory &connectors, QObject *parent = nullptr);
    ~Uploader() override;
    Q_DISABLE_COPY_MOVE(Uploader)

    struct Policy
    {
        int maxInFlight = 4;   // requests at once per profile, each for different activities
        int batchActions = 50; // actions one request carries at most (see sendProgress)
        int retryBaseMs = 2000;
        int retryMaxMs = 5 * 60 * 1000;
        int timeoutMs = 60000;
    };

    struct Status
    {
        qint64 profileId = 0;
        int pending = 0;
        int rejected = 0;
        qint64 lastUploadAt = 0; // seconds since the epoch; 0 never
        bool uploading = false;
        bool waitingForSignIn = false; // something waits, and there is no usable token
        qint64 retryInMs = -1;         // the next attempt after a failure; -1 none planned
        ConnectorError lastError;      // why the last attempt stopped (None after a success)
    };

    // --- callable from any thread
    void start();
    void setPolicy(const Policy &policy);
    // The sign-in that authorises the profile's uploads; an empty token pauses its queue.
    // `allowPlainHttp`: the learner allowed the site over plain HTTP (a local mirror).
    void setAuthorization(qint64 profileId, const QUrl &siteUrl, qint64 remoteUserId,
                          const QString &token, bool allowPlainHttp = false);
    // Tries now, whatever the backoff; 0 for every profile.
    void uploadNow(qint64 profileId = 0);
    // Something was queued for the profile.
    void kick(qint64 profileId);

    // Runs the calling thread's event loop until no profile can make progress now: its queue is
    // empty, it waits for a sign-in, or an attempt made since the last uploadNow() (or sign-in)
    // failed and waits for a retry. Work asked for before the call (uploadNow, kick) is seen
    // first. Woken by wentIdle(), not by polling. Returns false on timeout. For the command line
    // and tests.
    bool waitUntilIdle(int timeoutMs);
    // Counters for the benchmark and tests.
    int requestsSent() const;

Q_SIGNALS:
    void statusChanged(const clikc::Uploader::Status &status);
    // The server no longer accepts the profile's token.
    void needsSignIn(qint64 profileId);
    // The server confirmed `count` actions of the profile.
    void uploaded(qint64 profileId, int count);
    // The local progress changed because the server's newer state won.
    void completionSuperseded(qint64 profileId, qint64 activityId);
    // Nothing can make progress now; answers waitUntilIdle()'s question number `question`.
    void wentIdle(quint64 question);

private:
    struct Lane;
    using Action = UploadAction;

    Lane &lane(qint64 profileId);
    // drainLane(), then tells a waiting waitUntilIdle() when nothing is left to do.
    void drain(Lane &lane);
    void drainLane(Lane &lane);
    void announceIfIdle();
    // Marks the actions `sending` and sends them in one request (those whose SCO the server
    // must name first, each on its own after asking).
    void send(Lane &lane, const QList<Action> &cached);
    void sendAfterScoLookup(Lane &lane, const Action &action);
    // The call an action becomes; none while the server's id of its SCO is unknown.
    std::optional<ProgressCall> callFor(const Action &action);
    void checkCompletions(Lane &lane, const QString &courseRemoteId);
    // The server's answer to one request: an error (or None) per action. `token`: the one they
    // were sent with.
    void onAnswered(qint64 profileId, const QList<Action> &actions,
                    const QList<ConnectorError> &errors, const QString &token);
    void failed(Lane &lane, const ConnectorError &error);
    // The server refused the profile's token: its lane waits for a new sign-in.
    void pauseForSignIn(Lane &lane, const ConnectorError &error);
    void publish(Lane &lane);
    bool laneIdle(const Lane &lane);
    bool isIdle();

    Database &m_database;
    const ConnectorFactory &m_connectors;
    std::unique_ptr<NetworkAccess> m_network;
    Policy m_policy;
    std::map<qint64, std::unique_ptr<Lane>> m_lanes;
    std::atomic<int> m_requests{0};
    std::atomic<quint64> m_idleAsked{0}; // waitUntilIdle()'s questions, numbered
    // On the uploader's thread: the last question that reached it (behind everything its caller
    // asked for before), and the last one answered.
    quint64 m_idleHeard = 0;
    quint64 m_idleAnswered = 0;
    bool m_started = false;
};

} // namespace clikc

Q_DECLARE_METATYPE(clikc::Uploader::Status)
