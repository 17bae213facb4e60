// Benchmark: the learner-progress path. Records 10,000 progress actions through the real code
// (ProgressRecorder → SQLite in WAL mode with synchronous=FULL, the same transaction as the local
// change), reports the median and 99th-percentile latency of each acknowledgement, and the same
// for a bare SQLite insert with the same durability settings (the anchor). Then uploads the
// queue to the project's stand-in Moodle site on loopback and reports actions per second and the
// HTTP requests used (actions of different activities travel together), against curl sending
// one REST call per action, four at a time over kept-alive connections (the anchor). Last, the
// same over a satellite link's round trip (the server answers 600 ms after each request): a
// week offline of 250 pages each viewed and ticked, against curl one call per action again.
//
// Usage: clikc-bench-progress [ACTIONS]   (run through tests/support/with-keyring.sh)

#include "appcontext.h"
#include "connector/moodleconnector.h"
#include "fakemoodle.h"
#include "library/coursequeries.h"
#include "library/progressrecorder.h"
#include "library/scormlessons.h"
#include "storage/database.h"
#include "storage/uploadrepository.h"
#include "sync/accountservice.h"
#include "sync/uploader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

struct Latency
{
    double median = 0;
    double p99 = 0;
};

Latency summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {samples.at(samples.size() / 2),
            samples.at(qMin(samples.size() - 1, qsizetype(double(samples.size()) * 0.99)))};
}

