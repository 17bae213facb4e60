// The night window of an unattended sync: parsing, open or closed at a given time, and how long
// until it opens or closes, over midnight and on the hour.

#include "util/syncwindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestSyncWindow : public QObject
{
    Q_OBJECT

    static QDateTime at(const QString &time)
    {
        return QDateTime(QDate(2026, 12, 7), QTime::fromString(time, u"HH:mm:ss"_s));
    }

private Q_SLOTS:
    void parses()
    {
        QVERIFY(SyncWindow::parse(u"22:00-06:00"_s));
        QCOMPARE(SyncWindow::parse(u" 9:30-17:00 "_s)->toString(), u"09:30-17:00"_s);
        QCOMPARE(SyncWindow::parse(u"20:00-24:00"_s)->toString(), u"20:00-00:00"_s);
        for (const QString &wrong : {u""_s, u"22-06"_s, u"25:00-06:00"_s, u"22:60-06:00"_s,
                                     u"22:00-24:30"_s, u"22:00 - 06:00"_s, u"ten-six"_s})
            QVERIFY2(!SyncWindow::parse(wrong), qPrintable(wrong));
    }

    void overMidnight()
    {
        const SyncWindow night = *SyncWindow::parse(u"22:00-06:00"_s);
        QVERIFY(!night.contains(at(u"21:59:59"_s)));
        QVERIFY(night.contains(at(u"22:00:00"_s)));
        QVERIFY(night.contains(at(u"03:00:00"_s)));
        QVERIFY(!night.contains(at(u"06:00:00"_s)));
        QCOMPARE(night.msUntilOpen(at(u"21:59:58"_s)), 2000);
        QCOMPARE(night.msUntilOpen(at(u"06:00:00"_s)), 16 * 3600 * 1000);
        QCOMPARE(night.msUntilOpen(at(u"23:00:00"_s)), 0);
        QCOMPARE(night.msUntilClose(at(u"23:00:00"_s)), 7 * 3600 * 1000);
        QCOMPARE(night.msUntilClose(at(u"05:59:30"_s)), 30 * 1000);
        QCOMPARE(night.msUntilClose(at(u"12:00:00"_s)), 0);
    }

    void withinADayAndAllDay()
    {
        const SyncWindow lunch = *SyncWindow::parse(u"12:00-14:00"_s);
        QVERIFY(lunch.contains(at(u"13:59:59"_s)));
        QVERIFY(!lunch.contains(at(u"14:00:00"_s)));
        QCOMPARE(lunch.msUntilOpen(at(u"14:00:00"_s)), 22 * 3600 * 1000);
        const SyncWindow always = *SyncWindow::parse(u"00:00-00:00"_s);
        QVERIFY(always.contains(at(u"17:42:00"_s)));
        QCOMPARE(always.msUntilClose(at(u"17:42:00"_s)), -1);
        QCOMPARE(always.msUntilOpen(at(u"17:42:00"_s)), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
