#include "syncwindow.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr int kDay = 24 * 60;

struct TestClock
{
    QDateTime start; // invalid: the computer's own clock
    double rate = 1;
    QElapsedTimer elapsed;
};

const TestClock &testClock()
{
    static const TestClock clock = [] {
        TestClock c;
        const QString given = qEnvironmentVariable("CLIKC_TEST_CLOCK");
        if (!given.isEmpty())
            c.start = QDateTime::fromString(given, Qt::ISODate);
        bool ok = false;
        const double rate = qEnvironmentVariable("CLIKC_TEST_CLOCK_RATE").toDouble(&ok);
        if (ok && rate > 0)
            c.rate = rate;
        c.elapsed.start();
        return c;
    }();
    return clock;
}

} // namespace

std::optional<SyncWindow> SyncWindow::parse(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    // 24:00 may end a window (the end of the day).
    if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2 != 0))
        return std::nullopt;
    return SyncWindow(h1 * 60 + m1, (h2 * 60 + m2) % kDay);
}

bool SyncWindow::contains(const QDateTime &now) const
{
    if (m_start == m_end)
        return true;
    const int minute = now.time().hour() * 60 + now.time().minute();
    return m_start < m_end ? minute >= m_start && minute < m_end
                           : minute >= m_start || minute < m_end;
}

qint64 SyncWindow::msUntilMinute(const QDateTime &now, int minute)
{
    QDateTime next(now.date(), QTime(minute / 60, minute % 60), now.timeSpec());
    if (next < now)
        next = next.addDays(1);
    return now.msecsTo(next);
}

qint64 SyncWindow::msUntilOpen(const QDateTime &now) const
{
    return contains(now) ? 0 : msUntilMinute(now, m_start);
}

qint64 SyncWindow::msUntilClose(const QDateTime &now) const
{
    if (m_start == m_end)
        return -1;
    return contains(now) ? msUntilMinute(now, m_end) : 0;
}

QString SyncWindow::toString() const
{
    return u"%1:%2-%3:%4"_s.arg(m_start / 60, 2, 10, QChar(u'0'))
        .arg(m_start % 60, 2, 10, QChar(u'0'))
        .arg(m_end / 60, 2, 10, QChar(u'0'))
        .arg(m_end % 60, 2, 10, QChar(u'0'));
}

QDateTime Clock::now()
{
    const TestClock &clock = testClock();
    if (!clock.start.isValid())
        return QDateTime::currentDateTime();
    return clock.start.addMSecs(qint64(double(clock.elapsed.elapsed()) * clock.rate));
}

qint64 Clock::realMs(qint64 clockMs)
{
    return qint64(std::ceil(double(clockMs) / testClock().rate));
}

} // namespace clikc
