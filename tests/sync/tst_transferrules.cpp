// The rules the download manager and the uploader share (sync/transferrules), as tables: the
// backoff with its spread, its cap and a server's Retry-After; Content-Range as servers write
// it; and whether an answer continues the bytes already here, starts over, must be asked for
// again, or is not the file at all (Moodle's JSON and HTML error pages under status 200); the
// byte ranges a file fetched over several connections keeps, and where a range is cut in two.

#include "sync/transferrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clikc;
using transferrules::Resume;

class TestTransferRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<qint64>("expected");
        // Base 1 s, cap 60 s.
        QTest::newRow("first failure, least spread") << 1 << 0.0 << qint64(0) << qint64(500);
        QTest::newRow("first failure, middle") << 1 << 0.5 << qint64(0) << qint64(1000);
        QTest::newRow("third failure doubles twice") << 3 << 0.5 << qint64(0) << qint64(4000);
        QTest::newRow("capped") << 10 << 0.5 << qint64(0) << qint64(60000);
        QTest::newRow("capped, most spread") << 10 << 0.999 << qint64(0) << qint64(89940);
        QTest::newRow("a thousand failures stay capped")
            << 1000 << 0.5 << qint64(0) << qint64(60000);
        QTest::newRow("zero failures count as one") << 0 << 0.5 << qint64(0) << qint64(1000);
        QTest::newRow("Retry-After is longer") << 1 << 0.5 << qint64(30000) << qint64(30000);
        QTest::newRow("Retry-After is shorter") << 5 << 0.5 << qint64(2000) << qint64(16000);
        QTest::newRow("random out of range is clamped") << 1 << 7.0 << qint64(0) << qint64(1500);
    }

    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(qint64, retryAfterMs);
        QFETCH(qint64, expected);
        QCOMPARE(transferrules::backoffMs(failures, 1000, 60000, random, retryAfterMs), expected);
    }

    // The random spread stays within half to one and a half of the doubled wait.
    void backoffSpreads()
    {
        qint64 low = std::numeric_limits<qint64>::max(), high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 wait = transferrules::backoffMs(2, 1000, 60000);
            low = std::min(low, wait);
            high = std::max(high, wait);
        }
        QVERIFY2(low >= 1000 && high < 3000, qPrintable(u"%1..%2"_s.arg(low).arg(high)));
        QVERIFY2(high - low > 1000, "no spread"); // 2,000 draws cover most of the range
    }

    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("total");
        QTest::newRow("usual") << QByteArray("bytes 100-199/72442") << true << qint64(100)
                               << qint64(72442);
        QTest::newRow("unknown total")
            << QByteArray("bytes 0-9/*") << true << qint64(0) << qint64(-1);
        QTest::newRow("surrounding spaces")
            << QByteArray("  bytes 5-9/10 ") << true << qint64(5) << qint64(10);
        QTest::newRow("unsatisfied")
            << QByteArray("bytes */10") << false << qint64(-1) << qint64(-1);
        QTest::newRow("another unit")
            << QByteArray("items 0-9/10") << false << qint64(-1) << qint64(-1);
        QTest::newRow("empty") << QByteArray() << false << qint64(-1) << qint64(-1);
        QTest::newRow("negative") << QByteArray("bytes -5-9/10") << false << qint64(-1)
                                  << qint64(-1);
    }

    void contentRange()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, readable);
        QFETCH(qint64, start);
        QFETCH(qint64, total);
        qint64 gotStart = -1, gotTotal = -1;
        QCOMPARE(transferrules::parseContentRange(header, &gotStart, &gotTotal), readable);
        QCOMPARE(gotStart, start);
        QCOMPARE(gotTotal, total);
    }

    void decide_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("storedEtag");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("etag");
        QTest::addColumn<Resume>("expected");
        const QString mp4 = u"video/mp4"_s;
        const QString e1 = u"\"abc\""_s;
        const QByteArray video = "video/mp4";
        QTest::newRow("fresh start") << qint64(0) << qint64(1000) << mp4 << QString() << 200
                                     << QByteArray() << video << e1 << Resume::FromStart;
        QTest::newRow("resume where the part ends")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-999/1000")
            << video << e1 << Resume::Append;
        QTest::newRow("range ignored: the whole file")
            << qint64(400) << qint64(1000) << mp4 << e1 << 200 << QByteArray() << video << e1
            << Resume::FromStart;
        QTest::newRow("another start")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 0-999/1000")
            << video << e1 << Resume::AskAgain;
        QTest::newRow("another total")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-1199/1200")
            << video << e1 << Resume::AskAgain;
        QTest::newRow("total not told")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-999/*")
            << video << e1 << Resume::Append;
        QTest::newRow("size unknown here")
            << qint64(400) << qint64(0) << mp4 << e1 << 206 << QByteArray("bytes 400-1199/1200")
            << video << e1 << Resume::Append;
        QTest::newRow("the file changed on the site")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-999/1000")
            << video << u"\"def\""_s << Resume::AskAgain;
        QTest::newRow("no version seen before")
            << qint64(400) << qint64(1000) << mp4 << QString() << 206
            << QByteArray("bytes 400-999/1000") << video << e1 << Resume::Append;
        QTest::newRow("unreadable range")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-999")
            << video << e1 << Resume::AskAgain;
        QTest::newRow("past the end") << qint64(1000) << qint64(1000) << mp4 << e1 << 416
                                      << QByteArray() << QByteArray() << e1 << Resume::AskAgain;
        QTest::newRow("JSON error under 200")
            << qint64(0) << qint64(1000) << mp4 << QString() << 200 << QByteArray()
            << QByteArray("application/json; charset=utf-8") << QString() << Resume::NotTheFile;
        QTest::newRow("a JSON file is a file")
            << qint64(0) << qint64(1000) << u"application/json"_s << QString() << 200
            << QByteArray() << QByteArray("application/json") << QString() << Resume::FromStart;
        QTest::newRow("HTML page instead of a video")
            << qint64(0) << qint64(1000) << mp4 << QString() << 200 << QByteArray()
            << QByteArray("text/html") << QString() << Resume::NotTheFile;
        QTest::newRow("HTML of a generated file of unknown size")
            << qint64(0) << qint64(0) << u"application/octet-stream"_s << QString() << 200
            << QByteArray() << QByteArray("text/html") << QString() << Resume::FromStart;
        QTest::newRow("an HTML page of the course")
            << qint64(0) << qint64(1000) << u"text/html"_s << QString() << 200 << QByteArray()
            << QByteArray("text/html") << QString() << Resume::FromStart;
        QTest::newRow("HTML error under 206")
            << qint64(400) << qint64(1000) << mp4 << e1 << 206 << QByteArray("bytes 400-999/1000")
            << QByteArray("text/html") << e1 << Resume::NotTheFile;
        QTest::newRow("not found")
            << qint64(0) << qint64(1000) << mp4 << QString() << 404 << QByteArray()
            << QByteArray("text/html") << QString() << Resume::NotTheFile;
        QTest::newRow("server error") << qint64(400) << qint64(1000) << mp4 << e1 << 503
                                      << QByteArray() << video << e1 << Resume::NotTheFile;
    }

    void decide()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, size);
        QFETCH(QString, mime);
        QFETCH(QString, storedEtag);
        QFETCH(int, status);
        QFETCH(QByteArray, range);
        QFETCH(QByteArray, type);
        QFETCH(QString, etag);
        QFETCH(Resume, expected);
        const transferrules::Asked asked{offset, size, mime, storedEtag, {}};
        const transferrules::Answer answer{status, range, type, etag, {}};
        QCOMPARE(transferrules::decide(asked, answer), expected);
    }

    // Last-Modified is a validator too: a file whose date changed is not continued.
    void lastModifiedIsAValidator()
    {
        const transferrules::Asked asked{400, 1000, u"video/mp4"_s, {}, u"Mon, 01 Jun 2026"_s};
        transferrules::Answer answer{
            206, "bytes 400-999/1000", "video/mp4", {}, u"Mon, 01 Jun 2026"_s};
        QCOMPARE(transferrules::decide(asked, answer), Resume::Append);
        answer.lastModified = u"Tue, 02 Jun 2026"_s;
        QCOMPARE(transferrules::decide(asked, answer), Resume::AskAgain);
    }

    // Ranges join when they touch or overlap, stay apart otherwise, and say what is missing.
    void byteRangesJoinAndTellTheGaps()
    {
        transferrules::ByteRanges ranges;
        QVERIFY(ranges.isEmpty());
        QCOMPARE(ranges.gaps(10), (std::vector<transferrules::ByteRanges::Range>{{0, 10}}));
        ranges.add(50, 60);
        ranges.add(0, 10);
        ranges.add(30, 40);
        ranges.add(5, 5); // nothing
        QCOMPARE(ranges.toString(), u"0-10,30-40,50-60"_s);
        ranges.add(10, 20); // touches the first
        ranges.add(35, 55); // overlaps two
        QCOMPARE(ranges.toString(), u"0-20,30-60"_s);
        QCOMPARE(ranges.total(), 50);
        QCOMPARE(ranges.runEnd(0), 20);
        QCOMPARE(ranges.runEnd(19), 20);
        QCOMPARE(ranges.runEnd(20), 20); // not covered
        QCOMPARE(ranges.runEnd(45), 60);
        QCOMPARE(ranges.gaps(100),
                 (std::vector<transferrules::ByteRanges::Range>{{20, 30}, {60, 100}}));
        QCOMPARE(ranges.gaps(60), (std::vector<transferrules::ByteRanges::Range>{{20, 30}}));
        ranges.add(0, 100);
        QCOMPARE(ranges.toString(), u"0-100"_s);
        QVERIFY(ranges.gaps(100).empty());
    }

    // What the queue keeps is read back exactly; anything else is not trusted (the download
    // then starts again from nothing).
    void byteRangesReadBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("one") << u"0-100"_s << qint64(1000) << u"0-100"_s;
        QTest::newRow("several") << u"0-100,200-300,900-1000"_s << qint64(1000)
                                 << u"0-100,200-300,900-1000"_s;
        QTest::newRow("empty") << QString() << qint64(1000) << QString();
        QTest::newRow("past the end") << u"0-1001"_s << qint64(1000) << QString();
        QTest::newRow("out of order") << u"200-300,0-100"_s << qint64(1000) << QString();
        QTest::newRow("touching") << u"0-100,100-200"_s << qint64(1000) << QString();
        QTest::newRow("empty range") << u"100-100"_s << qint64(1000) << QString();
        QTest::newRow("negative") << u"-5-100"_s << qint64(1000) << QString();
        QTest::newRow("words") << u"0-100,junk"_s << qint64(1000) << QString();
        QTest::newRow("huge") << u"0-99999999999999999999"_s << qint64(1000) << QString();
        QTest::newRow("spaces") << u"0-100, 200-300"_s << qint64(1000) << QString();
    }
    void byteRangesReadBack()
    {
        QFETCH(QString, text);
        QFETCH(qint64, size);
        QFETCH(QString, expected);
        const auto parsed = transferrules::ByteRanges::fromString(text, size);
        QCOMPARE(parsed.has_value(), !expected.isEmpty());
        if (parsed)
            QCOMPARE(parsed->toString(), expected);
    }

    void splitPoints_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("minBytes");
        QTest::addColumn<qint64>("expected");
        constexpr qint64 MiB = 1024 * 1024;
        QTest::newRow("halves, aligned") << qint64(0) << 8 * MiB << MiB << 4 * MiB;
        QTest::newRow("rounded down to 64 KiB") << qint64(1000) << 8 * MiB + 1000 << MiB << 4 * MiB;
        QTest::newRow("exactly two minimums") << 3 * MiB << 5 * MiB << MiB << 4 * MiB;
        QTest::newRow("too small") << 3 * MiB << 5 * MiB - 1 << MiB << qint64(-1);
        QTest::newRow("nothing left") << 5 * MiB << 5 * MiB << MiB << qint64(-1);
        // Rounding would leave the first side short of its minimum: the exact middle.
        QTest::newRow("unaligned middle kept")
            << qint64(100) << qint64(300) << qint64(100) << qint64(200);
    }
    void splitPoints()
    {
        QFETCH(qint64, position);
        QFETCH(qint64, end);
        QFETCH(qint64, minBytes);
        QFETCH(qint64, expected);
        QCOMPARE(transferrules::splitPoint(position, end, minBytes), expected);
    }
};

QTEST_GUILESS_MAIN(TestTransferRules)
#include "tst_transferrules.moc"
