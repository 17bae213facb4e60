// clikc-test-server: the fake Moodle site on a port, for scripts and benchmarks. It prints one
// line when it is ready,
//   CLIKC_TEST_SERVER <site URL> username=<name> password=<password> token=<token>
// and serves until SIGTERM or SIGINT.

#include "fakemoodle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using clikc::test::FakeMoodle;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop through a pipe: a signal handler may do no more than write.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "clikc-test-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"clikc-test-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake Moodle 4.4 site for tests and benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption address(u"address"_s, u"Address to listen on (127.0.0.1)."_s,
                                     u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port)."_s, u"port"_s,
                                  u"0"_s);
    const QCommandLineOption site(u"site"_s, u"fixture (the recorded course) or benchmark."_s,
                                  u"site"_s, u"fixture"_s);
    const QCommandLineOption videoMb(u"video-mb"_s, u"Benchmark video size, in MB (10^6)."_s,
                                     u"mb"_s, u"15"_s);
    const QCommandLineOption smallFiles(u"small-files"_s, u"Benchmark small files."_s, u"count"_s,
                                        u"50"_s);
    const QCommandLineOption smallKb(u"small-kb"_s, u"Size of a small file, in kB (10^3)."_s,
                                     u"kb"_s, u"100"_s);
    const QCommandLineOption prefix(u"prefix"_s, u"Serve the site under this path (/moodle)."_s,
                                    u"path"_s);
    const QCommandLineOption bandwidth(u"bandwidth"_s,
                                       u"Cap all connections together, in bytes per second."_s,
                                       u"bytes"_s, u"0"_s);
    const QCommandLineOption close(u"close"_s,
                                   u"Close every connection after one answer, as the recorded "
                                   "server did."_s);
    const QCommandLineOption dump(u"dump-files"_s,
                                  u"Write every file of the site and manifest.txt "
                                  "(<sha1> <size> <url-path>) into this folder first."_s,
                                  u"folder"_s);
    parser.addOptions(
        {address, port, site, videoMb, smallFiles, smallKb, prefix, bandwidth, close, dump});
    parser.process(app);

    FakeMoodle server;
    if (parser.value(site) == u"fixture"_s) {
        server.loadFixtureSite();
    } else if (parser.value(site) == u"benchmark"_s) {
        bool okVideo = false;
        bool okCount = false;
        bool okSmall = false;
        const double video = parser.value(videoMb).toDouble(&okVideo);
        const int count = parser.value(smallFiles).toInt(&okCount);
        const double small = parser.value(smallKb).toDouble(&okSmall);
        if (!okVideo || !okCount || !okSmall || video < 0 || count < 0 || small < 0)
            return fail(u"--video-mb, --small-files and --small-kb take numbers"_s);
        server.addBenchmarkCourse(qint64(video * 1e6), count, qint64(small * 1e3));
    } else {
        return fail(u"--site is fixture or benchmark"_s);
    }
    server.setPathPrefix(parser.value(prefix));
    server.setKeepAlive(!parser.isSet(close));
    server.setBandwidthLimit(parser.value(bandwidth).toLongLong());

    const QHostAddress host(parser.value(address));
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (host.isNull() || !portOk || portNumber > 65535)
        return fail(u"bad --address or --port"_s);
    if (!server.listen(host, quint16(portNumber)))
        return fail(u"cannot listen on "_s + parser.value(address) + u':' + parser.value(port));

    if (parser.isSet(dump)) {
        QString error;
        if (!server.dumpFiles(parser.value(dump), &error))
            return fail(error);
    }

    quitOnSignals(app);
    const clikc::test::FakeUser user;
    const QString token = server.signIn(user.username);
    std::printf("CLIKC_TEST_SERVER %s username=%s password=%s token=%s\n",
                qPrintable(server.baseUrl().toString()), qPrintable(user.username),
                qPrintable(user.password), qPrintable(token));
    std::fflush(stdout);
    return app.exec();
}
