#include "uploader.h"

#include "connector/connectorfactory.h"
#include "network/networkaccess.h"
#include "progress/completionreconcile.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "storage/scormrepository.h"
#include "transferrules.h"
#include "util/failpoint.h"
#include "util/onthread.h"
#include "util/promise.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUploads, "clikc.uploads")

namespace {

// A write the queue can do without for now (the action stays as it was and is sent again):
// said in the log, with why.
void noteWrite(const clikc::StorageError &error, const char *what)
{
    if (error.isError())
        qCWarning(lcUploads) << "could not record" << what << error.key();
}

} // namespace

namespace clikc {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The server looked at the action and said no: keeping it would only repeat the refusal.
bool isRefusal(const ConnectorError &error)
{
    using C = ConnectorError::Code;
    switch (error.code) {
    case C::AccessDenied:
    case C::NotFound:
    case C::ServerError:
    case C::MissingFunctions:
        return true;
    default:
        return false;
    }
}

QString codeOf(const ConnectorError &error)
{
    return error.serverCode.isEmpty() ? u"error-%1"_s.arg(int(error.code)) : error.serverCode;
}

} // namespace

struct Uploader::Lane
{
    qint64 profileId = 0;
    QUrl site;
    bool allowPlainHttp = false; // the learner allowed the site over plain HTTP
    qint64 userId = 0;
    QString token;
    std::unique_ptr<Connector> connector;
    std::vector<std::unique_ptr<Connector>> retired; // until their calls finish
    QList<Action> cache;                             // waiting rows, oldest first
    bool cacheDirty = true;
    // An "try now" (uploadNow, a new sign-in) starts a new round. A call still on its way from
    // an earlier round that fails afterwards is not the attempt that was asked for: it is sent
    // again at once instead of waiting for a retry.
    quint64 round = 0;
    QHash<qint64, quint64> inFlight;         // action id → the round it was sent in
    QSet<QString> busyKeys;                  // order keys with an action in flight
    QSet<QString> checkedCourses;            // completion states fetched during this pass
    QHash<QString, quint64> checkingCourses; // being fetched → the round it was asked in
    int failures = 0;
    qint64 retryAt = 0; // ms since the epoch; 0: none planned
    QTimer *retryTimer = nullptr;
    bool drainQueued = false;
    bool publishQueued = false;
    ConnectorError lastError;
};

