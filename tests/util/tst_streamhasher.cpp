// StreamHasher: the SHA-256 and SHA-1 of a stream fed in chunks, hashed in place for a small
// stream and on a thread of its own for a large one, equal to hashing the whole at once,
// whatever the chunks; a large stream added faster than it is hashed waits rather than queueing
// without bound; dropping one unfinished ends its thread.

#include "util/streamhasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace clikc;

class TestStreamHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsTheWholeAtOnce_data()
    {
        QTest::addColumn<qint64>("expected"); // the size announced (decides the thread)
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("chunk");
        QTest::newRow("empty") << qint64(0) << qint64(0) << 1;
        QTest::newRow("small, one chunk") << qint64(1000) << qint64(1000) << 1000;
        QTest::newRow("small, odd chunks") << qint64(100'000) << qint64(100'000) << 4093;
        QTest::newRow("size unknown") << qint64(-1) << qint64(300'000) << 65536;
        QTest::newRow("large, threaded")
            << StreamHasher::kThreadFrom << StreamHasher::kThreadFrom << 16384;
        QTest::newRow("large, more than the queue holds")
            << qint64(96 * 1024 * 1024) << qint64(96 * 1024 * 1024) << 1024 * 1024;
        QTest::newRow("threaded, fewer bytes than announced")
            << qint64(8 * 1024 * 1024) << qint64(12345) << 100;
    }

    void equalsTheWholeAtOnce()
    {
        QFETCH(qint64, expected);
        QFETCH(qint64, total);
        QFETCH(int, chunk);
        QByteArray whole(total, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (qint64 i = 0; i < total; ++i)
            whole[i] = char(generator.bounded(256));
        StreamHasher hasher(expected);
        for (qint64 at = 0; at < total; at += chunk)
            hasher.add(whole.mid(at, chunk));
        QCOMPARE(hasher.size(), total);
        const StreamHasher::Result result = hasher.finish();
        QCOMPARE(result.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(
            result.sha1,
            QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha1).toHex()));
    }

    // A transfer that stops midway drops its hasher unfinished: its thread ends, nothing hangs.
    void droppedUnfinishedEndsItsThread()
    {
        for (int i = 0; i < 20; ++i) {
            StreamHasher hasher(StreamHasher::kThreadFrom);
            for (int c = 0; c < 8; ++c)
                hasher.add(QByteArray(1024 * 1024, char(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamHasher)
#include "tst_streamhasher.moc"
