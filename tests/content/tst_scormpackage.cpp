// A downloaded SCORM package opened through the library: unpacked once into the content store
// (its files become the activity's files, served like any other package), its manifest read, a
// new version unpacked again, and a hostile package refused with nothing left behind — in the
// library, in the store, or in its temporary folder.

#include "content/contentstore.h"
#include "fakemoodle.h"
#include "library/coursequeries.h"
#include "library/scormlessons.h"
#include "storage/blobrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

const QByteArray kManifest = QByteArrayLiteral(
    "<?xml version=\"1.0\"?>\n"
    "<manifest identifier=\"pkg\" version=\"1\">\n"
    "  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>\n"
    "  <organizations default=\"org\"><organization identifier=\"org\"><title>Tariff "
    "basics</title>\n"
    "    <item identifier=\"ITEM1\" identifierref=\"r1\"><title>Lesson 1</title></item>\n"
    "    <item identifier=\"ITEM2\" identifierref=\"r2\"><title>Lesson 2</title></item>\n"
    "  </organization></organizations>\n"
    "  <resources>\n"
    "    <resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" "
    "href=\"one/index.html\"/>\n"
    "    <resource identifier=\"r2\" type=\"webcontent\" adlcp:scormtype=\"sco\" "
    "href=\"two.html\"/>\n"
    "  </resources>\n"
    "</manifest>\n");

} // namespace

