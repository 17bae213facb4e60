#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace clikc {

// A human text that may exist in several languages: the default (English, or the course's own
// language) plus optional translations keyed by language code ("fr", "es").
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(QString text) // NOLINT: implicit on purpose, a plain string is a valid text
        : m_default(std::move(text))
    {}
    // Translations by language: unique, sorted by language.
    using Translations = QList<std::pair<QString, QString>>;
    LocalizedText(QString text, Translations translations);

    // Reads a mirror text: a string, or an object {"en": "…", "fr": "…"}. Returns false otherwise.
    static bool fromJson(const QJsonValue &value, LocalizedText *out);
    // The same shape back: a plain string without translations, else {"en": default, …}.
    QJsonValue toJson() const;

    QString defaultText() const { return m_default; }
    // The text in `language` when there is one, else the default.
    QString text(const QString &language) const;
    QHash<QString, QString> translations() const;
    const Translations &translationList() const { return m_translations; }
    void setTranslation(const QString &language, const QString &text);
    bool isEmpty() const { return m_default.isEmpty() && m_translations.isEmpty(); }

    bool operator==(const LocalizedText &) const = default;

private:
    QString m_default;
    // A short list, not a hash: a text has two or three, and a library holds thousands of texts
    // (a hash's table per text was most of the time a start spent reading the library).
    Translations m_translations;
};

} // namespace clikc
