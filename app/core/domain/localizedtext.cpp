#include "localizedtext.h"

#include "util/printable.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clikc {

bool LocalizedText::fromJson(const QJsonValue &value, LocalizedText *out)
{
    if (value.isString()) {
        *out = LocalizedText(printable(value.toString()));
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue english = object.value(u"en"_s);
    if (!english.isString())
        return false;
    LocalizedText text(printable(english.toString()));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
        if (it.key() != u"en"_s)
            text.setTranslation(it.key(), printable(it.value().toString()));
    }
    *out = text;
    return true;
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_translations.constFind(language);
    return it != m_translations.cend() && !it->isEmpty() ? *it : m_default;
}

void LocalizedText::setTranslation(const QString &language, const QString &text)
{
    m_translations.insert(language, text);
}

} // namespace clikc
