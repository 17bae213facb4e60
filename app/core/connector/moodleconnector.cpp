#include "moodleconnector.h"

#include "moodleprotocol.h"
#include "network/networkaccess.h"
#include "util/printable.h"
#include "util/promise.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMoodle, "clikc.moodle")

namespace clikc {
namespace {

ConnectorError networkError(QNetworkReply *reply)
{
    using C = ConnectorError::Code;
    QUrl refused;
    switch (NetworkAccess::refusal(reply, &refused)) {
    case NetworkAccess::Refusal::None:
        break;
    case NetworkAccess::Refusal::Transport:
        return {C::InsecureTransport, refused.host(), {}, {}};
    case NetworkAccess::Refusal::Redirect:
        return {C::UnsafeRedirect, refused.host(), {}, refused.scheme()};
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return {C::Timeout, {}, {}, reply->errorString()};
    case QNetworkReply::SslHandshakeFailedError:
        return {C::TlsError, {}, {}, reply->errorString()};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return {C::ConnectionFailed, reply->url().host(), {}, reply->errorString()};
    default:
        return {}; // an HTTP status: the body tells more
    }
}

} // namespace

MoodleConnector::MoodleConnector(NetworkAccess &network, QUrl siteUrl, QObject *parent)
    : Connector(parent)
    , m_network(network)
    , m_siteUrl(std::move(siteUrl))
{}

void MoodleConnector::post(const QUrl &url, const QUrlQuery &form, Handler handler)
{
    QNetworkRequest request = m_network.request(url, m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    // A connector that goes away takes its calls with it.
    connect(this, &QObject::destroyed, reply, &QNetworkReply::abort);
    // The answer is read as it arrives and bounded by what arrived, whatever the headers say;
    // the call as a whole has a deadline, however slowly the server trickles.
    enum class Cut { No, TooLarge, Deadline };
    auto cut = std::make_shared<Cut>(Cut::No);
    auto body = std::make_shared<QByteArray>();
    const auto take = [reply, body, cut] {
        if (*cut != Cut::No)
            return;
        body->append(reply->readAll());
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (body->size() > kMaxAnswerBytes || declared > kMaxAnswerBytes) {
            *cut = Cut::TooLarge;
            body->clear();
            body->squeeze();
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, take);
    connect(reply, &QNetworkReply::readyRead, this, take);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, cut] {
        if (*cut == Cut::No) {
            *cut = Cut::Deadline;
            reply->abort();
        }
    });
    deadline->start(m_deadlineMs);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, body, cut, take, handler = std::move(handler)] {
            reply->deleteLater();
            take(); // what is left
            if (*cut == Cut::TooLarge) {
                handler({ConnectorError::Code::MalformedResponse,
                         {},
                         {},
                         u"answer larger than %1 bytes"_s.arg(kMaxAnswerBytes)},
                        {});
                return;
            }
            if (*cut == Cut::Deadline) {
                handler({ConnectorError::Code::Timeout, {}, {}, u"no complete answer in time"_s},
                        {});
                return;
            }
            const ConnectorError transport = networkError(reply);
            if (transport.isError()) {
                handler(transport, {});
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QJsonDocument json;
            const ConnectorError error = moodle::readAnswer(status, *body, &json);
            if (error.needsSignIn())
                Q_EMIT tokenRejected();
            if (error.isError())
                qCInfo(lcMoodle) << "call failed:" << error.serverCode << int(error.code);
            handler(error, json);
        });
}

void MoodleConnector::call(const QString &function, QUrlQuery params, Handler handler)
{
    QUrl url = m_siteUrl;
    url.setPath(m_siteUrl.path() + u"/webservice/rest/server.php"_s);
    params.addQueryItem(u"wstoken"_s, m_token);
    params.addQueryItem(u"moodlewsrestformat"_s, u"json"_s);
    params.addQueryItem(u"wsfunction"_s, function);
    post(url, params, std::move(handler));
}

