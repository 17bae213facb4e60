// The start-up benchmark's anchor: an empty Qt Widgets window. Prints, as the application's
// start-up probe does, when its first frame was painted (milliseconds since the epoch) and its
// resident memory then, and quits.

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

class Window final : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_done)
            return;
        m_done = true;
        QTimer::singleShot(0, this, [] {
            std::fprintf(stderr, "startup-probe first-rows-frame-epoch-ms=%lld rss-kib=%lld\n",
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                         static_cast<long long>(residentKiB()));
            QCoreApplication::quit();
        });
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
