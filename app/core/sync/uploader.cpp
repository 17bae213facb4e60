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

// The most one request carries, estimated: well below PHP's post_max_size. (Policy::batchActions
// bounds the count: PHP reads at most max_input_vars form fields, 1,000 by default, two each.)
constexpr qsizetype kBatchBytes = 256 * 1024;

qsizetype payloadSize(const UploadAction &action)
{
    qsizetype size = 0;
    const QJsonObject tracks = action.payload.value(u"tracks"_s).toObject();
    for (auto it = tracks.begin(); it != tracks.end(); ++it)
        size += it.key().size() + it.value().toString().size() + 32;
    return size;
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
    int requests = 0;                        // requests on their way (a batch is one)
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
    // Actions of different activities travel together, one request for up to batchActions;
    // the next action of an activity waits for the server's answer about the one before.
    QList<Action> batch;
    qsizetype batchBytes = 0;
    const auto requestsUsed = [&] {
        return l.requests + int(l.checkingCourses.size()) + (batch.isEmpty() ? 0 : 1);
    };
    const auto flush = [&] {
        if (!batch.isEmpty())
            send(l, std::exchange(batch, {}));
        batchBytes = 0;
    };
    for (const Action &action : candidates) {
        if (l.token.isEmpty() || l.retryAt > 0)
            break; // a call that finished at once stopped the lane
        if (l.inFlight.contains(action.id) || blocked.contains(action.orderKey))
            continue;
        if (batch.size() >= std::max(1, m_policy.batchActions) || batchBytes >= kBatchBytes)
            flush();
        const bool requestFree = requestsUsed() < m_policy.maxInFlight;
        if (batch.isEmpty() && !requestFree)
            break;
        blocked.insert(action.orderKey); // later actions of the activity wait for this one
        if (action.kind == UploadKind::Completion) {
            const QString course = action.target.value(u"course"_s).toString();
            if (!l.checkedCourses.contains(course)) {
                if (!l.checkingCourses.contains(course) && requestFree)
                    checkCompletions(l, course);
                continue;
            }
        }
        batch.append(action);
        batchBytes += action.payload.isEmpty() ? 64 : 64 + payloadSize(action);
    }
    flush();
    if (l.inFlight.isEmpty() && l.checkingCourses.isEmpty())
        l.checkedCourses.clear(); // the next pass asks the server again
}

std::optional<ProgressCall> Uploader::callFor(const Action &action)
{
    const QJsonObject &t = action.target;
    switch (action.kind) {
    case UploadKind::CourseView:
        return ProgressCall{.kind = ProgressCall::Kind::CourseView,
                            .id = t.value(u"course"_s).toString()};
    case UploadKind::ActivityView:
        return ProgressCall{.kind = ProgressCall::Kind::ActivityView,
                            .id = t.value(u"instance"_s).toString(),
                            .module = t.value(u"module"_s).toString()};
    case UploadKind::Completion:
        return ProgressCall{.kind = ProgressCall::Kind::Completion,
                            .id = t.value(u"cmid"_s).toString(),
                            .completed = action.payload.value(u"completed"_s).toBool()};
    case UploadKind::ScormTracks: {
        ProgressCall call{.kind = ProgressCall::Kind::ScormTracks};
        const QJsonObject values = action.payload.value(u"tracks"_s).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            call.tracks.insert(it.key(), it.value().toString());
        call.attempt = action.payload.value(u"attempt"_s).toInt();
        call.scoId = action.payload.value(u"scoId"_s).toInteger();
        if (call.scoId == 0 && action.activityId > 0) // learned since it was queued
            call.scoId
                = ScormRepository(m_database.connection())
                      .remoteScoId(action.activityId, action.payload.value(u"sco"_s).toString());
        if (call.scoId == 0)
            return std::nullopt; // the package's SCOs must be asked for first
        return call;
    }
    }
    return std::nullopt;
}

void Uploader::send(Lane &l, const QList<Action> &cached)
{
    QSqlDatabase db = m_database.connection();
    UploadRepository repository(db);
    // What to send is read again once the rows are `sending`: until then the recording side may
    // have merged newer values into them, and from now on it no longer can. One commit for all.
    QList<Action> claimed;
    {
        ScopedTransaction transaction(db);
        for (const Action &action : cached) {
            std::optional<Action> fresh;
            if (repository.markSending(action.id).ok())
                fresh = repository.action(action.id);
            if (fresh)
                claimed.append(*fresh);
            else
                l.cacheDirty = true; // dismissed or changed meanwhile
        }
        if (claimed.isEmpty() || transaction.commit().isError()) {
            l.cacheDirty = true;
            return;
        }
    }
    for (const Action &action : std::as_const(claimed)) {
        l.inFlight.insert(action.id, l.round);
        l.busyKeys.insert(action.orderKey);
    }
    failpoint::hit("upload-before-send");

    QList<Action> together;
    QList<ProgressCall> calls;
    for (const Action &action : std::as_const(claimed)) {
        if (const std::optional<ProgressCall> call = callFor(action)) {
            together.append(action);
            calls.append(*call);
        } else {
            sendAfterScoLookup(l, action);
        }
    }
    if (calls.isEmpty())
        return;
    ++m_requests;
    ++l.requests;
    const qint64 profileId = l.profileId;
    const QString token = l.token;
    using Answer = Outcome<QList<ConnectorError>>;
    l.connector->sendProgress(calls)
        .then(this,
              [this, profileId, together, token](const Answer &answer) {
                  // Never re-entered from send(): a call that failed at once is handled after it.
                  QMetaObject::invokeMethod(
                      this,
                      [this, profileId, together, token, answer] {
                          onAnswered(profileId, together,
                                     answer.ok()
                                         ? answer.value
                                         : QList<ConnectorError>(together.size(), answer.error),
                                     token);
                      },
                      Qt::QueuedConnection);
              })
        .onCanceled(this, [this, profileId, together, token] {
            onAnswered(profileId, together,
                       QList<ConnectorError>(together.size(),
                                             {ConnectorError::Code::Cancelled, {}, {}, {}}),
                       token);
        });
}