QFuture<Outcome<QString>> MoodleConnector::signIn(const QString &username, const QString &password)
{
    auto promise = startedPromise<Outcome<QString>>();
    QUrl url = m_siteUrl;
    url.setPath(m_siteUrl.path() + u"/login/token.php"_s);
    QUrlQuery form;
    form.addQueryItem(u"username"_s, QString::fromUtf8(QUrl::toPercentEncoding(username)));
    form.addQueryItem(u"password"_s, QString::fromUtf8(QUrl::toPercentEncoding(password)));
    form.addQueryItem(u"service"_s, u"moodle_mobile_app"_s);
    post(url, form, [this, promise](const ConnectorError &error, const QJsonDocument &json) {
        if (error.isError()) {
            finish(promise, Outcome<QString>::failure(error));
            return;
        }
        const QString token = json.object().value(u"token"_s).toString();
        if (token.isEmpty()) {
            finish(promise, Outcome<QString>::failure(
                                {ConnectorError::Code::MalformedResponse, {}, {}, u"no token"_s}));
            return;
        }
        m_token = token;
        finish(promise, Outcome<QString>{token, {}});
    });
    return promise->future();
}

QFuture<Outcome<SiteInfo>> MoodleConnector::siteInfo()
{
    auto promise = startedPromise<Outcome<SiteInfo>>();
    call(u"core_webservice_get_site_info"_s, {},
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError()) {
                 finish(promise, Outcome<SiteInfo>::failure(error));
                 return;
             }
             const SiteInfo info = moodle::parseSiteInfo(json.object());
             const QStringList missing = info.missing(moodle::requiredFunctions());
             if (!missing.isEmpty()) {
                 finish(
                     promise,
                     Outcome<SiteInfo>{
                         info,
                         {ConnectorError::Code::MissingFunctions, missing.join(u", "_s), {}, {}}});
             } else if (!info.downloadFiles) {
                 finish(promise, Outcome<SiteInfo>{
                                     info, {ConnectorError::Code::DownloadsDisabled, {}, {}, {}}});
             } else {
                 finish(promise, Outcome<SiteInfo>{info, {}});
             }
         });
    return promise->future();
}

QFuture<Outcome<QList<RemoteCourse>>> MoodleConnector::courses(qint64 userId)
{
    auto promise = startedPromise<Outcome<QList<RemoteCourse>>>();
    QUrlQuery params;
    params.addQueryItem(u"userid"_s, QString::number(userId));
    call(u"core_enrol_get_users_courses"_s, params,
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError())
                 finish(promise, Outcome<QList<RemoteCourse>>::failure(error));
             else if (!json.isArray())
                 finish(promise,
                        Outcome<QList<RemoteCourse>>::failure(
                            {ConnectorError::Code::MalformedResponse, {}, {}, u"courses"_s}));
             else
                 finish(promise,
                        Outcome<QList<RemoteCourse>>{moodle::parseCourses(json.array()), {}});
         });
    return promise->future();
}

QFuture<Outcome<Course>> MoodleConnector::courseContents(const RemoteCourse &course)
{
    auto promise = startedPromise<Outcome<Course>>();
    QUrlQuery params;
    params.addQueryItem(u"courseid"_s, QString::number(course.id));
    call(u"core_course_get_contents"_s, params,
         [this, promise, course](const ConnectorError &error, const QJsonDocument &contents) {
             if (error.isError()) {
                 finish(promise, Outcome<Course>::failure(error));
                 return;
             }
             if (!contents.isArray()) {
                 finish(promise,
                        Outcome<Course>::failure(
                            {ConnectorError::Code::MalformedResponse, {}, {}, u"contents"_s}));
                 return;
             }
             const QJsonArray sections = contents.array();
             // SCORM modules carry no files in the contents: their packages come from here.
             QUrlQuery scormParams;
             scormParams.addQueryItem(u"courseids[0]"_s, QString::number(course.id));
             call(u"mod_scorm_get_scorms_by_courses"_s, scormParams,
                  [promise, course, sections](const ConnectorError &scormError,
                                              const QJsonDocument &scorms) {
                      if (scormError.isError()) {
                          finish(promise, Outcome<Course>::failure(scormError));
                          return;
                      }
                      finish(promise, Outcome<Course>{moodle::parseContents(
                                                          course, sections,
                                                          moodle::parseScorms(scorms.object())),
                                                      {}});
                  });
         });
    return promise->future();
}