// The anchor for recording: one row per transaction, same journal and durability.
Latency bareInserts(const QString &path, int count)
{
    QList<double> samples;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"anchor"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA synchronous = FULL"_s);
        q.exec(
            u"CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT, payload TEXT, created INTEGER)"_s);
        q.prepare(u"INSERT INTO t (uuid, payload, created) VALUES (?, ?, ?)"_s);
        QElapsedTimer clock;
        for (int i = 0; i < count; ++i) {
            clock.start();
            q.addBindValue(QString::number(i));
            q.addBindValue(u"{\"completed\":true,\"time\":1795879184000}"_s);
            q.addBindValue(i);
            q.exec();
            samples.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    QSqlDatabase::removeDatabase(u"anchor"_s);
    return summarise(samples);
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int actions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    constexpr int kPages = 250;
    QTemporaryDir dir;

    test::FakeMoodle server;
    server.loadFixtureSite();
    QList<int> pageCmids;
    for (int i = 0; i < kPages; ++i) {
        const int cmid = server.addPage(2, 1 + i / 50, u"Page %1"_s.arg(i), u"<p>%1</p>"_s.arg(i));
        server.setCompletion(cmid, test::FakeMoodle::Completion::Manual);
        pageCmids.append(cmid);
    }
    for (int i = 0; i < kPages; ++i) {
        const int cmid
            = server.addPage(2, 1 + i / 50, u"Week page %1"_s.arg(i), u"<p>%1</p>"_s.arg(i));
        server.setCompletion(cmid, test::FakeMoodle::Completion::Manual);
    }
    if (!server.listen()) {
        std::fprintf(stderr, "the test server could not listen\n");
        return 1;
    }

    AppContext context(dir.path() + u"/data"_s);
    if (!context.open(false)) // the uploader starts after the recording
        return 1;
    AccountService &account = context.account();
    if (!waitFor(account.signIn(server.baseUrl().toString(), u"student"_s, u"Student-1234"_s)).ok()
        || waitFor(account.refreshCatalogue()).error.isError()) {
        std::fprintf(stderr, "sign-in or catalogue failed\n");
        return 1;
    }
    qint64 courseId = 0;
    for (const CourseSummary &c : context.courseQueries().courses(1).result()) {
        if (c.sourceKind == SourceKind::Moodle)
            courseId = c.id;
    }
    const auto course = context.courseQueries().course(courseId).result();
    QList<qint64> pages;
    QList<qint64> weekPages;
    qint64 scorm = 0;
    for (const Section &section : course->sections) {
        for (const Activity &a : section.activities) {
            if (a.kind == ActivityKind::Scorm)
                scorm = a.id;
            else if (a.title.defaultText().startsWith(u"Page "_s))
                pages.append(a.id);
            else if (a.title.defaultText().startsWith(u"Week page "_s))
                weekPages.append(a.id);
        }
    }

    // --- Recording: a learner's mix of views, ticks and lesson results.
    QList<double> samples;
    samples.reserve(actions);
    QElapsedTimer clock;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < actions; ++i) {
        const int page = (i / 4) % int(pages.size());
        clock.start();
        bool ok = true;
        switch (i % 4) {
        case 0:
            ok = !(context.progressRecorder().recordActivityView(1, pages.at(page)).result())
                      .isError();
            break;
        case 1:
            ok = !(context.progressRecorder()
                       .setManualCompletion(1, pages.at(page), (i / 4 / kPages) % 2 == 0)
                       .result())
                      .isError();
            break;
        case 2:
            // What the SCORM player hands over at a commit.
            ok = !(context.scormLessons()
                       .saveScormAttempt(
                           1, scorm, u"ITEM1"_s, 1 + (i / 4) % 20,
                           QJsonObject{{u"cmi.core.lesson_location"_s, u"p%1"_s.arg(i)},
                                       {u"cmi.core.session_time"_s, u"00:00:%1"_s.arg(i % 60)}},
                           false)
                       .result())
                      .isError();
            break;
        case 3:
            ok = !(context.progressRecorder().recordCourseView(1, courseId).result()).isError();
            break;
        }
        samples.append(double(clock.nsecsElapsed()) / 1e6);
        if (!ok) {
            std::fprintf(stderr, "recording action %d failed\n", i);
            return 1;
        }
    }
    const double recordSeconds = double(total.elapsed()) / 1000;
    const Latency ours = summarise(samples);
    const Latency anchor = bareInserts(dir.path() + u"/anchor.sqlite"_s, actions);
    const int queued = UploadRepository(context.database().connection()).counts(1).pending;

    // --- Uploading, on loopback.
    server.resetCounters();
    Uploader &uploader = context.uploads();
    total.start();
    uploader.start();
    uploader.uploadNow(1);
    if (!uploader.waitUntilIdle(30 * 60 * 1000)) {
        std::fprintf(stderr, "the upload did not finish\n");
        return 1;
    }
    const double uploadSeconds = double(total.elapsed()) / 1000;
    const int left = UploadRepository(context.database().connection()).counts(1).pending;
    int requests = 0; // HTTP requests: the calls a batch carried are logged apart
    for (const auto &request : server.requests())
        requests += request.batch.isEmpty() ? 1 : 0;

    // --- Anchor: curl sends one REST call per action over kept-alive connections, four at a
    // time like the uploader (no queue, no database).
    QFile config(dir.path() + u"/curl.conf"_s);
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    const QString endpoint = server.baseUrl().toString() + u"/webservice/rest/server.php"_s;
    const QString token = server.token();
    for (int i = 0; i < queued; ++i) {
        config.write(u"url = \"%1\"\ndata = \"wstoken=%2&moodlewsrestformat=json&wsfunction="
                     "mod_page_view_page&pageid=%3\"\noutput = /dev/null\n"_s.arg(endpoint, token)
                         .arg(2 + i % kPages)
                         .toUtf8());
    }
    config.close();
    QProcess curl;
    total.start();
    curl.start(u"curl"_s,
               {u"-s"_s, u"--parallel"_s, u"--parallel-max"_s, u"4"_s, u"-K"_s, config.fileName()});
    while (curl.state() != QProcess::NotRunning)
        spin(5); // this thread serves the site meanwhile
    const double curlSeconds = double(total.elapsed()) / 1000;
    const bool curlOk = curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0;

    // --- A week offline, then a satellite link: 250 pages viewed and ticked.
    for (qint64 page : std::as_const(weekPages)) {
        if (context.progressRecorder().recordActivityView(1, page).result().isError()
            || context.progressRecorder().setManualCompletion(1, page, true).result().isError()) {
            std::fprintf(stderr, "recording the week failed\n");
            return 1;
        }
    }
    const int weekQueued = UploadRepository(context.database().connection()).counts(1).pending;
    constexpr int kRoundTripMs = 600;
    server.setLatency(kRoundTripMs);
    server.resetCounters();
    total.start();
    uploader.uploadNow(1);
    if (!uploader.waitUntilIdle(30 * 60 * 1000)) {
        std::fprintf(stderr, "the week's upload did not finish\n");
        return 1;
    }
    const double weekSeconds = double(total.elapsed()) / 1000;
    const int weekLeft = UploadRepository(context.database().connection()).counts(1).pending;
    int weekRequests = 0;
    for (const auto &request : server.requests())
        weekRequests += request.batch.isEmpty() ? 1 : 0;
    QFile weekConfig(dir.path() + u"/curl-week.conf"_s);
    if (!weekConfig.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < weekQueued; ++i) {
        weekConfig.write(
            u"url = \"%1\"\ndata = \"wstoken=%2&moodlewsrestformat=json&wsfunction="
            "mod_page_view_page&pageid=%3\"\noutput = /dev/null\n"_s.arg(endpoint, token)
                .arg(2 + i % kPages)
                .toUtf8());
    }
    weekConfig.close();
    QProcess weekCurl;
    total.start();
    weekCurl.start(u"curl"_s, {u"-s"_s, u"--parallel"_s, u"--parallel-max"_s, u"4"_s, u"-K"_s,
                               weekConfig.fileName()});
    while (weekCurl.state() != QProcess::NotRunning)
        spin(5);
    const double weekCurlSeconds = double(total.elapsed()) / 1000;
    const bool weekCurlOk
        = weekCurl.exitStatus() == QProcess::NormalExit && weekCurl.exitCode() == 0;

    std::printf("Progress queue benchmark: %d actions recorded (%.1f s), %d queued after "
                "merging\n",
                actions, recordSeconds, queued);
    std::printf("%-28s %10s %10s\n", "record latency (ms)", "median", "p99");
    std::printf("%-28s %10.3f %10.3f\n", "clikc (ProgressRecorder)", ours.median, ours.p99);
    std::printf("%-28s %10.3f %10.3f\n", "bare SQLite insert", anchor.median, anchor.p99);
    std::printf("%-28s %10.2f %10.2f\n", "ratio", ours.median / anchor.median,
                ours.p99 / anchor.p99);
    std::printf("upload: clikc %d actions in %.2f s = %.0f actions/s (%.0f recorded actions/s), "
                "%d requests, %d left\n",
                queued, uploadSeconds, queued / uploadSeconds, actions / uploadSeconds, requests,
                left);
    std::printf("upload: curl  %d calls, one per action, in %.2f s = %.0f actions/s%s\n", queued,
                curlSeconds, queued / curlSeconds, curlOk ? "" : " (curl FAILED)");
    std::printf("upload ratio (clikc actions/s over curl's): %.2f\n",
                (queued / uploadSeconds) / (queued / curlSeconds));
    std::printf("satellite (%d ms per answer): clikc %d actions in %.2f s, %d requests, %d left\n",
                kRoundTripMs, weekQueued, weekSeconds, weekRequests, weekLeft);
    std::printf("satellite: curl  %d calls, one per action, in %.2f s%s\n", weekQueued,
                weekCurlSeconds, weekCurlOk ? "" : " (curl FAILED)");
    std::printf("satellite ratio (clikc time over curl's): %.3f\n", weekSeconds / weekCurlSeconds);
    return left == 0 && weekLeft == 0 && curlOk && weekCurlOk ? 0 : 1;
}