Uploader::Uploader(Database &database, const ConnectorFactory &connectors, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_connectors(connectors)
{
    qRegisterMetaType<clikc::Uploader::Status>();
}

Uploader::~Uploader()
{
    // Replies go before their connectors, connectors before the network access.
    for (auto &[id, lane] : m_lanes) {
        lane->connector.reset();
        lane->retired.clear();
    }
    m_lanes.clear();
    m_network.reset();
    m_database.closeConnection();
}

Uploader::Lane &Uploader::lane(qint64 profileId)
{
    auto &slot = m_lanes[profileId];
    if (!slot) {
        slot = std::make_unique<Lane>();
        slot->profileId = profileId;
        slot->retryTimer = new QTimer(this);
        slot->retryTimer->setSingleShot(true);
        connect(slot->retryTimer, &QTimer::timeout, this, [this, profileId] {
            Lane &l = lane(profileId);
            l.retryAt = 0;
            drain(l);
        });
    }
    return *slot;
}

void Uploader::start()
{
    runOnThreadOf(this, [this] {
        if (m_started)
            return;
        m_started = true;
        m_network = std::make_unique<NetworkAccess>();
        // A crash or a power cut while these were on their way: nobody knows whether the server
        // got them, so they go again (ARCHITECTURE.md says why each call is safe to repeat).
        UploadRepository repository(m_database.connection());
        const int replayed = repository.requeueSending();
        if (replayed > 0)
            qCInfo(lcUploads) << replayed << "actions were being sent when the application stopped";
        for (qint64 profileId : repository.profilesWithWork())
            lane(profileId);
        for (auto &[id, l] : m_lanes) {
            l->cacheDirty = true;
            drain(*l);
        }
        announceIfIdle(); // also with no lane at all
    });
}

void Uploader::setPolicy(const Policy &policy)
{
    runOnThreadOf(this, [this, policy] { m_policy = policy; });
}

void Uploader::setAuthorization(qint64 profileId, const QUrl &siteUrl, qint64 remoteUserId,
                                const QString &token, bool allowPlainHttp)
{
    runOnThreadOf(this, [this, profileId, siteUrl, remoteUserId, token, allowPlainHttp] {
        Lane &l = lane(profileId);
        if (l.connector && l.site != siteUrl) {
            if (!l.inFlight.isEmpty() || !l.checkingCourses.isEmpty())
                l.retired.push_back(std::move(l.connector));
            l.connector.reset();
            l.checkedCourses.clear();
        }
        l.site = siteUrl;
        l.allowPlainHttp = allowPlainHttp;
        l.userId = remoteUserId;
        l.token = token;
        if (l.connector)
            l.connector->setToken(token);
        if (!token.isEmpty()) {
            // A sign-in is a reason to try at once.
            l.failures = 0;
            l.retryAt = 0;
            l.retryTimer->stop();
            l.lastError = {};
            l.cacheDirty = true;
            ++l.round;
        }
        drain(l);
    });
}

void Uploader::uploadNow(qint64 profileId)
{
    runOnThreadOf(this, [this, profileId] {
        if (profileId != 0)
            lane(profileId);
        for (auto &[id, l] : m_lanes) {
            if (profileId != 0 && id != profileId)
                continue;
            l->failures = 0;
            l->retryAt = 0;
            l->retryTimer->stop();
            l->cacheDirty = true;
            ++l->round;
            drain(*l);
        }
    });
}

void Uploader::kick(qint64 profileId)
{
    runOnThreadOf(this, [this, profileId] {
        Lane &l = lane(profileId);
        l.cacheDirty = true;
        drain(l);
    });
}

void Uploader::drain(Lane &l)
{
    drainLane(l);
    announceIfIdle();
}

void Uploader::drainLane(Lane &l)
{
    if (!m_started)
        return;
    publish(l);
    if (!l.connector && !l.token.isEmpty() && l.site.isValid()) {
        m_network->setPlainHttpAllowed(l.site, l.allowPlainHttp);
        l.connector = m_connectors.create(SourceKind::Moodle, *m_network, l.site);
        l.connector->setTimeoutMs(m_policy.timeoutMs);
        l.connector->setToken(l.token);
    }
    if (l.token.isEmpty() || !l.connector || (l.retryAt > 0 && l.retryAt > nowMs()))
        return;
    if (l.cacheDirty || l.cache.isEmpty()) {
        l.cache = UploadRepository(m_database.connection()).waiting(l.profileId);
        l.cacheDirty = false;
    }
    QSet<QString> blocked = l.busyKeys;
    const QList<Action> candidates = l.cache;
    for (const Action &action : candidates) {
        if (l.inFlight.size() + l.checkingCourses.size() >= m_policy.maxInFlight)
            break;
        if (l.token.isEmpty() || l.retryAt > 0)
            break; // a call that finished at once stopped the lane
        if (l.inFlight.contains(action.id) || blocked.contains(action.orderKey))
            continue;
        blocked.insert(action.orderKey); // later actions of the activity wait for this one
        if (action.kind == UploadKind::Completion) {
            const QString course = action.target.value(u"course"_s).toString();
            if (!l.checkedCourses.contains(course)) {
                if (!l.checkingCourses.contains(course))
                    checkCompletions(l, course);
                continue;
            }
        }
        send(l, action);
    }
    if (l.inFlight.isEmpty() && l.checkingCourses.isEmpty())
        l.checkedCourses.clear(); // the next pass asks the server again
}

void Uploader::send(Lane &l, const Action &cached)
{
    UploadRepository repository(m_database.connection());
    if (repository.markSending(cached.id).isError()) {
        l.cacheDirty = true; // dismissed or changed meanwhile
        return;
    }
    // What to send is read again now that the row is `sending`: until then the recording side
    // may have merged newer values into it, and from now on it no longer can.
    const std::optional<Action> fresh = repository.action(cached.id);
    if (!fresh) {
        l.cacheDirty = true;
        return;
    }
    const Action &action = *fresh;
    l.inFlight.insert(action.id, l.round);
    l.busyKeys.insert(action.orderKey);
    failpoint::hit("upload-before-send");
    ++m_requests;

    Connector &c = *l.connector;
    QFuture<Outcome<bool>> call;
    const QJsonObject &t = action.target;
    switch (action.kind) {
    case UploadKind::CourseView:
        call = c.viewCourse(t.value(u"course"_s).toString());
        break;
    case UploadKind::ActivityView:
        call = c.viewActivity(t.value(u"module"_s).toString(), t.value(u"instance"_s).toString());
        break;
    case UploadKind::Completion:
        call = c.setManualCompletion(t.value(u"cmid"_s).toString(),
                                     action.payload.value(u"completed"_s).toBool());
        break;
    case UploadKind::ScormTracks: {
        QMap<QString, QString> tracks;
        const QJsonObject values = action.payload.value(u"tracks"_s).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            tracks.insert(it.key(), it.value().toString());
        const int attempt = action.payload.value(u"attempt"_s).toInt();
        qint64 scoId = action.payload.value(u"scoId"_s).toInteger();
        if (scoId == 0 && action.activityId > 0) // learned since it was queued
            scoId = ScormRepository(m_database.connection())
                        .remoteScoId(action.activityId, action.payload.value(u"sco"_s).toString());
        if (scoId > 0) {
            call = c.insertScormTracks(scoId, attempt, tracks);
            break;
        }
        // The server's id of the SCO is not known yet: ask for the package's SCOs first, keep
        // them, then send.
        auto promise = startedPromise<Outcome<bool>>();
        call = promise->future();
        const QString identifier = action.payload.value(u"sco"_s).toString();
        const qint64 rowId = action.id;
        const qint64 activityId = action.activityId;
        QPointer<Connector> connector(&c);
        c.scormScoes(t.value(u"instance"_s).toString())
            .then(
                this,
                [this, promise, connector, identifier, rowId, activityId, attempt,
                 tracks](const Outcome<QList<std::pair<QString, qint64>>> &scoes) {
                    if (!scoes.ok() || !connector) {
                        finish(promise,
                               Outcome<bool>::failure(
                                   scoes.ok()
                                       ? ConnectorError{ConnectorError::Code::Cancelled, {}, {}, {}}
                                       : scoes.error));
                        return;
                    }
                    qint64 found = 0;
                    for (const auto &[id, remote] : scoes.value)
                        found = id == identifier ? remote : found;
                    QSqlDatabase db = m_database.connection();
                    if (activityId > 0)
                        noteWrite(ScormRepository(db).setRemoteScoes(activityId, scoes.value),
                                  "the site's SCO ids");
                    if (found == 0) {
                        finish(promise,
                               Outcome<bool>::failure(
                                   {ConnectorError::Code::NotFound, identifier, u"cannotfindsco"_s,
                                    u"No SCO %1 in the package on the site"_s.arg(identifier)}));
                        return;
                    }
                    noteWrite(UploadRepository(db).setScoId(rowId, found), "a SCO id");
                    connector->insertScormTracks(found, attempt, tracks)
                        .then(this, [promise](const Outcome<bool> &sent) { finish(promise, sent); })
                        .onCanceled(this, [promise] {
                            finish(promise, Outcome<bool>::failure(
                                                {ConnectorError::Code::Cancelled, {}, {}, {}}));
                        });
                })
            .onCanceled(this, [promise] {
                finish(promise,
                       Outcome<bool>::failure({ConnectorError::Code::Cancelled, {}, {}, {}}));
            });
        break;
    }
    }
    const qint64 profileId = l.profileId;
    const QString token = l.token;
    call.then(this,
              [this, profileId, action, token](const Outcome<bool> &outcome) {
                  // Never re-entered from send(): a call that failed at once is handled after it.
                  QMetaObject::invokeMethod(
                      this,
                      [this, profileId, action, token, error = outcome.error] {
                          onSent(profileId, action, token, error);
                      },
                      Qt::QueuedConnection);
              })
        .onCanceled(this, [this, profileId, action, token] {
            onSent(profileId, action, token, {ConnectorError::Code::Cancelled, {}, {}, {}});
        });
}

void Uploader::onSent(qint64 profileId, const Action &action, const QString &token,
                      const ConnectorError &error)
{
    Lane &l = lane(profileId);
    const quint64 sentInRound = l.inFlight.take(action.id);
    l.busyKeys.remove(action.orderKey);
    l.cache.removeIf([&](const Action &a) { return a.id == action.id; });
    if (l.inFlight.isEmpty() && l.checkingCourses.isEmpty())
        l.retired.clear();
    QSqlDatabase db = m_database.connection();
    UploadRepository repository(db);
    if (!error.isError()) {
        // The window a crash can fall into: the server has it, the queue does not know yet.
        failpoint::hit("upload-after-confirm");
        ScopedTransaction transaction(db);
        StorageError noted;
        if (action.activityId != 0) {
            // What the server now knows; an answer about the activity asked for earlier is out
            // of date.
            ProgressRepository progress(db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (action.kind == UploadKind::Completion) {
                const bool completed = action.payload.value(u"completed"_s).toBool();
                const qint64 at = action.payload.value(u"time"_s).toInteger() / 1000;
                noted = progress.setServerCompletion(profileId, action.activityId,
                                                     {completed ? 1 : 0, completed ? at : 0, now});
            } else {
                noted = progress.noteServerUpdated(profileId, action.activityId, now);
            }
        }
        if (noted.ok())
            noted = repository.confirm(action.id);
        if (noted.ok())
            noted = transaction.commit();
        if (noted.isError())
            qCWarning(lcUploads) << "could not mark" << action.id << "as uploaded:" << noted.key();
        l.failures = 0;
        l.lastError = {};
        Q_EMIT uploaded(profileId, 1);
    } else if (error.needsSignIn()) {
        noteWrite(repository.retryLater(action.id, u"invalidtoken"_s, error.detail), "a retry");
        if (token == l.token) // not a token the learner has replaced meanwhile
            pauseForSignIn(l, error);
        l.cacheDirty = true;
    } else if (isRefusal(error)) {
        qCInfo(lcUploads) << "refused:" << action.id << codeOf(error) << error.detail;
        noteWrite(repository.reject(action.id, codeOf(error), error.detail), "a refusal");
    } else {
        noteWrite(repository.retryLater(action.id, codeOf(error), error.detail), "a retry");
        if (sentInRound == l.round)
            failed(l, error);
        else
            l.cacheDirty = true; // sent before "try now": the drain below sends it again
    }
    if (!l.drainQueued) {
        l.drainQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this, profileId] {
                Lane &again = lane(profileId);
                again.drainQueued = false;
                drain(again);
            },
            Qt::QueuedConnection);
    }
}

