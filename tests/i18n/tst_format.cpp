// Sizes, durations and clock times follow the chosen language.

#include "i18n/format.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace clikc;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileSize_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en kB") << u"en"_s << qint64(265180) << u"265.2 kB"_s;
        QTest::newRow("fr ko") << u"fr"_s << qint64(265180) << u"265,2 ko"_s;
        QTest::newRow("es MB") << u"es"_s << qint64(1500000) << u"1,5 MB"_s;
        QTest::newRow("en bytes") << u"en"_s << qint64(999) << u"999 bytes"_s;
    }

    void fileSize()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(Format::fileSize(bytes, QLocale(locale)).replace(QChar(0xa0), u' '), expected);
    }

    void clock_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << u"0:00"_s;
        QTest::newRow("negative") << qint64(-5) << u"0:00"_s;
        QTest::newRow("seconds") << qint64(8999) << u"0:08"_s;
        QTest::newRow("minutes") << qint64(65000) << u"1:05"_s;
        QTest::newRow("hours") << qint64(3723000) << u"1:02:03"_s;
    }

    void clock()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(Format::clock(ms), expected);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(8000) << u"8 s"_s;
        QTest::newRow("minutes") << qint64(120000) << u"2 min"_s;
        QTest::newRow("minutes and seconds") << qint64(200000) << u"3 min 20 s"_s;
        QTest::newRow("hours") << qint64(3900000) << u"1 h 5 min"_s;
    }

    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(Format::duration(ms, QLocale(u"en"_s)), expected);
    }

    void numbersUseTheLocale()
    {
        QCOMPARE(Format::duration(3900000, QLocale(u"fr"_s)), u"1 h 5 min"_s);
    }

    // Dates never take the ambiguous US short form (12/6/26 4:59 AM): day, month name, year and
    // a 24-hour clock, in the words of the chosen language.
    void datesAreUnambiguous_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"6 Dec 2026, 04:59"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"6 Dec 2026, 04:59"_s;
        QTest::newRow("fr") << u"fr"_s << u"6 déc. 2026 à 04:59"_s;
        QTest::newRow("es") << u"es"_s << u"6 dic 2026, 04:59"_s;
    }

    void datesAreUnambiguous()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        if (!language.startsWith(u"en"_s)) {
            QVERIFY(translator.load(u":/i18n/clikc_"_s + language + u".qm"_s));
            QCoreApplication::installTranslator(&translator);
        }
        const QDateTime when(QDate(2026, 12, 6), QTime(4, 59));
        const QString text = Format::dateTime(when, QLocale(language));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
    }

    void ratesUseTheFileSizeUnits()
    {
        QCOMPARE(Format::rate(500'000, QLocale(u"en"_s)), u"500.0 kB/s"_s);
        QCOMPARE(Format::rate(1'500'000, QLocale(u"en"_s)), u"1.5 MB/s"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
