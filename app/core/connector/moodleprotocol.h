#pragma once

#include "connector.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <utility>

// The Moodle/Totara web-service protocol without the network: reading every error shape the
// real server sends, and turning its answers into the library's types. Pure functions, tested
// against the responses recorded from a real Moodle 4.4 site.
namespace clikc::moodle {

// The functions the application cannot work without.
QStringList requiredFunctions();

// "clikc.example.org/moodle/" → https://clikc.example.org/moodle. Plain http is refused unless
// the host is this machine or `allowPlainHttp` (a local mirror the user chose).
QUrl normalizeSiteUrl(const QString &input, bool allowPlainHttp, ConnectorError *error);

// Looks at an answer for any of the server's error shapes. Returns None when `body` is a
// successful JSON answer, which is then in *json.
ConnectorError readAnswer(int httpStatus, const QByteArray &body, QJsonDocument *json);

// Moodle's errorcode → our error.
ConnectorError fromErrorCode(const QString &errorCode, const QString &message);

SiteInfo parseSiteInfo(const QJsonObject &object);
QList<RemoteCourse> parseCourses(const QJsonArray &array);

// core_course_get_courses_by_field's and core_course_search_courses' answers: {courses: [...]}
// (with `total` for a search). The site's own front page (format "site", id 1) is left out;
// a course without an id is skipped.
CataloguePage parseCatalogue(const QJsonObject &object);
QList<CatalogueCategory> parseCategories(const QJsonArray &array);
QList<EnrolmentMethod> parseEnrolmentMethods(const QJsonArray &array);
// enrol_self_enrol_user's answer: None when enrolled; EnrolmentRefused with the site's
// warning otherwise (once enrolled the real site says "Enrolment is disabled or inactive").
ConnectorError readSelfEnrolment(const QJsonObject &object);

struct ScormPackage
{
    qint64 courseModuleId = 0;
    QString fileName;
    QString packageUrl;
    qint64 size = 0;
    QString sha1;
    int revision = 0;
    qint64 timeModified = 0;
    int maxAttempts = 0;       // maxattempt: 0 for no limit
    bool autoContinue = false; // auto: the next SCO opens when one ends
};
QList<ScormPackage> parseScorms(const QJsonObject &object);

// A course's structure from core_course_get_contents, with its SCORM packages.
Course parseContents(const RemoteCourse &course, const QJsonArray &sections,
                     const QList<ScormPackage> &scorms);

// The view call of a module ("mod_page_view_page") and its parameter ("pageid"); empty for
// modules that have none the application uses.
std::pair<QString, QString> viewFunction(const QString &module);

// core_completion_get_activities_completion_status → cmid → state.
QHash<QString, ServerCompletion> parseCompletionStatus(const QJsonObject &object);

// The answer of a call that reports `{"status": true|false, "warnings": [...]}`: None when the
// server says it took it; a refusal carrying the first warning otherwise.
ConnectorError readStatus(const QJsonObject &object);

// A web-service function and its arguments, as one request of a batch carries them.
struct WsCall
{
    QString function; // empty: the server has no function for this action
    QJsonObject arguments;
};
// The function and arguments of a learner action (core_course_view_course {courseid: 3}…).
WsCall progressCall(const ProgressCall &call);
// Arguments as the form of a single call: nested lists and objects flattened the way PHP reads
// them back (tracks[0][element]=…). Values are percent-encoded here, so that the caller's
// toString(QUrl::FullyEncoded) keeps '+' and '&' inside values intact.
QUrlQuery formOf(const QJsonObject &arguments);
// tool_mobile_call_external_functions' form: requests[i][function] and requests[i][arguments]
// (the arguments as a JSON string), in order.
QUrlQuery batchForm(const QList<WsCall> &calls);
// What the server's answer (`data`, already decoded) to one action says: None when it took it.
ConnectorError readProgressAnswer(const ProgressCall &call, const QJsonValue &data);
// tool_mobile_call_external_functions' answer: one error per call, in order. Each `data` and
// `exception` is a JSON string to decode again; a call that failed does not stop the others.
// An answer that does not hold one response per call sets *whole (MalformedResponse).
QList<ConnectorError> readBatch(const QJsonObject &answer, const QList<ProgressCall> &calls,
                                ConnectorError *whole);

// A file URL with the token appended (the only place the token may go: the server refuses it in
// an Authorization header).
QUrl withToken(const QString &fileUrl, const QString &token);

} // namespace clikc::moodle
