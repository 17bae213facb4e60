// Benchmark: the longest time the window's thread is held while a coordinator's library syncs.
// The project's stand-in site on loopback holds COURSES courses of FILES small files each; the
// application (its real window, on a display) signs in, refreshes the catalogue and downloads
// every course, while a timer on the window's thread, due every 5 ms, records how late each tick
// comes. Prints the longest stall, how many ticks came more than 50 ms late, and the sync's
// figures. The goal is no stall above 50 ms. There is no anchor tool for this figure: an idle Qt
// window's own longest stall, measured the same way in the same run, is printed beside it.
//
// Usage: clikc-bench-gui-stall [COURSES] [FILES]   (default 1000 × 5; run through
// tests/support/with-keyring.sh, on a display or under xvfb-run)

#include "appcontext.h"
#include "fakemoodle.h"
#include "library/coursequeries.h"
#include "mainwindow.h"
#include "sync/accountservice.h"
#include "sync/downloadmanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// Records how late a 5 ms timer on the calling thread's event loop comes.
class StallMeter final : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double late = double(now - m_last) / 1e6 - kTickMs;
            m_last = now;
            m_longest = std::max(m_longest, late);
            if (late > 50)
                ++m_over50;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_over50 = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    int over50() const { return m_over50; }

private:
    static constexpr int kTickMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    int m_over50 = 0;
};

template<typename T>
T waitFor(QFuture<T> future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int courses = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int filesPerCourse = argc > 2 ? QByteArray(argv[2]).toInt() : 5;

    // The anchor: the same meter over an idle window for two seconds.
    double idleLongest = 0;
    {
        QWidget idle;
        idle.resize(400, 300);
        idle.show();
        StallMeter meter;
        meter.start();
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        meter.stop();
        idleLongest = meter.longestMs();
    }

    test::FakeMoodle server;
    server.loadFixtureSite();
    for (int c = 0; c < courses; ++c) {
        const int id = server.addCourse(u"B%1"_s.arg(c + 1), u"Benchmark course %1"_s.arg(c + 1));
        for (int f = 0; f < filesPerCourse; ++f) {
            server.addResource(id, 0, u"Handout %1"_s.arg(f + 1),
                               test::FakeFile::generated(u"handout-%1.pdf"_s.arg(f + 1),
                                                         "application/pdf", 8 * 1024 + f * 512,
                                                         quint32(c * 100 + f)));
        }
    }
    // The site answers from a thread of its own, as a real one would from another machine: its
    // work must not count as the window's.
    QThread serverThread;
    serverThread.start();
    server.moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(
        &server, [&server, &listening] { listening = server.listen(); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "the stand-in site could not listen\n");
        return 1;
    }
    const auto stopServer = qScopeGuard([&server, &serverThread] {
        QMetaObject::invokeMethod(
            &server, [&server] { server.close(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });

    QTemporaryDir dir;
    AppContext context(dir.path());
    if (!context.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(context.errorString()));
        return 1;
    }
    MainWindow window(context);
    window.resize(1100, 720);
    window.show();
    window.startLibrary();

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    const auto signedIn = waitFor(
        context.account().signIn(server.baseUrl().toString(), u"student"_s, u"Student-1234"_s));
    if (!signedIn.ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signedIn.error.message()));
        return 1;
    }
    const auto refreshed = waitFor(context.account().refreshCatalogue());
    if (!refreshed.ok()) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(refreshed.message()));
        return 1;
    }
    const double catalogueSeconds = double(clock.elapsed()) / 1000;
    const double catalogueLongest = meter.longestMs();
    const int catalogueOver = meter.over50();

    meter.start();
    clock.restart();
    QEventLoop loop;
    QObject::connect(&context.downloads(), &DownloadManager::idle, &loop, &QEventLoop::quit);
    const QList<CourseSummary> all = waitFor(context.courseQueries().courses(context.profileId()));
    for (const CourseSummary &course : all)
        context.downloads().enqueueCourse(course.id);
    loop.exec();
    const double syncSeconds = double(clock.elapsed()) / 1000;
    meter.stop();
    const auto after = waitFor(context.courseQueries().stats(context.profileId()));

    std::printf("library: %d courses, %d files stored\n", after.courses, after.blobs);
    std::printf("%-44s %10s %12s\n", "phase", "seconds", "longest ms");
    std::printf("%-44s %10.1f %12.1f  (%d ticks > 50 ms)\n", "sign-in + catalogue refresh",
                catalogueSeconds, catalogueLongest, catalogueOver);
    std::printf("%-44s %10.1f %12.1f  (%d ticks > 50 ms)\n", "downloading every course",
                syncSeconds, meter.longestMs(), meter.over50());
    std::printf("%-44s %10s %12.1f\n", "anchor: an idle Qt window, same meter", "2.0", idleLongest);
    return 0;
}
