// The SCORM run-time API that lessons call (resources/scorm/scorm-runtime.js), run in QJSEngine:
// the 1.2 and 2004 data models, their error codes and session rules, and what the host receives
// through the callbacks to keep a learner's progress.
//
// Steps in the tables are written as "init", "finish", "commit", "get <element>",
// "set <element> = <value>", "last", "string <code>", "diag <code>", separated by " | ".
// A value or answer written {c*N} stands for N copies of c. Every step but the last must succeed
// unless it starts with '~'.

#include <QFile>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString k12 = u"1.2"_s;
const QString k2004 = u"2004"_s;

QString runtimeSource()
{
    static const QString source = [] {
        QFile file(QStringLiteral(CLIKC_SCORM_RUNTIME));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return source;
}

QString expand(const QString &value)
{
    static const QRegularExpression repeat(u"^\\{(.)\\*(\\d+)\\}$"_s);
    const QRegularExpressionMatch match = repeat.match(value);
    return match.hasMatch() ? match.captured(1).repeated(match.captured(2).toInt()) : value;
}

QStringList steps(const QString &text)
{
    return text.split(u" | "_s);
}

QString compactJson(const QVariantMap &map)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap parseJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

// The host side of a session, as the player will wire it: callbacks that record what they get.
// log.failCommit makes onCommit throw; log.failFinish makes onFinish return false.
// A state's "__sharedDataAccess" entry becomes options.sharedDataAccess.
const QString kOpenSession = uR"((function (version, state) {
    var log = { set: [], commit: [], finish: [], nav: [], order: [],
                failCommit: false, failFinish: false };
    var parsed = state ? JSON.parse(state) : undefined;
    var access = parsed ? parsed.__sharedDataAccess : undefined;
    if (parsed)
        delete parsed.__sharedDataAccess;
    var api = ClikcScorm[version === "1.2" ? "create12" : "create2004"]({
        state: parsed,
        sharedDataAccess: access,
        onSetValue: function (element, value) { log.set.push(element + "=" + value); },
        onCommit: function (values) {
            log.order.push("commit");
            log.commit.push(values);
            if (log.failCommit)
                throw new Error("disk full");
        },
        onFinish: function (values) {
            log.order.push("finish");
            log.finish.push(values);
            return !log.failFinish;
        },
        onNavRequest: function (request) {
            log.order.push("nav");
            log.nav.push(request);
        }
    });
    return { api: api, log: log };
}))"_s;

// One lesson session: the runtime in its own engine, one API object and the host's records.
class Lesson
{
    Q_DISABLE_COPY_MOVE(Lesson)

public:
    explicit Lesson(const QString &version, const QString &state = {})
        : m_version(version)
    {
        const QJSValue loaded
            = m_engine.evaluate(runtimeSource(), QStringLiteral(CLIKC_SCORM_RUNTIME));
        if (loaded.isError()) {
            m_problem = loaded.toString();
            return;
        }
        const QJSValue session
            = m_engine.evaluate(kOpenSession).call({QJSValue(version), QJSValue(state)});
        if (session.isError()) {
            m_problem = session.toString();
            return;
        }
        m_api = session.property(u"api"_s);
        m_log = session.property(u"log"_s);
    }

    QString problem() const { return m_problem; }
    QJSEngine &engine() { return m_engine; }
    QJSValue api() const { return m_api; }

    // Runs one step and returns the API's answer.
    QString run(const QString &step)
    {
        const qsizetype space = step.indexOf(u' ');
        const QString verb = space < 0 ? step : step.left(space);
        const QString rest = space < 0 ? QString() : step.mid(space + 1);
        QJSValueList arguments;
        if (verb == u"set") {
            // "set <element> =" at the end of a step sets the empty string.
            const qsizetype equals = rest.indexOf(u" = "_s);
            if (equals >= 0)
                arguments << QJSValue(rest.left(equals)) << QJSValue(expand(rest.mid(equals + 3)));
            else if (rest.endsWith(u" ="_s))
                arguments << QJSValue(rest.chopped(2)) << QJSValue(QString());
            else
                return u"<malformed step: %1>"_s.arg(step);
        } else if (verb != u"last") {
            arguments << QJSValue(rest);
        }
        return call(method(verb), arguments);
    }

    // Runs the steps; returns the answer to the last one. A step other than the last that fails
    // without a '~' mark is described in *problem.
    QString runAll(const QStringList &list, QString *problem)
    {
        QString answer;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString step = list.at(i);
            const bool mayFail = step.startsWith(u'~');
            if (mayFail)
                step.remove(0, 1);
            answer = run(step);
            const QString error = lastError();
            if (!mayFail && i + 1 < list.size() && error != u"0" && problem->isEmpty())
                *problem = u"step \"%1\" answered \"%2\" with error %3"_s.arg(step, answer, error);
        }
        return answer;
    }

    QString lastError() { return call(method(u"last"_s), {}); }

    QVariantList received(const QString &callback) const
    {
        return m_log.property(callback).toVariant().toList();
    }

    void setHostFailing(const QString &what, bool failing) { m_log.setProperty(what, failing); }

private:
    QString method(const QString &verb) const
    {
        static const QStringList verbs = {u"init"_s,   u"finish"_s, u"get"_s,    u"set"_s,
                                          u"commit"_s, u"last"_s,   u"string"_s, u"diag"_s};
        static const QStringList names12
            = {u"LMSInitialize"_s,     u"LMSFinish"_s,       u"LMSGetValue"_s,
               u"LMSSetValue"_s,       u"LMSCommit"_s,       u"LMSGetLastError"_s,
               u"LMSGetErrorString"_s, u"LMSGetDiagnostic"_s};
        static const QStringList names2004
            = {u"Initialize"_s, u"Terminate"_s,    u"GetValue"_s,       u"SetValue"_s,
               u"Commit"_s,     u"GetLastError"_s, u"GetErrorString"_s, u"GetDiagnostic"_s};
        const qsizetype index = verbs.indexOf(verb);
        if (index < 0)
            return verb;
        return (m_version == k12 ? names12 : names2004).at(index);
    }

    QString call(const QString &name, const QJSValueList &arguments)
    {
        const QJSValue function = m_api.property(name);
        if (!function.isCallable())
            return u"<no method %1>"_s.arg(name);
        const QJSValue result = function.callWithInstance(m_api, arguments);
        if (result.isError())
            return u"<exception: %1>"_s.arg(result.toString());
        if (!result.isString())
            return u"<not a string: %1>"_s.arg(result.toString());
        return result.toString();
    }

    QJSEngine m_engine;
    QString m_version;
    QString m_problem;
    QJSValue m_api;
    QJSValue m_log;
};

void addCall(const QString &name, const QString &version, const QString &stepText,
             const QString &answer, const QString &error, const QString &state = {})
{
    QTest::newRow(qPrintable(version + u' ' + name))
        << version << state << steps(stepText) << answer << error;
}

void addStateRules()
{
    // SCORM 1.2 has two states: every call outside a running session answers 301.
    addCall(u"get before init"_s, k12, u"get cmi.core.student_id"_s, QString(), u"301"_s);
    addCall(u"set before init"_s, k12, u"set cmi.core.lesson_location = a"_s, u"false"_s, u"301"_s);
    addCall(u"commit before init"_s, k12, u"commit"_s, u"false"_s, u"301"_s);
    addCall(u"finish before init"_s, k12, u"finish"_s, u"false"_s, u"301"_s);
    addCall(u"init"_s, k12, u"init"_s, u"true"_s, u"0"_s);
    addCall(u"init twice"_s, k12, u"init | init"_s, u"false"_s, u"101"_s);
    addCall(u"init with argument"_s, k12, u"init x"_s, u"false"_s, u"201"_s);
    addCall(u"finish with argument"_s, k12, u"init | finish x"_s, u"false"_s, u"201"_s);
    addCall(u"commit with argument"_s, k12, u"init | commit 0"_s, u"false"_s, u"201"_s);
    addCall(u"commit"_s, k12, u"init | commit"_s, u"true"_s, u"0"_s);
    addCall(u"finish"_s, k12, u"init | finish"_s, u"true"_s, u"0"_s);
    addCall(u"get after finish"_s, k12, u"init | finish | get cmi.core.lesson_status"_s, QString(),
            u"301"_s);
    addCall(u"set after finish"_s, k12, u"init | finish | set cmi.core.lesson_location = a"_s,
            u"false"_s, u"301"_s);
    addCall(u"commit after finish"_s, k12, u"init | finish | commit"_s, u"false"_s, u"301"_s);
    addCall(u"finish twice"_s, k12, u"init | finish | finish"_s, u"false"_s, u"301"_s);
    addCall(u"init after finish"_s, k12, u"init | finish | init"_s, u"false"_s, u"101"_s);
    addCall(u"a refused finish keeps the session"_s, k12,
            u"init | ~finish x | get cmi.core.lesson_status"_s, u"not attempted"_s, u"0"_s);
    addCall(u"get with empty name"_s, k12, u"init | get"_s, QString(), u"201"_s);
    addCall(u"set with empty name"_s, k12, u"init | set  = x"_s, u"false"_s, u"201"_s);
    addCall(u"a success clears the error"_s, k12,
            u"init | ~get cmi.nothing | get cmi.core.lesson_status"_s, u"not attempted"_s, u"0"_s);
    addCall(u"error string keeps the error"_s, k12, u"init | ~get cmi.nothing | string 401"_s,
            u"Not implemented error"_s, u"401"_s);
    addCall(u"diagnostic of the last error"_s, k12, u"init | ~set cmi.core.student_id = x | diag"_s,
            u"cmi.core.student_id is read only"_s, u"403"_s);
    addCall(u"diagnostic of another code"_s, k12,
            u"init | ~set cmi.core.student_id = x | diag 405"_s, u"Incorrect Data Type"_s,
            u"403"_s);

    addCall(u"get before init"_s, k2004, u"get cmi.learner_id"_s, QString(), u"122"_s);
    addCall(u"set before init"_s, k2004, u"set cmi.location = a"_s, u"false"_s, u"132"_s);
    addCall(u"commit before init"_s, k2004, u"commit"_s, u"false"_s, u"142"_s);
    addCall(u"terminate before init"_s, k2004, u"finish"_s, u"false"_s, u"112"_s);
    addCall(u"init"_s, k2004, u"init"_s, u"true"_s, u"0"_s);
    addCall(u"init twice"_s, k2004, u"init | init"_s, u"false"_s, u"103"_s);
    addCall(u"init with argument"_s, k2004, u"init x"_s, u"false"_s, u"201"_s);
    addCall(u"terminate with argument"_s, k2004, u"init | finish x"_s, u"false"_s, u"201"_s);
    addCall(u"commit with argument"_s, k2004, u"init | commit x"_s, u"false"_s, u"201"_s);
    addCall(u"commit"_s, k2004, u"init | commit"_s, u"true"_s, u"0"_s);
    addCall(u"terminate"_s, k2004, u"init | finish"_s, u"true"_s, u"0"_s);
    addCall(u"get after terminate"_s, k2004, u"init | finish | get cmi.mode"_s, QString(),
            u"123"_s);
    addCall(u"set after terminate"_s, k2004, u"init | finish | set cmi.location = a"_s, u"false"_s,
            u"133"_s);
    addCall(u"commit after terminate"_s, k2004, u"init | finish | commit"_s, u"false"_s, u"143"_s);
    addCall(u"terminate twice"_s, k2004, u"init | finish | finish"_s, u"false"_s, u"113"_s);
    addCall(u"init after terminate"_s, k2004, u"init | finish | init"_s, u"false"_s, u"104"_s);
    addCall(u"a refused terminate keeps the session"_s, k2004, u"init | ~finish x | get cmi.mode"_s,
            u"normal"_s, u"0"_s);
    addCall(u"get with empty name"_s, k2004, u"init | get"_s, QString(), u"301"_s);
    addCall(u"set with empty name"_s, k2004, u"init | set  = x"_s, u"false"_s, u"351"_s);
    addCall(u"a success clears the error"_s, k2004, u"init | ~get cmi.nothing | get cmi.mode"_s,
            u"normal"_s, u"0"_s);
    addCall(u"error string keeps the error"_s, k2004, u"init | ~get cmi.nothing | string 401"_s,
            u"Undefined Data Model Element"_s, u"401"_s);
    addCall(u"diagnostic of the last error"_s, k2004, u"init | ~get cmi.exit | diag"_s,
            u"cmi.exit is write only"_s, u"405"_s);
    addCall(u"diagnostic without an error"_s, k2004, u"init | diag"_s, u"No Error"_s, u"0"_s);
}

