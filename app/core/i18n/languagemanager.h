#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <memory>

namespace clikc {

class Settings;

// Switches the whole interface between English, French and Spanish while the application runs:
// installs the application's and Qt's own translations, sets the default QLocale (numbers, dates,
// sizes), and remembers the choice. Lives on the GUI thread.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       // "en", "fr", "es"
        QString nativeName; // shown in its own language, never translated
    };

    explicit LanguageManager(Settings &settings, QObject *parent = nullptr);
    ~LanguageManager() override;
    Q_DISABLE_COPY_MOVE(LanguageManager)

    static QList<Language> languages();
    // The saved choice; on first start the system's language when supported, else English.
    QString initialLanguage() const;
    // The language of `locale` when it is one we speak, else "en".
    static QString supportedLanguageFor(const QLocale &locale);

    QString language() const { return m_language; }
    QLocale locale() const { return QLocale(m_language); }
    // The learner's choice: applies `code` and remembers it. Returns false for an unknown code.
    bool setLanguage(const QString &code);
    // Applies `code` for this run only (the first start's system language, the command line).
    bool useLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    bool apply(const QString &code);

    Settings &m_settings;
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace clikc
