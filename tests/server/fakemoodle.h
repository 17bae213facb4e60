#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <utility>

namespace clikc::test {

// One file of the fake site. Either `content` holds its bytes, or `generatedSize` >= 0 asks for
// that many deterministic pseudo-random bytes made from `seed`: those are produced while they are
// sent, so a 50 MB file never sits in memory.
struct FakeFile
{
    QString fileName;
    QString filePath = QStringLiteral("/");
    QByteArray mimeType = QByteArrayLiteral("application/octet-stream");
    QByteArray content;
    qint64 timeModified = 0; // seconds since the epoch; 0 = now
    qint64 timeCreated = 0;  // 0 = timeModified
    qint64 generatedSize = -1;
    quint32 seed = 0;

    static FakeFile withContent(const QString &fileName, const QByteArray &mimeType,
                                const QByteArray &content);
    static FakeFile generated(const QString &fileName, const QByteArray &mimeType, qint64 size,
                              quint32 seed);
};

// A learner who can sign in. The default one is the fixtures' student (user id 3).
struct FakeUser
{
    QString username = QStringLiteral("student");
    QString password = QStringLiteral("Student-1234");
    int id = 3;
    QString firstName = QStringLiteral("Stu");
    QString lastName = QStringLiteral("Dent");
    QString privateAccessKey; // empty = derived from the username
};

// One request the server received, and what it sent back.
struct FakeRequest
{
    QByteArray method;
    QString path;     // percent-decoded, without the query, with the site prefix
    QString function; // wsfunction of a REST call
    // The batch function that carried this call (tool_mobile_call_external_functions): such a
    // call is logged after its batch's request as an entry of its own, with no bytes.
    QString batch;
    QList<std::pair<QString, QString>> params;        // query, then form fields, in order
    QList<std::pair<QByteArray, QByteArray>> headers; // as the client sent them
    int status = 0;       // 0 while nothing was sent (or CloseWithoutResponse)
    qint64 bytesSent = 0; // status line, headers and body
    qint64 bodyBytesSent = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    QString param(const QString &name) const;
};

// One event of the site's log, as Moodle records it when a client views something: every
// successful core_course_view_course (instanceId = the course id) and mod_<mod>_view_<mod>
// (instanceId = the activity's instance id, e.g. mod_page_view_page's pageid) of a page,
// resource, folder, book, url or scorm. A label has no view function.
struct FakeEvent
{
    QString function; // the wsfunction that caused it
    int instanceId = 0;
    qint64 time = 0; // seconds since the epoch
    int userId = 0;  // the user of the request's token
};

// Something the server does wrong on purpose. Build one with the static functions, adjust
// `match` / `times` if needed, and hand it to FakeMoodle::misbehave(). Several can be active at
// once; each applies to the requests it matches until its `times` run out (the factories use
// -1, "until clearMisbehaviour()", except httpStatus, changeFile and expireToken: once).
//   - Status, HtmlInsteadOfJson, CloseWithoutResponse replace the answer.
//   - IgnoreRange counts only pluginfile requests that carry a Range header.
//   - ChangeFile and ExpireToken let `afterRequests` matching requests pass (for ExpireToken:
//     REST and pluginfile requests), then act on the next one: the file changes before it is
//     served; every token dies before the request is checked. expireToken(0) acts at once.
//   - DropMidBody, Stall, Trickle, LieAboutLength act while the answer is sent.
// Note for clients: when a connection drops mid-body, Qt 6.4's QNetworkAccessManager usually
// reports RemoteHostClosedError but sometimes no error and a short body: check the size.
struct Misbehaviour
{
    enum class Kind {
        DropMidBody,          // send `afterBytes` of the body, then close the connection
        IgnoreRange,          // answer a Range request with 200 and the whole file
        ChangeFile,           // the requested file changes after `afterRequests` requests
        Status,               // answer `status` (500, 503, 429…) with Retry-After if >= 0
        Trickle,              // send the body at `bytesPerSecond`
        LieAboutLength,       // Content-Length = real length + `lengthDelta`; close afterwards
        ExpireToken,          // tokens die after `afterRequests` more REST/pluginfile requests
        HtmlInsteadOfJson,    // an HTML error page (status `status`) where JSON belongs
        Stall,                // send `afterBytes` of the body, then nothing for `stallMs`
        CloseWithoutResponse, // read the request, close the connection without a word
        Maintenance,          // the site is in maintenance mode (Moodle's `sitemaintenance`)
        Redirect,             // answer `status` (307, 302…) with Location: `location`
        Oversize,             // `lengthDelta` more bytes after the body, Content-Length to match
    };