void addAccessRules()
{
    const QStringList readOnly12 = {u"cmi.core.student_id"_s,
                                    u"cmi.core.student_name"_s,
                                    u"cmi.core.credit"_s,
                                    u"cmi.core.entry"_s,
                                    u"cmi.core.total_time"_s,
                                    u"cmi.core.lesson_mode"_s,
                                    u"cmi.launch_data"_s,
                                    u"cmi.comments_from_lms"_s,
                                    u"cmi.student_data.mastery_score"_s,
                                    u"cmi.student_data.max_time_allowed"_s,
                                    u"cmi.student_data.time_limit_action"_s};
    for (const QString &element : readOnly12)
        addCall(u"read-only "_s + element, k12, u"init | set "_s + element + u" = 1"_s, u"false"_s,
                u"403"_s);

    const QStringList keywords12 = {u"cmi._version"_s,
                                    u"cmi.core._children"_s,
                                    u"cmi.core.score._children"_s,
                                    u"cmi.objectives._count"_s,
                                    u"cmi.interactions._children"_s,
                                    u"cmi.student_data._children"_s,
                                    u"cmi.student_preference._children"_s};
    for (const QString &element : keywords12)
        addCall(u"keyword "_s + element, k12, u"init | set "_s + element + u" = 1"_s, u"false"_s,
                u"402"_s);

    const QStringList writeOnly12 = {u"cmi.core.exit"_s,
                                     u"cmi.core.session_time"_s,
                                     u"cmi.interactions.0.id"_s,
                                     u"cmi.interactions.0.objectives.0.id"_s,
                                     u"cmi.interactions.0.time"_s,
                                     u"cmi.interactions.0.type"_s,
                                     u"cmi.interactions.0.correct_responses.0.pattern"_s,
                                     u"cmi.interactions.0.weighting"_s,
                                     u"cmi.interactions.0.student_response"_s,
                                     u"cmi.interactions.0.result"_s,
                                     u"cmi.interactions.0.latency"_s};
    for (const QString &element : writeOnly12)
        addCall(u"write-only "_s + element, k12,
                u"init | set cmi.interactions.0.id = q1 | get "_s + element, QString(), u"404"_s);

    const QStringList readOnly2004 = {u"cmi._version"_s,
                                      u"cmi.completion_threshold"_s,
                                      u"cmi.credit"_s,
                                      u"cmi.entry"_s,
                                      u"cmi.launch_data"_s,
                                      u"cmi.learner_id"_s,
                                      u"cmi.learner_name"_s,
                                      u"cmi.max_time_allowed"_s,
                                      u"cmi.mode"_s,
                                      u"cmi.scaled_passing_score"_s,
                                      u"cmi.time_limit_action"_s,
                                      u"cmi.total_time"_s,
                                      u"cmi.interactions._count"_s,
                                      u"cmi.objectives._children"_s,
                                      u"cmi.comments_from_lms._count"_s,
                                      u"cmi.comments_from_lms.0.comment"_s,
                                      u"cmi.comments_from_lms.0.location"_s,
                                      u"cmi.comments_from_lms.0.timestamp"_s,
                                      u"adl.nav.request_valid.continue"_s,
                                      u"adl.nav.request_valid.previous"_s,
                                      u"adl.nav.request_valid.choice.{target=intro}"_s};
    for (const QString &element : readOnly2004)
        addCall(u"read-only "_s + element, k2004, u"init | set "_s + element + u" = 1"_s,
                u"false"_s, u"404"_s);

    addCall(u"write-only cmi.exit"_s, k2004, u"init | set cmi.exit = suspend | get cmi.exit"_s,
            QString(), u"405"_s);
    addCall(u"write-only cmi.session_time"_s, k2004, u"init | get cmi.session_time"_s, QString(),
            u"405"_s);

    const QStringList unknown12
        = {u"cmi.core.foo"_s,           u"cmi.learner_id"_s,    u"cmi.location"_s,
           u"adl.nav.request"_s,        u"cmi.core"_s,          u"cmi.interactions.x.id"_s,
           u"cmi.core.score.raw.min"_s, u"cmi.core._version"_s, u"cmi.objectives.0.description"_s};
    for (const QString &element : unknown12)
        addCall(u"unknown "_s + element, k12, u"init | get "_s + element, QString(), u"401"_s);
    addCall(u"set unknown cmi.completion_status"_s, k12,
            u"init | set cmi.completion_status = completed"_s, u"false"_s, u"401"_s);

    const QStringList unknown2004 = {u"cmi.core.student_id"_s,
                                     u"cmi.lesson_status"_s,
                                     u"cmi.interactions.0.student_response"_s,
                                     u"cmi.objectives"_s,
                                     u"cmi.score._version"_s,
                                     u"adl.nav.request_valid.choice"_s,
                                     u"adl.nav.request_valid.choice.{target=}"_s,
                                     u"adl.nav.foo"_s,
                                     u"adl.data.0.other"_s,
                                     u"adl.other"_s};
    for (const QString &element : unknown2004)
        addCall(u"unknown "_s + element, k2004, u"init | get "_s + element, QString(), u"401"_s);
    addCall(u"set unknown cmi.core.lesson_status"_s, k2004,
            u"init | set cmi.core.lesson_status = passed"_s, u"false"_s, u"401"_s);
}

void addKeywordRules()
{
    addCall(u"cmi._version"_s, k12, u"init | get cmi._version"_s, u"3.4"_s, u"0"_s);
    addCall(u"cmi._children"_s, k12, u"init | get cmi._children"_s,
            u"core,suspend_data,launch_data,comments,objectives,student_data,student_preference,"
            "interactions"_s,
            u"0"_s);
    addCall(u"cmi.core._children"_s, k12, u"init | get cmi.core._children"_s,
            u"student_id,student_name,lesson_location,credit,lesson_status,entry,score,"
            "total_time,lesson_mode,exit,session_time"_s,
            u"0"_s);
    addCall(u"cmi.core.score._children"_s, k12, u"init | get cmi.core.score._children"_s,
            u"raw,min,max"_s, u"0"_s);
    addCall(u"cmi.objectives._children"_s, k12, u"init | get cmi.objectives._children"_s,
            u"id,score,status"_s, u"0"_s);
    addCall(u"cmi.objectives.n.score._children"_s, k12,
            u"init | get cmi.objectives.0.score._children"_s, u"raw,min,max"_s, u"0"_s);
    addCall(u"cmi.student_data._children"_s, k12, u"init | get cmi.student_data._children"_s,
            u"mastery_score,max_time_allowed,time_limit_action"_s, u"0"_s);
    addCall(u"cmi.student_preference._children"_s, k12,
            u"init | get cmi.student_preference._children"_s, u"audio,language,speed,text"_s,
            u"0"_s);
    addCall(u"cmi.interactions._children"_s, k12, u"init | get cmi.interactions._children"_s,
            u"id,objectives,time,type,correct_responses,weighting,student_response,result,"
            "latency"_s,
            u"0"_s);
    addCall(u"empty _count"_s, k12, u"init | get cmi.objectives._count"_s, u"0"_s, u"0"_s);
    addCall(u"_count after two"_s, k12,
            u"init | set cmi.interactions.0.id = a | set cmi.interactions.1.id = b | "
            "get cmi.interactions._count"_s,
            u"2"_s, u"0"_s);
    addCall(u"nested _count"_s, k12,
            u"init | set cmi.interactions.0.id = a | set cmi.interactions.0.objectives.0.id = o | "
            "get cmi.interactions.0.objectives._count"_s,
            u"1"_s, u"0"_s);
    addCall(u"nested _count of a missing record"_s, k12,
            u"init | get cmi.interactions.0.correct_responses._count"_s, QString(), u"201"_s);
    addCall(u"_children of a leaf"_s, k12, u"init | get cmi.core.student_id._children"_s, QString(),
            u"202"_s);
    addCall(u"_children of a record"_s, k12,
            u"init | get cmi.interactions.0.objectives._children"_s, QString(), u"202"_s);
    addCall(u"_count of a group"_s, k12, u"init | get cmi.core._count"_s, QString(), u"203"_s);
    addCall(u"_count of a leaf"_s, k12, u"init | get cmi.suspend_data._count"_s, QString(),
            u"203"_s);

    addCall(u"cmi._version"_s, k2004, u"init | get cmi._version"_s, u"1.0"_s, u"0"_s);
    addCall(u"cmi.score._children"_s, k2004, u"init | get cmi.score._children"_s,
            u"scaled,raw,min,max"_s, u"0"_s);
    addCall(u"cmi.objectives._children"_s, k2004, u"init | get cmi.objectives._children"_s,
            u"id,score,success_status,completion_status,progress_measure,description"_s, u"0"_s);
    addCall(u"cmi.objectives.n.score._children"_s, k2004,
            u"init | get cmi.objectives.0.score._children"_s, u"scaled,raw,min,max"_s, u"0"_s);
    addCall(u"cmi.interactions._children"_s, k2004, u"init | get cmi.interactions._children"_s,
            u"id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,"
            "latency,description"_s,
            u"0"_s);
    addCall(u"cmi.learner_preference._children"_s, k2004,
            u"init | get cmi.learner_preference._children"_s,
            u"audio_level,language,delivery_speed,audio_captioning"_s, u"0"_s);
    addCall(u"cmi.comments_from_learner._children"_s, k2004,
            u"init | get cmi.comments_from_learner._children"_s, u"comment,location,timestamp"_s,
            u"0"_s);
    addCall(u"cmi.comments_from_lms._children"_s, k2004,
            u"init | get cmi.comments_from_lms._children"_s, u"comment,location,timestamp"_s,
            u"0"_s);
    addCall(
        u"_count from the host"_s, k2004, u"init | get cmi.comments_from_lms._count"_s, u"2"_s,
        u"0"_s,
        uR"({"cmi.comments_from_lms.0.comment": "Hello", "cmi.comments_from_lms.1.comment": "Again"})"_s);
    addCall(u"nested _count"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | get cmi.interactions.0.objectives._count"_s,
            u"0"_s, u"0"_s);
    addCall(u"nested _count of a missing record"_s, k2004,
            u"init | get cmi.interactions.0.objectives._count"_s, QString(), u"301"_s);
    addCall(u"_children of a leaf"_s, k2004, u"init | get cmi.location._children"_s, QString(),
            u"301"_s);
    addCall(u"_count of a leaf"_s, k2004, u"init | get cmi.location._count"_s, QString(), u"301"_s);
    addCall(u"no cmi._children"_s, k2004, u"init | get cmi._children"_s, QString(), u"301"_s);
}

void addValue(const QString &version, const QString &element, const QString &value)
{
    addCall(u"accepts %1 = %2"_s.arg(element, value.left(40)), version,
            u"init | set %1 = %2 | get %1"_s.arg(element, value), value, u"0"_s);
}

void addWriteOnlyValue(const QString &version, const QString &element, const QString &value,
                       const QString &prefix = {})
{
    addCall(u"accepts %1 = %2"_s.arg(element, value), version,
            u"init | %1set %2 = %3"_s.arg(prefix, element, value), u"true"_s, u"0"_s);
}

void addRefused(const QString &version, const QString &element, const QString &value,
                const QString &error, const QString &prefix = {})
{
    addCall(u"refuses %1 = %2"_s.arg(element, value.left(40)), version,
            u"init | %1set %2 = %3"_s.arg(prefix, element, value), u"false"_s, error);
}

