#pragma once

#include <QIODevice>

namespace clikc {

// Writes to `target` what it is given, without control characters: C0 controls other than tab
// and line feed, DEL and the C1 controls (U+0080–U+009F, two bytes in UTF-8). A title from a
// site or a mirror holding ESC[2J cannot clear a coordinator's screen, or move the cursor to
// write over what clikc printed. The sync progress line's own cursor codes go to the terminal
// through a stream of their own.
class PrintableDevice final : public QIODevice
{
public:
    explicit PrintableDevice(QIODevice *target);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    bool m_pendingC2 = false; // a UTF-8 lead byte 0xC2 at the end of the last write
};

} // namespace clikc
