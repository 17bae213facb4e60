#include "syncprogress.h"

#include "i18n/format.h"

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr qint64 kPlainLineIntervalMs = 10 * 1000;

double shareOf(const DownloadManager::Totals &totals)
{
    if (totals.bytesTotal <= 0)
        return totals.active == 0 ? 1.0 : 0.0;
    return qBound(0.0, double(totals.bytesDone) / double(totals.bytesTotal), 1.0);
}

} // namespace

SyncProgress::SyncProgress(QTextStream &err, bool terminal)
    : m_err(err)
    , m_terminal(terminal)
{}

QString SyncProgress::line(const DownloadManager::Totals &totals)
{
    QStringList parts;
    //: Downloaded so far, of the whole download, and the percentage: "3.5 MB of 7.0 MB (50%)"
    parts << tr("%1 of %2 (%3)")
                 .arg(Format::fileSize(totals.bytesDone), Format::fileSize(totals.bytesTotal),
                      Format::percent(shareOf(totals)));
    if (totals.active > 0 && totals.bytesPerSecond > 0)
        //: A transfer rate: "1.2 MB/s"
        parts << tr("%1/s").arg(Format::fileSize(qint64(totals.bytesPerSecond)));
    if (totals.active > 0 && totals.secondsLeft >= 0)
        //: The time the download should still take: "about 3 min 20 s left"
        parts << tr("about %1 left").arg(Format::duration(totals.secondsLeft * 1000));
    parts << tr("%n file(s) left", nullptr, totals.active);
    return parts.join(u" · "_s);
}

void SyncProgress::update(const DownloadManager::Totals &totals)
{
    if (totals.active > 0)
        m_started = true;
    if (!m_started)
        return; // the totals of earlier downloads, before this run's files are queued
    if (totals.batchFiles == 0)
        return; // this run's batch ended; the empty one after it says nothing of this run
    m_last = totals;
    const QString text = line(totals);
    if (m_terminal) {
        m_err << u"\r\x1b[K"_s << text;
        m_err.flush();
        return;
    }
    const bool fileFinished = totals.active != m_printedActive;
    const bool due = !m_sincePrinted.isValid() || m_sincePrinted.elapsed() >= kPlainLineIntervalMs;
    if (text == m_printed || (!fileFinished && !due))
        return;
    print(text);
    m_printedActive = totals.active;
}

void SyncProgress::finish()
{
    const QString text = m_started ? tr("Finished: %1 of %2 downloaded (%3).")
                                         .arg(Format::fileSize(m_last.bytesDone),
                                              Format::fileSize(m_last.bytesTotal),
                                              Format::percent(shareOf(m_last)))
                                   : tr("Nothing to download: the chosen courses are already on "
                                        "this computer.");
    print(text);
}

void SyncProgress::print(const QString &text)
{
    if (m_terminal)
        m_err << u"\r\x1b[K"_s;
    m_err << text << Qt::endl;
    m_printed = text;
    m_sincePrinted.start();
}

} // namespace clikc
