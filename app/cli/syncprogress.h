#pragma once

#include "sync/downloadmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace clikc {

// The progress of `clikc sync` on standard error: "3.5 MB of 7.0 MB (50%) · 1.2 MB/s · about
// 3 s left · 2 files left". On a terminal the line is redrawn in place; otherwise (a log, a
// scheduler) a plain line is written when a file finishes and at most every ten seconds in
// between. finish() always ends with a line of its own, also when there was nothing to do.
// Main thread.
class SyncProgress final
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)

public:
    SyncProgress(QTextStream &err, bool terminal);

    void update(const DownloadManager::Totals &totals);
    void finish();

    static QString line(const DownloadManager::Totals &totals);

private:
    void print(const QString &text);

    QTextStream &m_err;
    const bool m_terminal;
    bool m_started = false; // something was to be downloaded
    DownloadManager::Totals m_last;
    QElapsedTimer m_sincePrinted;
    int m_printedActive = -1;
    QString m_printed;
};

} // namespace clikc
