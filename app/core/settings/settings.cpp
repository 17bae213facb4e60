#include "settings.h"

#include "util/syncwindow.h"

using namespace Qt::StringLiterals;

namespace clikc {

Settings::Settings(const QString &dataDir)
    : m_settings(dataDir + u"/settings.ini"_s, QSettings::IniFormat)
{}

QString Settings::playerKey(const char *name) const
{
    return m_learner == 1 ? u"player/"_s + QLatin1String(name)
                          : u"learner-%1/player/"_s.arg(m_learner) + QLatin1String(name);
}

void Settings::forgetLearner(qint64 profileId)
{
    if (profileId == 1)
        m_settings.remove(u"export"_s);
    m_settings.remove(profileId == 1 ? u"player"_s : u"learner-%1"_s.arg(profileId));
}

QString Settings::signerName() const
{
    return m_settings
        .value(m_learner == 1 ? u"export/signer_name"_s
                              : u"learner-%1/export/signer_name"_s.arg(m_learner))
        .toString();
}

void Settings::setSignerName(const QString &name)
{
    m_settings.setValue(m_learner == 1 ? u"export/signer_name"_s
                                       : u"learner-%1/export/signer_name"_s.arg(m_learner),
                        name.trimmed());
}

QString Settings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(u"ui/language"_s, code);
}

int Settings::volume() const
{
    return qBound(0, m_settings.value(playerKey("volume"), 80).toInt(), 100);
}

void Settings::setVolume(int percent)
{
    m_settings.setValue(playerKey("volume"), qBound(0, percent, 100));
}

bool Settings::muted() const
{
    return m_settings.value(playerKey("muted"), false).toBool();
}

void Settings::setMuted(bool muted)
{
    m_settings.setValue(playerKey("muted"), muted);
}

double Settings::playbackRate() const
{
    return qBound(0.5, m_settings.value(playerKey("rate"), 1.0).toDouble(), 2.0);
}

void Settings::setPlaybackRate(double rate)
{
    m_settings.setValue(playerKey("rate"), qBound(0.5, rate, 2.0));
}

bool Settings::autoDownload() const
{
    return m_settings.value(u"downloads/automatic"_s, false).toBool();
}

void Settings::setAutoDownload(bool on)
{
    m_settings.setValue(u"downloads/automatic"_s, on);
}

QString Settings::autoDownloadWindow() const
{
    const QString window = m_settings.value(u"downloads/automatic_window"_s).toString();
    return SyncWindow::parse(window) ? window : u"22:00-06:00"_s;
}

void Settings::setAutoDownloadWindow(const QString &window)
{
    if (SyncWindow::parse(window))
        m_settings.setValue(u"downloads/automatic_window"_s, window);
}

int Settings::parallelDownloads() const
{
    return qBound(1, m_settings.value(u"downloads/parallel"_s, 3).toInt(), 8);
}

void Settings::setParallelDownloads(int count)
{
    m_settings.setValue(u"downloads/parallel"_s, qBound(1, count, 8));
}

int Settings::downloadLimitKB() const
{
    // Kept in kB (1000 bytes), the unit every rate is shown in; 0.1.0 kept KiB.
    if (m_settings.contains(u"downloads/limit_kb"_s))
        return qMax(0, m_settings.value(u"downloads/limit_kb"_s, 0).toInt());
    return qMax(0, int(m_settings.value(u"downloads/limit_kib"_s, 0).toLongLong() * 1024 / 1000));
}

void Settings::setDownloadLimitKB(int kb)
{
    m_settings.setValue(u"downloads/limit_kb"_s, qMax(0, kb));
    m_settings.remove(u"downloads/limit_kib"_s);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(u"ui/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"ui/geometry"_s, geometry);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace clikc