QFuture<Outcome<CataloguePage>> MoodleConnector::cataloguePage(const QString &function,
                                                               const QUrlQuery &params)
{
    auto promise = startedPromise<Outcome<CataloguePage>>();
    call(function, params,
         [promise, function](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError())
                 finish(promise, Outcome<CataloguePage>::failure(error));
             else if (!json.isObject())
                 finish(promise, Outcome<CataloguePage>::failure(
                                     {ConnectorError::Code::MalformedResponse, {}, {}, function}));
             else
                 finish(promise, Outcome<CataloguePage>{moodle::parseCatalogue(json.object()), {}});
         });
    return promise->future();
}

QFuture<Outcome<CataloguePage>> MoodleConnector::catalogue(qint64 categoryId)
{
    QUrlQuery params;
    if (categoryId > 0) {
        params.addQueryItem(u"field"_s, u"category"_s);
        params.addQueryItem(u"value"_s, QString::number(categoryId));
    }
    return cataloguePage(u"core_course_get_courses_by_field"_s, params);
}

QFuture<Outcome<CataloguePage>> MoodleConnector::catalogueCourses(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QtFuture::makeReadyFuture(Outcome<CataloguePage>{});
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    QUrlQuery params;
    params.addQueryItem(u"field"_s, u"ids"_s);
    params.addQueryItem(u"value"_s, list.join(u','));
    return cataloguePage(u"core_course_get_courses_by_field"_s, params);
}

QFuture<Outcome<CataloguePage>> MoodleConnector::searchCatalogue(const QString &text, int page,
                                                                 int perPage)
{
    QUrlQuery params;
    params.addQueryItem(u"criterianame"_s, u"search"_s);
    params.addQueryItem(u"criteriavalue"_s, QString::fromUtf8(QUrl::toPercentEncoding(text)));
    params.addQueryItem(u"page"_s, QString::number(std::max(0, page)));
    params.addQueryItem(u"perpage"_s, QString::number(std::clamp(perPage, 1, 100)));
    return cataloguePage(u"core_course_search_courses"_s, params);
}

QFuture<Outcome<QList<CatalogueCategory>>> MoodleConnector::categories()
{
    auto promise = startedPromise<Outcome<QList<CatalogueCategory>>>();
    call(u"core_course_get_categories"_s, {},
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             using Result = Outcome<QList<CatalogueCategory>>;
             if (error.isError())
                 finish(promise, Result::failure(error));
             else if (!json.isArray())
                 finish(promise,
                        Result::failure(
                            {ConnectorError::Code::MalformedResponse, {}, {}, u"categories"_s}));
             else
                 finish(promise, Result{moodle::parseCategories(json.array()), {}});
         });
    return promise->future();
}

QFuture<Outcome<QList<EnrolmentMethod>>> MoodleConnector::enrolmentMethods(qint64 courseId)
{
    auto promise = startedPromise<Outcome<QList<EnrolmentMethod>>>();
    QUrlQuery params;
    params.addQueryItem(u"courseid"_s, QString::number(courseId));
    call(u"core_enrol_get_course_enrolment_methods"_s, params,
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             using Result = Outcome<QList<EnrolmentMethod>>;
             if (error.isError())
                 finish(promise, Result::failure(error));
             else if (!json.isArray())
                 finish(promise, Result::failure({ConnectorError::Code::MalformedResponse,
                                                  {},
                                                  {},
                                                  u"enrolment methods"_s}));
             else
                 finish(promise, Result{moodle::parseEnrolmentMethods(json.array()), {}});
         });
    return promise->future();
}

QFuture<Outcome<bool>> MoodleConnector::selfEnrol(qint64 courseId, qint64 instanceId)
{
    auto promise = startedPromise<Outcome<bool>>();
    QUrlQuery params;
    params.addQueryItem(u"courseid"_s, QString::number(courseId));
    params.addQueryItem(u"instanceid"_s, QString::number(instanceId));
    call(u"enrol_self_enrol_user"_s, params,
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError()) {
                 finish(promise, Outcome<bool>::failure(error));
                 return;
             }
             const ConnectorError refused
                 = json.isObject()
                       ? moodle::readSelfEnrolment(json.object())
                       : ConnectorError{
                           ConnectorError::Code::MalformedResponse, {}, {}, u"self enrolment"_s};
             finish(promise,
                    refused.isError() ? Outcome<bool>::failure(refused) : Outcome<bool>{true, {}});
         });
    return promise->future();
}