    Kind kind = Kind::Status;
    // A substring of the request path (e.g. "sample.mp4", "login/token.php") or a wsfunction
    // name; empty matches every request.
    QString match;
    int times = -1; // matching requests it applies to (ChangeFile: changes); -1 = until cleared
    qint64 afterBytes = 0;
    int status = 503;
    int retryAfterSeconds = -1;
    qint64 bytesPerSecond = 0;
    qint64 lengthDelta = 0;
    int stallMs = -1; // -1 = stall until the client gives up
    int afterRequests = 0;
    bool newRevision = false; // ChangeFile: the file URL changes too (a new revision)
    QUrl location;            // Redirect: where to

    static Misbehaviour dropMidBody(qint64 afterBytes, const QString &match = {});
    static Misbehaviour ignoreRange(const QString &match = {});
    static Misbehaviour changeFile(int afterRequests, const QString &match = {},
                                   bool newRevision = false);
    static Misbehaviour httpStatus(int status, int times = 1, int retryAfterSeconds = -1,
                                   const QString &match = {});
    static Misbehaviour trickle(qint64 bytesPerSecond, const QString &match = {});
    static Misbehaviour lieAboutLength(qint64 lengthDelta, const QString &match = {});
    static Misbehaviour expireToken(int afterRequests = 0);
    static Misbehaviour htmlInsteadOfJson(const QString &match = {}, int status = 200);
    static Misbehaviour stall(qint64 afterBytes, int stallMs = -1, const QString &match = {});
    static Misbehaviour closeWithoutResponse(const QString &match = {});
    static Misbehaviour maintenance();
    static Misbehaviour redirect(const QUrl &location, int status = 307, const QString &match = {});
    static Misbehaviour oversize(qint64 extraBytes, const QString &match = {});
};

// A stand-in for a Moodle 4.4 site on a real TCP port, for the tests and benchmarks: the site
// (users, courses, activities, files) lives in memory, and login/token.php,
// webservice/rest/server.php and webservice/pluginfile.php answer with the shapes and quirks
// recorded from a real site (../shared/fixtures/moodle-4.4): errors with HTTP 200, the token only
// in the query, Range honoured but If-Range ignored, a range past the end answered with the whole
// file, ETag = the SHA-1 of the content… It speaks raw HTTP/1.1 (keep-alive, pipelining) so that
// it can also misbehave on demand: drop connections mid-body, trickle, stall, lie about lengths.
//
// It lives on the thread that created it (or the one it is moved to before listen()), which must
// run an event loop while clients talk to it (QSignalSpy::wait, QTRY_*). A test that blocks its
// own thread on a client should give the server a thread of its own. Not thread-safe: call it
// from its thread only.
class FakeMoodle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeMoodle)