void Uploader::checkCompletions(Lane &l, const QString &courseRemoteId)
{
    l.checkingCourses.insert(courseRemoteId, l.round);
    ++m_requests;
    const qint64 profileId = l.profileId;
    using Result = Outcome<QHash<QString, ServerCompletion>>;
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
    auto handle = [this, profileId, courseRemoteId, askedAt](const Result &result) {
        Lane &lane = this->lane(profileId);
        const quint64 askedInRound = lane.checkingCourses.take(courseRemoteId);
        if (result.ok()) {
            QSqlDatabase db = m_database.connection();
            UploadRepository repository(db);
            QList<qint64> superseded;
            ScopedTransaction transaction(db);
            for (const Action &action : repository.waiting(profileId)) {
                if (action.kind != UploadKind::Completion || action.activityId == 0
                    || action.target.value(u"course"_s).toString() != courseRemoteId)
                    continue;
                const QString cmid = action.target.value(u"cmid"_s).toString();
                if (!result.value.contains(cmid))
                    continue;
                ServerCompletion server = result.value.value(cmid);
                server.observedAtMs = askedAt;
                if (progress::reconcileCompletion(db, profileId, action.activityId, server)
                    == progress::Reconciled::ServerWon)
                    superseded.append(action.activityId);
            }
            if (transaction.commit().ok()) {
                for (qint64 activityId : std::as_const(superseded))
                    Q_EMIT completionSuperseded(profileId, activityId);
            }
            lane.checkedCourses.insert(courseRemoteId);
        } else if (result.error.needsSignIn()) {
            pauseForSignIn(lane, result.error);
        } else if (isRefusal(result.error)) {
            lane.checkedCourses.insert(courseRemoteId); // the change itself will be refused
        } else if (askedInRound == lane.round) {
            failed(lane, result.error);
        } // else asked before "try now": the drain below asks again

        lane.cacheDirty = true;
        drain(lane);
    };
    l.connector->completionStatus(courseRemoteId, l.userId)
        .then(this,
              [this, handle](const Result &result) {
                  QMetaObject::invokeMethod(
                      this, [handle, result] { handle(result); }, Qt::QueuedConnection);
              })
        .onCanceled(this, [handle] {
            handle(Result::failure({ConnectorError::Code::Cancelled, {}, {}, {}}));
        });
}

