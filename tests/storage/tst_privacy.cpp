// Nobody else on this computer reads a learner's library: the data folder is 0700 and every file
// in it has no group or other permission, whatever the umask the application started with, and
// a library made with open modes (version 0.1, or by hand) is repaired at start.

#include "content/contentstore.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

// Every entry in `folder` (and the folder) that anyone but its owner could read, write or enter.
QStringList openToOthers(const QString &folder)
{
    QStringList open;
    if (modeOf(folder) != 0700)
        open.append(u"%1 %2"_s.arg(folder).arg(modeOf(folder), 4, 8, QChar(u'0')));
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const mode_t mode = modeOf(path);
        if (mode & 077)
            open.append(u"%1 %2"_s.arg(path).arg(mode, 4, 8, QChar(u'0')));
    }
    return open;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    mode_t m_umask = 0;

private Q_SLOTS:
    void init() { m_umask = ::umask(022); } // the usual umask: 0755 folders, 0644 files
    void cleanup() { ::umask(m_umask); }

    void newLibraryIsPrivate()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        // Everything a library holds: the database and its journal, settings, stored content.
        QVERIFY(lib.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        lib.context().settings().setParallelDownloads(3);
        lib.context().settings().sync();
        QVERIFY(QFile::exists(lib.dataDir() + u"/library.sqlite"_s));
        QVERIFY(!lib.context().store().objects().isEmpty());
        const QStringList open = openToOthers(lib.dataDir());
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        // Stored content is read-only even for its owner: it never changes.
        const QString object
            = lib.context().store().pathOf(lib.context().store().objects().first());
        QCOMPARE(modeOf(object), mode_t(0400));
    }

    void openLibraryIsRepairedAtStart()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        {
            test::TestLibrary lib(data);
            QVERIFY(lib.open());
            QVERIFY(lib.maintenance()
                        .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                        .result()
                        .ok());
        }
        // As version 0.1 left it: folders 0755, files 0644, content 0444.
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
        QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int changed = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const bool folder = QFileInfo(path).isDir();
            const bool content = path.contains(u"/objects/"_s) && !folder;
            QVERIFY(::chmod(QFile::encodeName(path).constData(), folder    ? 0755
                                                                 : content ? 0444
                                                                           : 0644)
                    == 0);
            ++changed;
        }
        QVERIFY(changed > 5);
        // A link in the library (put there by someone) is neither followed nor changed.
        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(u"outside.txt"_s);
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(outside).constData(), 0644) == 0);
        QVERIFY(QFile::link(outside, data + u"/link"_s));
        QVERIFY(!openToOthers(data).isEmpty());

        test::TestLibrary reopened(data);
        QVERIFY(reopened.open());
        QVERIFY(QFile::remove(data + u"/link"_s)); // a link's own mode means nothing
        const QStringList open = openToOthers(data);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QCOMPARE(modeOf(outside), mode_t(0644));
        // And the library still works: its content reads back and verifies.
        const auto report = reopened.maintenance().verify().result();
        QVERIFY(report.ok());
        QVERIFY(report.checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
