#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace clikc {

// The hours of the day an unattended sync may use the link, "22:00-06:00" (local time; a window
// that ends before it starts runs over midnight; "00:00-00:00" is the whole day). Pure: the time
// is given, so that tests (and a scheduler's clock) decide it.
class SyncWindow final
{
public:
    // "HH:MM-HH:MM"; nothing for anything else.
    static std::optional<SyncWindow> parse(const QString &text);

    bool contains(const QDateTime &now) const;
    // How long until the window opens (0 when open).
    qint64 msUntilOpen(const QDateTime &now) const;
    // How long until it closes (0 when closed; the whole day's window never closes: -1).
    qint64 msUntilClose(const QDateTime &now) const;
    QString toString() const;

private:
    SyncWindow(int startMinute, int endMinute)
        : m_start(startMinute)
        , m_end(endMinute)
    {}
    // Milliseconds from `now` to the next time the clock reads `minute` (0 if it reads it now).
    static qint64 msUntilMinute(const QDateTime &now, int minute);

    int m_start = 0; // minutes after midnight
    int m_end = 0;
};

// The time of this computer, or the one a test gives (CLIKC_TEST_CLOCK="2026-12-07T21:59:58",
// local time, running from there at the real pace, or CLIKC_TEST_CLOCK_RATE times it): a window
// in the small hours is tested in seconds. Read once per process.
class Clock final
{
public:
    static QDateTime now();
    // The real milliseconds that `clockMs` of this clock take.
    static qint64 realMs(qint64 clockMs);
};

} // namespace clikc