void Uploader::pauseForSignIn(Lane &l, const ConnectorError &error)
{
    if (l.token.isEmpty())
        return; // already paused
    l.token.clear();
    l.lastError = error;
    qCInfo(lcUploads) << "profile" << l.profileId << "must sign in again";
    Q_EMIT needsSignIn(l.profileId);
}

void Uploader::failed(Lane &l, const ConnectorError &error)
{
    ++l.failures;
    const qint64 delay
        = transferrules::backoffMs(l.failures, m_policy.retryBaseMs, m_policy.retryMaxMs);
    l.retryAt = nowMs() + delay;
    l.retryTimer->start(int(delay));
    l.lastError = error;
    l.cacheDirty = true;
    qCInfo(lcUploads) << "profile" << l.profileId << "retries in" << delay
                      << "ms:" << int(error.code) << error.detail;
}

void Uploader::publish(Lane &l)
{
    if (l.publishQueued)
        return;
    l.publishQueued = true;
    const qint64 profileId = l.profileId;
    QTimer::singleShot(50, this, [this, profileId] {
        Lane &lane = this->lane(profileId);
        lane.publishQueued = false;
        const auto counts = UploadRepository(m_database.connection()).counts(profileId);
        Status status;
        status.profileId = profileId;
        status.pending = counts.pending;
        status.rejected = counts.rejected;
        status.lastUploadAt = counts.lastUploadAt;
        status.uploading = !lane.inFlight.isEmpty() || !lane.checkingCourses.isEmpty();
        status.waitingForSignIn = counts.pending > 0 && lane.token.isEmpty();
        status.retryInMs = lane.retryAt > 0 ? qMax<qint64>(0, lane.retryAt - nowMs()) : -1;
        status.lastError = lane.lastError;
        Q_EMIT statusChanged(status);
    });
}

