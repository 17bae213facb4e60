// The SCORM player in a real Qt WebEngine view: SCORM 1.2 and 2004 lessons written for this test
// find their API in a parent frame (the 2004 one from a nested frame), drive it with their own
// script, and what they hand over is kept for the learner, resumes after a restart, completes the
// activity and is queued for the site as tracks of the right attempt. A hostile lesson reaches
// neither the network nor the disk, and its alert does not block the application.

#include "content/contentstore.h"
#include "contentschemehandler.h"
#include "coursepage.h"
#include "fakemoodle.h"
#include "library/coursequeries.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"
#include "mainwindow.h"
#include "playerservices.h"
#include "scormplayerpage.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/scormrepository.h"
#include "storage/sourcerepository.h"
#include "storage/uploadrepository.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QByteArray manifest12()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<manifest identifier=\"m12\" version=\"1\">\n"
        "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>\n"
        "<organizations default=\"o\"><organization identifier=\"o\"><title>Valuation</title>\n"
        "<item identifier=\"ITEM1\" identifierref=\"r1\"><title>Part one</title>\n"
        "<adlcp:masteryscore>80</adlcp:masteryscore></item>\n"
        "</organization></organizations>\n<resources>\n"
        "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" "
        "href=\"index.html\"/>\n</resources></manifest>\n");
}

// Looks for the API in its parents, as lessons do, and reports through the data model.
QByteArray sco12()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><body><script>\n"
        "function findApi(w) { var n = 0; while (!w.API && w.parent && w.parent !== w && n < 7) "
        "{ w = w.parent; n++; } return w.API; }\n"
        "var api = findApi(window);\n"
        "api.LMSInitialize('');\n"
        "var entry = api.LMSGetValue('cmi.core.entry');\n"
        "var data = api.LMSGetValue('cmi.suspend_data');\n"
        "api.LMSSetValue('cmi.core.lesson_location', 'entry-' + entry);\n"
        "api.LMSSetValue('cmi.suspend_data', data + 'x');\n"
        "api.LMSSetValue('cmi.core.score.raw', '90');\n"
        "api.LMSSetValue('cmi.core.exit', 'suspend');\n"
        "api.LMSSetValue('cmi.core.session_time', '00:01:00');\n"
        "api.LMSCommit('');\n"
        "api.LMSFinish('');\n"
        "</script></body></html>\n");
}

QByteArray manifest2004()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<manifest identifier=\"m04\" version=\"1\">\n"
        "<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>"
        "</metadata>\n"
        "<organizations default=\"o\"><organization identifier=\"o\"><title>Risk</title>\n"
        "<item identifier=\"A\" identifierref=\"ra\"><title>Nested</title></item>\n"
        "<item identifier=\"B\" identifierref=\"rb\"><title>Hostile</title></item>\n"
        "</organization></organizations>\n<resources>\n"
        "<resource identifier=\"ra\" type=\"webcontent\" adlcp:scormType=\"sco\" "
        "href=\"outer.html\"/>\n"
        "<resource identifier=\"rb\" type=\"webcontent\" adlcp:scormType=\"sco\" "
        "href=\"hostile.html\"/>\n</resources></manifest>\n");
}

QByteArray outer2004()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><body><iframe src=\"inner.html\"></iframe>"
                             "</body></html>\n");
}

QByteArray inner2004()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><body><script>\n"
        "function findApi(w) { var n = 0; while (!w.API_1484_11 && w.parent && w.parent !== w "
        "&& n < 7) { w = w.parent; n++; } return w.API_1484_11; }\n"
        "var api = findApi(window);\n"
        "api.Initialize('');\n"
        "api.SetValue('cmi.location', 'from-' + api.GetValue('cmi.entry'));\n"
        "api.SetValue('cmi.interactions.0.id', 'q1');\n"
        "api.SetValue('cmi.interactions.0.type', 'true-false');\n"
        "api.SetValue('cmi.interactions.0.learner_response', 'true');\n"
        "api.SetValue('cmi.interactions.0.result', 'correct');\n"
        "api.SetValue('cmi.score.scaled', '0.8');\n"
        "api.SetValue('cmi.success_status', 'passed');\n"
        "api.SetValue('cmi.completion_status', 'completed');\n"
        "api.SetValue('cmi.exit', 'normal');\n"
        "api.Terminate('');\n"
        "</script></body></html>\n");
}

// Tries to reach the network and the disk, and to block with an alert, then reports.
QByteArray hostile(quint16 port)
{
    return QByteArrayLiteral("<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:")
           + QByteArray::number(port)
           + QByteArrayLiteral("/pixel.png\"><script>\n"
                               "var api = window.parent.API_1484_11;\n"
                               "api.Initialize('');\n"
                               "try { fetch('http://127.0.0.1:")
           + QByteArray::number(port)
           + QByteArrayLiteral(
               "/steal').catch(function () {}); } catch (e) {}\n"
               "try { var x = new XMLHttpRequest(); x.open('GET', 'file:///etc/passwd'); "
               "x.send(); } catch (e) {}\n"
               "window.open('https://example.org/');\n"
               "alert('blocking?');\n"
               "api.SetValue('cmi.location', 'still-running');\n"
               "api.Terminate('');\n"
               "</script></body></html>\n");
}

// Sets its place and leaves it to the application to end the session (as many lessons do when
// the window closes).
QByteArray lazySco()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><body><script>\n"
                             "var api = window.parent.API;\n"
                             "api.LMSInitialize('');\n"
                             "api.LMSSetValue('cmi.core.lesson_location', 'slide-12');\n"
                             "api.LMSSetValue('cmi.core.exit', 'suspend');\n"
                             "document.title = 'ready';\n"
                             "</script></body></html>\n");
}

