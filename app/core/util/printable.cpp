#include "printable.h"

namespace clikc {

QString printable(const QString &text)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c))
            clean.append(c);
    }
    return clean;
}

} // namespace clikc
