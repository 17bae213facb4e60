#include "format.h"

using namespace Qt::StringLiterals;

namespace clikc {

QString Format::fileSize(qint64 bytes, const QLocale &locale)
{
    // QLocale translates the unit names ("Mo" in French) and the decimal separator.
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Format::clock(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

QString Format::duration(qint64 milliseconds, const QLocale &locale)
{
    const qint64 seconds = qMax<qint64>(0, (milliseconds + 500) / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(locale.toString(h), locale.toString(m));
    if (m > 0)
        return s > 0 ? tr("%1 min %2 s").arg(locale.toString(m), locale.toString(s))
                     : tr("%1 min").arg(locale.toString(m));
    return tr("%1 s").arg(locale.toString(s));
}

QString Format::dateTime(const QDateTime &when, const QLocale &locale)
{
    //: A date and time as QDateTime::toString() reads it: d day, MMM short month name, yyyy
    //: year, HH:mm 24-hour clock; text in single quotes is kept as it is.
    return locale.toString(when.toLocalTime(), tr("d MMM yyyy, HH:mm"));
}

QString Format::rate(double bytesPerSecond, const QLocale &locale)
{
    return tr("%1/s").arg(fileSize(qint64(bytesPerSecond), locale));
}

QString Format::percent(double share, const QLocale &locale)
{
    return tr("%1%").arg(locale.toString(qRound(share * 100)));
}

} // namespace clikc
