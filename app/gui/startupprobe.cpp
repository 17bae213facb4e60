#include "startupprobe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace clikc {

namespace {

// VmRSS of /proc/self/status, in KiB (0 where there is none).
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

StartupProbe::StartupProbe(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::requested()
{
    return qEnvironmentVariableIsSet("CLIKC_STARTUP_PROBE");
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_view && m_view->model()
        && m_view->model()->rowCount() > 0 && m_view->isVisible()) {
        m_done = true;
        // After this paint is flushed to the screen.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::mark(const char *what)
{
    if (!requested())
        return;
    std::fprintf(stderr, "startup-probe mark %s epoch-ms=%lld\n", what,
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
}

void StartupProbe::report()
{
    std::fprintf(stderr, "startup-probe first-rows-frame-epoch-ms=%lld rss-kib=%lld rows=%d\n",
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                 static_cast<long long>(residentKiB()), m_view ? m_view->model()->rowCount() : 0);
    std::fflush(stderr);
    QCoreApplication::quit();
}

} // namespace clikc
