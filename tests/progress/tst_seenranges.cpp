// What counts as seen: merged intervals, so replaying the start or jumping to the end does not
// make a video "watched".

#include "progress/seenranges.h"

#include <QTest>

using Intervals = QList<QPair<qint64, qint64>>;

using namespace Qt::StringLiterals;
using namespace clikc;

class TestSeenRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data()
    {
        QTest::addColumn<Intervals>("added");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("total");
        using L = Intervals;
        QTest::newRow("one") << L{{0, 1000}} << u"0-1000"_s << qint64(1000);
        QTest::newRow("replaying the start counts once")
            << L{{0, 1000}, {0, 1000}, {0, 1000}} << u"0-1000"_s << qint64(1000);
        QTest::newRow("overlap merges") << L{{0, 1000}, {500, 1500}} << u"0-1500"_s << qint64(1500);
        QTest::newRow("adjacent merges")
            << L{{0, 1000}, {1000, 2000}} << u"0-2000"_s << qint64(2000);
        QTest::newRow("gap kept") << L{{0, 1000}, {3000, 4000}} << u"0-1000,3000-4000"_s
                                  << qint64(2000);
        QTest::newRow("out of order")
            << L{{3000, 4000}, {0, 1000}, {900, 3100}} << u"0-4000"_s << qint64(4000);
        QTest::newRow("empty and backwards ignored")
            << L{{5, 5}, {10, 2}} << QString() << qint64(0);
        QTest::newRow("negative start clamped") << L{{-50, 100}} << u"0-100"_s << qint64(100);
        QTest::newRow("bridges several")
            << L{{0, 10}, {20, 30}, {40, 50}, {5, 45}} << u"0-50"_s << qint64(50);
    }

    void add()
    {
        QFETCH(Intervals, added);
        QFETCH(QString, expected);
        QFETCH(qint64, total);
        SeenRanges ranges;
        for (const auto &[start, end] : added)
            ranges.add(start, end);
        QCOMPARE(ranges.toString(), expected);
        QCOMPARE(ranges.total(), total);
        QCOMPARE(SeenRanges::fromString(expected).toString(), expected); // round trip
    }

    void parsingDropsGarbage()
    {
        QCOMPARE(SeenRanges::fromString(u"0-100,abc,5,200-x,300-400"_s).toString(),
                 u"0-100,300-400"_s);
        QCOMPARE(SeenRanges::fromString(QString()).total(), 0);
    }

    void mergeKeepsBoth()
    {
        SeenRanges a = SeenRanges::fromString(u"0-1000"_s);
        a.merge(SeenRanges::fromString(u"2000-3000,500-2500"_s));
        QCOMPARE(a.toString(), u"0-3000"_s);
    }
};

QTEST_GUILESS_MAIN(TestSeenRanges)
#include "tst_seenranges.moc"
