#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace clikc {

// Numbers the learner reads, in the conventions of the chosen language.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // "1.5 MB" / "1,5 Mo" / "1,5 MB".
    static QString fileSize(qint64 bytes, const QLocale &locale = QLocale());
    // "1:05" or "1:02:03" for a media position.
    static QString clock(qint64 milliseconds);
    // "3 min 20 s", "1 h 5 min", for durations in sentences.
    static QString duration(qint64 milliseconds, const QLocale &locale = QLocale());
    // "6 Dec 2026, 04:59": day, month name and 24-hour clock, never an ambiguous 12/6/26.
    static QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
    // "500 kB/s": a transfer rate, in the same units as fileSize().
    static QString rate(double bytesPerSecond, const QLocale &locale = QLocale());
    static QString percent(double share, const QLocale &locale = QLocale());
};

} // namespace clikc
