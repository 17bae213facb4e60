#include "moodleprotocol.h"

#include "network/networkaccess.h"
#include "util/printable.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clikc {

QStringList SiteInfo::missing(const QStringList &needed) const
{
    QStringList result;
    for (const QString &name : needed) {
        if (!functions.contains(name))
            result.append(name);
    }
    return result;
}

namespace moodle {
namespace {

QString stripHtml(QString html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    html.remove(tags);
    return html.replace(u"&nbsp;"_s, u" "_s).replace(u"&amp;"_s, u"&"_s).trimmed();
}

// Reads Moodle's XML error: <EXCEPTION class="…"><ERRORCODE>…</ERRORCODE><MESSAGE>…</MESSAGE>
bool readXmlException(const QByteArray &body, QString *code, QString *message)
{
    QXmlStreamReader xml(body);
    bool inException = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"EXCEPTION"_s)
            inException = true;
        else if (inException && xml.name() == u"ERRORCODE"_s)
            *code = xml.readElementText();
        else if (inException && xml.name() == u"MESSAGE"_s)
            *message = xml.readElementText();
    }
    return inException;
}

ActivityKind kindOf(const QString &modName, const QString &mimeType)
{
    if (modName == u"resource"_s) {
        if (mimeType.startsWith(u"video/"_s))
            return ActivityKind::Video;
        if (mimeType == u"application/pdf"_s)
            return ActivityKind::Pdf;
        return ActivityKind::Resource;
    }
    if (modName == u"page"_s)
        return ActivityKind::Page;
    if (modName == u"folder"_s)
        return ActivityKind::Folder;
    if (modName == u"book"_s)
        return ActivityKind::Book;
    if (modName == u"label"_s)
        return ActivityKind::Label;
    if (modName == u"scorm"_s)
        return ActivityKind::Scorm;
    if (modName == u"url"_s)
        return ActivityKind::Url;
    return ActivityKind::Other; // quiz, forum, assignment…: need the site
}

// Moodle's completion setting: 0 none, 1 manual (the learner ticks it), 2 automatic (the
// server decides by its rules). An automatic rule that needs nothing but a view is shown as
// "viewed" so that opening the activity offline completes it at once; the view upload then
// completes it on the server by the same rule.
CompletionRule completionOf(int moodleCompletion, const QJsonObject &completionData)
{
    if (moodleCompletion == 1)
        return CompletionRule::Manual;
    if (moodleCompletion != 2)
        return CompletionRule::None;
    const QJsonArray details = completionData.value(u"details"_s).toArray();
    if (details.size() == 1
        && details.first().toObject().value(u"rulename"_s).toString() == u"completionview"_s)
        return CompletionRule::Viewed;
    return CompletionRule::Automatic;
}

} // namespace

QStringList requiredFunctions()
{
    return {u"core_webservice_get_site_info"_s, u"core_enrol_get_users_courses"_s,
            u"core_course_get_contents"_s, u"mod_scorm_get_scorms_by_courses"_s};
}

