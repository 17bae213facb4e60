#pragma once

// Shared by the tests: a library in a temporary folder, built by the same composition root as
// the application, and a writable copy of the sample mirror to tamper with.

#include "appcontext.h"
#include "library/accountrecords.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"
#include "library/scormlessons.h"
#include "library/uploadqueue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace clikc::test {

inline QString sampleMirrorSource()
{
    return QStringLiteral(CLIKC_SOURCE_DIR "/resources/sample/mirror");
}

// The course's first activity of `kind` (an empty one if it has none).
inline Activity activityOf(const Course &course, ActivityKind kind)
{
    for (const Section &section : course.sections) {
        for (const Activity &activity : section.activities) {
            if (activity.kind == kind)
                return activity;
        }
    }
    return {};
}

// Copies a folder tree; files are made writable so tests can damage them.
inline bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

// A library of its own in a temporary folder.
class TestLibrary
{
public:
    TestLibrary()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_context = std::make_unique<AppContext>(m_dir.path() + QStringLiteral("/data"));
    }
    // A library in `folder` (e.g. a copy of another one); the folder is not removed afterwards.
    explicit TestLibrary(const QString &folder)
        : m_data(folder)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_context = std::make_unique<AppContext>(folder);
    }
    bool open() { return m_context->open(); }
    // Closes and reopens the library on the same folder, as a restart would.
    bool restart()
    {
        m_context.reset();
        m_context = std::make_unique<AppContext>(dataDir());
        return m_context->open();
    }
    // Closes the library (the folder is free), e.g. to copy it; restart() opens it again.
    void close() { m_context.reset(); }
    AppContext &context() { return *m_context; }
    CourseQueries &courseQueries() { return m_context->courseQueries(); }
    ProgressRecorder &progressRecorder() { return m_context->progressRecorder(); }
    ScormLessons &scormLessons() { return m_context->scormLessons(); }
    LibraryMaintenance &maintenance() { return m_context->maintenance(); }
    AccountRecords &accountRecords() { return m_context->accountRecords(); }
    UploadQueue &uploadQueue() { return m_context->uploadQueue(); }
    LibraryWorker &libraryWorker() { return m_context->libraryWorker(); }
    QString path() const { return m_dir.path(); }
    QString dataDir() const
    {
        return m_data.isEmpty() ? m_dir.path() + QStringLiteral("/data") : m_data;
    }

private:
    QTemporaryDir m_dir;
    QString m_data; // empty: m_dir's "data"
    std::unique_ptr<AppContext> m_context;
};

} // namespace clikc::test

// QTEST_MAIN for tests that show the application's web view: the content scheme must be
// registered, and contexts shared, before the QApplication exists.
#define CLIKC_TEST_MAIN_WEBENGINE(TestObject) \
    int main(int argc, char *argv[]) \
    { \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); \
        clikc::ContentSchemeHandler::prepareWebEngine(); \
        QApplication app(argc, argv); \
        app.setAttribute(Qt::AA_Use96Dpi, true); \
        TestObject tc; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&tc, argc, argv); \
    }
