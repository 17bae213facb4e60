// A lesson tries every way out of the sandbox the web platform offers, in the real page viewer
// (the SCORM player builds its profile the same way): WebRTC's STUN and TURN over UDP and TCP,
// WebSocket, EventSource, fetch, XMLHttpRequest, sendBeacon, media and image sources, a web
// font, preconnect and DNS prefetch, a service worker and WebTransport, each aimed at a
// listener of the test's own on loopback and on a non-loopback address of this machine. Not a
// byte and not a connection may reach any of them, and WebRTC must be closed in Chromium
// itself, not only hidden from the page's scripts.

#include "appcontext.h"
#include "contentschemehandler.h"
#include "i18n/languagemanager.h"
#include "pageviewerpage.h"
#include "playerservices.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace clikc;

namespace {

// The probes, run in the lesson's page. `targets` is a list of {host, tcp, udp}. Every
// attempt ends (or times out) and is reported in window.__clikcProbe.
constexpr QStringView kProbe = uR"JS(
(function (targets) {
  const report = { done: false, rtc: {}, results: [] };
  window.__clikcProbe = report;
  const note = (what, outcome) => report.results.push(what + ': ' + outcome);
  const within = (ms, promise) => Promise.race([promise,
      new Promise(resolve => setTimeout(() => resolve('timed out'), ms))]);
  const attempts = [];
  const RTC = window.RTCPeerConnection || window.webkitRTCPeerConnection;
  report.rtc.available = typeof RTC === 'function';
  report.rtc.dataChannel = typeof window.RTCDataChannel === 'function';
  for (const t of targets) {
    const http = 'http://' + t.url + ':' + t.tcp;
    if (RTC) {
      attempts.push(within(8000, (async () => {
        const pc = new RTC({ iceServers: [
          { urls: 'stun:' + t.url + ':' + t.udp },
          { urls: 'turn:' + t.url + ':' + t.udp + '?transport=udp', username: 'page-chosen', credential: 'x' },
          { urls: 'turn:' + t.url + ':' + t.tcp + '?transport=tcp', username: 'page-chosen', credential: 'x' } ] });
        const candidates = [];
        pc.onicecandidate = e => { if (e.candidate) candidates.push(e.candidate.candidate); };
        pc.createDataChannel('out');
        await pc.setLocalDescription(await pc.createOffer());
        await new Promise(resolve => {
          if (pc.iceGatheringState === 'complete') return resolve();
          pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') resolve(); };
          setTimeout(resolve, 6000);
        });
        const state = pc.iceGatheringState;
        pc.close();
        return 'gathering ' + state + ', ' + candidates.length + ' candidates';
      })().catch(e => 'threw ' + e)).then(o => note('rtc ' + t.host, o)));
    } else {
      note('rtc ' + t.host, 'no RTCPeerConnection');
    }
    attempts.push(within(5000, new Promise(resolve => {
      try {
        const ws = new WebSocket('ws://' + t.url + ':' + t.tcp + '/');
        ws.onopen = () => resolve('open'); ws.onerror = () => resolve('error');
      } catch (e) { resolve('threw ' + e); }
    })).then(o => note('websocket ' + t.host, o)));
    attempts.push(within(5000, new Promise(resolve => {
      try {
        const es = new EventSource(http + '/events');
        es.onopen = () => { es.close(); resolve('open'); };
        es.onerror = () => { es.close(); resolve('error'); };
      } catch (e) { resolve('threw ' + e); }
    })).then(o => note('eventsource ' + t.host, o)));
    attempts.push(within(5000, fetch(http + '/fetch', { mode: 'no-cors' })
        .then(() => 'answered', e => 'failed ' + e)).then(o => note('fetch ' + t.host, o)));
    attempts.push(within(5000, new Promise(resolve => {
      const xhr = new XMLHttpRequest();
      xhr.onload = () => resolve('loaded'); xhr.onerror = () => resolve('error');
      try { xhr.open('GET', http + '/xhr'); xhr.send(); } catch (e) { resolve('threw ' + e); }
    })).then(o => note('xhr ' + t.host, o)));
    try { note('beacon ' + t.host, 'queued ' + navigator.sendBeacon(http + '/beacon', 'x')); }
    catch (e) { note('beacon ' + t.host, 'threw ' + e); }
    for (const tag of ['img', 'audio', 'video']) {
      attempts.push(within(5000, new Promise(resolve => {
        const el = document.createElement(tag);
        el.onload = () => resolve('loaded'); el.onerror = () => resolve('error');
        el.src = http + '/' + tag; document.body.appendChild(el);
        if (tag !== 'img') el.load();
      })).then(o => note(tag + ' ' + t.host, o)));
    }
    const family = 'probe' + t.tcp + t.host.replace(/\W/g, '');
    const style = document.createElement('style');
    style.textContent = '@font-face { font-family: ' + family + '; src: url(' + http + '/font.woff); }';
    document.head.appendChild(style);
    const text = document.createElement('span');
    text.style.fontFamily = family; text.textContent = 'font'; document.body.appendChild(text);
    attempts.push(within(5000, document.fonts.load('16px ' + family)
        .then(f => 'loaded ' + f.length, e => 'failed ' + e)).then(o => note('font ' + t.host, o)));
    for (const rel of ['preconnect', 'dns-prefetch', 'prefetch']) {
      const link = document.createElement('link');
      link.rel = rel; link.href = http + '/' + rel; document.head.appendChild(link);
    }
    if (navigator.serviceWorker) {
      attempts.push(within(5000, navigator.serviceWorker.register(http + '/sw.js')
          .then(() => 'registered', e => 'failed ' + e)).then(o => note('serviceworker ' + t.host, o)));
    } else {
      note('serviceworker ' + t.host, 'no navigator.serviceWorker');
    }
    if (typeof window.WebTransport === 'function') {
      attempts.push(within(5000, (async () => {
        const wt = new WebTransport('https://' + t.url + ':' + t.udp + '/');
        await wt.ready; return 'ready';
      })().catch(e => 'failed ' + e)).then(o => note('webtransport ' + t.host, o)));
    } else {
      note('webtransport ' + t.host, 'no WebTransport');
    }
  }
  Promise.all(attempts).then(() => { report.done = true; });
})
)JS";