QUrl normalizeSiteUrl(const QString &input, bool allowPlainHttp, ConnectorError *error)
{
    *error = {};
    QString text = input.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        *error = {ConnectorError::Code::InvalidSiteUrl, input.trimmed(), {}, {}};
        return {};
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    // People paste the address of a page of the site: keep the site's own folder only.
    QString path = url.path();
    for (const QString &page :
         {u"/login/index.php"_s, u"/my/"_s, u"/my"_s, u"/index.php"_s, u"/login/token.php"_s}) {
        if (path.endsWith(page)) {
            path.chop(page.size());
            break;
        }
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    if (!NetworkAccess::isTransportAllowed(url, allowPlainHttp)) {
        *error = {ConnectorError::Code::InsecureTransport, url.host(), {}, {}};
        return {};
    }
    return url;
}

ConnectorError fromErrorCode(const QString &errorCode, const QString &message)
{
    using C = ConnectorError::Code;
    C code = C::ServerError;
    if (errorCode == u"invalidtoken"_s || errorCode == u"invalidtokensession"_s)
        code = C::InvalidToken;
    else if (errorCode == u"invalidlogin"_s || errorCode == u"usernotfound"_s)
        code = C::InvalidLogin;
    else if (errorCode == u"enablewsdescription"_s || errorCode == u"servicenotavailable"_s
             || errorCode == u"webservicesdisabled"_s || errorCode == u"noaccess"_s)
        code = C::WebServicesDisabled;
    else if (errorCode == u"sitemaintenance"_s)
        code = C::Maintenance;
    else if (errorCode == u"accessexception"_s || errorCode == u"nopermissions"_s
             || errorCode == u"requireloginerror"_s || errorCode == u"errorcoursecontextnotvalid"_s
             || errorCode == u"notenrolled"_s)
        code = C::AccessDenied;
    else if (errorCode == u"invalidrecord"_s || errorCode == u"invalidcourseid"_s
             || errorCode == u"invalidcoursemodule"_s)
        code = C::NotFound;
    return {code, {}, errorCode, message};
}

ConnectorError readAnswer(int httpStatus, const QByteArray &body, QJsonDocument *json)
{
    using C = ConnectorError::Code;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<')) {
        QString code, message;
        if (trimmed.startsWith("<?xml") && readXmlException(trimmed, &code, &message))
            return fromErrorCode(code, message);
        // An HTML page: a login form, a proxy's or the web server's error page.
        if (httpStatus >= 500)
            return {C::HttpError, QString::number(httpStatus), {}, {}};
        return {C::NotAMoodleSite,
                QString::number(httpStatus),
                {},
                stripHtml(QString::fromUtf8(trimmed.left(300)))};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (httpStatus == 404)
            return {C::NotAMoodleSite, QString::number(httpStatus), {}, {}};
        if (httpStatus >= 400)
            return {C::HttpError, QString::number(httpStatus), {}, {}};
        return {C::MalformedResponse, {}, {}, parseError.errorString()};
    }
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        // REST errors: {exception, errorcode, message}
        if (object.contains(u"exception"_s))
            return fromErrorCode(object.value(u"errorcode"_s).toString(),
                                 printable(object.value(u"message"_s).toString()));
        // token.php and pluginfile.php: {error, errorcode, stacktrace, debuginfo, …}
        if (object.contains(u"error"_s) && object.contains(u"errorcode"_s))
            return fromErrorCode(object.value(u"errorcode"_s).toString(),
                                 object.value(u"error"_s).toString());
    }
    if (httpStatus >= 400)
        return {C::HttpError, QString::number(httpStatus), {}, {}};
    *json = doc;
    return {};
}

SiteInfo parseSiteInfo(const QJsonObject &object)
{
    SiteInfo info;
    info.siteName = printable(object.value(u"sitename"_s).toString());
    info.siteUrl = QUrl(object.value(u"siteurl"_s).toString());
    info.userId = object.value(u"userid"_s).toInteger();
    info.username = object.value(u"username"_s).toString();
    info.fullName = printable(object.value(u"fullname"_s).toString());
    info.language = object.value(u"lang"_s).toString();
    info.release = object.value(u"release"_s).toString();
    info.downloadFiles = object.value(u"downloadfiles"_s).toInt() == 1;
    info.uploadFiles = object.value(u"uploadfiles"_s).toInt() == 1;
    for (const QJsonValue &function : object.value(u"functions"_s).toArray())
        info.functions.append(function.toObject().value(u"name"_s).toString());
    return info;
}

QList<RemoteCourse> parseCourses(const QJsonArray &array)
{
    QList<RemoteCourse> courses;
    for (const QJsonValue &value : array) {
        const QJsonObject c = value.toObject();
        RemoteCourse course;
        course.id = c.value(u"id"_s).toInteger();
        course.shortName = printable(c.value(u"shortname"_s).toString());
        course.fullName = printable(c.value(u"fullname"_s).toString());
        course.summary = printable(stripHtml(c.value(u"summary"_s).toString()));
        course.language = c.value(u"lang"_s).toString();
        course.timeModified = c.value(u"timemodified"_s).toInteger();
        course.lastAccess = c.value(u"lastaccess"_s).toInteger();
        course.hidden = c.value(u"hidden"_s).toBool();
        course.categoryId = c.value(u"category"_s).toInteger();
        if (course.id > 0)
            courses.append(course);
    }
    return courses;
}

