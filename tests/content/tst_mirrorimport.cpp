// Mirror import: the sample imports completely; a second import copies nothing; two courses
// share content stored once and removing one frees exactly what the other does not use; a
// tampered or hostile mirror is refused with a clear reason and leaves the library as it was.

#include "content/contentstore.h"
#include "content/mirrorcatalogue.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(object).toJson());
}

QString fileSha(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return ContentStore::sha256Of(file);
}

// Rewrites a course description and updates the catalogue's checksum of it, as a well-meaning
// but buggy (or hostile) mirror writer would.
void editCourse(const QString &mirror, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject catalogue = readJson(mirror + u"/catalogue.json"_s);
    QJsonArray courses = catalogue.value(u"courses"_s).toArray();
    QJsonObject entry = courses.first().toObject();
    const QString path = mirror + u'/' + entry.value(u"path"_s).toString();
    QJsonObject course = readJson(path);
    edit(course);
    writeJson(path, course);
    entry.insert(u"sha256"_s, fileSha(path));
    courses.replace(0, entry);
    catalogue.insert(u"courses"_s, courses);
    writeJson(mirror + u"/catalogue.json"_s, catalogue);
}

QJsonObject firstFile(const QJsonObject &course, int activity = 0)
{
    return course.value(u"sections"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"activities"_s)
        .toArray()
        .at(activity)
        .toObject()
        .value(u"files"_s)
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestMirrorImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_outside; // where hostile links lead, outside every mirror

private Q_SLOTS:
    void importsTheSampleCourse()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        const auto report
            = lib.maintenance().importSampleIfFirstStart(AppContext::sampleMirrorRoot()).result();
        QVERIFY(report.ok());
        QCOMPARE(report.imported, QStringList{u"clikc-sample-101"_s});
        QCOMPARE(report.filesCopied, 9);
        const auto courses = lib.courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        const CourseSummary &summary = courses.first();
        QCOMPARE(summary.offlineState(), OfflineState::OnThisMachine);
        QCOMPARE(summary.title.text(u"fr"_s), u"Bienvenue dans CLiKC! Desktop"_s);
        QCOMPARE(summary.title.text(u"es"_s), u"Bienvenido a CLiKC! Desktop"_s);
        QCOMPARE(summary.activityCount, 3);
        QVERIFY(summary.bytesOnDisk < 2 * 1024 * 1024);

        const auto course = lib.courseQueries().course(summary.id).result();
        QVERIFY(course);
        QCOMPARE(course->sections.size(), 2);
        const Activity &video = course->sections.at(0).activities.at(0);
        QCOMPARE(video.kind, ActivityKind::Video);
        QCOMPARE(video.files.size(), 2); // WebM and MP4
        const Activity &page = course->sections.at(0).activities.at(1);
        QCOMPARE(page.kind, ActivityKind::Page);
        QCOMPARE(page.entryFile(u"fr"_s)->path, u"index.fr.html"_s);
        QCOMPARE(page.entryFile(u"en"_s)->path, u"index.html"_s);
        QCOMPARE(course->sections.at(1).activities.at(0).kind, ActivityKind::Pdf);

        // A first start happens once: removing the sample does not bring it back by itself.
        QVERIFY(!(lib.maintenance().removeCourseContent(summary.id).result()).isError());
        QVERIFY(lib.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .imported.isEmpty());
        QVERIFY(lib.context().store().objects().isEmpty());
    }

    void secondImportCopiesNothing()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance()
                    .importMirror(test::sampleMirrorSource(), SourceKind::Mirror)
                    .result()
                    .ok());
        const auto again = lib.maintenance()
                               .importMirror(test::sampleMirrorSource(), SourceKind::Mirror)
                               .result();
        QVERIFY(again.ok());
        QCOMPARE(again.filesCopied, 0);
        QCOMPARE(again.filesReused, 9);
        QCOMPARE(lib.courseQueries().courses(1).result().size(), 1);
    }

    void sharedContentIsStoredOnceAndFreedExactly()
    {
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        // A second course whose only activity reuses the sample's WebM video.
        const QJsonObject sample = readJson(mirror.path() + u"/courses/clikc-sample-101.json"_s);
        const QJsonObject video = firstFile(sample);
        QJsonObject second{
            {u"id"_s, u"second"_s},
            {u"title"_s, u"Second course"_s},
            {u"sections"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"1"_s},
                 {u"title"_s, u"Only"_s},
                 {u"activities"_s, QJsonArray{QJsonObject{{u"id"_s, u"v"_s},
                                                          {u"kind"_s, u"video"_s},
                                                          {u"title"_s, u"Same video"_s},
                                                          {u"completion"_s, u"watched"_s},
                                                          {u"entry"_s, video.value(u"path"_s)},
                                                          {u"files"_s, QJsonArray{video}}}}}}}}};
        writeJson(mirror.path() + u"/courses/second.json"_s, second);
        QJsonObject catalogue = readJson(mirror.path() + u"/catalogue.json"_s);
        QJsonArray entries = catalogue.value(u"courses"_s).toArray();
        entries.append(
            QJsonObject{{u"id"_s, u"second"_s},
                        {u"path"_s, u"courses/second.json"_s},
                        {u"sha256"_s, fileSha(mirror.path() + u"/courses/second.json"_s)},
                        {u"size"_s, video.value(u"size"_s)}});
        catalogue.insert(u"courses"_s, entries);
        writeJson(mirror.path() + u"/catalogue.json"_s, catalogue);

        test::TestLibrary lib;
        QVERIFY(lib.open());
        const auto report
            = lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result();
        QVERIFY2(report.ok(), qPrintable(report.errors.value(0).message()));
        QCOMPARE(report.imported.size(), 2);
        ContentStore &store = lib.context().store();
        QCOMPARE(store.objects().size(), 9); // the shared video is stored once
        const QString videoSha = video.value(u"sha256"_s).toString();

        const auto courses = lib.courseQueries().courses(1).result();
        const auto sampleRow
            = std::find_if(courses.begin(), courses.end(), [](const CourseSummary &c) {
                  return c.remoteId == u"clikc-sample-101"_s;
              });
        const auto secondRow
            = std::find_if(courses.begin(), courses.end(),
                           [](const CourseSummary &c) { return c.remoteId == u"second"_s; });
        QVERIFY(sampleRow != courses.end() && secondRow != courses.end());

        QVERIFY(!(lib.maintenance().removeCourseContent(sampleRow->id).result()).isError());
        QCOMPARE(store.objects(), QStringList{videoSha}); // kept: the second course uses it
        QVERIFY(store.verify(videoSha));
        QCOMPARE(lib.courseQueries().courses(1).result().size(), 2); // structure and progress kept
        QVERIFY(!(lib.maintenance().removeCourseContent(secondRow->id).result()).isError());
        QVERIFY(store.objects().isEmpty());
    }

    // Courses are recorded in groups, each course on its own: in one group, a course whose
    // record the database refuses and a course with a missing file fail alone, and the content
    // the good course shares with them stays, whole and recorded.
    void coursesOfAGroupStandOrFallAlone()
    {
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        const QJsonObject sample = readJson(mirror.path() + u"/courses/clikc-sample-101.json"_s);
        const QJsonObject video = firstFile(sample);
        QJsonObject catalogue = readJson(mirror.path() + u"/catalogue.json"_s);
        QJsonArray entries = catalogue.value(u"courses"_s).toArray();
        // Two more courses after the sample, both using its video; the last also a file the
        // mirror does not have.
        const QJsonObject missing{{u"path"_s, u"gone.webm"_s},
                                  {u"mime"_s, u"video/webm"_s},
                                  {u"size"_s, 10},
                                  {u"sha256"_s, QString(64, u'e')}};
        for (const auto &[id, files] : {std::pair{u"refused"_s, QJsonArray{video}},
                                        std::pair{u"incomplete"_s, QJsonArray{video, missing}}}) {
            const QJsonObject course{
                {u"id"_s, id},
                {u"title"_s, id},
                {u"sections"_s,
                 QJsonArray{QJsonObject{
                     {u"id"_s, u"1"_s},
                     {u"title"_s, u"Only"_s},
                     {u"activities"_s, QJsonArray{QJsonObject{{u"id"_s, u"v"_s},
                                                              {u"kind"_s, u"video"_s},
                                                              {u"title"_s, u"Same video"_s},
                                                              {u"completion"_s, u"watched"_s},
                                                              {u"entry"_s, video.value(u"path"_s)},
                                                              {u"files"_s, files}}}}}}}};
            const QString path = u"courses/"_s + id + u".json"_s;
            writeJson(mirror.path() + u'/' + path, course);
            entries.append(QJsonObject{{u"id"_s, id},
                                       {u"path"_s, path},
                                       {u"sha256"_s, fileSha(mirror.path() + u'/' + path)},
                                       {u"size"_s, video.value(u"size"_s)}});
        }
        catalogue.insert(u"courses"_s, entries);
        writeJson(mirror.path() + u"/catalogue.json"_s, catalogue);

        test::TestLibrary lib;
        QVERIFY(lib.open());
        // The database refuses one course's record (as a full disk or a damaged page would).
        QSqlQuery q(lib.context().database().connection());
        QVERIFY(q.exec(u"CREATE TRIGGER refuse_for_test BEFORE INSERT ON courses "
                       "WHEN NEW.remote_id = 'refused' "
                       "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
        const auto report
            = lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result();
        QCOMPARE(report.imported, QStringList{u"clikc-sample-101"_s});
        QCOMPARE(report.errors.size(), 2);
        QSet<int> codes;
        for (const MirrorError &error : report.errors)
            codes.insert(int(error.code));
        QCOMPARE(codes, (QSet<int>{int(MirrorError::Code::DatabaseFailed),
                                   int(MirrorError::Code::FileMissing)}));
        const auto courses = lib.courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().remoteId, u"clikc-sample-101"_s);
        QCOMPARE(courses.first().offlineState(), OfflineState::OnThisMachine);
        // The shared video is there once and recorded; nothing else came in.
        ContentStore &store = lib.context().store();
        QCOMPARE(store.objects().size(), 9); // the sample's own
        QVERIFY(store.verify(video.value(u"sha256"_s).toString()));
        QVERIFY(lib.maintenance().verify().result().ok());
    }

    // A SCORM lesson completes itself (completion "automatic": the package says when it is
    // done) and may continue from part to part by itself (autoContinue), as on the site.
    void importsALessonThatCompletesItself()
    {
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        editCourse(mirror.path(), [](QJsonObject &c) {
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject section = sections.at(1).toObject();
            QJsonArray activities = section.value(u"activities"_s).toArray();
            QJsonObject lesson = activities.first().toObject(); // the PDF's files will do
            lesson.insert(u"kind"_s, u"scorm"_s);
            lesson.insert(u"completion"_s, u"automatic"_s);
            lesson.insert(u"autoContinue"_s, true);
            activities.replace(0, lesson);
            section.insert(u"activities"_s, activities);
            sections.replace(1, section);
            c.insert(u"sections"_s, sections);
        });
        test::TestLibrary lib;
        QVERIFY(lib.open());
        const auto report
            = lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result();
        QVERIFY(report.ok());
        const auto courses = lib.courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        const auto course = lib.courseQueries().course(courses.first().id).result();
        const Activity &lesson = course->sections.at(1).activities.first();
        QCOMPARE(lesson.kind, ActivityKind::Scorm);
        QCOMPARE(lesson.completion, CompletionRule::Automatic);
        QVERIFY(lesson.autoContinue);
        QVERIFY(!course->sections.at(0).activities.first().autoContinue);
    }

    void refusesDamagedOrHostileMirrors_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        using C = MirrorError::Code;
        QTest::newRow("flipped byte in a file") << u"flip"_s << int(C::FileChecksumMismatch);
        QTest::newRow("truncated file") << u"truncate"_s << int(C::FileSizeMismatch);
        QTest::newRow("missing file") << u"delete"_s << int(C::FileMissing);
        QTest::newRow("course description edited")
            << u"course-edited"_s << int(C::CourseChecksumMismatch);
        QTest::newRow("path escapes the package") << u"path-escape"_s << int(C::UnsafePath);
        QTest::newRow("absolute path") << u"path-absolute"_s << int(C::UnsafePath);
        QTest::newRow("entry names no file") << u"bad-entry"_s << int(C::CourseInvalid);
        QTest::newRow("same path twice") << u"duplicate-path"_s << int(C::CourseInvalid);
        // Only the documented completion rules; "automatic" only for a SCORM lesson.
        QTest::newRow("video completes itself")
            << u"completion-automatic"_s << int(C::CompletionNotAllowed);
        QTest::newRow("unknown completion")
            << u"completion-unknown"_s << int(C::CompletionNotAllowed);
        QTest::newRow("completion not a string")
            << u"completion-number"_s << int(C::CompletionNotAllowed);
        QTest::newRow("autoContinue not a boolean") << u"auto-text"_s << int(C::CourseInvalid);
        QTest::newRow("newer format") << u"version"_s << int(C::UnsupportedVersion);
        QTest::newRow("not a mirror") << u"format"_s << int(C::NotAMirror);
        QTest::newRow("catalogue not JSON") << u"garbage"_s << int(C::CatalogueInvalid);
        QTest::newRow("no catalogue") << u"no-catalogue"_s << int(C::CatalogueMissing);
        // Links, devices and FIFOs are refused by name: never followed, never read without end.
        QTest::newRow("file links outside, real hash and size")
            << u"link-outside"_s << int(C::NotARegularFile);
        QTest::newRow("file links inside the mirror")
            << u"link-inside"_s << int(C::NotARegularFile);
        QTest::newRow("file is a FIFO") << u"fifo"_s << int(C::NotARegularFile);
        QTest::newRow("file folder links outside") << u"folder-link"_s << int(C::NotARegularFile);
        QTest::newRow("catalogue is /dev/zero") << u"catalogue-zero"_s << int(C::NotARegularFile);
        QTest::newRow("catalogue is a FIFO") << u"catalogue-fifo"_s << int(C::NotARegularFile);
        QTest::newRow("course file is /dev/urandom")
            << u"course-urandom"_s << int(C::NotARegularFile);
        QTest::newRow("course file larger than allowed")
            << u"course-huge"_s << int(C::CourseInvalid);
    }

    void refusesDamagedOrHostileMirrors()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        const QString root = mirror.path();
        const QJsonObject course = readJson(root + u"/courses/clikc-sample-101.json"_s);
        // The last file of the page activity (not the first file copied), so that the
        // import has placed files before it meets the damage.
        const QString victimSha = firstFile(course, 1).value(u"sha256"_s).toString();
        const QString victim = MirrorCatalogue::objectPath(root, victimSha);

        if (damage == u"flip"_s) {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            f.seek(0);
            f.write(bytes);
        } else if (damage == u"truncate"_s) {
            QVERIFY(QFile::resize(victim, QFileInfo(victim).size() - 10));
        } else if (damage == u"delete"_s) {
            QVERIFY(QFile::remove(victim));
        } else if (damage == u"course-edited"_s) {
            QJsonObject edited = course;
            edited.insert(u"title"_s, u"Changed"_s);
            writeJson(root + u"/courses/clikc-sample-101.json"_s, edited); // checksum not updated
        } else if (damage == u"path-escape"_s || damage == u"path-absolute"_s
                   || damage == u"bad-entry"_s || damage == u"duplicate-path"_s
                   || damage.startsWith(u"completion-"_s) || damage == u"auto-text"_s) {
            editCourse(root, [&](QJsonObject &c) {
                QJsonArray sections = c.value(u"sections"_s).toArray();
                QJsonObject section = sections.first().toObject();
                QJsonArray activities = section.value(u"activities"_s).toArray();
                QJsonObject activity = activities.first().toObject();
                if (damage == u"bad-entry"_s) {
                    activity.insert(u"entry"_s, u"nowhere.webm"_s);
                } else if (damage == u"completion-automatic"_s) {
                    activity.insert(u"completion"_s, u"automatic"_s); // the video
                } else if (damage == u"completion-unknown"_s) {
                    activity.insert(u"completion"_s, u"graded"_s);
                } else if (damage == u"completion-number"_s) {
                    activity.insert(u"completion"_s, 1);
                } else if (damage == u"auto-text"_s) {
                    activity.insert(u"autoContinue"_s, u"yes"_s);
                } else if (damage == u"duplicate-path"_s) {
                    QJsonArray files = activity.value(u"files"_s).toArray();
                    QJsonObject copy = files.at(1).toObject();
                    copy.insert(u"path"_s, files.at(0).toObject().value(u"path"_s));
                    files.append(copy);
                    activity.insert(u"files"_s, files);
                } else {
                    QJsonArray files = activity.value(u"files"_s).toArray();
                    QJsonObject file = files.first().toObject();
                    file.insert(u"path"_s, damage == u"path-escape"_s ? u"../../etc/passwd"_s
                                                                      : u"/etc/passwd"_s);
                    files.replace(0, file);
                    activity.insert(u"files"_s, files);
                }
                activities.replace(0, activity);
                section.insert(u"activities"_s, activities);
                sections.replace(0, section);
                c.insert(u"sections"_s, sections);
            });
        } else if (damage == u"version"_s || damage == u"format"_s) {
            QJsonObject catalogue = readJson(root + u"/catalogue.json"_s);
            if (damage == u"version"_s)
                catalogue.insert(u"version"_s, MirrorCatalogue::kFormatVersion + 1);
            else
                catalogue.insert(u"format"_s, u"something-else"_s);
            writeJson(root + u"/catalogue.json"_s, catalogue);
        } else if (damage == u"garbage"_s) {
            QFile f(root + u"/catalogue.json"_s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{ this is not json");
        } else if (damage == u"no-catalogue"_s) {
            QVERIFY(QFile::remove(root + u"/catalogue.json"_s));
        } else if (damage == u"link-outside"_s || damage == u"link-inside"_s) {
            // The link leads to the very bytes the course declares, so only the link is wrong.
            const QString target = damage == u"link-outside"_s ? m_outside.filePath(u"borrowed"_s)
                                                               : root + u"/borrowed"_s;
            QVERIFY(QFile::rename(victim, target));
            QVERIFY(QFile::link(target, victim));
        } else if (damage == u"fifo"_s) {
            QVERIFY(QFile::remove(victim));
            QCOMPARE(::mkfifo(QFile::encodeName(victim).constData(), 0600), 0);
        } else if (damage == u"folder-link"_s) {
            const QString folder = QFileInfo(victim).absolutePath();
            const QString away = m_outside.filePath(u"folder"_s);
            QVERIFY(QDir().rename(folder, away));
            QVERIFY(QFile::link(away, folder));
        } else if (damage == u"catalogue-zero"_s || damage == u"catalogue-fifo"_s) {
            QVERIFY(QFile::remove(root + u"/catalogue.json"_s));
            if (damage == u"catalogue-zero"_s)
                QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/catalogue.json"_s));
            else
                QCOMPARE(::mkfifo(QFile::encodeName(root + u"/catalogue.json"_s).constData(), 0600),
                         0);
        } else if (damage == u"course-urandom"_s) {
            QVERIFY(QFile::remove(root + u"/courses/clikc-sample-101.json"_s));
            QVERIFY(QFile::link(u"/dev/urandom"_s, root + u"/courses/clikc-sample-101.json"_s));
        } else if (damage == u"course-huge"_s) {
            // Larger than the 32 MiB a course description may have (sparse: no disk used).
            QVERIFY(QFile::resize(root + u"/courses/clikc-sample-101.json"_s,
                                  qint64(33) * 1024 * 1024));
        }

        test::TestLibrary lib;
        QVERIFY(lib.open());
        const auto report = lib.maintenance().importMirror(root, SourceKind::Mirror).result();
        QVERIFY(!report.ok());
        QVERIFY(report.imported.isEmpty());
        QCOMPARE(int(report.errors.first().code), code);
        QVERIFY(!report.errors.first().message().isEmpty());
        if (code == int(MirrorError::Code::CompletionNotAllowed)) {
            // Says which activity, in the learner's words.
            const QString message = report.errors.first().message();
            QVERIFY2(message.contains(u"video-1"_s), qPrintable(message));
            QVERIFY2(!message.contains(u"damaged"_s), qPrintable(message));
        }
        // The library is exactly as it was: no course, no stored file, nothing half-written.
        QVERIFY(lib.courseQueries().courses(1).result().isEmpty());
        QVERIFY(lib.context().store().objects().isEmpty());
        QCOMPARE(lib.courseQueries().stats(1).result().blobs, 0);
    }

    void failedUpdateKeepsThePreviousVersion()
    {
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result().ok());
        // A newer edition whose description points at a file the mirror does not have.
        editCourse(mirror.path(), [](QJsonObject &c) {
            c.insert(u"title"_s, u"Second edition"_s);
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject section = sections.first().toObject();
            QJsonArray activities = section.value(u"activities"_s).toArray();
            QJsonObject activity = activities.first().toObject();
            QJsonArray files = activity.value(u"files"_s).toArray();
            QJsonObject file = files.first().toObject();
            file.insert(u"sha256"_s, QString(64, u'e'));
            files.replace(0, file);
            activity.insert(u"files"_s, files);
            activities.replace(0, activity);
            section.insert(u"activities"_s, activities);
            sections.replace(0, section);
            c.insert(u"sections"_s, sections);
        });
        const auto report
            = lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result();
        QVERIFY(!report.ok());
        const auto courses = lib.courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().title.defaultText(), u"Welcome to CLiKC! Desktop"_s);
        QCOMPARE(courses.first().offlineState(), OfflineState::OnThisMachine);
        QVERIFY(lib.maintenance().verify().result().ok());
    }

    // A course file out of shape (as a hostile or broken mirror writer makes it) is refused
    // whole: the course held before, and the learner's progress on it, stay as they were.
    void malformedUpdateKeepsTheCourseAndItsProgress_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("sections is a string") << u"sections-string"_s;
        QTest::newRow("no sections") << u"sections-absent"_s;
        QTest::newRow("activities is an object") << u"activities-object"_s;
        QTest::newRow("no activities") << u"activities-absent"_s;
        QTest::newRow("activity id twice") << u"activity-twice"_s;
        QTest::newRow("section id twice") << u"section-twice"_s;
        QTest::newRow("id is a number") << u"id-number"_s;
        QTest::newRow("size is a string") << u"size-string"_s;
        QTest::newRow("size is negative") << u"size-negative"_s;
        QTest::newRow("size is a fraction") << u"size-fraction"_s;
        QTest::newRow("files is an object") << u"files-object"_s;
        QTest::newRow("a file is a string") << u"file-string"_s;
        QTest::newRow("files but no entry") << u"entry-absent"_s;
        QTest::newRow("kind is a number") << u"kind-number"_s;
    }

    void malformedUpdateKeepsTheCourseAndItsProgress()
    {
        QFETCH(QString, shape);
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result().ok());
        const qint64 courseId = lib.courseQueries().courses(1).result().first().id;
        const auto before = lib.courseQueries().course(courseId).result();
        QVERIFY(before);
        const qint64 page = before->sections.first().activities.at(1).id;
        QVERIFY(!(lib.progressRecorder().recordActivityView(1, page).result()).isError());
        QCOMPARE(lib.courseQueries().courses(1).result().first().completedCount, 1);

        editCourse(mirror.path(), [&](QJsonObject &c) {
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject section = sections.first().toObject();
            QJsonArray activities = section.value(u"activities"_s).toArray();
            QJsonObject activity = activities.first().toObject();
            QJsonArray files = activity.value(u"files"_s).toArray();
            QJsonObject file = files.first().toObject();
            if (shape == u"sections-string"_s) {
                c.insert(u"sections"_s, u"nope"_s);
                return;
            }
            if (shape == u"sections-absent"_s) {
                c.remove(u"sections"_s);
                return;
            }
            if (shape == u"activities-object"_s)
                section.insert(u"activities"_s, QJsonObject{{u"a"_s, activity}});
            else if (shape == u"activities-absent"_s)
                section.remove(u"activities"_s);
            else if (shape == u"activity-twice"_s)
                activities.append(activity);
            else if (shape == u"section-twice"_s)
                sections.append(section);
            else if (shape == u"id-number"_s)
                activity.insert(u"id"_s, 7);
            else if (shape == u"size-string"_s)
                file.insert(u"size"_s, u"12"_s);
            else if (shape == u"size-negative"_s)
                file.insert(u"size"_s, -1);
            else if (shape == u"size-fraction"_s)
                file.insert(u"size"_s, 1.5);
            else if (shape == u"files-object"_s)
                activity.insert(u"files"_s, QJsonObject{{u"f"_s, file}});
            else if (shape == u"file-string"_s)
                files.replace(0, u"video.webm"_s);
            else if (shape == u"entry-absent"_s)
                activity.remove(u"entry"_s);
            else if (shape == u"kind-number"_s)
                activity.insert(u"kind"_s, 1);
            if (shape != u"size-string"_s && shape != u"size-negative"_s
                && shape != u"size-fraction"_s && shape != u"file-string"_s) {
                if (shape != u"files-object"_s) {
                    files.replace(0, file);
                    if (!activity.contains(u"files"_s) || activity.value(u"files"_s).isArray())
                        activity.insert(u"files"_s, files);
                }
            } else {
                if (shape != u"file-string"_s)
                    files.replace(0, file);
                activity.insert(u"files"_s, files);
            }
            if (shape != u"activity-twice"_s)
                activities.replace(0, activity);
            if (shape != u"activities-object"_s && shape != u"activities-absent"_s)
                section.insert(u"activities"_s, activities);
            if (shape != u"section-twice"_s)
                sections.replace(0, section);
            c.insert(u"sections"_s, sections);
        });
        const auto report
            = lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result();
        QVERIFY(!report.ok());
        QVERIFY(report.imported.isEmpty());
        QCOMPARE(report.errors.first().code, MirrorError::Code::CourseInvalid);
        const auto after = lib.courseQueries().course(courseId).result();
        QVERIFY(after);
        QCOMPARE(after->sections.size(), before->sections.size());
        QCOMPARE(after->sections.first().activities.size(),
                 before->sections.first().activities.size());
        const auto summary = lib.courseQueries().courses(1).result().first();
        QCOMPARE(summary.completedCount, 1);
        QCOMPARE(summary.offlineState(), OfflineState::OnThisMachine);
    }

    // A file's size is the size of its bytes, also when the bytes are already held: a course
    // that lies about it (1 PB for a 40 kB file) is refused, and the library says what it held.
    void sizeLiesAreRefusedForContentAlreadyHeld_data()
    {
        QTest::addColumn<bool>("twiceInOneCourse");
        QTest::newRow("held from another course") << false;
        QTest::newRow("the same bytes twice in the course") << true;
    }

    void sizeLiesAreRefusedForContentAlreadyHeld()
    {
        QFETCH(bool, twiceInOneCourse);
        QTemporaryDir first;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), first.path()));
        test::TestLibrary lib;
        QVERIFY(lib.open());
        if (!twiceInOneCourse)
            QVERIFY(lib.maintenance().importMirror(first.path(), SourceKind::Mirror).result().ok());
        const auto statsBefore = lib.courseQueries().stats(1).result();

        // A second mirror (its own source) with the same content, declared 1 PB large.
        QTemporaryDir second;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), second.path()));
        QJsonObject catalogue = readJson(second.path() + u"/catalogue.json"_s);
        QJsonObject source = catalogue.value(u"source"_s).toObject();
        source.insert(u"id"_s, u"another-source"_s);
        catalogue.insert(u"source"_s, source);
        writeJson(second.path() + u"/catalogue.json"_s, catalogue);
        editCourse(second.path(), [&](QJsonObject &c) {
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject section = sections.first().toObject();
            QJsonArray activities = section.value(u"activities"_s).toArray();
            QJsonObject activity = activities.at(1).toObject();
            QJsonArray files = activity.value(u"files"_s).toArray();
            QJsonObject file = files.last().toObject();
            if (twiceInOneCourse) {
                // The same bytes under a second name, with another size.
                QJsonObject copy = file;
                copy.insert(u"path"_s, QString(u"copy-of-"_s + file.value(u"path"_s).toString()));
                copy.insert(u"size"_s, 1e15);
                files.append(copy);
            } else {
                file.insert(u"size"_s, 1e15);
                files.replace(files.size() - 1, file);
            }
            activity.insert(u"files"_s, files);
            activities.replace(1, activity);
            section.insert(u"activities"_s, activities);
            sections.replace(0, section);
            c.insert(u"sections"_s, sections);
        });
        const auto report
            = lib.maintenance().importMirror(second.path(), SourceKind::Mirror).result();
        QVERIFY(!report.ok());
        QVERIFY(report.imported.isEmpty());
        QCOMPARE(report.errors.first().code, MirrorError::Code::FileSizeMismatch);
        const auto statsAfter = lib.courseQueries().stats(1).result();
        QCOMPARE(statsAfter.blobs, statsBefore.blobs);
        QCOMPARE(statsAfter.bytes, statsBefore.bytes);
        QCOMPARE(lib.courseQueries().courses(1).result().size(), twiceInOneCourse ? 0 : 1);
        QVERIFY(lib.maintenance().verify().result().ok());
    }

    // A source that stops listing an activity never deletes what the learner did there: it is
    // kept aside, and back as it was when the activity is listed again.
    void progressOutlivesAnActivityTheSourceDropped()
    {
        QTemporaryDir mirror;
        QVERIFY(test::copyTree(test::sampleMirrorSource(), mirror.path()));
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result().ok());
        const qint64 courseId = lib.courseQueries().courses(1).result().first().id;
        const auto byRemoteId = [](const Course &course, const QString &remoteId) {
            for (const Section &section : course.sections) {
                for (const Activity &activity : section.activities) {
                    if (activity.remoteId == remoteId)
                        return std::optional<Activity>(activity);
                }
            }
            return std::optional<Activity>();
        };
        const auto first = lib.courseQueries().course(courseId).result();
        const Activity page = first->sections.first().activities.at(1);
        QVERIFY(!(lib.progressRecorder().recordActivityView(1, page.id).result()).isError());
        QCOMPARE(lib.courseQueries().courses(1).result().first().completedCount, 1);
        const QJsonObject original = readJson(mirror.path() + u"/courses/clikc-sample-101.json"_s);

        // The next edition no longer lists the page.
        editCourse(mirror.path(), [&](QJsonObject &c) {
            QJsonArray sections = c.value(u"sections"_s).toArray();
            QJsonObject section = sections.first().toObject();
            QJsonArray activities = section.value(u"activities"_s).toArray();
            activities.removeAt(1);
            section.insert(u"activities"_s, activities);
            sections.replace(0, section);
            c.insert(u"sections"_s, sections);
        });
        QVERIFY(lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result().ok());
        const auto second = lib.courseQueries().course(courseId).result();
        QVERIFY(!byRemoteId(*second, page.remoteId));
        QCOMPARE(lib.courseQueries().courses(1).result().first().completedCount, 0);

        // The one after lists it again: the learner's tick is back.
        editCourse(mirror.path(), [&](QJsonObject &c) { c = original; });
        QVERIFY(lib.maintenance().importMirror(mirror.path(), SourceKind::Mirror).result().ok());
        const auto third = lib.courseQueries().course(courseId).result();
        const std::optional<Activity> back = byRemoteId(*third, page.remoteId);
        QVERIFY(back);
        QCOMPARE(lib.courseQueries().coursePage(1, courseId).result().completed.value(back->id),
                 true);
        QCOMPARE(lib.courseQueries().courses(1).result().first().completedCount, 1);
    }

    void safePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"index.html"_s << true;
        QTest::newRow("nested") << u"images/a.png"_s << true;
        QTest::newRow("parent") << u"../a"_s << false;
        QTest::newRow("inner parent") << u"a/../../b"_s << false;
        QTest::newRow("absolute") << u"/a"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("drive") << u"C:/a"_s << false;
        QTest::newRow("empty segment") << u"a//b"_s << false;
        QTest::newRow("dot") << u"./a"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void safePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(MirrorCatalogue::isSafeRelativePath(path), safe);
    }
};

QTEST_GUILESS_MAIN(TestMirrorImport)
#include "tst_mirrorimport.moc"