QFuture<Outcome<bool>> MoodleConnector::progress(const ProgressCall &action)
{
    auto promise = startedPromise<Outcome<bool>>();
    const moodle::WsCall ws = moodle::progressCall(action);
    if (ws.function.isEmpty()) {
        finish(promise, Outcome<bool>::failure({ConnectorError::Code::MissingFunctions,
                                                u"mod_%1_view_%1"_s.arg(action.module),
                                                {},
                                                {}}));
        return promise->future();
    }
    call(ws.function, moodle::formOf(ws.arguments),
         [promise, action](const ConnectorError &error, const QJsonDocument &json) {
             const ConnectorError refused
                 = error.isError()
                       ? error
                       : moodle::readProgressAnswer(
                           action, json.isObject() ? QJsonValue(json.object()) : QJsonValue());
             finish(promise,
                    refused.isError() ? Outcome<bool>::failure(refused) : Outcome<bool>{true, {}});
         });
    return promise->future();
}

QFuture<Outcome<QList<ConnectorError>>> MoodleConnector::sendEach(const QList<ProgressCall> &calls)
{
    using Result = Outcome<QList<ConnectorError>>;
    auto promise = startedPromise<Result>();
    struct Gathered
    {
        QList<ConnectorError> errors;
        qsizetype left = 0;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->errors.resize(calls.size());
    gathered->left = calls.size();
    if (calls.isEmpty()) {
        finish(promise, Result{{}, {}});
        return promise->future();
    }
    const auto done = [promise, gathered](qsizetype index, const ConnectorError &error) {
        gathered->errors[index] = error;
        if (--gathered->left > 0)
            return;
        finish(promise, Result{gathered->errors, {}});
    };
    for (qsizetype i = 0; i < calls.size(); ++i) {
        progress(calls.at(i))
            .then(this, [done, i](const Outcome<bool> &outcome) { done(i, outcome.error); })
            .onCanceled(this, [done, i] {
                done(i, {ConnectorError::Code::Cancelled, {}, {}, {}});
            });
    }
    return promise->future();
}

QFuture<Outcome<QList<ConnectorError>>> MoodleConnector::sendProgress(
    const QList<ProgressCall> &calls)
{
    using Result = Outcome<QList<ConnectorError>>;
    QList<moodle::WsCall> batch;
    QList<ProgressCall> batched;
    QList<qsizetype> positions; // of the batched calls among `calls`
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const moodle::WsCall ws = moodle::progressCall(calls.at(i));
        if (ws.function.isEmpty())
            continue; // refused on its own below, without asking
        batch.append(ws);
        batched.append(calls.at(i));
        positions.append(i);
    }
    if (!m_batching || batch.size() < 2)
        return sendEach(calls);

    auto promise = startedPromise<Result>();
    call(u"tool_mobile_call_external_functions"_s, moodle::batchForm(batch),
         [this, promise, calls, batched, positions](const ConnectorError &error,
                                                    const QJsonDocument &json) {
             using C = ConnectorError::Code;
             if (error.isError()) {
                 // The site does not offer the batch (not in its service, an older Moodle): it
                 // refused before running any call, so each goes on its own, now and from now on.
                 if (error.code == C::AccessDenied || error.code == C::NotFound
                     || error.code == C::ServerError || error.code == C::MissingFunctions) {
                     qCInfo(lcMoodle) << "the site does not batch calls:" << error.serverCode;
                     m_batching = false;
                     sendEach(calls)
                         .then(this, [promise](const Result &each) { finish(promise, each); })
                         .onCanceled(this, [promise] {
                             finish(promise,
                                    Result::failure({ConnectorError::Code::Cancelled, {}, {}, {}}));
                         });
                     return;
                 }
                 finish(promise, Result::failure(error));
                 return;
             }
             ConnectorError whole;
             const QList<ConnectorError> answers
                 = moodle::readBatch(json.object(), batched, &whole);
             if (whole.isError()) {
                 finish(promise, Result::failure(whole));
                 return;
             }
             QList<ConnectorError> errors(calls.size());
             for (qsizetype i = 0; i < calls.size(); ++i) {
                 if (!positions.contains(i))
                     errors[i] = {
                         C::MissingFunctions, u"mod_%1_view_%1"_s.arg(calls.at(i).module), {}, {}};
             }
             for (qsizetype j = 0; j < answers.size(); ++j)
                 errors[positions.at(j)] = answers.at(j);
             finish(promise, Result{errors, {}});
         });
    return promise->future();
}

