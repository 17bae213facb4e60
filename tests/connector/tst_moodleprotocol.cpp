// The Moodle protocol against the responses recorded from a real Moodle 4.4 site: every error
// shape becomes a typed error with a translated message, and the answers become library types.

#include "connector/moodleprotocol.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;
using C = ConnectorError::Code;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLIKC_TEST_DATA "/moodle-4.4/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(CLIKC_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonDocument answer(const QString &name)
{
    QJsonDocument json;
    const ConnectorError error = moodle::readAnswer(200, fixture(name), &json);
    return error.isError() ? QJsonDocument() : json;
}

} // namespace

class TestMoodleProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("serverCode");
        QTest::newRow("REST invalidtoken (HTTP 200)")
            << 200 << fixture(u"error_invalidtoken.json"_s) << int(C::InvalidToken)
            << u"invalidtoken"_s;
        QTest::newRow("pluginfile invalidtoken")
            << 200 << fixture(u"error_pluginfile_invalidtoken.json"_s) << int(C::InvalidToken)
            << u"invalidtoken"_s;
        QTest::newRow("token.php invalidlogin")
            << 200 << fixture(u"error_token_invalidlogin.json"_s) << int(C::InvalidLogin)
            << u"invalidlogin"_s;
        QTest::newRow("course not found") << 200 << fixture(u"error_course_not_found.json"_s)
                                          << int(C::NotFound) << u"invalidrecord"_s;
        QTest::newRow("unknown function") << 200 << fixture(u"error_unknown_function.json"_s)
                                          << int(C::NotFound) << u"invalidrecord"_s;
        QTest::newRow("cannotmanualctrack") << 200 << fixture(u"error_cannotmanualctrack.json"_s)
                                            << int(C::ServerError) << u"cannotmanualctrack"_s;
        QTest::newRow("XML exception")
            << 200
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION "
                          "class=\"moodle_exception\">\n"
                          "<ERRORCODE>invalidtoken</ERRORCODE>\n<MESSAGE>Invalid token - token not "
                          "found</MESSAGE>\n</EXCEPTION>\n")
            << int(C::InvalidToken) << u"invalidtoken"_s;
        QTest::newRow("web services disabled")
            << 200
            << QByteArray(
                   R"({"error":"Web services must be enabled","errorcode":"enablewsdescription","stacktrace":null,"debuginfo":null,"reproductionlink":null})")
            << int(C::WebServicesDisabled) << u"enablewsdescription"_s;
        QTest::newRow("maintenance")
            << 200
            << QByteArray(
                   R"({"exception":"moodle_exception","errorcode":"sitemaintenance","message":"Site is being upgraded"})")
            << int(C::Maintenance) << u"sitemaintenance"_s;
        QTest::newRow("HTML login page")
            << 200 << QByteArray("<!DOCTYPE html><html><body><h1>Log in</h1></body></html>")
            << int(C::NotAMoodleSite) << QString();
        QTest::newRow("HTML 502 from a proxy")
            << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << int(C::HttpError)
            << QString();
        QTest::newRow("404") << 404 << QByteArray("Not found") << int(C::NotAMoodleSite)
                             << QString();
        QTest::newRow("503 text") << 503 << QByteArray("Service Unavailable") << int(C::HttpError)
                                  << QString();
        QTest::newRow("truncated JSON") << 200 << QByteArray(R"([{"id":2,"shortname":)")
                                        << int(C::MalformedResponse) << QString();
        QTest::newRow("empty body")
            << 200 << QByteArray() << int(C::MalformedResponse) << QString();
    }

    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, serverCode);
        QJsonDocument json;
        const ConnectorError error = moodle::readAnswer(status, body, &json);
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.serverCode, serverCode);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(json.isNull());
        QCOMPARE(error.needsSignIn(), code == int(C::InvalidToken));
    }

    void successfulAnswersPassThrough()
    {
        for (const QString &name : {u"token.json"_s, u"site_info.json"_s, u"courses.json"_s,
                                    u"contents.json"_s, u"scorms.json"_s, u"view_course.json"_s}) {
            QJsonDocument json;
            const ConnectorError error = moodle::readAnswer(200, fixture(name), &json);
            QVERIFY2(!error.isError(), qPrintable(name));
            QVERIFY2(!json.isNull(), qPrintable(name));
        }
    }

    void siteInfo()
    {
        const SiteInfo info = moodle::parseSiteInfo(answer(u"site_info.json"_s).object());
        QCOMPARE(info.siteName, u"Moodle Verify"_s);
        QCOMPARE(info.userId, 3);
        QCOMPARE(info.username, u"student1"_s);
        QVERIFY(info.downloadFiles);
        QVERIFY(info.missing(moodle::requiredFunctions()).isEmpty());
        SiteInfo stripped = info;
        stripped.functions.removeAll(u"mod_scorm_get_scorms_by_courses"_s);
        QCOMPARE(stripped.missing(moodle::requiredFunctions()),
                 QStringList{u"mod_scorm_get_scorms_by_courses"_s});
    }

    void courses()
    {
        const auto courses = moodle::parseCourses(answer(u"courses.json"_s).array());
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().id, 2);
        QCOMPARE(courses.first().shortName, u"LOOP101"_s);
        QCOMPARE(courses.first().fullName, u"Loopback Test Course"_s);
    }

    // The catalogue's answers as recorded: the front page (format "site") is no course to
    // study; a course not the learner's comes in the short form, without `format`; the search
    // says how many match; the categories; the self-enrolment method and both answers of
    // enrol_self_enrol_user (the second once enrolled: a refusal with the site's words).
    void catalogue()
    {
        const CataloguePage all
            = moodle::parseCatalogue(answer(u"courses_by_field_all.json"_s).object());
        QCOMPARE(all.courses.size(), 3);
        QCOMPARE(all.total, 3);
        QCOMPARE(all.courses.at(0).course.shortName, u"LOOP101"_s);
        QCOMPARE(all.courses.at(0).categoryName, u"Category 1"_s);
        QCOMPARE(all.courses.at(0).course.categoryId, qint64(1));
        QVERIFY(!all.courses.at(0).offersSelfEnrolment());
        const CatalogueCourse &self = all.courses.at(2);
        QCOMPARE(self.course.id, qint64(4));
        QCOMPARE(self.course.fullName, u"Self-enrolment course"_s);
        QCOMPARE(self.course.summary, u"Open to any officer"_s);
        QVERIFY(!self.course.hidden); // the short form has no `visible`: not hidden for that
        QVERIFY(self.offersSelfEnrolment());
        QCOMPARE(self.enrolmentMethods, (QStringList{u"manual"_s, u"self"_s}));

        const CataloguePage category
            = moodle::parseCatalogue(answer(u"courses_by_field_category.json"_s).object());
        QCOMPARE(category.courses.size(), 3);
        const CataloguePage found
            = moodle::parseCatalogue(answer(u"search_courses.json"_s).object());
        QCOMPARE(found.total, 1);
        QCOMPARE(found.courses.size(), 1);
        QCOMPARE(found.courses.first().course.shortName, u"SELF301"_s);

        const QList<CatalogueCategory> categories
            = moodle::parseCategories(answer(u"categories.json"_s).array());
        QCOMPARE(categories.size(), 1);
        QCOMPARE(categories.first().name, u"Category 1"_s);
        QCOMPARE(categories.first().courseCount, 3);
        QCOMPARE(categories.first().depth, 1);
        QCOMPARE(categories.first().parentId, qint64(0));

        const QList<EnrolmentMethod> methods
            = moodle::parseEnrolmentMethods(answer(u"enrolment_methods_self.json"_s).array());
        QCOMPARE(methods.size(), 1);
        QCOMPARE(methods.first().id, qint64(9));
        QCOMPARE(methods.first().type, u"self"_s);
        QVERIFY(methods.first().open);
        // Once enrolled, Moodle sends the plugin's reason where `true` was.
        const QList<EnrolmentMethod> closed = moodle::parseEnrolmentMethods(
            QJsonArray{QJsonObject{{u"id"_s, 9},
                                   {u"type"_s, u"self"_s},
                                   {u"status"_s, u"Enrolment is disabled or inactive"_s}}});
        QVERIFY(!closed.first().open);

        QVERIFY(!moodle::readSelfEnrolment(answer(u"self_enrol.json"_s).object()).isError());
        const ConnectorError again
            = moodle::readSelfEnrolment(answer(u"self_enrol_again.json"_s).object());
        QCOMPARE(again.code, ConnectorError::Code::EnrolmentRefused);
        QCOMPARE(again.serverCode, u"1"_s);
        QCOMPARE(again.detail, u"Enrolment is disabled or inactive"_s);
        QVERIFY(again.message().contains(u"Enrolment is disabled or inactive"_s));
        QCOMPARE(again.key(), u"enrolment_refused"_s);
        QCOMPARE(ConnectorError::fromKey(u"enrolment_refused"_s).code,
                 ConnectorError::Code::EnrolmentRefused);
    }

    void contents()
    {
        const RemoteCourse remote = moodle::parseCourses(answer(u"courses.json"_s).array()).first();
        const auto scorms = moodle::parseScorms(answer(u"scorms.json"_s).object());
        QCOMPARE(scorms.size(), 1);
        QCOMPARE(scorms.first().sha1, u"7e65f4948fd38d57c92d1c173e6d62441f0b43ed"_s);
        const Course course
            = moodle::parseContents(remote, answer(u"contents.json"_s).array(), scorms);
        QCOMPARE(course.remoteId, u"2"_s);
        QList<Activity> activities;
        for (const Section &section : course.sections)
            activities += section.activities;
        QCOMPARE(activities.size(), 3);

        const Activity &page = activities.at(0);
        QCOMPARE(page.kind, ActivityKind::Page);
        // completion 1: the learner ticks it; the server's state and identity come along.
        QCOMPARE(page.completion, CompletionRule::Manual);
        QCOMPARE(page.module, u"page"_s);
        QCOMPARE(page.instanceId, u"1"_s);
        QCOMPARE(page.serverCompletion.state, 0);
        QVERIFY(page.serverCompletion.known());
        QCOMPARE(page.files.size(), 1);
        QCOMPARE(page.files.first().path, u"index.html"_s);
        QCOMPARE(page.files.first().size, 0); // generated: size unknown
        QCOMPARE(page.entryPath.defaultText(), u"index.html"_s);

        const Activity &video = activities.at(1);
        QCOMPARE(video.kind, ActivityKind::Video);
        QCOMPARE(video.completion, CompletionRule::Manual);
        QCOMPARE(video.module, u"resource"_s);
        QCOMPARE(video.files.first().size, 72442);
        QCOMPARE(video.files.first().mimeType, u"video/mp4"_s);
        QCOMPARE(video.files.first().remoteTimeModified, 1795864317);
        QVERIFY(video.files.first().remoteUrl.contains(
            u"/webservice/pluginfile.php/14/mod_resource/content/0/sample.mp4"_s));
        QCOMPARE(video.files.first().state, FileState::Remote);

        const Activity &scorm = activities.at(2);
        QCOMPARE(scorm.kind, ActivityKind::Scorm);
        QCOMPARE(scorm.completion, CompletionRule::Automatic); // completionstatusrequired
        QCOMPARE(scorm.files.size(), 1); // from mod_scorm_get_scorms_by_courses, not contents
        QCOMPARE(scorm.files.first().remoteChecksum, u"7e65f4948fd38d57c92d1c173e6d62441f0b43ed"_s);
        QCOMPARE(scorm.files.first().remoteChecksumKind, u"sha1"_s);
        QCOMPARE(scorm.files.first().size, 1113);
        QCOMPARE(scorm.maxAttempts, 0); // maxattempt 0: no limit
        QVERIFY(!scorm.autoContinue);   // "auto": false

        // A site that allows three attempts.
        QJsonObject limited = answer(u"scorms.json"_s).object();
        QJsonArray list = limited.value(u"scorms"_s).toArray();
        QJsonObject first = list.first().toObject();
        first.insert(u"maxattempt"_s, 3);
        list.replace(0, first);
        limited.insert(u"scorms"_s, list);
        QCOMPARE(moodle::parseScorms(limited).first().maxAttempts, 3);

        // Auto-continue on, as Moodle 4.4 says it (a boolean) and as older sites did (1).
        for (const QJsonValue &on : {QJsonValue(true), QJsonValue(1)}) {
            first.insert(u"auto"_s, on);
            list.replace(0, first);
            limited.insert(u"scorms"_s, list);
            QVERIFY(moodle::parseScorms(limited).first().autoContinue);
        }
        first.insert(u"auto"_s, 0);
        list.replace(0, first);
        limited.insert(u"scorms"_s, list);
        QVERIFY(!moodle::parseScorms(limited).first().autoContinue);
    }

    void activitiesThatNeedTheSiteAreKept()
    {
        // A quiz, a link, an external file and a hidden page (moc cannot read URLs in raw strings).
        const QByteArray sections = testData(u"contents-online-activities.json"_s);
        const Course course
            = moodle::parseContents({}, QJsonDocument::fromJson(sections).array(), {});
        const auto &activities = course.sections.first().activities;
        QCOMPARE(activities.size(), 3); // the hidden one is left out, nothing else
        QCOMPARE(activities.at(0).kind, ActivityKind::Other);
        QVERIFY(!isOfflineCapable(activities.at(0).kind));
        QCOMPARE(activities.at(1).kind, ActivityKind::Url);
        QCOMPARE(activities.at(1).url, u"https://www.wcoomd.org/"_s);
        QVERIFY(activities.at(1).files.isEmpty());
        QVERIFY(activities.at(2).files.isEmpty()); // external file: needs the connection
        QCOMPARE(activities.at(2).offlineState(), OfflineState::NothingToDownload);
    }

    void siteUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("code");
        QTest::newRow("bare host")
            << u"clikc.wcoomd.org"_s << false << u"https://clikc.wcoomd.org"_s << int(C::None);
        QTest::newRow("trailing slash and case") << u" HTTPS://CLIKC.wcoomd.org/ "_s << false
                                                 << u"https://clikc.wcoomd.org"_s << int(C::None);
        QTest::newRow("in a folder") << u"https://example.org/moodle/"_s << false
                                     << u"https://example.org/moodle"_s << int(C::None);
        QTest::newRow("login page pasted")
            << u"https://example.org/moodle/login/index.php?x=1#y"_s << false
            << u"https://example.org/moodle"_s << int(C::None);
        QTest::newRow("http remote refused")
            << u"http://example.org"_s << false << QString() << int(C::InsecureTransport);
        QTest::newRow("http remote allowed")
            << u"http://mirror.lan"_s << true << u"http://mirror.lan"_s << int(C::None);
        QTest::newRow("http loopback")
            << u"http://127.0.0.1:8089"_s << false << u"http://127.0.0.1:8089"_s << int(C::None);
        QTest::newRow("ftp") << u"ftp://example.org"_s << true << QString()
                             << int(C::InvalidSiteUrl);
        QTest::newRow("garbage") << u"https://"_s << false << QString() << int(C::InvalidSiteUrl);
    }

    void siteUrls()
    {
        QFETCH(QString, input);
        QFETCH(bool, allowHttp);
        QFETCH(QString, expected);
        QFETCH(int, code);
        ConnectorError error;
        const QUrl url = moodle::normalizeSiteUrl(input, allowHttp, &error);
        QCOMPARE(int(error.code), code);
        QCOMPARE(url.toString(), expected);
    }

    void tokenGoesInTheQuery()
    {
        const QUrl url = moodle::withToken(
            u"https://x/webservice/pluginfile.php/14/mod_resource/content/0/sample.mp4?forcedownload=1"_s,
            u"abc"_s);
        QCOMPARE(url.query(), u"forcedownload=1&token=abc"_s);
    }
    // tool_mobile_call_external_functions as the real site answered it: one answer per call in
    // order, each `data` a JSON string, a failed call's `exception` a JSON string too; the
    // failure is that call's alone.
    void batchAnswersArePerCall()
    {
        const QList<ProgressCall> calls = {
            {ProgressCall::Kind::ActivityView, u"1"_s, u"page"_s, false, 0, 0, {}},
            {ProgressCall::Kind::CourseView, u"2"_s, {}, false, 0, 0, {}},
            {ProgressCall::Kind::Completion, u"999"_s, {}, true, 0, 0, {}},
        };
        ConnectorError whole;
        const QList<ConnectorError> errors
            = moodle::readBatch(answer(u"batch_call.json"_s).object(), calls, &whole);
        QVERIFY(!whole.isError());
        QCOMPARE(errors.size(), 3);
        QVERIFY(!errors.at(0).isError());
        QVERIFY(!errors.at(1).isError());
        QCOMPARE(errors.at(2).code, C::NotFound);
        QCOMPARE(errors.at(2).serverCode, u"invalidcoursemodule"_s);
        QCOMPARE(errors.at(2).detail, u"Invalid course module ID"_s);

        // An answer that does not hold one response per call settles none of them.
        moodle::readBatch(answer(u"batch_call.json"_s).object(), calls.mid(0, 2), &whole);
        QCOMPARE(whole.code, C::MalformedResponse);
        moodle::readBatch(QJsonObject{{u"responses"_s, u"[]"_s}}, calls, &whole);
        QCOMPARE(whole.code, C::MalformedResponse);
        // A call whose data is not JSON, or whose status is false, is that call's failure.
        const QJsonArray odd = {
            QJsonObject{{u"error"_s, false}, {u"data"_s, u"not json"_s}},
            QJsonObject{{u"error"_s, false},
                        {u"data"_s, u"{\"status\":false,\"warnings\":[{\"warningcode\":"
                                    "\"cannotmanualctrack\",\"message\":\"No\"}]}"_s}},
            QJsonObject{{u"error"_s, true}, {u"exception"_s, u"{}"_s}},
        };
        const QList<ConnectorError> oddErrors
            = moodle::readBatch(QJsonObject{{u"responses"_s, odd}}, calls, &whole);
        QVERIFY(!whole.isError());
        QCOMPARE(oddErrors.at(0).code, C::MalformedResponse);
        QCOMPARE(oddErrors.at(1).serverCode, u"cannotmanualctrack"_s);
        QCOMPARE(oddErrors.at(2).code, C::MalformedResponse);
    }

    // What each action becomes, alone (form fields as PHP reads them) and in a batch.
    void progressCallsAsTheServerReadsThem()
    {
        const ProgressCall tracks{
            ProgressCall::Kind::ScormTracks,
            {},
            {},
            false,
            12,
            2,
            {{u"cmi.core.lesson_status"_s, u"passed"_s}, {u"cmi.suspend_data"_s, u"a+b&c=d"_s}}};
        const moodle::WsCall ws = moodle::progressCall(tracks);
        QCOMPARE(ws.function, u"mod_scorm_insert_scorm_tracks"_s);
        const QUrlQuery form = moodle::formOf(ws.arguments);
        const QString encoded = form.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(u"attempt=2"_s) && encoded.contains(u"scoid=12"_s),
                 qPrintable(encoded));
        QVERIFY2(encoded.contains(u"tracks%5B1%5D%5Bvalue%5D=a%2Bb%26c%3Dd"_s)
                     || encoded.contains(u"tracks[1][value]=a%2Bb%26c%3Dd"_s),
                 qPrintable(encoded));

        const moodle::WsCall view = moodle::progressCall(
            {ProgressCall::Kind::ActivityView, u"7"_s, u"resource"_s, false, 0, 0, {}});
        QCOMPARE(view.function, u"mod_resource_view_resource"_s);
        QCOMPARE(view.arguments.value(u"resourceid"_s).toInteger(), 7);
        QVERIFY(moodle::progressCall(
                    {ProgressCall::Kind::ActivityView, u"7"_s, u"quiz"_s, false, 0, 0, {}})
                    .function.isEmpty());
        const moodle::WsCall tick
            = moodle::progressCall({ProgressCall::Kind::Completion, u"5"_s, {}, true, 0, 0, {}});
        QCOMPARE(tick.arguments, (QJsonObject{{u"cmid"_s, 5}, {u"completed"_s, 1}}));

        const QUrlQuery batch = moodle::batchForm({view, tick});
        QCOMPARE(batch.queryItemValue(u"requests[0][function]"_s), view.function);
        QCOMPARE(batch.queryItemValue(u"requests[1][function]"_s), tick.function);
        const QByteArray arguments = QByteArray::fromPercentEncoding(
            batch.queryItemValue(u"requests[1][arguments]"_s, QUrl::FullyEncoded).toUtf8());
        QCOMPARE(QJsonDocument::fromJson(arguments).object(), tick.arguments);
    }
};

QTEST_GUILESS_MAIN(TestMoodleProtocol)
#include "tst_moodleprotocol.moc"
