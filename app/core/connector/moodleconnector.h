#pragma once

#include "connector.h"

#include <QObject>
#include <QUrlQuery>
#include <functional>

class QNetworkReply;

namespace clikc {

class NetworkAccess;

// The connector for Moodle and Totara web services (REST, the mobile app's service): sign-in
// through login/token.php, then webservice/rest/server.php calls with the token, and files
// through their opaque URLs with `token=` appended. Lives on the thread of its NetworkAccess;
// never blocks it.
class MoodleConnector final : public Connector
{
    Q_OBJECT

public:
    // `siteUrl` must come from moodle::normalizeSiteUrl().
    MoodleConnector(NetworkAccess &network, QUrl siteUrl, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MoodleConnector)

    static constexpr int kDefaultTimeoutMs = 60000;
    // However the server answers (a trickle keeps the timeout away), a call ends by then.
    static constexpr int kDefaultDeadlineMs = 5 * 60 * 1000;
    // The most a web-service answer may hold, counted while it arrives: more is refused.
    static constexpr qint64 kMaxAnswerBytes = 32 * 1024 * 1024;
    // No byte for this long ends a call with a Timeout error.
    void setTimeoutMs(int timeoutMs) override { m_timeoutMs = timeoutMs; }
    // The whole call, answer included, takes at most this long (then a Timeout error).
    void setDeadlineMs(int deadlineMs) { m_deadlineMs = deadlineMs; }

    QUrl siteUrl() const override { return m_siteUrl; }
    QFuture<Outcome<QString>> signIn(const QString &username, const QString &password) override;
    void setToken(const QString &token) override { m_token = token; }
    bool hasToken() const override { return !m_token.isEmpty(); }
    QString token() const override { return m_token; }
    QFuture<Outcome<SiteInfo>> siteInfo() override;
    QFuture<Outcome<QList<RemoteCourse>>> courses(qint64 userId) override;
    QFuture<Outcome<Course>> courseContents(const RemoteCourse &course) override;
    QFuture<Outcome<CataloguePage>> catalogue(qint64 categoryId) override;
    QFuture<Outcome<CataloguePage>> catalogueCourses(const QList<qint64> &ids) override;
    QFuture<Outcome<CataloguePage>> searchCatalogue(const QString &text, int page,
                                                    int perPage) override;
    QFuture<Outcome<QList<CatalogueCategory>>> categories() override;
    QFuture<Outcome<QList<EnrolmentMethod>>> enrolmentMethods(qint64 courseId) override;
    QFuture<Outcome<bool>> selfEnrol(qint64 courseId, qint64 instanceId) override;
    QNetworkRequest fileRequest(const FileEntry &file) const override;
    QFuture<Outcome<bool>> viewCourse(const QString &courseId) override;
    QFuture<Outcome<bool>> viewActivity(const QString &module, const QString &instanceId) override;
    QFuture<Outcome<QHash<QString, ServerCompletion>>> completionStatus(const QString &courseId,
                                                                        qint64 userId) override;
    QFuture<Outcome<bool>> setManualCompletion(const QString &cmid, bool completed) override;
    QFuture<Outcome<QList<std::pair<QString, qint64>>>> scormScoes(
        const QString &scormInstanceId) override;
    QFuture<Outcome<bool>> insertScormTracks(qint64 scoId, int attempt,
                                             const QMap<QString, QString> &tracks) override;
    // Two calls or more travel in one tool_mobile_call_external_functions request (the mobile
    // app's own way to batch). A site that refuses that function gets them one by one from then
    // on: nothing ran when the batch itself was refused.
    QFuture<Outcome<QList<ConnectorError>>> sendProgress(const QList<ProgressCall> &calls) override;
    // Whether calls still travel together (false once the site refused the batch function).
    bool batching() const { return m_batching; }

private:
    using Handler = std::function<void(const ConnectorError &, const QJsonDocument &)>;
    void post(const QUrl &url, const QUrlQuery &form, Handler handler);
    void call(const QString &function, QUrlQuery params, Handler handler);
    // A catalogue function's answer ({courses: [...]}, with `total` for a search).
    QFuture<Outcome<CataloguePage>> cataloguePage(const QString &function, const QUrlQuery &params);
    // One learner action in a request of its own.
    QFuture<Outcome<bool>> progress(const ProgressCall &call);
    // Each call in a request of its own, all at once; each says what became of it (a lost
    // connection included), so the outcome itself never fails.
    QFuture<Outcome<QList<ConnectorError>>> sendEach(const QList<ProgressCall> &calls);

    NetworkAccess &m_network;
    QUrl m_siteUrl;
    QString m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_deadlineMs = kDefaultDeadlineMs;
    bool m_batching = true;
};

// Waits for a future while running the event loop (the command line; tests).
template<typename T>
T waitFor(QFuture<T> future);

} // namespace clikc

#include <QEventLoop>

template<typename T>
T clikc::waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        future.then(&loop, [&loop](const T &) { loop.quit(); });
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}
