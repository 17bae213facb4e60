#include "localizedtext.h"

#include "util/printable.h"

#include <QJsonObject>

#include <algorithm>

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

QJsonValue LocalizedText::toJson() const
{
    if (m_translations.isEmpty())
        return m_default;
    QJsonObject object{{u"en"_s, m_default}};
    for (const auto &[language, text] : m_translations)
        object.insert(language, text);
    return object;
}

namespace {

bool byLanguage(const std::pair<QString, QString> &entry, const QString &language)
{
    return entry.first < language;
}

} // namespace

LocalizedText::LocalizedText(QString text, Translations translations)
    : m_default(std::move(text))
{
    for (auto &[language, translated] : translations)
        setTranslation(language, translated);
}

QString LocalizedText::text(const QString &language) const
{
    for (const auto &[code, translated] : m_translations) {
        if (code == language)
            return translated.isEmpty() ? m_default : translated;
    }
    return m_default;
}

QHash<QString, QString> LocalizedText::translations() const
{
    QHash<QString, QString> all;
    for (const auto &[language, translated] : m_translations)
        all.insert(language, translated);
    return all;
}

void LocalizedText::setTranslation(const QString &language, const QString &text)
{
    const auto at
        = std::lower_bound(m_translations.begin(), m_translations.end(), language, byLanguage);
    if (at != m_translations.end() && at->first == language)
        at->second = text;
    else
        m_translations.insert(at, {language, text});
}

} // namespace clikc