bool Uploader::laneIdle(const Lane &l)
{
    if (!l.inFlight.isEmpty() || !l.checkingCourses.isEmpty() || l.drainQueued)
        return false;
    if (l.token.isEmpty() || !l.site.isValid() || l.retryAt > 0)
        return true;
    return UploadRepository(m_database.connection()).waiting(l.profileId, 1).isEmpty();
}

bool Uploader::isIdle()
{
    if (!m_started)
        return false;
    for (const auto &[id, l] : m_lanes) {
        if (!laneIdle(*l))
            return false;
    }
    return true;
}

void Uploader::announceIfIdle()
{
    // Only while someone waits (waitUntilIdle): otherwise nobody needs the database read.
    // Only questions that reached this thread: one still on its way is asked after work its
    // caller queued before it (uploadNow), which this moment of idleness has not seen.
    const quint64 asked = m_idleHeard;
    if (asked == m_idleAnswered || !isIdle())
        return;
    m_idleAnswered = asked;
    Q_EMIT wentIdle(asked);
}

bool Uploader::waitUntilIdle(int timeoutMs)
{
    // Woken by the uploader itself when it has nothing it can do, never by a moment of quiet.
    // The question is numbered so that an answer to an earlier one (given before work queued by
    // the caller was seen) does not count.
    const quint64 question = ++m_idleAsked;
    QEventLoop loop;
    bool idle = false;
    connect(this, &Uploader::wentIdle, &loop, [&loop, &idle, question](quint64 answered) {
        if (answered < question)
            return;
        idle = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Queued behind whatever the caller asked for before (uploadNow, kick…).
    runOnThreadOf(this, [this, question] {
        m_idleHeard = qMax(m_idleHeard, question);
        announceIfIdle();
    });
    if (idle)
        return true; // answered at once, on this thread
    timeout.start(timeoutMs);
    loop.exec();
    return idle;
}

int Uploader::requestsSent() const
{
    return m_requests.load();
}

} // namespace clikc
