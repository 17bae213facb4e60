#include "workstation.h"

#include "util/learnersecret.h"

#include <QDir>
#include <QLoggingCategory>
#include <QUrl>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace clikc {

Q_LOGGING_CATEGORY(lcWorkstation, "clikc.workstation")

namespace {

struct KeyInfo
{
    Workstation::Key key;
    const char *name;
};

constexpr KeyInfo kKeys[] = {
    {Workstation::Key::SharedMode, "shared_mode"},
    {Workstation::Key::InactivityMinutes, "inactivity_minutes"},
    {Workstation::Key::LearnersMayAdd, "learners_may_add"},
    {Workstation::Key::PinRequired, "pin_required"},
    {Workstation::Key::DefaultLanguage, "default_language"},
    {Workstation::Key::Site, "site"},
    {Workstation::Key::ManagerPinHash, "manager_pin_hash"},
    {Workstation::Key::ContentFolder, "content_folder"},
    {Workstation::Key::CourseSource, "course_source"},
};

QString keyName(Workstation::Key key)
{
    for (const KeyInfo &info : kKeys) {
        if (info.key == key)
            return u"workstation/"_s + QLatin1String(info.name);
    }
    return {};
}

QVariant defaultValue(Workstation::Key key)
{
    switch (key) {
    case Workstation::Key::SharedMode:
    case Workstation::Key::PinRequired:
        return false;
    case Workstation::Key::LearnersMayAdd:
        return true;
    case Workstation::Key::InactivityMinutes:
        return 10;
    case Workstation::Key::DefaultLanguage:
    case Workstation::Key::Site:
    case Workstation::Key::ManagerPinHash:
    case Workstation::Key::ContentFolder:
    case Workstation::Key::CourseSource:
        return QString();
    }
    return {};
}

std::optional<bool> boolean(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s || text == u"yes"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s || text == u"no"_s)
        return false;
    return std::nullopt;
}

// QSettings reads an unquoted value with commas as a list (an Argon2id hash has them): the text
// as written.
QVariant asWritten(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? QVariant(value.toStringList().join(u','))
                                                    : value;
}

} // namespace

Workstation::Workstation(const QString &dataDir, const QString &adminFile)
    : m_settings(dataDir + u"/settings.ini"_s, QSettings::IniFormat)
    , m_adminFile(adminFile.isEmpty() ? defaultAdminFile() : adminFile)
{
    reloadAdminFile();
}

QString Workstation::defaultAdminFile()
{
    const QString fromEnvironment = qEnvironmentVariable("CLIKC_WORKSTATION_FILE");
    return fromEnvironment.isEmpty() ? u"/etc/clikc-desktop/workstation.ini"_s : fromEnvironment;
}

void Workstation::reloadAdminFile()
{
    m_admin.clear();
    const QSettings admin(m_adminFile, QSettings::IniFormat);
    if (admin.status() != QSettings::NoError) {
        qCWarning(lcWorkstation) << "cannot read" << m_adminFile;
        return;
    }
    for (const KeyInfo &info : kKeys) {
        const QString name = keyName(info.key);
        if (!admin.contains(name))
            continue;
        const QVariant raw = asWritten(admin.value(name));
        const QVariant value = normalized(info.key, raw);
        if (!value.isValid()) {
            qCWarning(lcWorkstation).noquote() << m_adminFile << ": ignoring" << name << "="
                                               << raw.toString() << "(not a documented value)";
            continue;
        }
        m_admin.insert(info.key, value);
    }
}

QVariant Workstation::normalized(Key key, const QVariant &value)
{
    switch (key) {
    case Key::SharedMode:
    case Key::LearnersMayAdd:
    case Key::PinRequired:
        if (const auto b = boolean(value))
            return *b;
        return {};
    case Key::InactivityMinutes: {
        bool ok = false;
        const int minutes = value.toString().trimmed().toInt(&ok);
        return ok && minutes >= 1 && minutes <= 240 ? QVariant(minutes) : QVariant();
    }
    case Key::DefaultLanguage: {
        const QString code = value.toString().trimmed();
        return code.isEmpty() || code == u"en"_s || code == u"fr"_s || code == u"es"_s
                   ? QVariant(code)
                   : QVariant();
    }
    case Key::Site: {
        const QString text = value.toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        return text.isEmpty()
                       || (url.isValid() && !url.host().isEmpty()
                           && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
                   ? QVariant(text)
                   : QVariant();
    }
    case Key::ContentFolder: {
        // A folder named absolutely, without a way up: it is where every account writes.
        const QString path = value.toString().trimmed();
        return path.isEmpty() || (QDir::isAbsolutePath(path) && !path.split(u'/').contains(u".."_s))
                   ? QVariant(QDir::cleanPath(path))
                   : QVariant();
    }
    case Key::CourseSource: {
        // A web address, or a folder named absolutely.
        const QString text = value.toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.isValid() && !url.host().isEmpty()
                         && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
        const bool folder = QDir::isAbsolutePath(text) && !text.split(u'/').contains(u".."_s);
        return text.isEmpty() || web || folder ? QVariant(folder ? QDir::cleanPath(text) : text)
                                               : QVariant();
    }
    case Key::ManagerPinHash: {
        const QString hash = value.toString().trimmed();
        return hash.isEmpty() || (hash.startsWith(u"$argon2id$"_s) && hash.size() < 128)
                   ? QVariant(hash)
                   : QVariant();
    }
    }
    return {};
}

QVariant Workstation::value(Key key) const
{
    if (const auto admin = m_admin.constFind(key); admin != m_admin.cend())
        return *admin;
    if (key == Key::ContentFolder || key == Key::CourseSource)
        return QString();
    const QVariant mine = normalized(key, asWritten(m_settings.value(keyName(key))));
    return mine.isValid() && m_settings.contains(keyName(key)) ? mine : defaultValue(key);
}

qint64 Workstation::managerWaitMs(qint64 nowMs) const
{
    const qint64 notBefore = m_settings.value(u"workstation/manager_not_before"_s).toLongLong();
    return std::max<qint64>(0, notBefore - nowMs);
}

QFuture<bool> Workstation::verifyManagerPin(const QString &pin) const
{
    return QtConcurrent::run(
        [hash = managerPinHash(), pin] { return learnersecret::verify(hash, pin); });
}

qint64 Workstation::recordManagerTry(bool right, qint64 nowMs)
{
    const int failures
        = right ? 0 : m_settings.value(u"workstation/manager_failures"_s).toInt() + 1;
    const qint64 wait = learnersecret::delayAfterMs(failures);
    m_settings.setValue(u"workstation/manager_failures"_s, failures);
    m_settings.setValue(u"workstation/manager_not_before"_s, nowMs + wait);
    m_settings.sync();
    return wait;
}

QFuture<QString> Workstation::hashManagerPin(const QString &pin)
{
    return QtConcurrent::run([pin] { return learnersecret::hash(pin); });
}

bool Workstation::set(Key key, const QVariant &value)
{
    // Where every account's content goes is the machine's administrator's to say.
    if (setByAdministrator(key) || key == Key::ContentFolder || key == Key::CourseSource)
        return false;
    const QVariant normal = normalized(key, value);
    if (!normal.isValid())
        return false;
    m_settings.setValue(keyName(key), normal);
    m_settings.sync();
    return true;
}

} // namespace clikc
