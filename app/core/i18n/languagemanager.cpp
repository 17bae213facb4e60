#include "languagemanager.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "clikc.i18n")

namespace clikc {

LanguageManager::LanguageManager(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {{u"en"_s, u"English"_s}, {u"fr"_s, u"Français"_s}, {u"es"_s, u"Español"_s}};
}

QString LanguageManager::supportedLanguageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return u"fr"_s;
    case QLocale::Spanish:
        return u"es"_s;
    default:
        return u"en"_s;
    }
}

QString LanguageManager::initialLanguage() const
{
    const QString saved = m_settings.language();
    for (const Language &language : languages()) {
        if (language.code == saved)
            return saved;
    }
    return supportedLanguageFor(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!apply(code))
        return false;
    m_settings.setLanguage(code);
    return true;
}

bool LanguageManager::useLanguage(const QString &code)
{
    return apply(code);
}

bool LanguageManager::apply(const QString &code)
{
    const auto all = languages();
    if (std::none_of(all.begin(), all.end(), [&](const Language &l) { return l.code == code; }))
        return false;

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    // English has a catalogue too: it holds the plural forms ("1 course", "2 courses").
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/clikc_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    } else {
        qCWarning(lcI18n) << "no application translation for" << code;
    }
    if (code != u"en"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        } else {
            qCInfo(lcI18n) << "Qt's own translation for" << code << "is not installed";
        }
    }
    QLocale::setDefault(QLocale(code));
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace clikc