CataloguePage parseCatalogue(const QJsonObject &object)
{
    CataloguePage page;
    const QJsonArray courses = object.value(u"courses"_s).toArray();
    for (const QJsonValue &value : courses) {
        const QJsonObject c = value.toObject();
        // The front page is a course to Moodle (id 1, format "site"), never one to study.
        if (c.value(u"format"_s).toString() == u"site"_s)
            continue;
        CatalogueCourse entry;
        entry.course = parseCourses(QJsonArray{c}).value(0);
        if (entry.course.id <= 0)
            continue;
        entry.course.hidden = c.contains(u"visible"_s) && c.value(u"visible"_s).toInt(1) == 0;
        entry.categoryId = c.value(u"categoryid"_s).toInteger();
        entry.course.categoryId = entry.categoryId;
        entry.categoryName = printable(c.value(u"categoryname"_s).toString());
        for (const QJsonValue &method : c.value(u"enrollmentmethods"_s).toArray())
            entry.enrolmentMethods.append(printable(method.toString()));
        page.courses.append(std::move(entry));
    }
    // A search says how many match in all; a listing is the whole answer.
    page.total
        = object.contains(u"total"_s) ? object.value(u"total"_s).toInt() : int(page.courses.size());
    return page;
}

QList<CatalogueCategory> parseCategories(const QJsonArray &array)
{
    QList<CatalogueCategory> categories;
    for (const QJsonValue &value : array) {
        const QJsonObject c = value.toObject();
        CatalogueCategory category;
        category.id = c.value(u"id"_s).toInteger();
        category.name = printable(stripHtml(c.value(u"name"_s).toString()));
        category.parentId = c.value(u"parent"_s).toInteger();
        category.depth = std::max(1, c.value(u"depth"_s).toInt(1));
        category.courseCount = c.value(u"coursecount"_s).toInt();
        category.path = c.value(u"path"_s).toString();
        if (category.id > 0)
            categories.append(category);
    }
    return categories;
}

QList<EnrolmentMethod> parseEnrolmentMethods(const QJsonArray &array)
{
    QList<EnrolmentMethod> methods;
    for (const QJsonValue &value : array) {
        const QJsonObject m = value.toObject();
        EnrolmentMethod method;
        method.id = m.value(u"id"_s).toInteger();
        method.type = m.value(u"type"_s).toString();
        method.name = printable(m.value(u"name"_s).toString());
        // A boolean in Moodle 4.4; older sites send the plugin's answer as text.
        const QJsonValue status = m.value(u"status"_s);
        method.open = status.isBool()
                          ? status.toBool()
                          : status.toString() == u"1"_s || status.toString() == u"true"_s;
        if (method.id > 0)
            methods.append(method);
    }
    return methods;
}

ConnectorError readSelfEnrolment(const QJsonObject &object)
{
    ConnectorError refused = readStatus(object);
    if (refused.isError())
        refused.code = ConnectorError::Code::EnrolmentRefused;
    return refused;
}

QList<ScormPackage> parseScorms(const QJsonObject &object)
{
    QList<ScormPackage> packages;
    for (const QJsonValue &value : object.value(u"scorms"_s).toArray()) {
        const QJsonObject s = value.toObject();
        ScormPackage package;
        package.courseModuleId = s.value(u"coursemodule"_s).toInteger();
        package.packageUrl = s.value(u"packageurl"_s).toString();
        package.fileName = s.value(u"reference"_s).toString();
        if (package.fileName.isEmpty() || package.fileName.contains(u'/'))
            package.fileName = u"package.zip"_s;
        package.size = s.value(u"packagesize"_s).toInteger();
        package.sha1 = s.value(u"sha1hash"_s).toString().toLower();
        package.revision = s.value(u"revision"_s).toInt();
        package.timeModified = s.value(u"timemodified"_s).toInteger();
        package.maxAttempts = std::max(0, s.value(u"maxattempt"_s).toInt());
        // A boolean in Moodle 4.x's answer, 0/1 in older ones.
        const QJsonValue autoContinue = s.value(u"auto"_s);
        package.autoContinue
            = autoContinue.isBool() ? autoContinue.toBool() : autoContinue.toInt() == 1;
        if (package.courseModuleId > 0 && !package.packageUrl.isEmpty())
            packages.append(package);
    }
    return packages;
}