// Loads its own data as Adapt, Rise and iSpring lessons do (XMLHttpRequest, synchronous and
// not, and fetch()), names an image in another case than the package has it, and writes what it
// got where the test can read it.
QByteArray loaderSco()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><body><img id=\"logo\" src=\"Media/Logo.SVG\"><script>\n"
        "var api = window.parent.API;\n"
        "api.LMSInitialize('');\n"
        "var got = [];\n"
        "var sync = new XMLHttpRequest(); sync.open('GET', 'data/course.json', false);\n"
        "try { sync.send(); got.push('sync:' + sync.status + ':' + "
        "JSON.parse(sync.responseText).title); }\n"
        "catch (e) { got.push('sync-failed'); }\n"
        "function report() {\n"
        "  var img = document.getElementById('logo');\n"
        "  got.push('image:' + (img.complete && img.naturalWidth > 0));\n"
        "  api.LMSSetValue('cmi.suspend_data', got.join(','));\n"
        "  api.LMSSetValue('cmi.core.lesson_status', 'completed');\n"
        "  api.LMSFinish('');\n"
        "}\n"
        "var async = new XMLHttpRequest(); async.open('GET', 'data/strings.xml');\n"
        "async.onload = function () {\n"
        "  got.push('xhr:' + async.responseXML.documentElement.getAttribute('lang'));\n"
        "  fetch('data/course.json').then(function (r) { return r.json(); })\n"
        "    .then(function (j) { got.push('fetch:' + j.title); })\n"
        "    .catch(function (e) { got.push('fetch-failed'); })\n"
        "    .then(function () { setTimeout(report, 100); });\n"
        "};\n"
        "async.onerror = function () { got.push('xhr-failed'); report(); };\n"
        "async.send();\n"
        "</script></body></html>\n");
}

// A package written for the tests under tests/data/scorm/packages/, zipped as a site serves it.
QByteArray packageZip(const QString &name)
{
    const QDir root(QStringLiteral(CLIKC_TEST_DATA) + u"/scorm/packages/"_s + name);
    QList<std::pair<QString, QByteArray>> files;
    for (QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({root.relativeFilePath(file.fileName()), file.readAll()});
    }
    return test::FakeMoodle::makeZip(files);
}

// A 1.2 SCO with an Exit button of its own, which ends its session (LMSFinish) without ever
// setting a status, as many exported lessons do.
QByteArray exitSco(const QByteArray &place)
{
    return "<!DOCTYPE html><html><body>\n"
           "<button id=\"exit\" style=\"width: 200px; height: 80px\" "
           "onclick=\"api.LMSFinish('')\">Exit</button><script>\n"
           "var api = window.parent.API;\n"
           "api.LMSInitialize('');\n"
           "api.LMSSetValue('cmi.core.lesson_location', '"
           + place + "');\n</script></body></html>\n";
}