void addValueRules12()
{
    addValue(k12, u"cmi.core.lesson_location"_s, u"page 3"_s);
    addValue(k12, u"cmi.core.lesson_location"_s, u"{l*255}"_s);
    for (const QString &status :
         {u"passed"_s, u"completed"_s, u"failed"_s, u"incomplete"_s, u"browsed"_s})
        addValue(k12, u"cmi.core.lesson_status"_s, status);
    addValue(k12, u"cmi.core.score.raw"_s, u"85.5"_s);
    addValue(k12, u"cmi.core.score.raw"_s, QString());
    addValue(k12, u"cmi.core.score.min"_s, u"0"_s);
    addValue(k12, u"cmi.core.score.max"_s, u"100"_s);
    addValue(k12, u"cmi.suspend_data"_s, u"{x*4096}"_s);
    // More than the 1.2 specification's 4,096, as authoring tools write and Moodle keeps.
    addValue(k12, u"cmi.suspend_data"_s, u"{x*20000}"_s);
    addValue(k12, u"cmi.comments"_s, u"Clear, thank you"_s);
    addValue(k12, u"cmi.objectives.0.id"_s, u"obj_1"_s);
    addValue(k12, u"cmi.objectives.0.status"_s, u"passed"_s);
    addValue(k12, u"cmi.objectives.0.score.raw"_s, u"50"_s);
    addValue(k12, u"cmi.student_preference.audio"_s, u"-1"_s);
    addValue(k12, u"cmi.student_preference.speed"_s, u"-100"_s);
    addValue(k12, u"cmi.student_preference.text"_s, u"1"_s);
    addValue(k12, u"cmi.student_preference.language"_s, u"fr"_s);

    for (const QString &exit : {u"suspend"_s, u"time-out"_s, u"logout"_s, QString()})
        addWriteOnlyValue(k12, u"cmi.core.exit"_s, exit);
    for (const QString &time : {u"0000:30:00"_s, u"12:05:00.5"_s, u"9999:59:59.99"_s})
        addWriteOnlyValue(k12, u"cmi.core.session_time"_s, time);
    const QString interaction = u"set cmi.interactions.0.id = q-1 | "_s;
    addWriteOnlyValue(k12, u"cmi.interactions.0.id"_s, u"q-1"_s);
    addWriteOnlyValue(k12, u"cmi.interactions.0.time"_s, u"13:45:07"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.type"_s, u"choice"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.correct_responses.0.pattern"_s, u"a,b"_s,
                      interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.weighting"_s, u"1.5"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.student_response"_s, u"c"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.result"_s, u"wrong"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.result"_s, u"0.75"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.latency"_s, u"0000:00:12.5"_s, interaction);
    addWriteOnlyValue(k12, u"cmi.interactions.0.objectives.0.id"_s, u"obj_1"_s, interaction);

    const QString type = u"405"_s;
    addRefused(k12, u"cmi.core.lesson_status"_s, u"not attempted"_s, type);
    addRefused(k12, u"cmi.core.lesson_status"_s, u"done"_s, type);
    addRefused(k12, u"cmi.core.score.raw"_s, u"abc"_s, type);
    addRefused(k12, u"cmi.core.score.raw"_s, u"101"_s, type);
    addRefused(k12, u"cmi.core.score.raw"_s, u"-1"_s, type);
    addRefused(k12, u"cmi.core.score.min"_s, u"1e2"_s, type);
    addRefused(k12, u"cmi.core.score.max"_s, u"100.01"_s, type);
    addRefused(k12, u"cmi.suspend_data"_s, u"{x*64001}"_s, type);
    addRefused(k12, u"cmi.core.lesson_location"_s, u"{l*256}"_s, type);
    addRefused(k12, u"cmi.comments"_s, u"{c*4097}"_s, type);
    addRefused(k12, u"cmi.core.exit"_s, u"normal"_s, type);
    addRefused(k12, u"cmi.core.session_time"_s, u"PT1H"_s, type);
    addRefused(k12, u"cmi.core.session_time"_s, u"00:60:00"_s, type);
    addRefused(k12, u"cmi.core.session_time"_s, u"1:00:00"_s, type);
    addRefused(k12, u"cmi.core.session_time"_s, u"00:00:01.123"_s, type);
    addRefused(k12, u"cmi.student_preference.audio"_s, u"101"_s, type);
    addRefused(k12, u"cmi.student_preference.audio"_s, u"-2"_s, type);
    addRefused(k12, u"cmi.student_preference.speed"_s, u"101"_s, type);
    addRefused(k12, u"cmi.student_preference.text"_s, u"2"_s, type);
    addRefused(k12, u"cmi.student_preference.text"_s, u"0.5"_s, type);
    addRefused(k12, u"cmi.objectives.0.id"_s, u"has space"_s, type);
    addRefused(k12, u"cmi.objectives.0.id"_s, QString(), type);
    addRefused(k12, u"cmi.objectives.0.status"_s, u"unknown"_s, type);
    addRefused(k12, u"cmi.objectives.0.score.raw"_s, u"150"_s, type);
    addRefused(k12, u"cmi.interactions.0.type"_s, u"long-fill-in"_s, type, interaction);
    addRefused(k12, u"cmi.interactions.0.result"_s, u"incorrect"_s, type, interaction);
    addRefused(k12, u"cmi.interactions.0.time"_s, u"25:00:00"_s, type, interaction);
    addRefused(k12, u"cmi.interactions.0.latency"_s, u"PT5S"_s, type, interaction);
    addRefused(k12, u"cmi.interactions.0.weighting"_s, u"heavy"_s, type, interaction);
    addRefused(k12, u"cmi.interactions.0.student_response"_s, u"{r*256}"_s, type, interaction);

    // Arrays: the next index is _count; 1.2 has no set-id-first rule.
    addRefused(k12, u"cmi.objectives.1.id"_s, u"skips index 0"_s, u"201"_s);
    addRefused(k12, u"cmi.interactions.2.id"_s, u"q3"_s, u"201"_s, interaction);
    addCall(u"get of a missing record"_s, k12, u"init | get cmi.objectives.0.id"_s, QString(),
            u"201"_s);
    addCall(u"get beyond _count"_s, k12,
            u"init | set cmi.objectives.0.id = a | get cmi.objectives.1.status"_s, QString(),
            u"201"_s);
    addCall(u"objective fields after the id"_s, k12,
            u"init | set cmi.objectives.0.id = a | set cmi.objectives.0.status = failed | "
            "set cmi.objectives.1.id = b | get cmi.objectives.0.status"_s,
            u"failed"_s, u"0"_s);
    addCall(u"interaction created by its result"_s, k12,
            u"init | set cmi.interactions.0.result = correct | get cmi.interactions._count"_s,
            u"1"_s, u"0"_s);
    addCall(u"unset value reads empty"_s, k12, u"init | get cmi.core.lesson_location"_s, QString(),
            u"0"_s);
    addCall(u"unset score reads empty"_s, k12, u"init | get cmi.core.score.raw"_s, QString(),
            u"0"_s);
    addCall(u"preference default"_s, k12, u"init | get cmi.student_preference.audio"_s, u"0"_s,
            u"0"_s);
    addCall(u"default credit"_s, k12, u"init | get cmi.core.credit"_s, u"credit"_s, u"0"_s);
    addCall(u"default mode"_s, k12, u"init | get cmi.core.lesson_mode"_s, u"normal"_s, u"0"_s);
    addCall(u"default total time"_s, k12, u"init | get cmi.core.total_time"_s, u"0000:00:00"_s,
            u"0"_s);
}

void addValueRules2004()
{
    addValue(k2004, u"cmi.location"_s, u"chapter-2"_s);
    addValue(k2004, u"cmi.location"_s, u"{l*1000}"_s);
    addValue(k2004, u"cmi.completion_status"_s, u"completed"_s);
    addValue(k2004, u"cmi.completion_status"_s, u"not attempted"_s);
    addValue(k2004, u"cmi.success_status"_s, u"failed"_s);
    addValue(k2004, u"cmi.score.scaled"_s, u"-1"_s);
    addValue(k2004, u"cmi.score.scaled"_s, u"1"_s);
    addValue(k2004, u"cmi.score.scaled"_s, u"0.755"_s);
    addValue(k2004, u"cmi.score.raw"_s, u"1234.5"_s);
    addValue(k2004, u"cmi.score.min"_s, u"-10"_s);
    addValue(k2004, u"cmi.progress_measure"_s, u"0.5"_s);
    addValue(k2004, u"cmi.suspend_data"_s, u"{x*64000}"_s);
    addValue(k2004, u"cmi.learner_preference.audio_level"_s, u"2.5"_s);
    addValue(k2004, u"cmi.learner_preference.language"_s, u"en-GB"_s);
    addValue(k2004, u"cmi.learner_preference.language"_s, QString());
    addValue(k2004, u"cmi.learner_preference.delivery_speed"_s, u"0.5"_s);
    addValue(k2004, u"cmi.learner_preference.audio_captioning"_s, u"-1"_s);
    addValue(k2004, u"cmi.comments_from_learner.0.comment"_s, u"{lang=fr}Très bien"_s);
    addValue(k2004, u"cmi.comments_from_learner.0.location"_s, u"page 4"_s);
    for (const QString &time : {u"2024-03-01T10:20:30.5+01:00"_s, u"2024"_s, u"2024-02-29"_s,
                                u"2024-03-01T10:20Z"_s, u"1970-01-01T00:00:00"_s})
        addValue(k2004, u"cmi.comments_from_learner.0.timestamp"_s, time);
    for (const QString &request : {u"continue"_s, u"previous"_s, u"exitAll"_s, u"suspendAll"_s,
                                   u"{target=intro}choice"_s, u"{target=m2}jump"_s, u"_none_"_s})
        addValue(k2004, u"adl.nav.request"_s, request);
    for (const QString &exit : {u"suspend"_s, u"normal"_s, u"logout"_s, u"time-out"_s, QString()})
        addWriteOnlyValue(k2004, u"cmi.exit"_s, exit);
    for (const QString &time :
         {u"PT1H30M"_s, u"P1DT2H"_s, u"PT0.25S"_s, u"P1Y2M3DT4H5M6.7S"_s, u"PT0S"_s})
        addWriteOnlyValue(k2004, u"cmi.session_time"_s, time);

    const QString type = u"406"_s;
    const QString range = u"407"_s;
    addRefused(k2004, u"cmi.completion_status"_s, u"done"_s, type);
    addRefused(k2004, u"cmi.success_status"_s, u"completed"_s, type);
    addRefused(k2004, u"cmi.score.scaled"_s, u"1.5"_s, range);
    addRefused(k2004, u"cmi.score.scaled"_s, u"-1.01"_s, range);
    addRefused(k2004, u"cmi.score.raw"_s, QString(), type);
    addRefused(k2004, u"cmi.score.raw"_s, u"ten"_s, type);
    addRefused(k2004, u"cmi.progress_measure"_s, u"1.1"_s, range);
    addRefused(k2004, u"cmi.progress_measure"_s, u"-0.1"_s, range);
    addRefused(k2004, u"cmi.location"_s, u"{l*1001}"_s, type);
    addRefused(k2004, u"cmi.suspend_data"_s, u"{x*64001}"_s, type);
    addRefused(k2004, u"cmi.exit"_s, u"quit"_s, type);
    for (const QString &time :
         {u"PT"_s, u"P"_s, u"01:00:00"_s, u"PT1.255S"_s, u"P1DT"_s, u"PT-5S"_s, u"1H"_s})
        addRefused(k2004, u"cmi.session_time"_s, time, type);
    addRefused(k2004, u"cmi.learner_preference.audio_level"_s, u"-1"_s, range);
    addRefused(k2004, u"cmi.learner_preference.delivery_speed"_s, u"-0.5"_s, range);
    addRefused(k2004, u"cmi.learner_preference.audio_captioning"_s, u"2"_s, type);
    addRefused(k2004, u"cmi.learner_preference.language"_s, u"english"_s, type);
    addRefused(k2004, u"cmi.learner_preference.language"_s, u"en-"_s, type);
    for (const QString &time :
         {u"2024-13-01"_s, u"1969-12-31"_s, u"2023-02-29"_s, u"2024-03-01T24:00"_s,
          u"2024-03-01T10:20:30.123"_s, u"2024-03-01 10:20"_s, u"2039-01-01"_s})
        addRefused(k2004, u"cmi.comments_from_learner.0.timestamp"_s, time, type);
    addRefused(k2004, u"cmi.comments_from_learner.0.comment"_s, u"{lang=}hi"_s, type);
    addRefused(k2004, u"cmi.comments_from_learner.0.comment"_s, u"{c*4001}"_s, type);
    addRefused(k2004, u"cmi.comments_from_learner.0.location"_s, u"{l*251}"_s, type);
    for (const QString &request : {u"choice"_s, u"jump"_s, u"{target=}choice"_s, u"start"_s})
        addRefused(k2004, u"adl.nav.request"_s, request, type);

    addCall(u"unset value not initialized"_s, k2004, u"init | get cmi.location"_s, QString(),
            u"403"_s);
    addCall(u"unset score not initialized"_s, k2004, u"init | get cmi.score.raw"_s, QString(),
            u"403"_s);
    addCall(u"no threshold not initialized"_s, k2004, u"init | get cmi.completion_threshold"_s,
            QString(), u"403"_s);
    addCall(u"no passing score not initialized"_s, k2004, u"init | get cmi.scaled_passing_score"_s,
            QString(), u"403"_s);
    addCall(u"no launch data not initialized"_s, k2004, u"init | get cmi.launch_data"_s, QString(),
            u"403"_s);
    addCall(u"preference default"_s, k2004, u"init | get cmi.learner_preference.audio_level"_s,
            u"1"_s, u"0"_s);
    addCall(u"default total time"_s, k2004, u"init | get cmi.total_time"_s, u"PT0H0M0S"_s, u"0"_s);
    addCall(u"default time limit action"_s, k2004, u"init | get cmi.time_limit_action"_s,
            u"continue,no message"_s, u"0"_s);
    addCall(u"default navigation request"_s, k2004, u"init | get adl.nav.request"_s, u"_none_"_s,
            u"0"_s);
    addCall(u"navigation validity unknown"_s, k2004, u"init | get adl.nav.request_valid.continue"_s,
            u"unknown"_s, u"0"_s);
}

void addArrayRules2004()
{
    addCall(u"objective field before its id"_s, k2004,
            u"init | set cmi.objectives.0.score.scaled = 0.5"_s, u"false"_s, u"408"_s);
    addCall(u"objective field after its id"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | set cmi.objectives.0.success_status = "
            "passed | get cmi.objectives.0.success_status"_s,
            u"passed"_s, u"0"_s);
    addCall(u"objective index skipped"_s, k2004, u"init | set cmi.objectives.1.id = obj1"_s,
            u"false"_s, u"351"_s);
    addCall(u"objective read before it exists"_s, k2004, u"init | get cmi.objectives.0.id"_s,
            QString(), u"301"_s);
    addCall(u"objective unset description"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | get cmi.objectives.0.description"_s,
            QString(), u"403"_s);
    addCall(u"objective default status"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | get cmi.objectives.0.completion_status"_s,
            u"unknown"_s, u"0"_s);
    addCall(u"objective ids are unique"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | set cmi.objectives.1.id = obj1"_s, u"false"_s,
            u"351"_s);
    addCall(u"objective id cannot change"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | set cmi.objectives.0.id = obj2"_s, u"false"_s,
            u"351"_s);
    addCall(u"objective id set again unchanged"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | set cmi.objectives.0.id = obj1"_s, u"true"_s,
            u"0"_s);
    addCall(u"objective score out of range"_s, k2004,
            u"init | set cmi.objectives.0.id = obj1 | set cmi.objectives.0.score.scaled = 2"_s,
            u"false"_s, u"407"_s);
    addCall(u"objective progress"_s, k2004,
            u"init | set cmi.objectives.0.id = urn:clikc:obj:1 | "
            "set cmi.objectives.0.progress_measure = 1 | get cmi.objectives.0.progress_measure"_s,
            u"1"_s, u"0"_s);
    addCall(u"objectives _count"_s, k2004,
            u"init | set cmi.objectives.0.id = a | set cmi.objectives.1.id = b | "
            "get cmi.objectives._count"_s,
            u"2"_s, u"0"_s);
    addCall(u"interaction type before its id"_s, k2004,
            u"init | set cmi.interactions.0.type = choice"_s, u"false"_s, u"408"_s);
    addCall(u"interaction index skipped"_s, k2004, u"init | set cmi.interactions.1.id = q2"_s,
            u"false"_s, u"351"_s);
    addCall(u"interaction pattern before its type"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | "
            "set cmi.interactions.0.correct_responses.0.pattern = a"_s,
            u"false"_s, u"408"_s);
    addCall(
        u"interaction response before its type"_s, k2004,
        u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.learner_response = a"_s,
        u"false"_s, u"408"_s);
    addCall(u"interaction objective before the interaction"_s, k2004,
            u"init | set cmi.interactions.0.objectives.0.id = obj1"_s, u"false"_s, u"408"_s);
    addCall(u"interaction objective skipped"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.objectives.1.id = o"_s,
            u"false"_s, u"351"_s);
    addCall(u"interaction objectives are unique"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.objectives.0.id = o | "
            "set cmi.interactions.0.objectives.1.id = o"_s,
            u"false"_s, u"351"_s);
    addCall(u"interaction in order"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = choice | "
            "set cmi.interactions.0.correct_responses.0.pattern = a[,]b | "
            "get cmi.interactions.0.correct_responses.0.pattern"_s,
            u"a[,]b"_s, u"0"_s);
    addCall(u"interaction id read back"_s, k2004,
            u"init | set cmi.interactions.0.id = urn:clikc:q1 | get cmi.interactions.0.id"_s,
            u"urn:clikc:q1"_s, u"0"_s);
    addCall(u"interaction unset result"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | get cmi.interactions.0.result"_s, QString(),
            u"403"_s);
    addCall(u"interaction beyond _count"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | get cmi.interactions.1.id"_s, QString(),
            u"301"_s);
    addCall(u"one true-false pattern only"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = true-false | "
            "set cmi.interactions.0.correct_responses.0.pattern = true | "
            "set cmi.interactions.0.correct_responses.1.pattern = false"_s,
            u"false"_s, u"351"_s);
    addCall(u"choice patterns are unique"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = choice | "
            "set cmi.interactions.0.correct_responses.0.pattern = a | "
            "set cmi.interactions.0.correct_responses.1.pattern = a"_s,
            u"false"_s, u"351"_s);
    addCall(u"several choice patterns"_s, k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = choice | "
            "set cmi.interactions.0.correct_responses.0.pattern = a | "
            "set cmi.interactions.0.correct_responses.1.pattern = b | "
            "get cmi.interactions.0.correct_responses._count"_s,
            u"2"_s, u"0"_s);
    addCall(u"comment fields in any order"_s, k2004,
            u"init | set cmi.comments_from_learner.0.location = p2 | "
            "set cmi.comments_from_learner.0.comment = ok | get cmi.comments_from_learner._count"_s,
            u"1"_s, u"0"_s);
    addCall(u"comment index skipped"_s, k2004,
            u"init | set cmi.comments_from_learner.2.comment = hi"_s, u"false"_s, u"351"_s);
    addCall(u"comment from the host"_s, k2004, u"init | get cmi.comments_from_lms.0.comment"_s,
            u"{lang=en}Well done"_s, u"0"_s,
            uR"({"cmi.comments_from_lms.0.comment": "{lang=en}Well done"})"_s);
    addCall(u"comment from the host beyond _count"_s, k2004,
            u"init | get cmi.comments_from_lms.1.comment"_s, QString(), u"301"_s,
            uR"({"cmi.comments_from_lms.0.comment": "Hi"})"_s);

    const QString interaction = u"set cmi.interactions.0.id = q1 | "_s;
    addWriteOnlyValue(k2004, u"cmi.interactions.0.timestamp"_s, u"2024-05-01T09:00:00Z"_s,
                      interaction);
    addWriteOnlyValue(k2004, u"cmi.interactions.0.weighting"_s, u"2"_s, interaction);
    addWriteOnlyValue(k2004, u"cmi.interactions.0.result"_s, u"incorrect"_s, interaction);
    addWriteOnlyValue(k2004, u"cmi.interactions.0.result"_s, u"0.5"_s, interaction);
    addWriteOnlyValue(k2004, u"cmi.interactions.0.latency"_s, u"PT2M"_s, interaction);
    addWriteOnlyValue(k2004, u"cmi.interactions.0.description"_s, u"{lang=en}What is HS?"_s,
                      interaction);
    addRefused(k2004, u"cmi.interactions.0.weighting"_s, u"x"_s, u"406"_s, interaction);
    addRefused(k2004, u"cmi.interactions.0.result"_s, u"wrong"_s, u"406"_s, interaction);
    addRefused(k2004, u"cmi.interactions.0.latency"_s, u"00:02:00"_s, u"406"_s, interaction);
    addRefused(k2004, u"cmi.interactions.0.description"_s, u"{d*251}"_s, u"406"_s, interaction);
    addRefused(k2004, u"cmi.interactions.0.type"_s, u"essay"_s, u"406"_s, interaction);
    addRefused(k2004, u"cmi.interactions.0.id"_s, u"urn:"_s, u"406"_s);
    addRefused(k2004, u"cmi.interactions.0.id"_s, QString(), u"406"_s);
    addRefused(k2004, u"cmi.interactions.0.id"_s, u"with space"_s, u"406"_s);
}

// Response formats per interaction type (4th edition RTE 4.2.9).
void addResponse(const QString &type, const QString &field, const QString &value, bool valid)
{
    addCall(u"%1 %2 %3"_s.arg(type, field, value.left(60)), k2004,
            u"init | set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = %1 | "
            "set cmi.interactions.0.%2 = %3"_s.arg(type, field, value),
            valid ? u"true"_s : u"false"_s, valid ? u"0"_s : u"406"_s);
}

void addResponseRules()
{
    const QString pattern = u"correct_responses.0.pattern"_s;
    const QString response = u"learner_response"_s;
    addResponse(u"true-false"_s, pattern, u"true"_s, true);
    addResponse(u"true-false"_s, pattern, u"yes"_s, false);
    addResponse(u"true-false"_s, response, u"false"_s, true);
    addResponse(u"choice"_s, pattern, u"a[,]b[,]c"_s, true);
    addResponse(u"choice"_s, pattern, QString(), true);
    addResponse(u"choice"_s, pattern, u"a[,]a"_s, false);
    addResponse(u"choice"_s, pattern, u"a[,]"_s, false);
    addResponse(u"choice"_s, pattern, u"a b"_s, false);
    addResponse(u"choice"_s, response, u"c"_s, true);
    addResponse(u"fill-in"_s, pattern,
                u"{case_matters=true}{order_matters=false}{lang=en}colour[,]{lang=en-US}color"_s,
                true);
    addResponse(u"fill-in"_s, pattern, u"{order_matters=true}{case_matters=false}x"_s, true);
    addResponse(u"fill-in"_s, pattern, u"{case_matters=maybe}x"_s, false);
    addResponse(u"fill-in"_s, pattern, u"{lang=123}x"_s, false);
    addResponse(u"fill-in"_s, response, u"some text"_s, true);
    addResponse(u"fill-in"_s, response, u"{lang=fr}bonjour[,]salut"_s, true);
    addResponse(u"fill-in"_s, response, u"a[,]b[,]c[,]d[,]e[,]f[,]g[,]h[,]i[,]j[,]k"_s, false);
    addResponse(u"long-fill-in"_s, pattern, u"{case_matters=false}{lang=en}A long answer."_s, true);
    addResponse(u"long-fill-in"_s, pattern, u"{order_matters=true}x"_s, true);
    addResponse(u"long-fill-in"_s, response, u"{x*4000}"_s, true);
    addResponse(u"long-fill-in"_s, response, u"{x*4001}"_s, false);
    addResponse(u"likert"_s, pattern, u"strongly_agree"_s, true);
    addResponse(u"likert"_s, pattern, u"a[,]b"_s, false);
    addResponse(u"likert"_s, response, u"agree"_s, true);
    addResponse(u"matching"_s, pattern, u"1[.]a[,]2[.]b"_s, true);
    addResponse(u"matching"_s, pattern, u"1[.]a[,]2"_s, false);
    addResponse(u"matching"_s, pattern, u"1[.]a[.]b"_s, false);
    addResponse(u"matching"_s, response, u"1[.]b"_s, true);
    addResponse(u"performance"_s, pattern, u"{order_matters=false}step1[.]answer[,]step2[.]3[:]5"_s,
                true);
    addResponse(u"performance"_s, pattern, u"[.]"_s, false);
    addResponse(u"performance"_s, pattern, u"step1"_s, false);
    addResponse(u"performance"_s, pattern, u"step1[.]10[:]5"_s, false);
    addResponse(u"performance"_s, response, u"step1[.]42[,][.]x"_s, true);
    addResponse(u"sequencing"_s, pattern, u"a[,]b[,]c"_s, true);
    addResponse(u"sequencing"_s, pattern, QString(), false);
    addResponse(u"sequencing"_s, response, u"c[,]b[,]a"_s, true);
    addResponse(u"numeric"_s, pattern, u"10[:]20"_s, true);
    addResponse(u"numeric"_s, pattern, u"[:]5"_s, true);
    addResponse(u"numeric"_s, pattern, u"5"_s, true);
    addResponse(u"numeric"_s, pattern, u"20[:]10"_s, false);
    addResponse(u"numeric"_s, pattern, u"a[:]b"_s, false);
    addResponse(u"numeric"_s, response, u"12.5"_s, true);
    addResponse(u"numeric"_s, response, u"twelve"_s, false);
    addResponse(u"other"_s, pattern, u"anything at all"_s, true);
    addResponse(u"other"_s, response, u"{o*4001}"_s, false);
}

void addRestoreRules()
{
    addCall(u"learner id"_s, k12, u"init | get cmi.core.student_id"_s, u"u-42"_s, u"0"_s,
            uR"({"cmi.core.student_id": "u-42"})"_s);
    addCall(u"learner name"_s, k12, u"init | get cmi.core.student_name"_s, u"Doe, Jane"_s, u"0"_s,
            uR"({"cmi.core.student_name": "Doe, Jane"})"_s);
    addCall(u"credit"_s, k12, u"init | get cmi.core.credit"_s, u"no-credit"_s, u"0"_s,
            uR"({"cmi.core.credit": "no-credit"})"_s);
    addCall(u"first entry"_s, k12, u"init | get cmi.core.entry"_s, u"ab-initio"_s, u"0"_s);
    addCall(u"entry after suspend"_s, k12, u"init | get cmi.core.entry"_s, u"resume"_s, u"0"_s,
            uR"({"cmi.core.exit": "suspend"})"_s);
    addCall(u"entry after an empty exit"_s, k12, u"init | get cmi.core.entry"_s, QString(), u"0"_s,
            uR"({"cmi.core.exit": "", "cmi.core.entry": "ab-initio"})"_s);
    addCall(u"entry after logout"_s, k12, u"init | get cmi.core.entry"_s, QString(), u"0"_s,
            uR"({"cmi.core.exit": "logout"})"_s);
    addCall(u"entry kept without an exit"_s, k12, u"init | get cmi.core.entry"_s, u"resume"_s,
            u"0"_s, uR"({"cmi.core.entry": "resume"})"_s);
    // As in Moodle's player: the lesson sees "not attempted" until it sets a status.
    addCall(u"status not attempted until set"_s, k12, u"init | get cmi.core.lesson_status"_s,
            u"not attempted"_s, u"0"_s);
    addCall(u"status browsed in browse mode"_s, k12, u"init | get cmi.core.lesson_status"_s,
            u"browsed"_s, u"0"_s, uR"({"cmi.core.lesson_mode": "browse"})"_s);
    addCall(u"status untouched in review mode"_s, k12, u"init | get cmi.core.lesson_status"_s,
            u"not attempted"_s, u"0"_s, uR"({"cmi.core.lesson_mode": "review"})"_s);
    addCall(u"status restored"_s, k12, u"init | get cmi.core.lesson_status"_s, u"completed"_s,
            u"0"_s, uR"({"cmi.core.lesson_status": "completed"})"_s);
    addCall(u"bad status dropped"_s, k12, u"init | get cmi.core.lesson_status"_s,
            u"not attempted"_s, u"0"_s, uR"({"cmi.core.lesson_status": "finished"})"_s);
    addCall(u"bad total time dropped"_s, k12, u"init | get cmi.core.total_time"_s, u"0000:00:00"_s,
            u"0"_s, uR"({"cmi.core.total_time": "an hour"})"_s);
    addCall(u"total time restored"_s, k12, u"init | get cmi.core.total_time"_s, u"0012:00:00"_s,
            u"0"_s, uR"({"cmi.core.total_time": "0012:00:00"})"_s);
    addCall(u"mastery score as a number"_s, k12, u"init | get cmi.student_data.mastery_score"_s,
            u"75"_s, u"0"_s, uR"({"cmi.student_data.mastery_score": 75})"_s);
    addCall(u"max time allowed"_s, k12, u"init | get cmi.student_data.max_time_allowed"_s,
            u"0001:00:00"_s, u"0"_s, uR"({"cmi.student_data.max_time_allowed": "0001:00:00"})"_s);
    addCall(u"time limit action"_s, k12, u"init | get cmi.student_data.time_limit_action"_s,
            u"exit,message"_s, u"0"_s,
            uR"({"cmi.student_data.time_limit_action": "exit,message"})"_s);
    addCall(u"launch data"_s, k12, u"init | get cmi.launch_data"_s, u"level=2"_s, u"0"_s,
            uR"({"cmi.launch_data": "level=2"})"_s);
    addCall(
        u"interactions restored without gaps"_s, k12, u"init | get cmi.interactions._count"_s,
        u"2"_s, u"0"_s,
        uR"({"cmi.interactions.0.id": "q1", "cmi.interactions.1.id": "q2", "cmi.interactions.3.id": "q4"})"_s);
    addCall(
        u"objectives restored in index order"_s, k12, u"init | get cmi.objectives.1.status"_s,
        u"passed"_s, u"0"_s,
        uR"({"cmi.objectives.1.status": "passed", "cmi.objectives.10.id": "k", "cmi.objectives.0.id": "a", "cmi.objectives.1.id": "b"})"_s);
    addCall(u"restored interaction appended to"_s, k12,
            u"init | set cmi.interactions.1.id = q2 | get cmi.interactions._count"_s, u"2"_s,
            u"0"_s, uR"({"cmi.interactions.0.id": "q1"})"_s);

    addCall(u"learner id"_s, k2004, u"init | get cmi.learner_id"_s, u"urn:clikc:learner:42"_s,
            u"0"_s, uR"({"cmi.learner_id": "urn:clikc:learner:42"})"_s);
    addCall(u"learner name"_s, k2004, u"init | get cmi.learner_name"_s, u"{lang=en}Jane Doe"_s,
            u"0"_s, uR"({"cmi.learner_name": "{lang=en}Jane Doe"})"_s);
    addCall(u"mode"_s, k2004, u"init | get cmi.mode"_s, u"review"_s, u"0"_s,
            uR"({"cmi.mode": "review"})"_s);
    addCall(u"credit"_s, k2004, u"init | get cmi.credit"_s, u"no-credit"_s, u"0"_s,
            uR"({"cmi.credit": "no-credit"})"_s);
    addCall(u"first entry"_s, k2004, u"init | get cmi.entry"_s, u"ab-initio"_s, u"0"_s);
    addCall(u"entry after suspend"_s, k2004, u"init | get cmi.entry"_s, u"resume"_s, u"0"_s,
            uR"({"cmi.exit": "suspend", "cmi.entry": "ab-initio"})"_s);
    addCall(u"entry after normal exit"_s, k2004, u"init | get cmi.entry"_s, u"ab-initio"_s, u"0"_s,
            uR"({"cmi.exit": "normal"})"_s);
    addCall(u"entry after time-out"_s, k2004, u"init | get cmi.entry"_s, u"ab-initio"_s, u"0"_s,
            uR"({"cmi.exit": "time-out"})"_s);
    addCall(u"entry after an empty exit"_s, k2004, u"init | get cmi.entry"_s, QString(), u"0"_s,
            uR"({"cmi.exit": "", "cmi.entry": "resume"})"_s);
    addCall(u"entry kept without an exit"_s, k2004, u"init | get cmi.entry"_s, u"resume"_s, u"0"_s,
            uR"({"cmi.entry": "resume"})"_s);
    addCall(u"max time allowed"_s, k2004, u"init | get cmi.max_time_allowed"_s, u"PT1H"_s, u"0"_s,
            uR"({"cmi.max_time_allowed": "PT1H"})"_s);
    addCall(u"time limit action"_s, k2004, u"init | get cmi.time_limit_action"_s, u"exit,message"_s,
            u"0"_s, uR"({"cmi.time_limit_action": "exit,message"})"_s);
    addCall(u"total time restored"_s, k2004, u"init | get cmi.total_time"_s, u"PT2H"_s, u"0"_s,
            uR"({"cmi.total_time": "PT2H"})"_s);
    addCall(u"bad threshold dropped"_s, k2004, u"init | get cmi.completion_threshold"_s, QString(),
            u"403"_s, uR"({"cmi.completion_threshold": "1.5"})"_s);
    addCall(
        u"pattern restored after its type"_s, k2004,
        u"init | get cmi.interactions.0.correct_responses.0.pattern"_s, u"true"_s, u"0"_s,
        uR"({"cmi.interactions.0.correct_responses.0.pattern": "true", "cmi.interactions.0.type": "true-false", "cmi.interactions.0.id": "q1"})"_s);
    addCall(u"preference restored"_s, k2004, u"init | get cmi.learner_preference.audio_level"_s,
            u"0.5"_s, u"0"_s, uR"({"cmi.learner_preference.audio_level": "0.5"})"_s);
    addCall(u"navigation validity"_s, k2004, u"init | get adl.nav.request_valid.continue"_s,
            u"true"_s, u"0"_s, uR"({"adl.nav.request_valid.continue": "true"})"_s);
    addCall(u"choice validity with a dotted target"_s, k2004,
            u"init | get adl.nav.request_valid.choice.{target=mod.2}"_s, u"false"_s, u"0"_s,
            uR"({"adl.nav.request_valid.choice.{target=mod.2}": "false"})"_s);
    addCall(u"choice validity for another target"_s, k2004,
            u"init | get adl.nav.request_valid.choice.{target=other}"_s, u"unknown"_s, u"0"_s,
            uR"({"adl.nav.request_valid.choice.{target=mod.2}": "false"})"_s);
    addCall(u"bad navigation validity dropped"_s, k2004,
            u"init | get adl.nav.request_valid.previous"_s, u"unknown"_s, u"0"_s,
            uR"({"adl.nav.request_valid.previous": "maybe"})"_s);
}

// adl.data (2004 4th edition): the records the manifest maps, their stores, and who may read
// and write them.
void addSharedDataRules()
{
    const QString two = uR"({"adl.data.0.id": "notes", "adl.data.1.id": "com.example.prefs"})"_s;
    addCall(u"shared data count"_s, k2004, u"init | get adl.data._count"_s, u"2"_s, u"0"_s, two);
    addCall(u"shared data children"_s, k2004, u"init | get adl.data._children"_s, u"id,store"_s,
            u"0"_s, two);
    addCall(u"shared data id"_s, k2004, u"init | get adl.data.1.id"_s, u"com.example.prefs"_s,
            u"0"_s, two);
    addCall(u"shared data none"_s, k2004, u"init | get adl.data._count"_s, u"0"_s, u"0"_s);
    addCall(u"shared store not written yet"_s, k2004, u"init | get adl.data.0.store"_s, QString(),
            u"403"_s, two);
    addCall(u"shared store restored"_s, k2004, u"init | get adl.data.0.store"_s, u"a note"_s,
            u"0"_s, uR"({"adl.data.0.id": "notes", "adl.data.0.store": "a note"})"_s);
    addCall(u"shared store written"_s, k2004,
            u"init | set adl.data.1.store = dark | get adl.data.1.store"_s, u"dark"_s, u"0"_s, two);
    addCall(u"shared id read only"_s, k2004, u"init | set adl.data.0.id = mine"_s, u"false"_s,
            u"404"_s, two);
    addCall(u"shared data no new record"_s, k2004, u"init | set adl.data.2.store = x"_s, u"false"_s,
            u"351"_s, two);
    addCall(u"shared store beyond the records"_s, k2004, u"init | get adl.data.5.store"_s,
            QString(), u"301"_s, two);
    addCall(u"shared store read only"_s, k2004, u"init | set adl.data.0.store = x"_s, u"false"_s,
            u"404"_s, uR"({"adl.data.0.id": "notes", "__sharedDataAccess": ["r"]})"_s);
    addCall(
        u"shared store read only can be read"_s, k2004, u"init | get adl.data.0.store"_s, u"kept"_s,
        u"0"_s,
        uR"({"adl.data.0.id": "notes", "adl.data.0.store": "kept", "__sharedDataAccess": ["r"]})"_s);
    addCall(
        u"shared store write only"_s, k2004, u"init | get adl.data.0.store"_s, QString(), u"405"_s,
        uR"({"adl.data.0.id": "notes", "adl.data.0.store": "kept", "__sharedDataAccess": ["w"]})"_s);
    addCall(u"shared store write only can be written"_s, k2004,
            u"init | set adl.data.0.store = new"_s, u"true"_s, u"0"_s,
            uR"({"adl.data.0.id": "notes", "__sharedDataAccess": ["w"]})"_s);
    addCall(u"shared store too long"_s, k2004,
            u"init | set adl.data.0.store = "_s + QString(64001, u'x'), u"false"_s, u"406"_s, two);
    addCall(u"unknown shared data field"_s, k2004, u"init | get adl.data.0.other"_s, QString(),
            u"401"_s, two);
    addCall(u"no shared data in 1.2"_s, k12, u"init | get adl.data._count"_s, QString(), u"401"_s,
            two);
}

void addEvaluationRules()
{
    const QString threshold = uR"({"cmi.completion_threshold": "0.8"})"_s;
    addCall(u"progress under the threshold"_s, k2004,
            u"init | set cmi.progress_measure = 0.79 | get cmi.completion_status"_s,
            u"incomplete"_s, u"0"_s, threshold);
    addCall(u"progress at the threshold"_s, k2004,
            u"init | set cmi.progress_measure = 0.8 | get cmi.completion_status"_s, u"completed"_s,
            u"0"_s, threshold);
    addCall(u"progress decides over the lesson's status"_s, k2004,
            u"init | set cmi.completion_status = completed | set cmi.progress_measure = 0.1 | "
            "get cmi.completion_status"_s,
            u"incomplete"_s, u"0"_s, threshold);
    addCall(u"threshold without progress"_s, k2004,
            u"init | set cmi.completion_status = completed | get cmi.completion_status"_s,
            u"unknown"_s, u"0"_s, threshold);
    addCall(u"status without a threshold"_s, k2004,
            u"init | set cmi.completion_status = completed | get cmi.completion_status"_s,
            u"completed"_s, u"0"_s);
    addCall(u"progress without a threshold"_s, k2004,
            u"init | set cmi.progress_measure = 1 | get cmi.completion_status"_s, u"unknown"_s,
            u"0"_s);
    addCall(u"default completion status"_s, k2004, u"init | get cmi.completion_status"_s,
            u"unknown"_s, u"0"_s);
    addCall(u"threshold read back"_s, k2004, u"init | get cmi.completion_threshold"_s, u"0.8"_s,
            u"0"_s, threshold);

    const QString passing = uR"({"cmi.scaled_passing_score": "0.7"})"_s;
    addCall(u"scaled score at the passing score"_s, k2004,
            u"init | set cmi.score.scaled = 0.7 | get cmi.success_status"_s, u"passed"_s, u"0"_s,
            passing);
    addCall(u"scaled score under the passing score"_s, k2004,
            u"init | set cmi.score.scaled = 0.69 | get cmi.success_status"_s, u"failed"_s, u"0"_s,
            passing);
    addCall(u"score decides over the lesson's status"_s, k2004,
            u"init | set cmi.success_status = passed | set cmi.score.scaled = 0.2 | "
            "get cmi.success_status"_s,
            u"failed"_s, u"0"_s, passing);
    addCall(u"passing score without a scaled score"_s, k2004,
            u"init | set cmi.success_status = passed | get cmi.success_status"_s, u"unknown"_s,
            u"0"_s, passing);
    addCall(u"negative passing score"_s, k2004,
            u"init | set cmi.score.scaled = -0.4 | get cmi.success_status"_s, u"passed"_s, u"0"_s,
            uR"({"cmi.scaled_passing_score": "-0.5"})"_s);
    addCall(u"success status without a passing score"_s, k2004,
            u"init | set cmi.success_status = failed | get cmi.success_status"_s, u"failed"_s,
            u"0"_s);
    addCall(u"default success status"_s, k2004, u"init | get cmi.success_status"_s, u"unknown"_s,
            u"0"_s);
}

void addFinal(const QString &name, const QString &version, const QString &stepText,
              const QString &expected, const QStringList &absent = {}, const QString &state = {})
{
    QTest::newRow(qPrintable(version + u' ' + name))
        << version << state << steps(stepText) << expected << absent;
}

} // namespace

class TestScormRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!runtimeSource().isEmpty(), CLIKC_SCORM_RUNTIME " cannot be read");
    }

    void apiShape_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("methods");
        QTest::newRow("1.2") << k12 << QStringList{u"LMSCommit"_s,        u"LMSFinish"_s,
                                                   u"LMSGetDiagnostic"_s, u"LMSGetErrorString"_s,
                                                   u"LMSGetLastError"_s,  u"LMSGetValue"_s,
                                                   u"LMSInitialize"_s,    u"LMSSetValue"_s};
        QTest::newRow("2004") << k2004 << QStringList{u"Commit"_s,         u"GetDiagnostic"_s,
                                                      u"GetErrorString"_s, u"GetLastError"_s,
                                                      u"GetValue"_s,       u"Initialize"_s,
                                                      u"SetValue"_s,       u"Terminate"_s};
    }

    // Lessons find the API by its exact method names; nothing else is on the object.
    void apiShape()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, methods);
        Lesson lesson(version);
        QVERIFY2(lesson.problem().isEmpty(), qPrintable(lesson.problem()));
        const QJSValue keys
            = lesson.engine().globalObject().property(u"Object"_s).property(u"keys"_s);
        QStringList names = keys.call({lesson.api()}).toVariant().toStringList();
        names.sort();
        QCOMPARE(names, methods);
        for (const QString &name : methods)
            QVERIFY2(lesson.api().property(name).isCallable(), qPrintable(name));
    }

    void calls_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("error");
        addStateRules();
        addAccessRules();
        addKeywordRules();
        addValueRules12();
        addValueRules2004();
        addArrayRules2004();
        addResponseRules();
        addRestoreRules();
        addSharedDataRules();
        addEvaluationRules();
    }

    // The answer to the last call and the error code it leaves.
    void calls()
    {
        QFETCH(QString, version);
        QFETCH(QString, state);
        QFETCH(QStringList, steps);
        QFETCH(QString, answer);
        QFETCH(QString, error);
        Lesson lesson(version, state);
        QVERIFY2(lesson.problem().isEmpty(), qPrintable(lesson.problem()));
        QString problem;
        const QString last = lesson.runAll(steps, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(last, expand(answer));
        QCOMPARE(lesson.lastError(), error);
    }

    void finalValues_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("absent");

        addFinal(
            u"session time added"_s, k12,
            u"init | set cmi.core.session_time = 01:15:30.5 | finish"_s,
            uR"({"cmi.core.total_time": "0001:45:30.50", "cmi.core.session_time": "01:15:30.5"})"_s,
            {}, uR"({"cmi.core.total_time": "0000:30:00"})"_s);
        addFinal(u"no session time keeps the total"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.total_time": "0000:30:00"})"_s, {u"cmi.core.session_time"_s},
                 uR"({"cmi.core.total_time": "0000:30:00"})"_s);
        addFinal(u"first session time"_s, k12,
                 u"init | set cmi.core.session_time = 00:00:10 | finish"_s,
                 uR"({"cmi.core.total_time": "0000:00:10"})"_s);
        addFinal(u"time carries over"_s, k12,
                 u"init | set cmi.core.session_time = 00:00:00.01 | finish"_s,
                 uR"({"cmi.core.total_time": "0001:00:00"})"_s, {},
                 uR"({"cmi.core.total_time": "0000:59:59.99"})"_s);
        addFinal(u"time stops at 9999 hours"_s, k12,
                 u"init | set cmi.core.session_time = 2000:00:00 | finish"_s,
                 uR"({"cmi.core.total_time": "9999:59:59.99"})"_s, {},
                 uR"({"cmi.core.total_time": "9000:00:00"})"_s);
        addFinal(
            u"last session time counts"_s, k12,
            u"init | set cmi.core.session_time = 00:10:00 | "
            "set cmi.core.session_time = 00:20:00 | finish"_s,
            uR"({"cmi.core.total_time": "0000:20:00", "cmi.core.session_time": "00:20:00"})"_s);
        addFinal(u"suspend gives resume"_s, k12, u"init | set cmi.core.exit = suspend | finish"_s,
                 uR"({"cmi.core.exit": "suspend", "cmi.core.entry": "resume"})"_s);
        addFinal(u"logout gives an empty entry"_s, k12,
                 u"init | set cmi.core.exit = logout | finish"_s,
                 uR"({"cmi.core.exit": "logout", "cmi.core.entry": ""})"_s);
        addFinal(u"no exit gives an empty entry"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.exit": "", "cmi.core.entry": ""})"_s);
        // The 1.2 rule Moodle applies: a SCO that never set a status is completed at LMSFinish.
        addFinal(u"no status set becomes completed"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s);
        addFinal(u"no status set, commit first, still completed"_s, k12,
                 u"init | set cmi.core.lesson_location = p2 | commit | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s);
        addFinal(u"status set by the lesson kept"_s, k12,
                 u"init | set cmi.core.lesson_status = incomplete | finish"_s,
                 uR"({"cmi.core.lesson_status": "incomplete"})"_s);
        addFinal(u"earlier session's status kept"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.lesson_status": "incomplete"})"_s, {},
                 uR"({"cmi.core.lesson_status": "incomplete"})"_s);
        addFinal(u"review mode sets no status"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.exit": ""})"_s, {u"cmi.core.lesson_status"_s},
                 uR"({"cmi.core.lesson_mode": "review"})"_s);
        addFinal(u"browse mode stays browsed"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.lesson_status": "browsed"})"_s, {},
                 uR"({"cmi.core.lesson_mode": "browse"})"_s);
        const QString mastery = uR"({"cmi.student_data.mastery_score": "80"})"_s;
        addFinal(u"mastery score passed"_s, k12, u"init | set cmi.core.score.raw = 85 | finish"_s,
                 uR"({"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "85"})"_s, {},
                 mastery);
        addFinal(u"no status set, score under mastery fails"_s, k12,
                 u"init | set cmi.core.score.raw = 40 | finish"_s,
                 uR"({"cmi.core.lesson_status": "failed"})"_s, {}, mastery);
        addFinal(u"mastery score reached exactly"_s, k12,
                 u"init | set cmi.core.score.raw = 80 | finish"_s,
                 uR"({"cmi.core.lesson_status": "passed"})"_s, {}, mastery);
        addFinal(u"mastery score failed"_s, k12,
                 u"init | set cmi.core.lesson_status = completed | "
                 "set cmi.core.score.raw = 79.5 | finish"_s,
                 uR"({"cmi.core.lesson_status": "failed"})"_s, {}, mastery);
        addFinal(u"no credit keeps the status"_s, k12,
                 u"init | set cmi.core.lesson_status = completed | "
                 "set cmi.core.score.raw = 10 | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s, {},
                 uR"({"cmi.student_data.mastery_score": "80", "cmi.core.credit": "no-credit"})"_s);
        addFinal(u"no raw score keeps the status"_s, k12,
                 u"init | set cmi.core.lesson_status = completed | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s, {}, mastery);
        addFinal(u"blank raw score: completed"_s, k12,
                 u"init | set cmi.core.score.raw = | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s, {}, mastery);
        addFinal(u"no mastery score: completed"_s, k12,
                 u"init | set cmi.core.score.raw = 100 | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s);
        addFinal(u"no mastery score keeps the lesson's status"_s, k12,
                 u"init | set cmi.core.lesson_status = incomplete | "
                 "set cmi.core.score.raw = 100 | finish"_s,
                 uR"({"cmi.core.lesson_status": "incomplete"})"_s);
        addFinal(u"learner data kept"_s, k12,
                 u"init | set cmi.core.lesson_location = p9 | set cmi.suspend_data = a=1;b=2 | "
                 "set cmi.comments = fine | set cmi.objectives.0.id = o1 | "
                 "set cmi.objectives.0.status = passed | set cmi.interactions.0.id = q1 | "
                 "set cmi.interactions.0.result = correct | "
                 "set cmi.student_preference.audio = 50 | finish"_s,
                 uR"({"cmi.core.lesson_location": "p9", "cmi.suspend_data": "a=1;b=2",
                      "cmi.comments": "fine", "cmi.objectives.0.id": "o1",
                      "cmi.objectives.0.status": "passed", "cmi.interactions.0.id": "q1",
                      "cmi.interactions.0.result": "correct",
                      "cmi.student_preference.audio": "50"})"_s);
        addFinal(u"restored data kept"_s, k12, u"init | finish"_s,
                 uR"({"cmi.suspend_data": "abc", "cmi.objectives.0.id": "o1"})"_s, {},
                 uR"({"cmi.suspend_data": "abc", "cmi.objectives.0.id": "o1"})"_s);
        addFinal(u"host data left out"_s, k12, u"init | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s,
                 {u"cmi.core.student_id"_s, u"cmi.core.student_name"_s, u"cmi.core.credit"_s,
                  u"cmi.core.lesson_mode"_s, u"cmi.student_data.mastery_score"_s,
                  u"cmi.launch_data"_s, u"cmi.comments_from_lms"_s},
                 uR"({"cmi.core.student_id": "u1", "cmi.core.student_name": "Jane",
                      "cmi.core.credit": "credit", "cmi.core.lesson_mode": "normal",
                      "cmi.student_data.mastery_score": "50", "cmi.launch_data": "x",
                      "cmi.comments_from_lms": "hello"})"_s);
        addFinal(u"refused values left out"_s, k12,
                 u"init | ~set cmi.core.lesson_location = {l*256} | finish"_s,
                 uR"({"cmi.core.lesson_status": "completed"})"_s, {u"cmi.core.lesson_location"_s});

        addFinal(u"session time added"_s, k2004,
                 u"init | set cmi.session_time = PT45M30S | finish"_s,
                 uR"({"cmi.total_time": "PT2H15M30S", "cmi.session_time": "PT45M30S"})"_s, {},
                 uR"({"cmi.total_time": "PT1H30M"})"_s);
        addFinal(u"days become hours"_s, k2004, u"init | set cmi.session_time = PT1H | finish"_s,
                 uR"({"cmi.total_time": "PT25H0M0S"})"_s, {}, uR"({"cmi.total_time": "P1D"})"_s);
        addFinal(u"hundredths add up"_s, k2004, u"init | set cmi.session_time = PT0.55S | finish"_s,
                 uR"({"cmi.total_time": "PT0H0M1.05S"})"_s, {},
                 uR"({"cmi.total_time": "PT0.5S"})"_s);
        addFinal(u"first session time"_s, k2004, u"init | set cmi.session_time = PT10M | finish"_s,
                 uR"({"cmi.total_time": "PT0H10M0S"})"_s);
        addFinal(u"years and months"_s, k2004, u"init | finish"_s,
                 uR"({"cmi.total_time": "PT9480H0M0S"})"_s, {u"cmi.session_time"_s},
                 uR"({"cmi.total_time": "P1Y1M"})"_s);
        addFinal(u"suspend gives resume"_s, k2004, u"init | set cmi.exit = suspend | finish"_s,
                 uR"({"cmi.exit": "suspend", "cmi.entry": "resume"})"_s);
        addFinal(u"normal exit ends the attempt"_s, k2004,
                 u"init | set cmi.exit = normal | finish"_s,
                 uR"({"cmi.exit": "normal", "cmi.entry": "ab-initio"})"_s);
        addFinal(u"time-out ends the attempt"_s, k2004,
                 u"init | set cmi.exit = time-out | finish"_s,
                 uR"({"cmi.exit": "time-out", "cmi.entry": "ab-initio"})"_s);
        addFinal(u"no exit gives an empty entry"_s, k2004, u"init | finish"_s,
                 uR"({"cmi.exit": "", "cmi.entry": ""})"_s);
        addFinal(u"statuses evaluated"_s, k2004,
                 u"init | set cmi.progress_measure = 0.6 | set cmi.score.scaled = 0.5 | "
                 "set cmi.success_status = passed | finish"_s,
                 uR"({"cmi.completion_status": "completed", "cmi.success_status": "failed",
                      "cmi.progress_measure": "0.6", "cmi.score.scaled": "0.5"})"_s,
                 {},
                 uR"({"cmi.completion_threshold": "0.5", "cmi.scaled_passing_score": "0.8"})"_s);
        addFinal(u"default statuses"_s, k2004, u"init | finish"_s,
                 uR"({"cmi.completion_status": "unknown", "cmi.success_status": "unknown"})"_s);
        addFinal(u"lesson's statuses kept"_s, k2004,
                 u"init | set cmi.completion_status = completed | "
                 "set cmi.success_status = passed | finish"_s,
                 uR"({"cmi.completion_status": "completed", "cmi.success_status": "passed"})"_s);
        addFinal(u"learner data kept"_s, k2004,
                 u"init | set cmi.location = p9 | set cmi.suspend_data = {x*64000} | "
                 "set cmi.objectives.0.id = o1 | set cmi.objectives.0.score.scaled = 0.5 | "
                 "set cmi.interactions.0.id = q1 | set cmi.interactions.0.type = numeric | "
                 "set cmi.interactions.0.learner_response = 4 | "
                 "set cmi.comments_from_learner.0.comment = nice | "
                 "set cmi.learner_preference.language = fr | finish"_s,
                 uR"({"cmi.location": "p9", "cmi.objectives.0.id": "o1",
                      "cmi.objectives.0.score.scaled": "0.5", "cmi.interactions.0.id": "q1",
                      "cmi.interactions.0.type": "numeric",
                      "cmi.interactions.0.learner_response": "4",
                      "cmi.comments_from_learner.0.comment": "nice",
                      "cmi.learner_preference.language": "fr"})"_s);
        addFinal(u"host data left out"_s, k2004, u"init | set adl.nav.request = exitAll | finish"_s,
                 uR"({"cmi.completion_status": "unknown"})"_s,
                 {u"cmi.learner_id"_s, u"cmi.learner_name"_s, u"cmi.completion_threshold"_s,
                  u"cmi.scaled_passing_score"_s, u"cmi.comments_from_lms.0.comment"_s,
                  u"adl.nav.request"_s, u"adl.nav.request_valid.continue"_s, u"cmi.mode"_s,
                  u"cmi.credit"_s},
                 uR"({"cmi.learner_id": "u1", "cmi.learner_name": "Jane",
                      "cmi.completion_threshold": "0.9", "cmi.scaled_passing_score": "0.9",
                      "cmi.comments_from_lms.0.comment": "hi", "cmi.mode": "normal",
                      "adl.nav.request_valid.continue": "true", "cmi.credit": "credit"})"_s);
    }

    // What onFinish receives: everything to keep for the next session, and nothing the host gave.
    void finalValues()
    {
        QFETCH(QString, version);
        QFETCH(QString, state);
        QFETCH(QStringList, steps);
        QFETCH(QString, expected);
        QFETCH(QStringList, absent);
        Lesson lesson(version, state);
        QVERIFY2(lesson.problem().isEmpty(), qPrintable(lesson.problem()));
        QString problem;
        lesson.runAll(steps, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lesson.lastError(), u"0"_s);

        const QVariantList finished = lesson.received(u"finish"_s);
        QCOMPARE(finished.size(), 1);
        const QVariantMap values = finished.first().toMap();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QVERIFY2(it.value().typeId() == QMetaType::QString, qPrintable(it.key()));
        const QVariantMap wanted = parseJson(expected);
        QVERIFY2(!wanted.isEmpty(), "the expected values are not valid JSON");
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QString actual
                = values.contains(it.key()) ? values.value(it.key()).toString() : u"<missing>"_s;
            QCOMPARE(QString(it.key() + u'=' + actual),
                     QString(it.key() + u'=' + expand(it.value().toString())));
        }
        for (const QString &key : absent)
            QVERIFY2(!values.contains(key), qPrintable(key + u" should not be kept"_s));
    }

    void resume_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("prefix"); // cmi.core. or cmi.
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("sessionTime");
        QTest::addColumn<QString>("totalAfterTwo");
        QTest::addColumn<QString>("normalExit");
        QTest::addColumn<QString>("entryAfterNormalExit");
        QTest::newRow("1.2") << k12 << u"cmi.core."_s << u"cmi.core.lesson_location"_s
                             << u"00:10:00"_s << u"0000:20:00"_s << u"logout"_s << QString();
        QTest::newRow("2004") << k2004 << u"cmi."_s << u"cmi.location"_s << u"PT10M"_s
                              << u"PT0H20M0S"_s << u"normal"_s << u"ab-initio"_s;
    }

    // Three sessions, each started from what the previous one handed to onFinish.
    void resume()
    {
        QFETCH(QString, version);
        QFETCH(QString, prefix);
        QFETCH(QString, location);
        QFETCH(QString, sessionTime);
        QFETCH(QString, totalAfterTwo);
        QFETCH(QString, normalExit);
        QFETCH(QString, entryAfterNormalExit);
        const QString interactionsCount = u"cmi.interactions._count"_s;

        QString problem;
        Lesson first(version);
        first.runAll(steps(u"init | set %1 = slide 7 | set cmi.suspend_data = s=1 | "
                           "set cmi.interactions.0.id = q1 | set %2exit = suspend | "
                           "set %2session_time = %3 | finish"_s.arg(location, prefix, sessionTime)),
                     &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(first.received(u"finish"_s).size(), 1);
        const QString afterFirst = compactJson(first.received(u"finish"_s).first().toMap());

        Lesson second(version, afterFirst);
        QCOMPARE(second.run(u"init"_s), u"true"_s);
        QCOMPARE(second.run(u"get %1entry"_s.arg(prefix)), u"resume"_s);
        QCOMPARE(second.run(u"get "_s + location), u"slide 7"_s);
        QCOMPARE(second.run(u"get cmi.suspend_data"_s), u"s=1"_s);
        QCOMPARE(second.run(u"get "_s + interactionsCount), u"1"_s);
        second.runAll(steps(u"set %1exit = %2 | set %1session_time = %3 | finish"_s.arg(
                          prefix, normalExit, sessionTime)),
                      &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QVariantMap afterSecond = second.received(u"finish"_s).first().toMap();
        QCOMPARE(afterSecond.value(prefix + u"total_time"_s).toString(), totalAfterTwo);

        Lesson third(version, compactJson(afterSecond));
        QCOMPARE(third.run(u"init"_s), u"true"_s);
        QCOMPARE(third.run(u"get %1entry"_s.arg(prefix)), entryAfterNormalExit);
        QCOMPARE(third.run(u"get %1total_time"_s.arg(prefix)), totalAfterTwo);
        QCOMPARE(third.run(u"get "_s + location), u"slide 7"_s);
    }

    void setValueReported_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("reported");
        QTest::newRow("1.2") << k12
                             << steps(u"init | set cmi.core.lesson_location = p1 | "
                                      "~set cmi.core.lesson_location = {l*256} | "
                                      "~set cmi.core.student_id = me | "
                                      "set cmi.interactions.0.id = q1 | commit | finish"_s)
                             << QStringList{u"cmi.core.lesson_location=p1"_s,
                                            u"cmi.interactions.0.id=q1"_s};
        QTest::newRow("2004") << k2004
                              << steps(u"init | set cmi.location = p1 | "
                                       "~set cmi.location = {l*1001} | ~set cmi.learner_id = me | "
                                       "~set cmi.interactions.0.type = choice | "
                                       "set cmi.interactions.0.id = q1 | commit | finish"_s)
                              << QStringList{u"cmi.location=p1"_s, u"cmi.interactions.0.id=q1"_s};
    }

    // onSetValue hears every accepted value, and only those.
    void setValueReported()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, reported);
        Lesson lesson(version);
        QString problem;
        lesson.runAll(steps, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lesson.received(u"set"_s).size(), reported.size());
        QStringList received;
        for (const QVariant &entry : lesson.received(u"set"_s))
            received << entry.toString();
        QCOMPARE(received, reported);
    }

    void commitReported_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("firstCommit");
        QTest::addColumn<QString>("secondCommit");
        QTest::newRow("1.2") << k12 << u"cmi.core.lesson_location = p1"_s
                             << u"cmi.suspend_data = s1"_s
                             << uR"({"cmi.core.lesson_location":"p1"})"_s
                             << uR"({"cmi.suspend_data":"s1"})"_s;
        QTest::newRow("2004") << k2004 << u"cmi.location = p1"_s << u"cmi.suspend_data = s1"_s
                              << uR"({"cmi.location":"p1"})"_s << uR"({"cmi.suspend_data":"s1"})"_s;
    }

    // onCommit hears what changed since the previous Commit.
    void commitReported()
    {
        QFETCH(QString, version);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, firstCommit);
        QFETCH(QString, secondCommit);
        Lesson lesson(version);
        QString problem;
        lesson.runAll(
            steps(u"init | set %1 | commit | set %2 | commit | commit"_s.arg(first, second)),
            &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QVariantList commits = lesson.received(u"commit"_s);
        QCOMPARE(commits.size(), 3);
        QCOMPARE(compactJson(commits.at(0).toMap()), firstCommit);
        QCOMPARE(compactJson(commits.at(1).toMap()), secondCommit);
        QCOMPARE(compactJson(commits.at(2).toMap()), u"{}"_s);
    }

    void hostFailures_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("commitError");
        QTest::addColumn<QString>("finishError");
        QTest::addColumn<QString>("afterFinishError");
        QTest::newRow("1.2") << k12 << u"cmi.core.lesson_location"_s << u"101"_s << u"101"_s
                             << u"301"_s;
        QTest::newRow("2004") << k2004 << u"cmi.location"_s << u"391"_s << u"111"_s << u"123"_s;
    }

    // A host that cannot save makes Commit and Finish fail; nothing is lost or counted twice.
    void hostFailures()
    {
        QFETCH(QString, version);
        QFETCH(QString, element);
        QFETCH(QString, commitError);
        QFETCH(QString, finishError);
        QFETCH(QString, afterFinishError);
        Lesson lesson(version);
        QCOMPARE(lesson.run(u"init"_s), u"true"_s);
        QCOMPARE(lesson.run(u"set %1 = p1"_s.arg(element)), u"true"_s);
        lesson.setHostFailing(u"failCommit"_s, true);
        QCOMPARE(lesson.run(u"commit"_s), u"false"_s);
        QCOMPARE(lesson.lastError(), commitError);
        lesson.setHostFailing(u"failCommit"_s, false);
        QCOMPARE(lesson.run(u"commit"_s), u"true"_s);
        QCOMPARE(lesson.received(u"commit"_s).size(), 2);
        QCOMPARE(lesson.received(u"commit"_s).last().toMap().value(element).toString(), u"p1"_s);

        lesson.setHostFailing(u"failFinish"_s, true);
        QCOMPARE(lesson.run(u"finish"_s), u"false"_s);
        QCOMPARE(lesson.lastError(), finishError);
        QCOMPARE(lesson.run(u"get "_s + element), QString());
        QCOMPARE(lesson.lastError(), afterFinishError);
        QCOMPARE(lesson.received(u"finish"_s).size(), 1);
    }

    void navigationRequest_data()
    {
        QTest::addColumn<QString>("stepText");
        QTest::addColumn<QStringList>("requests");
        for (const QString &request :
             {u"continue"_s, u"previous"_s, u"exit"_s, u"exitAll"_s, u"abandon"_s, u"abandonAll"_s,
              u"suspendAll"_s, u"{target=m2}choice"_s, u"{target=m2}jump"_s})
            QTest::newRow(qPrintable(request))
                << u"init | set adl.nav.request = %1 | finish"_s.arg(request)
                << QStringList{request};
        QTest::newRow("none set") << u"init | finish"_s << QStringList();
        QTest::newRow("_none_") << u"init | set adl.nav.request = _none_ | finish"_s
                                << QStringList();
        QTest::newRow("withdrawn")
            << u"init | set adl.nav.request = exitAll | set adl.nav.request = _none_ | finish"_s
            << QStringList();
        QTest::newRow("refused") << u"init | ~set adl.nav.request = choice | finish"_s
                                 << QStringList();
    }

    // onNavRequest hears the lesson's request once the session is saved.
    void navigationRequest()
    {
        QFETCH(QString, stepText);
        QFETCH(QStringList, requests);
        Lesson lesson(k2004);
        QString problem;
        lesson.runAll(steps(stepText), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lesson.received(u"nav"_s).size(), requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i)
            QCOMPARE(lesson.received(u"nav"_s).at(i).toString(), requests.at(i));
        QStringList order;
        for (const QVariant &event : lesson.received(u"order"_s))
            order << event.toString();
        QStringList expectedOrder{u"finish"_s};
        if (!requests.isEmpty())
            expectedOrder << u"nav"_s;
        QCOMPARE(order, expectedOrder);
    }

    void errorStrings_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        const QList<std::pair<QString, QString>> strings12
            = {{u"0"_s, u"No error"_s},
               {u"101"_s, u"General exception"_s},
               {u"201"_s, u"Invalid argument error"_s},
               {u"202"_s, u"Element cannot have children"_s},
               {u"203"_s, u"Element not an array - cannot have count"_s},
               {u"301"_s, u"Not initialized"_s},
               {u"401"_s, u"Not implemented error"_s},
               {u"402"_s, u"Invalid set value, element is a keyword"_s},
               {u"403"_s, u"Element is read only"_s},
               {u"404"_s, u"Element is write only"_s},
               {u"405"_s, u"Incorrect Data Type"_s},
               {u"103"_s, QString()},
               {u"999"_s, QString()},
               {QString(), QString()}};
        for (const auto &[code, text] : strings12)
            QTest::newRow(qPrintable(u"1.2 "_s + code)) << k12 << code << text;
        const QList<std::pair<QString, QString>> strings2004
            = {{u"0"_s, u"No Error"_s},
               {u"101"_s, u"General Exception"_s},
               {u"102"_s, u"General Initialization Failure"_s},
               {u"103"_s, u"Already Initialized"_s},
               {u"104"_s, u"Content Instance Terminated"_s},
               {u"111"_s, u"General Termination Failure"_s},
               {u"112"_s, u"Termination Before Initialization"_s},
               {u"113"_s, u"Termination After Termination"_s},
               {u"122"_s, u"Retrieve Data Before Initialization"_s},
               {u"123"_s, u"Retrieve Data After Termination"_s},
               {u"132"_s, u"Store Data Before Initialization"_s},
               {u"133"_s, u"Store Data After Termination"_s},
               {u"142"_s, u"Commit Before Initialization"_s},
               {u"143"_s, u"Commit After Termination"_s},
               {u"201"_s, u"General Argument Error"_s},
               {u"301"_s, u"General Get Failure"_s},
               {u"351"_s, u"General Set Failure"_s},
               {u"391"_s, u"General Commit Failure"_s},
               {u"401"_s, u"Undefined Data Model Element"_s},
               {u"402"_s, u"Unimplemented Data Model Element"_s},
               {u"403"_s, u"Data Model Element Value Not Initialized"_s},
               {u"404"_s, u"Data Model Element Is Read Only"_s},
               {u"405"_s, u"Data Model Element Is Write Only"_s},
               {u"406"_s, u"Data Model Element Type Mismatch"_s},
               {u"407"_s, u"Data Model Element Value Out Of Range"_s},
               {u"408"_s, u"Data Model Dependency Not Established"_s},
               {u"202"_s, QString()},
               {QString(), QString()}};
        for (const auto &[code, text] : strings2004)
            QTest::newRow(qPrintable(u"2004 "_s + code)) << k2004 << code << text;
    }

    // Error strings are there in any state and do not change the last error.
    void errorStrings()
    {
        QFETCH(QString, version);
        QFETCH(QString, code);
        QFETCH(QString, text);
        Lesson lesson(version);
        QCOMPARE(lesson.run(u"string "_s + code), text);
        QCOMPARE(lesson.lastError(), u"0"_s);
        lesson.run(u"get cmi.nothing"_s);
        const QString before = lesson.lastError();
        QCOMPARE(lesson.run(u"string "_s + code), text);
        QCOMPARE(lesson.lastError(), before);
    }

    // Two API objects in one page do not share a session.
    void sessionsAreIndependent()
    {
        QJSEngine engine;
        QVERIFY(!engine.evaluate(runtimeSource()).isError());
        const QJSValue result = engine.evaluate(uR"((function () {
            var first = ClikcScorm.create2004({});
            var second = ClikcScorm.create2004({});
            first.Initialize("");
            second.Initialize("");
            first.SetValue("cmi.location", "p1");
            return [first.GetValue("cmi.location"), second.GetValue("cmi.location"),
                    second.GetLastError()].join("|");
        })())"_s);
        QCOMPARE(result.toString(), u"p1||403"_s);
    }

    // The file is injected into lessons' pages: no eval, network, timers or DOM in its code.
    void scriptIsSelfContained()
    {
        QString code = runtimeSource();
        code.remove(
            QRegularExpression(u"/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption));
        code.remove(QRegularExpression(u"^\\s*//[^\\n]*"_s, QRegularExpression::MultilineOption));
        const QStringList forbidden
            = {u"eval("_s,     u"Function("_s,  u"XMLHttpRequest"_s, u"fetch("_s,
               u"WebSocket"_s, u"setTimeout"_s, u"setInterval"_s,    u"document."_s,
               u"window."_s,   u"import "_s,    u"require("_s,       u"localStorage"_s};
        for (const QString &word : forbidden)
            QVERIFY2(!code.contains(word), qPrintable(word));
        QVERIFY(code.contains(u"var ClikcScorm"_s));
    }
};

QTEST_GUILESS_MAIN(TestScormRuntime)
#include "tst_scormruntime.moc"