Course parseContents(const RemoteCourse &remote, const QJsonArray &sections,
                     const QList<ScormPackage> &scorms)
{
    Course course;
    course.remoteId = QString::number(remote.id);
    course.shortName = remote.shortName;
    course.title = LocalizedText(remote.fullName);
    course.summary = LocalizedText(remote.summary);
    course.language = remote.language;
    course.timeModified = remote.timeModified;

    int sectionPosition = 0;
    for (const QJsonValue &sectionValue : sections) {
        const QJsonObject s = sectionValue.toObject();
        if (s.contains(u"uservisible"_s) && !s.value(u"uservisible"_s).toBool())
            continue;
        Section section;
        section.remoteId = QString::number(s.value(u"id"_s).toInteger());
        section.position = sectionPosition++;
        section.title = LocalizedText(printable(s.value(u"name"_s).toString()));
        section.summary = LocalizedText(printable(stripHtml(s.value(u"summary"_s).toString())));

        int activityPosition = 0;
        for (const QJsonValue &moduleValue : s.value(u"modules"_s).toArray()) {
            const QJsonObject m = moduleValue.toObject();
            if (m.contains(u"uservisible"_s) && !m.value(u"uservisible"_s).toBool())
                continue;
            const QString modName = m.value(u"modname"_s).toString();
            const QJsonArray contents = m.value(u"contents"_s).toArray();
            QString firstMime;
            for (const QJsonValue &c : contents) {
                if (c.toObject().value(u"type"_s).toString() == u"file"_s) {
                    firstMime = c.toObject().value(u"mimetype"_s).toString();
                    break;
                }
            }
            Activity activity;
            activity.remoteId = QString::number(m.value(u"id"_s).toInteger());
            activity.position = activityPosition++;
            activity.kind = kindOf(modName, firstMime);
            activity.title = LocalizedText(printable(m.value(u"name"_s).toString()));
            activity.description
                = LocalizedText(printable(stripHtml(m.value(u"description"_s).toString())));
            activity.url = m.value(u"url"_s).toString();
            activity.module = modName;
            activity.instanceId = QString::number(m.value(u"instance"_s).toInteger());
            const QJsonObject completionData = m.value(u"completiondata"_s).toObject();
            activity.completion = completionOf(m.value(u"completion"_s).toInt(), completionData);
            if (activity.completion != CompletionRule::None && !completionData.isEmpty()) {
                activity.serverCompletion.state = completionData.value(u"state"_s).toInt();
                activity.serverCompletion.timeCompleted
                    = completionData.value(u"timecompleted"_s).toInteger();
            }
            activity.timeModified
                = m.value(u"contentsinfo"_s).toObject().value(u"lastmodified"_s).toInteger();

            for (const QJsonValue &contentValue : contents) {
                const QJsonObject c = contentValue.toObject();
                const QString type = c.value(u"type"_s).toString();
                if (type == u"url"_s) {
                    // The link itself (mod_url): opened in the browser, nothing to download.
                    activity.url = c.value(u"fileurl"_s).toString();
                    continue;
                }
                if (type != u"file"_s || c.value(u"isexternalfile"_s).toBool())
                    continue; // an external file lives elsewhere: it needs the connection
                FileEntry file;
                QString folder = c.value(u"filepath"_s).toString();
                while (folder.startsWith(u'/'))
                    folder.remove(0, 1);
                file.path = folder + c.value(u"filename"_s).toString();
                file.remoteUrl = c.value(u"fileurl"_s).toString();
                file.size = c.value(u"filesize"_s).toInteger();
                file.remoteTimeModified = c.value(u"timemodified"_s).toInteger();
                file.mimeType = c.value(u"mimetype"_s).toString();
                file.state = FileState::Remote;
                if (file.path.isEmpty() || file.remoteUrl.isEmpty() || activity.fileAt(file.path))
                    continue;
                activity.files.append(file);
            }
            if (activity.kind == ActivityKind::Scorm) {
                for (const ScormPackage &package : scorms) {
                    if (QString::number(package.courseModuleId) != activity.remoteId)
                        continue;
                    FileEntry file;
                    file.path = package.fileName;
                    file.remoteUrl = package.packageUrl;
                    file.size = package.size;
                    file.remoteTimeModified = package.timeModified;
                    file.remoteChecksum = package.sha1;
                    file.remoteChecksumKind = package.sha1.isEmpty() ? QString() : u"sha1"_s;
                    file.mimeType = u"application/zip"_s;
                    activity.files.append(file);
                    activity.timeModified = qMax<qint64>(activity.timeModified, package.revision);
                    activity.maxAttempts = package.maxAttempts;
                    activity.autoContinue = package.autoContinue;
                }
            }
            if (!activity.files.isEmpty())
                activity.entryPath = LocalizedText(activity.kind == ActivityKind::Page
                                                           && activity.fileAt(u"index.html"_s)
                                                       ? u"index.html"_s
                                                       : activity.files.first().path);
            section.activities.append(activity);
        }
        course.sections.append(section);
    }
    return course;
}

