#pragma once

#include <QSettings>
#include <QString>

namespace clikc {

// The application's preferences, kept in `settings.ini` inside the data folder so that a
// portable install or a test's temporary folder carries its own. Never holds a secret.
// Used from the GUI thread.
class Settings final
{
public:
    explicit Settings(const QString &dataDir);
    Q_DISABLE_COPY_MOVE(Settings)

    // Empty until the learner picks a language.
    QString language() const;
    void setLanguage(const QString &code);

    // Whose player settings (volume, mute, speed) are read and written: each learner has their
    // own. Learner 1 keeps the keys of the single-learner versions.
    void setLearner(qint64 profileId) { m_learner = profileId; }
    // The name the learner signs exported mirrors with (empty until they set one).
    QString signerName() const;
    void setSignerName(const QString &name);

    // Deletes everything kept for the learner (their removal).
    void forgetLearner(qint64 profileId);

    int volume() const;
    void setVolume(int percent);
    bool muted() const;
    void setMuted(bool muted);
    double playbackRate() const;
    void setPlaybackRate(double rate);

    // How many files download at once (1–8) and the bandwidth cap in kB/s, 1000 bytes (0: none).
    int parallelDownloads() const;
    void setParallelDownloads(int count);
    int downloadLimitKB() const;
    void setDownloadLimitKB(int kb);
    // Download automatically (AutoDownloader): off by default, in the hours "22:00-06:00".
    bool autoDownload() const;
    void setAutoDownload(bool on);
    QString autoDownloadWindow() const;
    void setAutoDownloadWindow(const QString &window);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync();
    QString fileName() const { return m_settings.fileName(); }

private:
    QString playerKey(const char *name) const;

    QSettings m_settings;
    qint64 m_learner = 1;
};

} // namespace clikc