void Uploader::sendAfterScoLookup(Lane &l, const Action &action)
{
    // The server's id of the SCO is not known yet: ask for the package's SCOs first, keep them,
    // then send.
    ++m_requests;
    ++l.requests;
    Connector &c = *l.connector;
    QMap<QString, QString> tracks;
    const QJsonObject values = action.payload.value(u"tracks"_s).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        tracks.insert(it.key(), it.value().toString());
    const int attempt = action.payload.value(u"attempt"_s).toInt();
    auto promise = startedPromise<Outcome<bool>>();
    const QString identifier = action.payload.value(u"sco"_s).toString();
    const qint64 rowId = action.id;
    const qint64 activityId = action.activityId;
    QPointer<Connector> connector(&c);
    c.scormScoes(action.target.value(u"instance"_s).toString())
        .then(this,
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
            finish(promise, Outcome<bool>::failure({ConnectorError::Code::Cancelled, {}, {}, {}}));
        });
    const qint64 profileId = l.profileId;
    const QString token = l.token;
    promise->future()
        .then(this,
              [this, profileId, action, token](const Outcome<bool> &outcome) {
                  QMetaObject::invokeMethod(
                      this,
                      [this, profileId, action, token, error = outcome.error] {
                          onAnswered(profileId, {action}, {error}, token);
                      },
                      Qt::QueuedConnection);
              })
        .onCanceled(this, [this, profileId, action, token] {
            onAnswered(profileId, {action}, {{ConnectorError::Code::Cancelled, {}, {}, {}}}, token);
        });
}

void Uploader::onAnswered(qint64 profileId, const QList<Action> &actions,
                          const QList<ConnectorError> &errors, const QString &token)
{
    Lane &l = lane(profileId);
    --l.requests;
    QSqlDatabase db = m_database.connection();
    UploadRepository repository(db);
    // The window a crash can fall into: the server has them, the queue does not know yet.
    if (std::any_of(errors.cbegin(), errors.cend(),
                    [](const ConnectorError &e) { return !e.isError(); }))
        failpoint::hit("upload-after-confirm");
    // One commit for what the answer settled: the confirmed, the refused, those to retry.
    ScopedTransaction transaction(db);
    ProgressRepository progress(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int confirmed = 0;
    bool signInRefused = false;
    std::optional<ConnectorError> failedNow; // a failure of the attempt asked for
    StorageError noted;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const Action &action = actions.at(i);
        const ConnectorError &error = errors.at(i);
        const quint64 sentInRound = l.inFlight.take(action.id);
        l.busyKeys.remove(action.orderKey);
        l.cache.removeIf([&](const Action &a) { return a.id == action.id; });
        if (!error.isError()) {
            StorageError step;
            if (action.activityId != 0) {
                // What the server now knows; an answer about the activity asked for earlier is
                // out of date.
                if (action.kind == UploadKind::Completion) {
                    const bool completed = action.payload.value(u"completed"_s).toBool();
                    const qint64 at = action.payload.value(u"time"_s).toInteger() / 1000;
                    step = progress.setServerCompletion(
                        profileId, action.activityId, {completed ? 1 : 0, completed ? at : 0, now});
                } else {
                    step = progress.noteServerUpdated(profileId, action.activityId, now);
                }
            }
            if (step.ok())
                step = repository.confirm(action.id);
            if (step.isError() && noted.ok())
                noted = step;
            ++confirmed;
        } else if (error.needsSignIn()) {
            noteWrite(repository.retryLater(action.id, u"invalidtoken"_s, error.detail), "a retry");
            signInRefused = true;
        } else if (isRefusal(error)) {
            qCInfo(lcUploads) << "refused:" << action.id << codeOf(error) << error.detail;
            noteWrite(repository.reject(action.id, codeOf(error), error.detail), "a refusal");
        } else {
            noteWrite(repository.retryLater(action.id, codeOf(error), error.detail), "a retry");
            if (sentInRound == l.round && !failedNow)
                failedNow = error;
            else
                l.cacheDirty = true; // sent before "try now": the drain below sends it again
        }
    }
    if (noted.ok())
        noted = transaction.commit();
    if (noted.isError()) {
        // Still `sending`: sent again at the next start (each call is safe to repeat).
        qCWarning(lcUploads) << "could not mark" << confirmed
                             << "actions as uploaded:" << noted.key();
    }
    if (l.inFlight.isEmpty() && l.checkingCourses.isEmpty())
        l.retired.clear();
    if (confirmed > 0) {
        l.failures = 0;
        l.lastError = {};
        Q_EMIT uploaded(profileId, confirmed);
    }
    if (signInRefused) {
        if (token == l.token) // not a token the learner has replaced meanwhile
            pauseForSignIn(l, errors.first());
        l.cacheDirty = true;
    }
    if (failedNow)
        failed(l, *failedNow);
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