class TestScormPackage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    qint64 m_activity = 0;
    Course m_course;

    ScormLessons &scormLessons() { return m_lib->scormLessons(); }
    CourseQueries &courseQueries() { return m_lib->courseQueries(); }

    // Puts `zip` in the store as the lesson's downloaded package.
    void setPackage(const QByteArray &zip)
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(zip);
        file.close();
        const auto sha = m_lib->context().store().addFile(file.fileName());
        QVERIFY(sha);
        QSqlDatabase db = m_lib->context().database().connection();
        QVERIFY(BlobRepository(db).add(*sha, zip.size()).ok());
        FileEntry &package = m_course.sections.first().activities.first().files.first();
        package.sha256 = *sha;
        package.size = zip.size();
        package.state = FileState::Ready;
        // Only the server's list: the unpacked files are kept by the merge, not by this test.
        const auto existing = CourseRepository(db).course(m_course.id);
        if (existing) {
            for (const FileEntry &f : existing->sections.first().activities.first().files) {
                if (f.role == FileRole::Asset)
                    m_course.sections.first().activities.first().files.append(f);
            }
        }
        QVERIFY(CourseRepository(db).save(m_course).ok());
        m_course.sections.first().activities.first().files.resize(1);
        m_activity = m_course.sections.first().activities.first().id;
    }

    int unpackedFiles()
    {
        int count = 0;
        const auto activity = courseQueries().activity(m_activity).result();
        for (const FileEntry &f : activity->files)
            count += f.role == FileRole::Asset ? 1 : 0;
        return count;
    }

    int leftovers()
    {
        QDirIterator it(m_lib->dataDir() + u"/content/tmp"_s,
                        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        int n = 0;
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        QSqlDatabase db = m_lib->context().database().connection();
        Source site;
        site.kind = SourceKind::Moodle;
        site.remoteId = u"https://clikc.example.org"_s;
        site.baseUrl = site.remoteId;
        site.title = LocalizedText(u"CLiKC!"_s);
        QVERIFY(SourceRepository(db).save(site).ok());
        m_course = {};
        m_course.sourceId = site.id;
        m_course.remoteId = u"2"_s;
        m_course.title = LocalizedText(u"Tariffs"_s);
        Section section;
        section.remoteId = u"1"_s;
        section.title = LocalizedText(u"Start"_s);
        Activity lesson;
        lesson.remoteId = u"3"_s;
        lesson.kind = ActivityKind::Scorm;
        lesson.module = u"scorm"_s;
        lesson.instanceId = u"1"_s;
        lesson.title = LocalizedText(u"Tariff basics"_s);
        FileEntry package;
        package.path = u"tariffs.zip"_s;
        package.mimeType = u"application/zip"_s;
        package.remoteUrl = u"https://clikc.example.org/pluginfile.php/1/tariffs.zip"_s;
        lesson.files = {package};
        section.activities = {lesson};
        m_course.sections = {section};
    }

    void cleanup() { m_lib.reset(); }

    void notDownloadedYet()
    {
        QSqlDatabase db = m_lib->context().database().connection();
        QVERIFY(CourseRepository(db).save(m_course).ok());
        const auto lesson
            = scormLessons().openScorm(m_course.sections.first().activities.first().id).result();
        QVERIFY(!lesson.ok());
        QCOMPARE(lesson.error.code, LibraryError::Code::NotDownloaded);
        QVERIFY(lesson.error.message().contains(u"download"_s));
    }

    void unpacksOnceAndReadsTheManifest()
    {
        setPackage(test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, kManifest},
                                              {u"one/index.html"_s, "<p>one</p>"},
                                              {u"two.html"_s, "<p>two</p>"},
                                              {u"shared/style.css"_s, "p{}"}}));
        QSignalSpy unpacking(&scormLessons(), &ScormLessons::unpackProgressed);
        auto lesson = scormLessons().openScorm(m_activity).result();
        QVERIFY2(lesson.ok(), qPrintable(lesson.error.message()));
        QCOMPARE(lesson.manifest.title, u"Tariff basics"_s);
        const auto items = lesson.manifest.launchableItems();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.first().href, u"one/index.html"_s);
        QCOMPARE(unpackedFiles(), 4);
        const FileEntry *page = lesson.activity.fileAt(u"one/index.html"_s);
        QVERIFY(page);
        QCOMPARE(page->state, FileState::Ready);
        QFile stored(m_lib->context().store().pathOf(page->sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), QByteArray("<p>one</p>"));
        QCOMPARE(leftovers(), 0);
        QTRY_VERIFY(!unpacking.isEmpty());

        // Opened again: nothing is unpacked a second time.
        unpacking.clear();
        lesson = scormLessons().openScorm(m_activity).result();
        QVERIFY(lesson.ok());
        QTest::qWait(50);
        QVERIFY(unpacking.isEmpty());

        // A new version of the package replaces the unpacked files; content only the old
        // version used is freed.
        const QString oldTwo = lesson.activity.fileAt(u"two.html"_s)->sha256;
        setPackage(test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, kManifest},
                                              {u"one/index.html"_s, "<p>one</p>"},
                                              {u"two.html"_s, "<p>two, revised</p>"}}));
        lesson = scormLessons().openScorm(m_activity).result();
        QVERIFY2(lesson.ok(), qPrintable(lesson.error.message()));
        QCOMPARE(unpackedFiles(), 3);
        QVERIFY(!lesson.activity.fileAt(u"shared/style.css"_s));
        QVERIFY(!m_lib->context().store().contains(oldTwo));
    }

    void hostilePackageLeavesNothing()
    {
        setPackage(test::FakeMoodle::makeZip({{u"imsmanifest.xml"_s, kManifest},
                                              {u"one/index.html"_s, "<p>one</p>"},
                                              {u"../../outside.html"_s, "<p>gotcha</p>"}}));
        const auto blobsBefore = BlobRepository(m_lib->context().database().connection()).all();
        const auto lesson = scormLessons().openScorm(m_activity).result();
        QVERIFY(!lesson.ok());
        QVERIFY2(lesson.error.message().contains(u"outside.html"_s),
                 qPrintable(lesson.error.message()));
        QCOMPARE(unpackedFiles(), 0);
        QCOMPARE(leftovers(), 0);
        QCOMPARE(BlobRepository(m_lib->context().database().connection()).all().size(),
                 blobsBefore.size());
        QVERIFY(!QFileInfo::exists(m_lib->dataDir() + u"/content/outside.html"_s));
    }

    // Refused at the manifest (nothing to open; or 40 MB of it) means nothing kept: no
    // unpacked file in the library, no blob, nothing left in the staging folder.
    void manifestThatCannotBeUsed_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::newRow("nothing to open")
            << QByteArrayLiteral("<manifest><organizations/></manifest>");
        QTest::newRow("not XML") << QByteArrayLiteral("<manifest><organ");
        QByteArray huge = "<manifest><!-- ";
        huge += QByteArray(40 * 1024 * 1024, 'x');
        huge += " --></manifest>";
        QTest::newRow("40 MB") << huge;
    }

    void manifestThatCannotBeUsed()
    {
        QFETCH(QByteArray, manifest);
        setPackage(test::FakeMoodle::makeZip(
            {{u"imsmanifest.xml"_s, manifest}, {u"index.html"_s, "x"}, {u"big.bin"_s, "y"}}));
        const auto blobsBefore = BlobRepository(m_lib->context().database().connection()).all();
        const QStringList objectsBefore = m_lib->context().store().objects();
        const auto lesson = scormLessons().openScorm(m_activity).result();
        QVERIFY(!lesson.ok());
        QVERIFY(lesson.error.isError());
        QCOMPARE(unpackedFiles(), 0);
        QCOMPARE(leftovers(), 0);
        QCOMPARE(BlobRepository(m_lib->context().database().connection()).all().size(),
                 blobsBefore.size());
        QCOMPARE(m_lib->context().store().objects().size(), objectsBefore.size());
    }
};

QTEST_GUILESS_MAIN(TestScormPackage)
#include "tst_scormpackage.moc"