public:
    enum class FileUrl { Same, NewRevision };
    enum class Completion { None = 0, Manual = 1, Automatic = 2 };

    // An empty site with the default user (student / Student-1234, id 3).
    explicit FakeMoodle(QObject *parent = nullptr);
    ~FakeMoodle() override;

    // The site of the fixtures on an empty server: course 2 "LOOP101" with the page (cmid 1), the
    // resource sample.mp4 (cmid 2, 72,442 generated bytes) and the SCORM package (cmid 3, a real
    // 1,113-byte SCORM 1.2 zip), with the fixtures' ids, names, times and shapes.
    static FakeMoodle *withFixtureSite(QObject *parent = nullptr);
    void loadFixtureSite();
    // A course for benchmarks: one video resource and `smallFiles` resources of `smallBytes`.
    int addBenchmarkCourse(qint64 videoBytes = 15'000'000, int smallFiles = 50,
                           qint64 smallBytes = 100'000);

    // --- Network
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same site over TLS with the given certificate and key (then baseUrl() is https).
    bool listenSecure(const QSslConfiguration &tls,
                      const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every open connection, as a cut link would.
    void close();
    bool isListening() const;
    quint16 port() const;
    // The site URL (Moodle's wwwroot), e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/moodle.
    QUrl baseUrl() const;
    // Serve the site under a path ("/moodle"); requests outside it get 404.
    void setPathPrefix(const QString &prefix);
    QString pathPrefix() const;
    // false: every response says "Connection: close" and closes, as the recorded server did.
    void setKeepAlive(bool keepAlive);
    // Every answer starts this long after its request (a satellite link's round trip).
    void setLatency(int milliseconds);
    // A bandwidth cap shared by all connections (bytes of body per second); 0 = none.
    void setBandwidthLimit(qint64 bytesPerSecond);

    // --- Users and tokens. Every REST call acts as the user of its token (wstoken), whatever
    // its parameters say; like a student's, a call that reads another user's progress
    // (completion status, SCORM attempt count and tracks) fails with errorcode nopermissions.
    void addUser(const FakeUser &user);
    void addUser(const QString &username, const QString &password, int userId);
    // The token login/token.php gives this user now (issued if there is none).
    QString signIn(const QString &username = QStringLiteral("student"));
    // The user's valid token, or an empty string.
    QString token(const QString &username = QStringLiteral("student")) const;
    // Every token stops working (errorcode invalidtoken) until the next sign-in.
    void expireTokens();

    // --- Site configuration
    void setSiteName(const QString &name);
    // Removes a function from the service: site info stops listing it and calls to it fail with
    // errorcode accessexception.
    void setFunctionEnabled(const QString &function, bool enabled);
    QStringList functions() const;
    void setDownloadFiles(bool allowed); // false: pluginfile.php refuses (accessexception)
    void setUploadFiles(bool allowed);

    // --- Courses and activities. Ids follow Moodle's: courses from 2, cmids from 1, context ids
    // from 12 (course, then each module). Sections are numbered from 0 ("General", made with the
    // course); missing sections up to `section` are made on demand ("New section").
    int addCourse(const QString &shortName, const QString &fullName, const QString &summary = {});
    int addSection(int courseId, const QString &name = QStringLiteral("New section"));
    // The catalogue: categories (category 1 "Category 1" is there from the start and holds
    // every new course), enrolment and who may see what. Every user is enrolled in every
    // course unless setEnrolled() says otherwise; a user who is not lists the course in
    // core_course_get_courses_by_field (by its summary only) and core_course_search_courses,
    // and core_course_get_contents refuses them (requireloginerror) unless they may view every
    // course (a manager's or a coordinator's moodle/course:view).
    int addCategory(const QString &name, int parentId = 0);
    void setCourseCategory(int courseId, int categoryId);
    void setEnrolled(int courseId, int userId, bool enrolled);
    bool isEnrolled(int courseId, int userId = 3) const;
    // Gives the course a self-enrolment instance (ids from 9, as recorded) open or closed;
    // returns its id.
    int setSelfEnrolment(int courseId, bool open = true);
    void setCanViewAllCourses(int userId, bool canView = true);
    int addPage(int courseId, int section, const QString &name, const QString &html,
                const QList<FakeFile> &files = {});
    int addResource(int courseId, int section, const QString &name, const FakeFile &file);
    int addFolder(int courseId, int section, const QString &name, const QList<FakeFile> &files);
    // The package's scoes: the organisation and one SCO launching index.html.
    int addScorm(int courseId, int section, const QString &name, const FakeFile &package);
    // The SCORM activity's `auto` setting (mod_scorm_get_scorms_by_courses): off by default.
    void setScormAutoContinue(int cmid, bool autoContinue);
    int addUrl(int courseId, int section, const QString &name, const QString &externalUrl);
    // Any other module (forum, quiz, assign, label…): listed, but with no contents.
    int addActivity(int courseId, int section, const QString &modName, const QString &name);
    void setCompletion(int cmid, Completion completion);
    // The activity is deleted: it leaves core_course_get_contents, the completion status and
    // mod_scorm_get_scorms_by_courses, its files are gone (404), and calls that name it by its
    // cmid or instance id answer Moodle's invalidrecord error (a SCORM's SCOs: cannotfindsco).
    // What the learners did with it (events, completion, tracks, the counts below) stays on
    // record. Ids are never reused.
    void removeActivity(int cmid);

    // --- What the learners did, per user (the user of the request's token; 3 is the default
    // student). These are the site's state, the effects of the calls rather than the calls:
    // a call refused (bad token, maintenance, a misbehaviour that answers instead of the site)
    // has none, and a call whose answer was lost on the way (DropMidBody, Stall…) has its full
    // effect. resetCounters() leaves them alone.
    //
    // The site's log of view events, in the order they were received.
    QList<FakeEvent> events(int userId = 3) const;
    // How many view events `function` (core_course_view_course, mod_page_view_page…) logged for
    // the instance (the course id for core_course_view_course).
    int viewCount(const QString &function, int instanceId, int userId = 3) const;
    // The activity's instance id (a page's pageid), as its view events name it; 0 if none.
    int instanceOf(int cmid) const;
    // 0 incomplete, 1 complete (2 complete-pass, 3 complete-fail if set so), for the user.
    int completionState(int cmid, int userId = 3) const;
    // When the activity became complete (seconds since the epoch); 0 while incomplete.
    qint64 completionTime(int cmid, int userId = 3) const;
    // How many times a client's call changed the completion state: manual completion
    // (core_completion_update_activity_completion_status_manually) that set a state other than
    // the current one, and SCORM tracks that completed the activity. Asking for the state the
    // activity already has answers {"status":true} and changes nothing, not even the time.
    int completionChangeCount(int cmid, int userId = 3) const;
    // The learner changed the completion on the website (while the app was offline, say): the
    // state and time the site reports from now on. Not a client's change: completionChangeCount
    // stays as it is.
    void setCompletionState(int cmid, int state, qint64 timeCompleted, int userId = 3);
    // The SCORM tracks stored for a user's attempt: element → value (with Moodle's own
    // x.start.time, set by the first insert of an attempt).
    QMap<QString, QString> scormTracks(int cmid, int userId = 3, int attempt = 1) const;
    // How many element writes of mod_scorm_insert_scorm_tracks changed a stored value of the
    // attempt (a new element, or a new value for one); writing the value an element already has
    // is not a change. x.start.time is not counted.
    int trackWriteCount(int cmid, int userId = 3, int attempt = 1) const;
    // How many tool_mobile_call_external_functions requests (batches of calls) were answered.
    int batchCallCount() const;

    // --- Files. `index` counts the module's files as core_course_get_contents lists them (a
    // page's generated index.html is 0); a SCORM module's only file is its package.
    int fileCount(int cmid) const;
    QUrl fileUrl(int cmid, int index = 0) const; // as the server lists it, without the token
    // Files are listed at `base` (another origin, as a hostile or misconfigured site would)
    // instead of the site's own webservice/pluginfile.php; empty: the site's own.
    void setFileUrlBase(const QString &base);
    QByteArray fileContent(int cmid, int index = 0) const;
    QByteArray fileSha1(int cmid, int index = 0) const; // hex; the ETag without its quotes
    qint64 fileSize(int cmid, int index = 0) const;
    // "The file changed on the server": new bytes, a later timemodified, a new ETag, and with
    // NewRevision a new revision in the URL (resources, folders, pages; a SCORM package URL never
    // changes, its `revision` and `sha1hash` do).
    void setFileContent(int cmid, int index, const QByteArray &content,
                        FileUrl url = FileUrl::Same);
    // The same, with new bytes of the same size made up by the server.
    void changeFile(int cmid, int index = 0, FileUrl url = FileUrl::Same);
    // Writes every file under `directory` by its URL path, and manifest.txt with one line per
    // file: "<sha1> <size> <url-path>" (the path is absolute on the server, prefix included).
    bool dumpFiles(const QString &directory, QString *error = nullptr) const;

    // --- Misbehaviour
    void misbehave(const Misbehaviour &misbehaviour);
    void clearMisbehaviour();

    // --- Counters of the requests received, whatever their answer. `match` is a path substring
    // or a wsfunction name (REST calls are counted by their wsfunction); empty = everything.
    QList<FakeRequest> requests() const;
    int requestCount(const QString &match = {}) const;
    qint64 bytesSent(const QString &match = {}) const; // headers and body
    qint64 bodyBytesSent(const QString &match = {}) const;
    qint64 fileBytesSent(int cmid) const; // body bytes of pluginfile.php answers for the module
    int connectionCount() const;          // TCP connections accepted
    void resetCounters();

    // Deterministic bytes of a generated file (what FakeFile::generated serves).
    static QByteArray generatedBytes(quint32 seed, qint64 offset, qint64 length);
    // A zip archive with the files stored uncompressed, in the order given.
    static QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &files);
    // The fixtures' SCORM 1.2 package: imsmanifest.xml and index.html, exactly 1,113 bytes.
    static QByteArray minimalScormPackage();

Q_SIGNALS:
    // A request was read and its answer decided (status 0: closed without an answer).
    void requestHandled(const QString &path, const QString &function, int status);

private:
    class Connection;
    void attachServer();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clikc::test
