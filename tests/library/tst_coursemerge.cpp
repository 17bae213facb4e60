// Merging a course fresh from the server with what this computer has: unchanged files keep their
// content, changed ones keep the old content (usable) and are marked "update available", new ones
// are on the server only.

#include "library/coursemerge.h"

#include <QTest>

Q_DECLARE_METATYPE(clikc::FileEntry)

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

FileEntry remoteFile(const QString &path, qint64 time, qint64 size = 100,
                     const QString &url = QString())
{
    FileEntry file;
    file.path = path;
    file.size = size;
    file.remoteTimeModified = time;
    file.remoteUrl = url.isEmpty()
                         ? u"https://x/webservice/pluginfile.php/1/mod_resource/content/1/"_s + path
                         : url;
    return file;
}

Course serverCourse(const QList<FileEntry> &files)
{
    Course course;
    course.remoteId = u"2"_s;
    Section section;
    section.remoteId = u"10"_s;
    Activity activity;
    activity.remoteId = u"5"_s;
    activity.files = files;
    section.activities = {activity};
    course.sections = {section};
    return course;
}

} // namespace

class TestCourseMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCourseIsRemote()
    {
        const Course merged
            = mergeRemoteCourse(serverCourse({remoteFile(u"a.mp4"_s, 1)}), std::nullopt);
        QCOMPARE(merged.sections.first().activities.first().files.first().state, FileState::Remote);
    }

    void unchangedFileKeepsItsContent()
    {
        Course local = serverCourse({remoteFile(u"a.mp4"_s, 1)});
        local.id = 7;
        FileEntry &file = local.sections.first().activities.first().files.first();
        file.sha256 = QString(64, u'a');
        file.state = FileState::Ready;
        const Course merged = mergeRemoteCourse(serverCourse({remoteFile(u"a.mp4"_s, 1)}), local);
        QCOMPARE(merged.id, 7);
        const FileEntry &after = merged.sections.first().activities.first().files.first();
        QCOMPARE(after.state, FileState::Ready);
        QCOMPARE(after.sha256, QString(64, u'a'));
    }

    void changedFile_data()
    {
        QTest::addColumn<FileEntry>("server");
        QTest::newRow("time modified") << remoteFile(u"a.mp4"_s, 2);
        QTest::newRow("size") << remoteFile(u"a.mp4"_s, 1, 200);
        QTest::newRow("revision in the address")
            << remoteFile(u"a.mp4"_s, 1, 100,
                          u"https://x/webservice/pluginfile.php/1/mod_resource/content/2/a.mp4"_s);
    }

    void changedFile()
    {
        QFETCH(FileEntry, server);
        Course local = serverCourse({remoteFile(u"a.mp4"_s, 1)});
        FileEntry &file = local.sections.first().activities.first().files.first();
        file.sha256 = QString(64, u'a');
        file.state = FileState::Ready;
        const Course merged = mergeRemoteCourse(serverCourse({server}), local);
        const FileEntry &after = merged.sections.first().activities.first().files.first();
        QCOMPARE(after.state, FileState::UpdateAvailable);
        QCOMPARE(after.sha256, QString(64, u'a')); // the old version stays usable
        // And stays "update available" on the next refresh, until the new bytes arrive.
        const Course again = mergeRemoteCourse(serverCourse({server}), merged);
        QCOMPARE(again.sections.first().activities.first().files.first().state,
                 FileState::UpdateAvailable);
    }

    void checksumChange()
    {
        FileEntry before = remoteFile(u"p.zip"_s, 1);
        before.remoteChecksum = u"aaaa"_s;
        FileEntry after = before;
        after.remoteChecksum = u"bbbb"_s;
        QVERIFY(remoteVersionChanged(before, after));
        QVERIFY(!remoteVersionChanged(before, before));
        // A generated file of unknown size (0) is not "changed" by its size alone.
        FileEntry generated = remoteFile(u"index.html"_s, 1, 0);
        FileEntry stored = generated;
        stored.size = 2048;
        QVERIFY(!remoteVersionChanged(stored, generated));
    }
};

QTEST_GUILESS_MAIN(TestCourseMerge)
#include "tst_coursemerge.moc"