QFuture<Outcome<bool>> MoodleConnector::viewCourse(const QString &courseId)
{
    return progress({.kind = ProgressCall::Kind::CourseView, .id = courseId});
}

QFuture<Outcome<bool>> MoodleConnector::viewActivity(const QString &module,
                                                     const QString &instanceId)
{
    return progress({.kind = ProgressCall::Kind::ActivityView, .id = instanceId, .module = module});
}

QFuture<Outcome<QHash<QString, ServerCompletion>>> MoodleConnector::completionStatus(
    const QString &courseId, qint64 userId)
{
    using Result = Outcome<QHash<QString, ServerCompletion>>;
    auto promise = startedPromise<Result>();
    QUrlQuery params;
    params.addQueryItem(u"courseid"_s, courseId);
    params.addQueryItem(u"userid"_s, QString::number(userId));
    call(u"core_completion_get_activities_completion_status"_s, params,
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError())
                 finish(promise, Result::failure(error));
             else if (!json.isObject())
                 finish(promise, Result::failure({ConnectorError::Code::MalformedResponse,
                                                  {},
                                                  {},
                                                  u"completion status"_s}));
             else
                 finish(promise, Result{moodle::parseCompletionStatus(json.object()), {}});
         });
    return promise->future();
}

QFuture<Outcome<bool>> MoodleConnector::setManualCompletion(const QString &cmid, bool completed)
{
    return progress({.kind = ProgressCall::Kind::Completion, .id = cmid, .completed = completed});
}

QFuture<Outcome<QList<std::pair<QString, qint64>>>> MoodleConnector::scormScoes(
    const QString &scormInstanceId)
{
    using Result = Outcome<QList<std::pair<QString, qint64>>>;
    auto promise = startedPromise<Result>();
    QUrlQuery params;
    params.addQueryItem(u"scormid"_s, scormInstanceId);
    call(u"mod_scorm_get_scorm_scoes"_s, params,
         [promise](const ConnectorError &error, const QJsonDocument &json) {
             if (error.isError()) {
                 finish(promise, Result::failure(error));
                 return;
             }
             QList<std::pair<QString, qint64>> scoes;
             for (const QJsonValue &value : json.object().value(u"scoes"_s).toArray()) {
                 const QJsonObject sco = value.toObject();
                 if (sco.value(u"scormtype"_s).toString() == u"sco"_s)
                     scoes.append(
                         {sco.value(u"identifier"_s).toString(), sco.value(u"id"_s).toInteger()});
             }
             finish(promise, Result{scoes, {}});
         });
    return promise->future();
}

QFuture<Outcome<bool>> MoodleConnector::insertScormTracks(qint64 scoId, int attempt,
                                                          const QMap<QString, QString> &tracks)
{
    return progress({.kind = ProgressCall::Kind::ScormTracks,
                     .scoId = scoId,
                     .attempt = attempt,
                     .tracks = tracks});
}

QNetworkRequest MoodleConnector::fileRequest(const FileEntry &file) const
{
    // The token goes to the site's own origin only.
    const QUrl url(file.remoteUrl);
    if (NetworkAccess::originOf(url) != NetworkAccess::originOf(m_siteUrl))
        return m_network.request(url, m_timeoutMs);
    return m_network.request(moodle::withToken(file.remoteUrl, m_token), m_timeoutMs);
}

} // namespace clikc
