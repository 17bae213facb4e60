// The video player plays the sample video headless, saves the place, resumes at the same second
// in a new instance after a restart, and counts the video as watched only once 90% of it has
// really been seen.

#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"
#include "playerservices.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "videoplayerpage.h"

#include <QApplication>
#include <QAudioOutput>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

Activity sampleVideo(test::TestLibrary &lib)
{
    const auto courses = lib.courseQueries().courses(1).result();
    const auto course = lib.courseQueries().course(courses.first().id).result();
    return course->sections.first().activities.first();
}

} // namespace

class TestPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumesWhereItStoppedAfterRestartAndCountsWatched()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        const Activity video = sampleVideo(lib);
        QCOMPARE(video.kind, ActivityKind::Video);

        qint64 savedAt = 0;
        {
            VideoPlayerPage page(servicesFor<VideoPlayerPage>(lib.context()));
            page.resize(640, 400);
            page.show();
            QSignalSpy started(&page, &VideoPlayerPage::playbackStarted);
            page.openActivity(video);
            QVERIFY(started.wait(15000));
            QCOMPARE(started.first().first().toLongLong(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(page.player()->position() >= 2500, 15000);
            QCOMPARE(page.player()->playbackState(), QMediaPlayer::PlayingState);
            QVERIFY(page.player()->duration() > 7000);
            page.stop();
            lib.libraryWorker().waitForIdle();
            const PlaybackState state = lib.progressRecorder().playbackState(1, video.id).result();
            QVERIFY(state.positionMs >= 2500);
            QVERIFY(state.watchedMs >= 2000);
            QVERIFY(!state.completed); // a third of it is not "watched"
            savedAt = state.positionMs;
        }

        QVERIFY(lib.restart());
        lib.context().settings().setPlaybackRate(2.0); // finish the rest quickly
        VideoPlayerPage page(servicesFor<VideoPlayerPage>(lib.context()));
        page.resize(640, 400);
        page.show();
        QSignalSpy started(&page, &VideoPlayerPage::playbackStarted);
        page.openActivity(sampleVideo(lib));
        QVERIFY(started.wait(15000));
        QCOMPARE(started.first().first().toLongLong(), savedAt);
        QTRY_VERIFY_WITH_TIMEOUT(page.player()->position() >= savedAt, 5000);
        QCOMPARE(page.player()->position() / 1000, savedAt / 1000); // the same second

        QSignalSpy progress(&lib.libraryWorker(), &LibraryWorker::progressChanged);
        QTRY_COMPARE_WITH_TIMEOUT(page.player()->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
        lib.libraryWorker().waitForIdle();
        const PlaybackState state = lib.progressRecorder().playbackState(1, video.id).result();
        QVERIFY2(state.completed, qPrintable(u"seen %1 of %2 ms: %3"_s.arg(state.watchedMs)
                                                 .arg(state.durationMs)
                                                 .arg(state.seenRanges)));
        // The sample came with the application: there is no server to tell.
        QCOMPARE(lib.courseQueries().stats(1).result().pendingUploads, 0);
    }

    void keyboardControlsThePlayer()
    {
        test::TestLibrary lib;
        QVERIFY(lib.open());
        QVERIFY(lib.maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        VideoPlayerPage page(servicesFor<VideoPlayerPage>(lib.context()));
        page.resize(640, 400);
        page.show();
        QSignalSpy started(&page, &VideoPlayerPage::playbackStarted);
        page.openActivity(sampleVideo(lib));
        QVERIFY(started.wait(15000));

        QTest::keyClick(&page, Qt::Key_Space);
        QTRY_COMPARE(page.player()->playbackState(), QMediaPlayer::PausedState);
        const qint64 before = page.player()->position();
        QTest::keyClick(&page, Qt::Key_Right);
        QTRY_VERIFY(page.player()->position() >= before + 4000);
        QTest::keyClick(&page, Qt::Key_Left);
        QTRY_VERIFY(page.player()->position() <= before + 1000);

        const bool muted = page.player()->audioOutput()->isMuted();
        QTest::keyClick(&page, Qt::Key_M);
        QCOMPARE(page.player()->audioOutput()->isMuted(), !muted);
        const float volume = page.player()->audioOutput()->volume();
        QTest::keyClick(&page, Qt::Key_Down);
        QVERIFY(page.player()->audioOutput()->volume() < volume);

        QSignalSpy fullScreen(&page, &VideoPlayerPage::fullScreenChanged);
        QTest::keyClick(&page, Qt::Key_F);
        QCOMPARE(fullScreen.size(), 1);
        QVERIFY(page.isFullScreen());
        QTest::keyClick(&page, Qt::Key_Escape);
        QVERIFY(!page.isFullScreen());

        QTest::keyClick(&page, Qt::Key_Space);
        QTRY_COMPARE(page.player()->playbackState(), QMediaPlayer::PlayingState);
        // Seeking over the rest does not count as having seen it.
        QTest::keyClick(&page, Qt::Key_Right);
        page.stop();
        lib.libraryWorker().waitForIdle();
        QVERIFY(!lib.progressRecorder().playbackState(1, sampleVideo(lib).id).result().completed);
    }
};

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