std::pair<QString, QString> viewFunction(const QString &module)
{
    static const QStringList kModules
        = {u"page"_s, u"resource"_s, u"folder"_s, u"book"_s, u"url"_s, u"scorm"_s, u"imscp"_s};
    if (!kModules.contains(module))
        return {};
    return {u"mod_%1_view_%1"_s.arg(module), module + u"id"_s};
}

QHash<QString, ServerCompletion> parseCompletionStatus(const QJsonObject &object)
{
    QHash<QString, ServerCompletion> result;
    for (const QJsonValue &value : object.value(u"statuses"_s).toArray()) {
        const QJsonObject status = value.toObject();
        ServerCompletion completion;
        completion.state = status.value(u"state"_s).toInt();
        completion.timeCompleted = status.value(u"timecompleted"_s).toInteger();
        result.insert(QString::number(status.value(u"cmid"_s).toInteger()), completion);
    }
    return result;
}

ConnectorError readStatus(const QJsonObject &object)
{
    if (object.value(u"status"_s).toBool())
        return {};
    const QJsonObject warning = object.value(u"warnings"_s).toArray().first().toObject();
    return {ConnectorError::Code::ServerError,
            {},
            warning.value(u"warningcode"_s).toString(),
            printable(warning.value(u"message"_s).toString())};
}

