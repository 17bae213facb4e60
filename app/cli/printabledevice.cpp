#include "printabledevice.h"

#include <QByteArray>

namespace clikc {

PrintableDevice::PrintableDevice(QIODevice *target)
    : m_target(target)
{}

qint64 PrintableDevice::readData(char *, qint64)
{
    return -1;
}

qint64 PrintableDevice::writeData(const char *data, qint64 size)
{
    QByteArray clean;
    clean.reserve(size + 1);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (byte >= 0x80 && byte <= 0x9f)
                continue; // U+0080–U+009F: a C1 control
            clean.append(char(0xc2));
        }
        if (byte == 0xc2) {
            m_pendingC2 = true; // decided by the next byte, which may come in the next write
            continue;
        }
        if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f)
            continue;
        clean.append(char(byte));
    }
    if (!clean.isEmpty() && m_target->write(clean) != clean.size())
        return -1;
    return size;
}

} // namespace clikc
