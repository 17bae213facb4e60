#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace clikc {

// For the start-up benchmark (bench/startup.sh), only when CLIKC_STARTUP_PROBE is set: once the
// library view has painted a frame with the library's rows, prints when (milliseconds since the
// epoch, to compare with the moment the benchmark ran the program) and the process's resident
// memory, then quits. Lives on the GUI thread.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QAbstractItemView *view);
    Q_DISABLE_COPY_MOVE(StartupProbe)

    static bool requested();
    // When requested: prints a moment of the start ("startup-probe mark WHAT epoch-ms=N"), so
    // that the time to the first frame can be split into its steps.
    static void mark(const char *what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<QAbstractItemView> m_view;
    bool m_done = false;
};

} // namespace clikc