namespace {

QJsonValue numberOrText(const QString &id)
{
    bool numeric = false;
    const qint64 value = id.toLongLong(&numeric);
    return numeric ? QJsonValue(value) : QJsonValue(id);
}

void flatten(QUrlQuery &form, const QString &key, const QJsonValue &value)
{
    const auto encoded = [](const QString &text) {
        return QString::fromUtf8(QUrl::toPercentEncoding(text));
    };
    switch (value.type()) {
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(form, u"%1[%2]"_s.arg(key).arg(i), array.at(i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(form, u"%1[%2]"_s.arg(key, it.key()), it.value());
        break;
    }
    case QJsonValue::Bool:
        form.addQueryItem(key, value.toBool() ? u"1"_s : u"0"_s);
        break;
    case QJsonValue::Double:
        form.addQueryItem(key, QString::number(value.toInteger(qint64(value.toDouble()))));
        break;
    default:
        form.addQueryItem(key, encoded(value.toString()));
        break;
    }
}

} // namespace

WsCall progressCall(const ProgressCall &call)
{
    using K = ProgressCall::Kind;
    switch (call.kind) {
    case K::CourseView:
        return {u"core_course_view_course"_s, {{u"courseid"_s, numberOrText(call.id)}}};
    case K::ActivityView: {
        const auto [function, parameter] = viewFunction(call.module);
        if (function.isEmpty())
            return {};
        return {function, {{parameter, numberOrText(call.id)}}};
    }
    case K::Completion:
        return {u"core_completion_update_activity_completion_status_manually"_s,
                {{u"cmid"_s, numberOrText(call.id)}, {u"completed"_s, call.completed ? 1 : 0}}};
    case K::ScormTracks: {
        QJsonArray tracks;
        for (auto it = call.tracks.begin(); it != call.tracks.end(); ++it)
            tracks.append(QJsonObject{{u"element"_s, it.key()}, {u"value"_s, it.value()}});
        return {u"mod_scorm_insert_scorm_tracks"_s,
                {{u"scoid"_s, call.scoId}, {u"attempt"_s, call.attempt}, {u"tracks"_s, tracks}}};
    }
    }
    return {};
}

QUrlQuery formOf(const QJsonObject &arguments)
{
    QUrlQuery form;
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        flatten(form, it.key(), it.value());
    return form;
}

QUrlQuery batchForm(const QList<WsCall> &calls)
{
    QUrlQuery form;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        form.addQueryItem(u"requests[%1][function]"_s.arg(i), calls.at(i).function);
        const QByteArray arguments
            = QJsonDocument(calls.at(i).arguments).toJson(QJsonDocument::Compact);
        form.addQueryItem(u"requests[%1][arguments]"_s.arg(i),
                          QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(arguments))));
    }
    return form;
}

ConnectorError readProgressAnswer(const ProgressCall &call, const QJsonValue &data)
{
    using C = ConnectorError::Code;
    if (!data.isObject())
        return {C::MalformedResponse, {}, {}, u"status"_s};
    const QJsonObject object = data.toObject();
    if (call.kind != ProgressCall::Kind::ScormTracks)
        return readStatus(object);
    // {"trackids": [...], "warnings": [...]}: one id per element stored.
    const QJsonArray warnings = object.value(u"warnings"_s).toArray();
    if (!object.contains(u"trackids"_s)
        || (object.value(u"trackids"_s).toArray().size() < call.tracks.size()
            && !warnings.isEmpty())) {
        const QJsonObject warning = warnings.first().toObject();
        return {C::ServerError,
                {},
                warning.value(u"warningcode"_s).toString(),
                printable(warning.value(u"message"_s).toString())};
    }
    return {};
}

QList<ConnectorError> readBatch(const QJsonObject &answer, const QList<ProgressCall> &calls,
                                ConnectorError *whole)
{
    using C = ConnectorError::Code;
    *whole = {};
    const QJsonArray responses = answer.value(u"responses"_s).toArray();
    if (!answer.value(u"responses"_s).isArray() || responses.size() != calls.size()) {
        *whole = {C::MalformedResponse, {}, {}, u"responses"_s};
        return {};
    }
    QList<ConnectorError> errors;
    errors.reserve(calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject response = responses.at(i).toObject();
        if (response.value(u"error"_s).toBool()) {
            const QJsonObject exception
                = QJsonDocument::fromJson(response.value(u"exception"_s).toString().toUtf8())
                      .object();
            const QString code = exception.value(u"errorcode"_s).toString();
            errors.append(
                code.isEmpty()
                    ? ConnectorError{C::MalformedResponse, {}, {}, u"exception"_s}
                    : fromErrorCode(code, printable(exception.value(u"message"_s).toString())));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument data
            = QJsonDocument::fromJson(response.value(u"data"_s).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !data.isObject()) {
            errors.append({C::MalformedResponse, {}, {}, u"data"_s});
            continue;
        }
        errors.append(readProgressAnswer(calls.at(i), data.object()));
    }
    return errors;
}

QUrl withToken(const QString &fileUrl, const QString &token)
{
    QUrl url(fileUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"token"_s);
    query.addQueryItem(u"token"_s, token);
    url.setQuery(query);
    return url;
}

} // namespace moodle
} // namespace clikc