// Runs `script` in the player's page (the lesson is its frame "sco") and returns its value.
QVariant evaluate(ScormPlayerPage &player, const QString &script)
{
    // Shared: the answer may come after a timeout here.
    auto result = std::make_shared<std::optional<QVariant>>();
    player.view()->page()->runJavaScript(script,
                                         [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
        return {};
    return **result;
}

// Waits until `script` (an expression) is true in the player's page.
bool waitUntil(ScormPlayerPage &player, const QString &script)
{
    const QString guarded = u"(function () { try { return !!(%1); } catch (e) { return false; } "
                            "})()"_s.arg(script);
    return QTest::qWaitFor([&] { return evaluate(player, guarded).toBool(); }, 20000);
}

} // namespace

class TestScormPlayer : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    qint64 m_sourceId = 0;
    qint64 m_courseId = 0; // of the last lesson added

    // A course from a site with one SCORM activity whose downloaded package is `zip`.
    Activity addLesson(const QString &remoteId, const QByteArray &zip, int maxAttempts = 0,
                       bool autoContinue = false)
    {
        QSqlDatabase db = m_lib->context().database().connection();
        QTemporaryFile file;
        if (!file.open())
            return {};
        file.write(zip);
        file.close();
        const auto sha = m_lib->context().store().addFile(file.fileName());
        if (!sha || BlobRepository(db).add(*sha, zip.size()).isError())
            return {};
        Course course;
        course.sourceId = m_sourceId;
        course.remoteId = remoteId;
        course.title = LocalizedText(u"Course "_s + remoteId);
        Section section;
        section.remoteId = u"1"_s;
        section.title = LocalizedText(u"Start"_s);
        Activity lesson;
        lesson.remoteId = remoteId + u"0"_s;
        lesson.kind = ActivityKind::Scorm;
        lesson.module = u"scorm"_s;
        lesson.instanceId = remoteId;
        lesson.completion = CompletionRule::Automatic;
        lesson.maxAttempts = maxAttempts;
        lesson.autoContinue = autoContinue;
        lesson.title = LocalizedText(u"Lesson "_s + remoteId);
        FileEntry package;
        package.path = u"package.zip"_s;
        package.remoteUrl = u"https://clikc.example.org/package.zip"_s;
        package.sha256 = *sha;
        package.size = zip.size();
        package.state = FileState::Ready;
        lesson.files = {package};
        section.activities = {lesson};
        course.sections = {section};
        if (CourseRepository(db).save(course).isError())
            return {};
        m_courseId = course.id;
        return *m_lib->courseQueries()
                    .activity(course.sections.first().activities.first().id)
                    .result();
    }

    // Plays the SCO until it has handed over the end of its session.
    // With `title`, the learner then opens that part of the lesson, whose identifier is `sco`.
    bool play(ScormPlayerPage &player, const Activity &activity, const QString &title = {},
              const QString &sco = {})
    {
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(activity);
        if (!title.isEmpty()) {
            if (!QTest::qWaitFor([&] { return !player.currentSco().isEmpty(); }, 10000))
                return false;
            // Through the contents, as the learner would.
            for (QTreeWidgetItemIterator it(player.contents()); *it; ++it) {
                if ((*it)->text(0) == title)
                    Q_EMIT player.contents()->itemActivated(*it, 0);
            }
        }
        return QTest::qWaitFor(
            [&] {
                for (const auto &args : std::as_const(saved)) {
                    if (args.at(1).toBool() && (sco.isEmpty() || args.at(0).toString() == sco))
                        return true;
                }
                return false;
            },
            20000);
    }

private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        Source site;
        site.kind = SourceKind::Moodle;
        site.remoteId = u"https://clikc.example.org"_s;
        site.baseUrl = site.remoteId;
        site.title = LocalizedText(u"CLiKC!"_s);
        QVERIFY(SourceRepository(m_lib->context().database().connection()).save(site).ok());
        m_sourceId = site.id;
    }

    void cleanup() { m_lib.reset(); }

    void scorm12ResumesAndReports()
    {
        const Activity lesson
            = addLesson(u"12"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                            {u"index.html"_s, sco12()}}));
        QVERIFY(lesson.id > 0);
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.resize(900, 600);
            player.show();
            QVERIFY(play(player, lesson));
        }
        auto attempt = ScormRepository(m_lib->context().database().connection())
                           .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt);
        QCOMPARE(attempt->attempt, 1);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(),
                 u"entry-ab-initio"_s);
        QCOMPARE(attempt->data.value(u"cmi.suspend_data"_s).toString(), u"x"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"passed"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.total_time"_s).toString(), u"0000:01:00"_s);
        QVERIFY(m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);
        // Queued for the site as tracks of attempt 1 of that SCO.
        const auto queued = UploadRepository(m_lib->context().database().connection()).waiting(1);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, UploadKind::ScormTracks);
        QCOMPARE(queued.first().payload.value(u"sco"_s).toString(), u"ITEM1"_s);
        QCOMPARE(queued.first().payload.value(u"attempt"_s).toInt(), 1);
        QCOMPARE(queued.first()
                     .payload.value(u"tracks"_s)
                     .toObject()
                     .value(u"cmi.core.score.raw"_s)
                     .toString(),
                 u"90"_s);

        // After a restart the lesson resumes where it was suspended.
        QVERIFY(m_lib->restart());
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            QVERIFY(play(player, *m_lib->courseQueries().activity(lesson.id).result()));
        }
        attempt = ScormRepository(m_lib->context().database().connection())
                      .latest(1, lesson.id, u"ITEM1"_s);
        QCOMPARE(attempt->attempt, 1);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"entry-resume"_s);
        QCOMPARE(attempt->data.value(u"cmi.suspend_data"_s).toString(), u"xx"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.total_time"_s).toString(), u"0000:02:00"_s);
    }

    // A package refused as unsafe never opens, says why, and so never counts as viewed; a good
    // one opens.
    void refusedPackageNeverOpens()
    {
        const Activity hostile = addLesson(
            u"15"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                {u"index.html"_s, sco12()},
                                                {u"../../outside.html"_s, "<p>gotcha</p>"}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy opened(&player, &ScormPlayerPage::activityOpened);
        player.openActivity(hostile);
        auto *notice = player.findChild<QLabel *>(u"scormMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY2(notice->text().contains(u"outside.html"_s), qPrintable(notice->text()));
        QVERIFY(player.currentSco().isEmpty());
        QCOMPARE(opened.size(), 0);

        const Activity good
            = addLesson(u"16"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                            {u"index.html"_s, sco12()}}));
        player.openActivity(good);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(opened.first().first().toLongLong(), good.id);
        player.stop();
    }

    void lessonLoadsItsOwnFiles()
    {
        const QByteArray svg = QByteArrayLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            "<rect width=\"10\" height=\"10\"/></svg>");
        const Activity lesson = addLesson(
            u"14"_s,
            test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                       {u"index.html"_s, loaderSco()},
                                       {u"data/course.json"_s, "{\"title\": \"Valuation\"}"},
                                       {u"data/strings.xml"_s, "<strings lang=\"fr\"/>"},
                                       {u"media/logo.svg"_s, svg}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QVERIFY(play(player, lesson));
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt);
        QCOMPARE(attempt->data.value(u"cmi.suspend_data"_s).toString(),
                 u"sync:200:Valuation,xhr:fr,fetch:Valuation,image:true"_s);
    }

    // Shaped like the public SCORM 1.2 samples: the launch page shows content pages in a frame of
    // its own, bookmarks the page, asks with confirm() whether to resume, suspends itself in its
    // unload handler, and closes its window at the end.
    void scorm12SampleShapedLesson()
    {
        const Activity lesson = addLesson(u"15"_s, packageZip(u"tour12"_s));
        const QString tour = u"document.getElementById('sco').contentWindow"_s;
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            player.openActivity(lesson);
            QVERIFY(waitUntil(player, tour + u".currentPage === 0"_s));
            evaluate(player, tour + u".doNext(); "_s + tour + u".doNext();"_s);
            QVERIFY(waitUntil(player, tour + u".currentPage === 2"_s));
            // The learner leaves the lesson: its own unload handler suspends it.
            QSignalSpy saved(&player, &ScormPlayerPage::saved);
            player.stop(5000);
            QVERIFY(!saved.isEmpty() && saved.last().at(1).toBool()); // the end was kept
        }
        auto attempt = ScormRepository(m_lib->context().database().connection())
                           .latest(1, lesson.id, u"tour_item"_s);
        QVERIFY(attempt);
        QVERIFY(attempt->finished);
        QCOMPARE(attempt->data.value(u"cmi.core.exit"_s).toString(), u"suspend"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"2"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"incomplete"_s);
        QVERIFY(attempt->data.value(u"cmi.core.total_time"_s).toString() != u"0000:00:00"_s);
        QVERIFY(!m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);

        // After a restart it offers to resume (yes) and opens page 3; the quiz passes it and the
        // lesson closes its window, which brings the learner back to the course.
        QVERIFY(m_lib->restart());
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            QSignalSpy back(&player, &ScormPlayerPage::backRequested);
            QSignalSpy saved(&player, &ScormPlayerPage::saved);
            player.openActivity(*m_lib->courseQueries().activity(lesson.id).result());
            QVERIFY(waitUntil(player, tour + u".currentPage === 2"_s));
            evaluate(player, tour + u".doNext();"_s);
            const QString quiz = tour + u".document.getElementById('content').contentDocument"_s;
            QVERIFY(waitUntil(player, quiz + u".getElementById('submit') !== null"_s));
            evaluate(player, quiz + u".getElementById('transaction').click(); "_s + quiz
                                 + u".getElementById('submit').click();"_s);
            QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && saved.last().at(1).toBool(), 10000);
        }
        attempt = ScormRepository(m_lib->context().database().connection())
                      .latest(1, lesson.id, u"tour_item"_s);
        QCOMPARE(attempt->attempt, 1);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"passed"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.score.raw"_s).toString(), u"100"_s);
        QVERIFY(m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);
        const auto queued = UploadRepository(m_lib->context().database().connection()).waiting(1);
        QCOMPARE(queued.size(), 1); // both sessions' tracks, merged for attempt 1
        const QJsonObject tracks = queued.first().payload.value(u"tracks"_s).toObject();
        QCOMPARE(queued.first().payload.value(u"attempt"_s).toInt(), 1);
        QCOMPARE(tracks.value(u"cmi.core.lesson_status"_s).toString(), u"passed"_s);
        QCOMPARE(tracks.value(u"cmi.core.score.raw"_s).toString(), u"100"_s);

        // Opened again, the attempt that is over is reviewed: the lesson sees review mode and
        // nothing it does is kept. Then the learner starts again: attempt 2 begins at the first
        // page with nothing of the first, which keeps its result.
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            player.openActivity(*m_lib->courseQueries().activity(lesson.id).result());
            QVERIFY(waitUntil(player, tour + u".currentPage === 3"_s));
            QCOMPARE(evaluate(player, tour + u".getValue('cmi.core.lesson_mode')"_s).toString(),
                     u"review"_s);
            auto *notice = player.findChild<QLabel *>(u"scormMessage"_s);
            QVERIFY(notice->isVisible() && notice->text().contains(u"reviewing attempt 1"_s));
            evaluate(player, tour + u".doPrevious();"_s);
            auto *again = player.findChild<QPushButton *>(u"scormNewAttempt"_s);
            QVERIFY(again && again->isEnabled());
            again->click();
            QVERIFY(waitUntil(player, tour + u".currentPage === 0"_s));
            QTRY_VERIFY(notice->text().contains(u"Attempt 2 started"_s));
            player.stop(5000);
        }
        ScormRepository after(m_lib->context().database().connection());
        const auto attempts = after.attempts(1, lesson.id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).data.value(u"cmi.core.lesson_status"_s).toString(), u"passed"_s);
        QCOMPARE(attempts.at(0).data.value(u"cmi.core.lesson_location"_s).toString(), u"3"_s);
        QCOMPARE(attempts.at(1).attempt, 2);
        QCOMPARE(attempts.at(1).data.value(u"cmi.core.lesson_location"_s).toString(), u"0"_s);
        QCOMPARE(attempts.at(1).data.value(u"cmi.core.exit"_s).toString(), u"suspend"_s);
        QCOMPARE(attempts.at(1).data.value(u"cmi.core.lesson_status"_s).toString(),
                 u"incomplete"_s);
        // The review queued nothing: attempt 1's tracks still say where it ended.
        for (const auto &action :
             UploadRepository(m_lib->context().database().connection()).waiting(1)) {
            if (action.payload.value(u"attempt"_s).toInt() == 1)
                QCOMPARE(action.payload.value(u"tracks"_s)
                             .toObject()
                             .value(u"cmi.core.lesson_location"_s)
                             .toString(),
                         u"3"_s);
        }
    }

    // The lesson's own Exit (SCORM 1.2 LMSFinish, no status set): the part is completed, as on
    // the site, and with nothing left to show the learner is back on the course page. With the
    // activity's auto-continue on, a finished part opens the next one instead.
    void lessonsOwnExitLeavesTheFinishedLesson()
    {
        QByteArray twoParts = manifest12();
        twoParts.replace("</organization>",
                         "<item identifier=\"ITEM2\" identifierref=\"r2\"><title>Part two</title>"
                         "</item></organization>");
        twoParts.replace("</resources>", "<resource identifier=\"r2\" type=\"webcontent\" "
                                         "adlcp:scormtype=\"sco\" href=\"two.html\"/></resources>");
        const Activity continuing
            = addLesson(u"31"_s,
                        test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, twoParts},
                                                   {u"index.html"_s, exitSco("one")},
                                                   {u"two.html"_s, exitSco("two")}}),
                        0, true);
        const Activity lesson
            = addLesson(u"30"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                            {u"index.html"_s, exitSco("end")}}));
        MainWindow window(m_lib->context());
        window.resize(1000, 700);
        window.show();
        window.showCourse(m_courseId, false);
        window.openActivity(lesson); // as the course page does when the learner opens it
        ScormPlayerPage *player = qobject_cast<ScormPlayerPage *>(window.scormPlayer());
        QCOMPARE(window.currentPage(), MainWindow::Page::Lesson);
        const QString button
            = u"document.getElementById('sco').contentDocument.getElementById('exit')"_s;
        QVERIFY(waitUntil(*player, button + u" !== null && window.clikcStarted"_s));
        // The learner clicks the lesson's own Exit button.
        const QVariantList centre
            = evaluate(*player,
                       u"(function () { var r = %1.getBoundingClientRect(); "
                       "return [r.x + r.width / 2, r.y + r.height / 2]; })()"_s.arg(button))
                  .toList();
        QCOMPARE(centre.size(), 2);
        QWidget *surface = player->view()->focusProxy();
        QVERIFY(surface && surface->isVisible());
        QTest::mouseClick(surface, Qt::LeftButton, {},
                          QPoint(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble())));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::Course, 10000);
        QVERIFY(window.coursePage()->isVisible());
        QVERIFY(!player->isVisible());
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"completed"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"end"_s);

        // Auto-continue: the first part's Exit opens the second; the second's, the course.
        window.openActivity(continuing);
        QVERIFY(waitUntil(*player, button + u" !== null && window.clikcStarted"_s));
        QCOMPARE(player->currentSco(), u"ITEM1"_s);
        evaluate(*player, button + u".click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(player->currentSco(), u"ITEM2"_s, 10000);
        QCOMPARE(window.currentPage(), MainWindow::Page::Lesson);
        QVERIFY(waitUntil(*player, button + u" !== null && window.clikcStarted"_s));
        evaluate(*player, button + u".click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::Course, 10000);
    }

    // Switch learner (or the inactivity lock) while a lesson is open: the lesson suspends itself
    // through its own unload handler before its page goes, and resumes there after the unlock.
    void lockingSuspendsTheOpenLesson()
    {
        const Activity lesson = addLesson(u"31"_s, packageZip(u"tour12"_s));
        const QString tour = u"document.getElementById('sco').contentWindow"_s;
        MainWindow window(m_lib->context());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showCourse(m_courseId, false);
        window.openActivity(lesson);
        auto *player = qobject_cast<ScormPlayerPage *>(window.scormPlayer());
        QVERIFY(player);
        QVERIFY(waitUntil(*player, tour + u".currentPage === 0"_s));
        evaluate(*player, tour + u".doNext();"_s);
        QVERIFY(waitUntil(*player, tour + u".currentPage === 1"_s));

        // Chromium's window takes the X focus from ours; a window manager would give it back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.windowHandle(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.isLocked());
        QCOMPARE(window.currentPage(), MainWindow::Page::Chooser);
        QVERIFY(!window.coursePage());
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"tour_item"_s);
        QVERIFY(attempt);
        QCOMPARE(attempt->data.value(u"cmi.core.exit"_s).toString(), u"suspend"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"1"_s);
    }

    // An asset has no API: opening it completes it, as on the site. A page that opens a session
    // all the same, and even reports itself incomplete, does not undo that.
    void assetsCompleteWhenOpened()
    {
        QByteArray manifest = manifest12();
        manifest.replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"asset\"");
        const Activity lesson = addLesson(
            u"17"_s,
            test::FakeMoodle::makeZip(
                {{u"imsmanifest.xml"_s, manifest},
                 {u"index.html"_s, "<!DOCTYPE html><html><body>Glossary<script>\n"
                                   "var api = window.parent.API;\n"
                                   "api.LMSInitialize('');\n"
                                   "api.LMSSetValue('cmi.core.lesson_location', "
                                   "api.LMSGetValue('cmi.core.lesson_status'));\n"
                                   "api.LMSSetValue('cmi.core.lesson_status', 'incomplete');\n"
                                   "api.LMSFinish('');\n"
                                   "</script></body></html>"}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(lesson);
        // The asset's own completion, then the end of its page's session.
        QTRY_VERIFY_WITH_TIMEOUT(saved.count(QVariantList{u"ITEM1"_s, true}) == 2, 20000);
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"completed"_s);
        // The page's session started from the completed state.
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"completed"_s);
        QVERIFY(m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);
        QCOMPARE(UploadRepository(m_lib->context().database().connection()).waiting(1).size(), 1);
    }

    // max_time_allowed with "exit,message": the session ends when the time (less what earlier
    // sessions used) is up, is kept, and the learner is told.
    void timeLimitEndsTheSession()
    {
        QByteArray manifest = manifest12();
        manifest.replace("<adlcp:masteryscore>80</adlcp:masteryscore>",
                         "<adlcp:maxtimeallowed>00:00:02</adlcp:maxtimeallowed>"
                         "<adlcp:timelimitaction>exit,message</adlcp:timelimitaction>");
        const Activity lesson
            = addLesson(u"18"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest},
                                                            {u"index.html"_s, lazySco()}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        QElapsedTimer clock;
        clock.start();
        player.openActivity(lesson);
        QTRY_VERIFY_WITH_TIMEOUT(!player.currentSco().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(player.currentSco().isEmpty(), 10000);
        QVERIFY(clock.elapsed() >= 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && saved.last().at(1).toBool(), 5000);
        auto *message = player.findChild<QLabel *>(u"scormMessage"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(u"time allowed"_s));
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->data.value(u"cmi.student_data.time_limit_action"_s).toString(),
                 QString()); // the host's own values are not kept as the lesson's
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"slide-12"_s);
    }

    // Shaped like the public SCORM 2004 samples: two SCOs in flow order, each drawing its own
    // navigation from adl.nav.request_valid and moving on with adl.nav.request; the assessment
    // records interactions and an objective.
    void scorm2004SampleShapedLesson()
    {
        const Activity lesson = addLesson(u"16"_s, packageZip(u"sequenced2004"_s));
        const QString doc = u"document.getElementById('sco').contentDocument"_s;
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy back(&player, &ScormPlayerPage::backRequested);
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(lesson);
        QVERIFY(waitUntil(player, doc + u".getElementById('continue') !== null"_s));
        QVERIFY(!evaluate(player, doc + u".getElementById('previous') !== null"_s).toBool());
        evaluate(player, doc + u".getElementById('continue').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(player.currentSco(), u"assessment_item"_s, 10000);
        QVERIFY(waitUntil(player, doc + u".getElementById('previous') !== null"_s));
        QVERIFY(!evaluate(player, doc + u".getElementById('continue') !== null"_s).toBool());
        QCOMPARE(evaluate(player, doc + u".getElementById('entry').textContent"_s).toString(),
                 u"ab-initio"_s);
        evaluate(player, u"document.getElementById('sco').contentWindow"
                         ".submit('true', 'selectivity');"_s);
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 10000); // exitAll
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && saved.last().at(0) == u"assessment_item"_s,
                                 10000);

        ScormRepository scorm(m_lib->context().database().connection());
        const auto intro = scorm.latest(1, lesson.id, u"intro_item"_s);
        QVERIFY(intro);
        QCOMPARE(intro->data.value(u"cmi.completion_status"_s).toString(), u"completed"_s);
        const auto assessment = scorm.latest(1, lesson.id, u"assessment_item"_s);
        QVERIFY(assessment);
        const QJsonObject &d = assessment->data;
        QCOMPARE(d.value(u"cmi.success_status"_s).toString(), u"passed"_s);
        // The run-time started with the objective the manifest names, and the lesson found it.
        QCOMPARE(d.value(u"cmi.location"_s).toString(), u"objective-found"_s);
        QCOMPARE(d.value(u"cmi.objectives.0.id"_s).toString(), u"risk_objective"_s);
        QCOMPARE(d.value(u"cmi.objectives.0.success_status"_s).toString(), u"passed"_s);
        QCOMPARE(d.value(u"cmi.objectives.0.score.scaled"_s).toString(), u"1"_s);
        QCOMPARE(d.value(u"cmi.interactions.1.learner_response"_s).toString(), u"selectivity"_s);
        QCOMPARE(d.value(u"cmi.interactions.1.objectives.0.id"_s).toString(), u"risk_objective"_s);
        QVERIFY(m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);
        QJsonObject sent;
        for (const auto &action :
             UploadRepository(m_lib->context().database().connection()).waiting(1)) {
            if (action.payload.value(u"sco"_s).toString() == u"assessment_item"_s)
                sent = action.payload.value(u"tracks"_s).toObject();
        }
        QCOMPARE(sent.value(u"cmi.objectives.0.success_status"_s).toString(), u"passed"_s);
        QCOMPARE(sent.value(u"cmi.score.scaled"_s).toString(), u"1"_s);
        QCOMPARE(sent.value(u"cmi.interactions.0.result"_s).toString(), u"correct"_s);
    }

    // A SCO that needs a library from the internet never starts: the learner is told why.
    void lessonThatNeedsTheInternet()
    {
        const QByteArray sco = QByteArrayLiteral(
            "<!DOCTYPE html><html><head>"
            "<script src=\"https://ajax.googleapis.com/ajax/libs/jquery/1.4.3/jquery.min.js\">"
            "</script></head><body><script>\n"
            "$(document).ready(function () {});\n"
            "window.parent.API.LMSInitialize('');\n"
            "</script></body></html>\n");
        const Activity lesson
            = addLesson(u"19"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                            {u"index.html"_s, sco}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        player.openActivity(lesson);
        auto *notice = player.findChild<QLabel *>(u"scormMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), ScormPlayerPage::kStartCheckMs + 15000);
        QVERIFY2(notice->text().contains(u"internet"_s), qPrintable(notice->text()));
        QVERIFY(player.handler()->refusedCount() > 0);
    }

    // Older SCORM 1.2 content starts and finishes a session on every page: the next page's
    // session carries on the same attempt where the last one ended, as on the site.
    void aSessionOnEveryPage()
    {
        const QByteArray first
            = QByteArrayLiteral("<!DOCTYPE html><html><body><script>\n"
                                "var api = window.parent.API;\n"
                                "api.LMSInitialize('');\n"
                                "api.LMSSetValue('cmi.core.lesson_location', 'page1');\n"
                                "api.LMSSetValue('cmi.core.session_time', '00:00:10');\n"
                                "api.LMSFinish('');\n"
                                "window.location.href = 'page2.html';\n"
                                "</script></body></html>\n");
        const QByteArray second
            = QByteArrayLiteral("<!DOCTYPE html><html><body><script>\n"
                                "var api = window.parent.API;\n"
                                "var started = api.LMSInitialize('');\n"
                                "api.LMSSetValue('cmi.suspend_data', started + '-saw-' "
                                "+ api.LMSGetValue('cmi.core.lesson_location'));\n"
                                "api.LMSSetValue('cmi.core.score.raw', '70');\n"
                                "api.LMSSetValue('cmi.core.lesson_status', 'completed');\n"
                                "api.LMSSetValue('cmi.core.session_time', '00:00:05');\n"
                                "api.LMSFinish('');\n"
                                "</script></body></html>\n");
        QByteArray manifest = manifest12();
        manifest.replace("href=\"index.html\"", "href=\"page1.html\"");
        const Activity lesson
            = addLesson(u"20"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest},
                                                            {u"page1.html"_s, first},
                                                            {u"page2.html"_s, second}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(lesson);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count(QVariantList{u"ITEM1"_s, true}) == 2, 20000);
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt && attempt->finished);
        QCOMPARE(attempt->attempt, 1);
        QCOMPARE(attempt->data.value(u"cmi.suspend_data"_s).toString(), u"true-saw-page1"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.total_time"_s).toString(), u"0000:00:15"_s);
        // 70 against the manifest's mastery score of 80.
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_status"_s).toString(), u"failed"_s);
    }

    // The site allows two attempts: after the second starts, the player offers no third.
    void theSitesAttemptLimit()
    {
        const Activity lesson
            = addLesson(u"21"_s,
                        test::FakeMoodle::makeZip(
                            {{u"imsmanifest.xml"_s, manifest12()}, {u"index.html"_s, lazySco()}}),
                        2);
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(lesson);
        auto *again = player.findChild<QPushButton *>(u"scormNewAttempt"_s);
        QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000); // attempt 1 is stored
        again->click();
        QTRY_VERIFY_WITH_TIMEOUT(saved.last().at(0) == u"ITEM1"_s
                                     && ScormRepository(m_lib->context().database().connection())
                                                .attempts(1, lesson.id)
                                                .size()
                                            == 2,
                                 10000);
        QTRY_VERIFY(!again->isEnabled());
        QVERIFY2(again->toolTip().contains(u"2 attempt"_s), qPrintable(again->toolTip()));
    }

    // adl.data: one part writes a shared store, the next reads what it wrote and may not write
    // it; and after a restart the first finds its note again.
    void sharedDataBetweenParts()
    {
        const QByteArray manifest = QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n<manifest identifier=\"shared\" version=\"1\">\n"
            "<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>"
            "</metadata>\n"
            "<organizations default=\"o\"><organization identifier=\"o\"><title>Notes</title>\n"
            "<item identifier=\"A\" identifierref=\"ra\"><title>Write</title>"
            "<adlcp:data><adlcp:map targetID=\"org.clikc.notes\"/></adlcp:data></item>\n"
            "<item identifier=\"B\" identifierref=\"rb\"><title>Read</title>"
            "<adlcp:data><adlcp:map targetID=\"org.clikc.other\"/>"
            "<adlcp:map targetID=\"org.clikc.notes\" writeSharedData=\"false\"/>"
            "</adlcp:data></item>\n"
            "</organization></organizations>\n<resources>\n"
            "<resource identifier=\"ra\" type=\"webcontent\" adlcp:scormType=\"sco\" "
            "href=\"a.html\"/>\n"
            "<resource identifier=\"rb\" type=\"webcontent\" adlcp:scormType=\"sco\" "
            "href=\"b.html\"/>\n</resources></manifest>\n");
        const QByteArray writer = QByteArrayLiteral(
            "<!DOCTYPE html><html><body><script>\n"
            "var api = window.parent.API_1484_11;\n"
            "api.Initialize('');\n"
            "api.SetValue('cmi.location', 'had:' + api.GetValue('adl.data.0.store') + ':' "
            "+ api.GetLastError());\n"
            "api.SetValue('adl.data.0.store', 'check the seals');\n"
            "api.SetValue('cmi.exit', 'suspend');\n"
            "api.SetValue('adl.nav.request', 'continue');\n"
            "api.Terminate('');\n"
            "</script></body></html>\n");
        const QByteArray reader = QByteArrayLiteral(
            "<!DOCTYPE html><html><body><script>\n"
            "var api = window.parent.API_1484_11;\n"
            "api.Initialize('');\n"
            "var wrote = api.SetValue('adl.data.1.store', 'mine');\n"
            "api.SetValue('cmi.location', api.GetValue('adl.data._count') + ':' "
            "+ api.GetValue('adl.data.1.id') + ':' + api.GetValue('adl.data.1.store') + ':' "
            "+ wrote);\n"
            "api.SetValue('cmi.exit', 'suspend');\n"
            "api.Terminate('');\n"
            "</script></body></html>\n");
        const Activity lesson
            = addLesson(u"22"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest},
                                                            {u"a.html"_s, writer},
                                                            {u"b.html"_s, reader}}));
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            // A finishes and asks to continue: B opens and reports.
            QVERIFY(play(player, lesson, {}, u"B"_s));
        }
        ScormRepository scorm(m_lib->context().database().connection());
        QCOMPARE(scorm.latest(1, lesson.id, u"A"_s)->data.value(u"cmi.location"_s).toString(),
                 u"had::403"_s); // nothing written yet
        QCOMPARE(scorm.latest(1, lesson.id, u"B"_s)->data.value(u"cmi.location"_s).toString(),
                 u"2:org.clikc.notes:check the seals:false"_s);
        // After a restart A finds its note again.
        QVERIFY(m_lib->restart());
        {
            ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
            player.show();
            QVERIFY(play(player, *m_lib->courseQueries().activity(lesson.id).result(), {}, u"A"_s));
        }
        QCOMPARE(ScormRepository(m_lib->context().database().connection())
                     .latest(1, lesson.id, u"A"_s)
                     ->data.value(u"cmi.location"_s)
                     .toString(),
                 u"had:check the seals:0"_s);
    }

    // An organization with controlMode choice="false" is taken in order: the contents do not
    // open another part, and the lesson learns that choosing one is not valid.
    void flowOnlyLesson()
    {
        QByteArray manifest = manifest2004();
        manifest.replace("</organization>", "<imsss:sequencing><imsss:controlMode choice=\"false\" "
                                            "flow=\"true\"/></imsss:sequencing></organization>");
        const QByteArray sco = QByteArrayLiteral(
            "<!DOCTYPE html><html><body><script>\n"
            "var api = window.parent.API_1484_11;\n"
            "api.Initialize('');\n"
            "api.SetValue('cmi.location', api.GetValue('adl.nav.request_valid.choice.{target=B}')"
            " + ':' + api.GetValue('adl.nav.request_valid.continue'));\n"
            "api.Commit('');\n"
            "</script></body></html>\n");
        const Activity lesson
            = addLesson(u"23"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest},
                                                            {u"outer.html"_s, sco},
                                                            {u"hostile.html"_s, sco}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy saved(&player, &ScormPlayerPage::saved);
        player.openActivity(lesson);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
        QCOMPARE(ScormRepository(m_lib->context().database().connection())
                     .latest(1, lesson.id, u"A"_s)
                     ->data.value(u"cmi.location"_s)
                     .toString(),
                 u"false:true"_s);
        for (QTreeWidgetItemIterator it(player.contents()); *it; ++it) {
            if ((*it)->text(0) == u"Hostile"_s)
                Q_EMIT player.contents()->itemActivated(*it, 0);
        }
        QTest::qWait(300);
        QCOMPARE(player.currentSco(), u"A"_s);
        QVERIFY(player.contents()->toolTip().contains(u"in order"_s));
        // Next still moves on.
        player.findChild<QPushButton *>(u"scormNext"_s)->click();
        QCOMPARE(player.currentSco(), u"B"_s);
    }

    void closingTheApplicationEndsTheSession()
    {
        const Activity lesson
            = addLesson(u"13"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest12()},
                                                            {u"index.html"_s, lazySco()}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.show();
        QSignalSpy loaded(&player, &ScormPlayerPage::scoLoaded);
        player.openActivity(lesson);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        // The lesson never commits, yet what it set is kept within a second (a crash now would
        // lose nothing), and closing the window finishes the session through the API.
        std::optional<ScormAttempt> kept;
        QTRY_VERIFY_WITH_TIMEOUT((kept = ScormRepository(m_lib->context().database().connection())
                                             .latest(1, lesson.id, u"ITEM1"_s)),
                                 5000);
        QVERIFY(!kept->finished);
        QCOMPARE(kept->data.value(u"cmi.core.lesson_location"_s).toString(), u"slide-12"_s);
        player.stop(5000);
        m_lib->libraryWorker().waitForIdle();
        const auto attempt = ScormRepository(m_lib->context().database().connection())
                                 .latest(1, lesson.id, u"ITEM1"_s);
        QVERIFY(attempt);
        QVERIFY(attempt->finished);
        QCOMPARE(attempt->data.value(u"cmi.core.lesson_location"_s).toString(), u"slide-12"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.exit"_s).toString(), u"suspend"_s);
        QCOMPARE(attempt->data.value(u"cmi.core.entry"_s).toString(), u"resume"_s);
    }

    void scorm2004FromANestedFrameAndAHostileLesson()
    {
        QTcpServer trap; // what the hostile lesson tries to reach
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        const Activity lesson = addLesson(
            u"04"_s, test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, manifest2004()},
                                                {u"outer.html"_s, outer2004()},
                                                {u"inner.html"_s, inner2004()},
                                                {u"hostile.html"_s, hostile(trap.serverPort())}}));
        ScormPlayerPage player(servicesFor<ScormPlayerPage>(m_lib->context()));
        player.resize(900, 600);
        player.show();
        QVERIFY(play(player, lesson));
        ScormRepository scorm(m_lib->context().database().connection());
        const auto nested = scorm.latest(1, lesson.id, u"A"_s);
        QVERIFY(nested);
        QCOMPARE(nested->data.value(u"cmi.location"_s).toString(), u"from-ab-initio"_s);
        QCOMPARE(nested->data.value(u"cmi.success_status"_s).toString(), u"passed"_s);
        QCOMPARE(nested->data.value(u"cmi.interactions.0.id"_s).toString(), u"q1"_s);
        QVERIFY(m_lib->progressRecorder().playbackState(1, lesson.id).result().completed);
        // The contents show the part as completed, with its score.
        QTreeWidgetItem *nestedItem = nullptr;
        for (QTreeWidgetItemIterator it(player.contents()); *it; ++it) {
            if ((*it)->text(0) == u"Nested"_s)
                nestedItem = *it;
        }
        QVERIFY(nestedItem);
        QTRY_VERIFY(nestedItem->toolTip(0).contains(u"Completed"_s));
        QVERIFY2(nestedItem->toolTip(0).contains(u"80"_s), qPrintable(nestedItem->toolTip(0)));

        // The hostile part: it runs to the end (the alert did not block), reaches nothing.
        const int refusedBefore = player.handler()->refusedCount();
        QVERIFY(play(player, lesson, u"Hostile"_s, u"B"_s));
        const auto evil = scorm.latest(1, lesson.id, u"B"_s);
        QVERIFY(evil);
        QCOMPARE(evil->data.value(u"cmi.location"_s).toString(), u"still-running"_s);
        QTest::qWait(300);
        QVERIFY(!trap.hasPendingConnections());
        QVERIFY(player.handler()->refusedCount() > refusedBefore);
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestScormPlayer)
#include "tst_scormplayer.moc"