// A TCP and a UDP listener on one address, counting whatever reaches them.
struct Listener
{
    QHostAddress address;
    QTcpServer tcp;
    QUdpSocket udp;
    int connections = 0;
    qint64 bytes = 0;
    QStringList seen;

    bool listen(const QHostAddress &at)
    {
        address = at;
        if (!tcp.listen(at) || !udp.bind(at))
            return false;
        QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [this] {
            while (QTcpSocket *socket = tcp.nextPendingConnection()) {
                ++connections;
                seen << u"tcp connection on %1"_s.arg(address.toString());
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { bytes += socket->readAll().size(); });
            }
        });
        QObject::connect(&udp, &QUdpSocket::readyRead, &udp, [this] {
            while (udp.hasPendingDatagrams()) {
                const qint64 size = udp.pendingDatagramSize();
                udp.receiveDatagram();
                bytes += size;
                seen << u"udp datagram of %1 bytes on %2"_s.arg(size).arg(address.toString());
            }
        });
        return true;
    }
    bool reached() const { return connections > 0 || bytes > 0; }
};

} // namespace

class TestLessonSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestLibrary> m_lib;
    Activity m_page;
    std::vector<std::unique_ptr<Listener>> m_listeners;

    QVariant evaluate(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        bool finished = false;
        page->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 10000))
            return {};
        return result;
    }

    // Opens the page activity, runs every probe and returns the page's report.
    QJsonObject probe(PageViewerPage &viewer)
    {
        QSignalSpy loaded(&viewer, &PageViewerPage::pageLoaded);
        viewer.openActivity(m_page);
        if (!loaded.wait(20000) || !loaded.last().first().toBool())
            return {};
        QJsonArray targets;
        for (const auto &listener : m_listeners) {
            const QString host = listener->address.toString();
            targets.append(
                QJsonObject{{u"host"_s, host},
                            {u"url"_s, listener->address.protocol() == QAbstractSocket::IPv6Protocol
                                           ? u'[' + host + u']'
                                           : host},
                            {u"tcp"_s, listener->tcp.serverPort()},
                            {u"udp"_s, listener->udp.localPort()}});
        }
        QWebEnginePage *page = viewer.view()->page();
        evaluate(page,
                 kProbe.toString() + u"("_s
                     + QString::fromUtf8(QJsonDocument(targets).toJson(QJsonDocument::Compact))
                     + u"); true"_s);
        QJsonObject report;
        (void)QTest::qWaitFor(
            [&] {
                report = QJsonDocument::fromJson(
                             evaluate(page, u"JSON.stringify(window.__clikcProbe || {})"_s)
                                 .toString()
                                 .toUtf8())
                             .object();
                return report.value(u"done"_s).toBool();
            },
            60000);
        return report;
    }

    QStringList reachedListeners() const
    {
        QStringList seen;
        for (const auto &listener : m_listeners)
            seen << listener->seen;
        return seen;
    }

    void expectNothingReached(const QJsonObject &report)
    {
        QVERIFY2(report.value(u"done"_s).toBool(), "the page's probes did not all finish");
        qInfo().noquote() << "page's view of its attempts:"
                          << QJsonDocument(report).toJson(QJsonDocument::Compact);
        // Late packets (a retried STUN binding, a delayed beacon): nothing may arrive after the
        // page is done either.
        const bool anything = QTest::qWaitFor(
            [&] {
                for (const auto &listener : m_listeners) {
                    if (listener->reached())
                        return true;
                }
                return false;
            },
            3000);
        QVERIFY2(!anything, qPrintable(reachedListeners().join(u"; "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lib = std::make_unique<test::TestLibrary>();
        QVERIFY(m_lib->open());
        m_lib->context().languages().useLanguage(u"en"_s);
        QVERIFY(m_lib->maintenance()
                    .importSampleIfFirstStart(AppContext::sampleMirrorRoot())
                    .result()
                    .ok());
        const auto courses = m_lib->courseQueries().courses(1).result();
        QCOMPARE(courses.size(), 1);
        const Course course = *m_lib->courseQueries().course(courses.first().id).result();
        for (const Section &section : course.sections) {
            for (const Activity &activity : section.activities) {
                if (activity.kind == ActivityKind::Page && m_page.id == 0)
                    m_page = activity;
            }
        }
        QVERIFY(m_page.id != 0);

        auto loopback = std::make_unique<Listener>();
        QVERIFY(loopback->listen(QHostAddress::LocalHost));
        m_listeners.push_back(std::move(loopback));
        // IPv6 loopback too, where this machine has it: a switch that only closed IPv4 would
        // leave a way out.
        if (auto loopback6 = std::make_unique<Listener>();
            loopback6->listen(QHostAddress::LocalHostIPv6))
            m_listeners.push_back(std::move(loopback6));
        // An address of this machine that is not loopback, where one exists: the one a lesson
        // would use to reach the local network.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            auto outside = std::make_unique<Listener>();
            if (outside->listen(address)) {
                m_listeners.push_back(std::move(outside));
                break;
            }
        }
        QStringList addresses;
        for (const auto &listener : m_listeners)
            addresses << listener->address.toString();
        qInfo() << "listening on" << addresses;
    }

    void cleanup()
    {
        for (const auto &listener : m_listeners) {
            listener->connections = 0;
            listener->bytes = 0;
            listener->seen.clear();
        }
    }

    void cleanupTestCase()
    {
        m_listeners.clear();
        m_lib.reset();
    }

    // Chromium itself keeps WebRTC off the network: with the page-level script taken away, a
    // page that still has RTCPeerConnection gathers no candidate from any server.
    void chromiumKeepsWebRtcInWithoutTheScriptLayer()
    {
        PageViewerPage viewer(servicesFor<PageViewerPage>(m_lib->context()));
        viewer.resize(800, 600);
        viewer.show();
        QWebEngineScriptCollection *scripts = viewer.view()->page()->profile()->scripts();
        const auto hiding
            = scripts->find(QString::fromLatin1(ContentSchemeHandler::kNoWebRtcScript));
        for (const QWebEngineScript &script : hiding)
            scripts->remove(script);
        QVERIFY(
            scripts->find(QString::fromLatin1(ContentSchemeHandler::kNoWebRtcScript)).isEmpty());

        const QJsonObject report = probe(viewer);
        QVERIFY(report.value(u"rtc"_s).toObject().value(u"available"_s).toBool());
        expectNothingReached(report);
    }

    // The lesson as the learner opens it: no WebRTC objects at all, and nothing reached.
    void lessonReachesNoListener()
    {
        PageViewerPage viewer(servicesFor<PageViewerPage>(m_lib->context()));
        viewer.resize(800, 600);
        viewer.show();
        const QJsonObject report = probe(viewer);
        const QJsonObject rtc = report.value(u"rtc"_s).toObject();
        QVERIFY(!rtc.value(u"available"_s).toBool());
        QVERIFY(!rtc.value(u"dataChannel"_s).toBool());
        expectNothingReached(report);
    }
};

CLIKC_TEST_MAIN_WEBENGINE(TestLessonSandbox)
#include "tst_lessonsandbox.moc"
