#pragma once

#include "activitypage.h"

#include "domain/types.h"
#include "progress/seenranges.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QGraphicsScene;
class QGraphicsVideoItem;
class QGraphicsView;
class QLabel;
class QSlider;
class QToolButton;
class QPushButton;

namespace clikc {

class ContentStore;
class LanguageManager;
class ProgressRecorder;
class Settings;

// The Video player: play/pause, seek bar with times, speed, volume and mute, full screen and
// keyboard control (Space, ←/→ seek, ↑/↓ volume, F, M, Esc). Every control is reached with Tab
// and named for screen readers; the page's keys work from any control that has no use for them.
// Resumes where the profile stopped and records what was seen, so a video counts as watched once
// 90% of it has been seen. Video is drawn by a QGraphicsVideoItem, never a QVideoWidget: on
// Qt 6.4/X11 a QVideoWidget and a QWebEngineView in one window crash, and the page viewer shares
// this window. GUI thread; saving goes through the library's worker.
class VideoPlayerPage final : public ActivityPage
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        LanguageManager &languages;
        qint64 profileId;
        ProgressRecorder &progressRecorder;
        Settings &settings;
        ContentStore &store;
    };

    explicit VideoPlayerPage(const Services &services, QWidget *parent = nullptr);
    ~VideoPlayerPage() override;
    Q_DISABLE_COPY_MOVE(VideoPlayerPage)

    void openActivity(const Activity &activity) override;
    void leave(int waitMs = 0) override;
    bool toggleFullScreen() override;
    // Saves the place and stops; called when the learner leaves the page or the application.
    void stop();

    QMediaPlayer *player() const { return m_player; }
    qint64 activityId() const { return m_activity.id; }
    qint64 seenMs() const { return m_seen.total(); }
    bool isFullScreen() const { return m_fullScreen; }
    void setFullScreen(bool on);

    static constexpr qint64 kSeekStepMs = 5000;
    static constexpr int kVolumeStep = 5;
    static constexpr int kSaveIntervalMs = 5000;

Q_SIGNALS:
    // The resume position was applied (or there was none) and playback started.
    void playbackStarted(qint64 fromMs);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The player's keys, from the page or from a control that has no use for them.
    bool handlePlayerKey(QKeyEvent *event);
    void loadCandidate();
    void startWhenReady();
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onPositionChanged(qint64 position);
    void onError(QMediaPlayer::Error error, const QString &detail);
    void save();
    void togglePlay();
    void seekBy(qint64 deltaMs);
    void changeVolume(int delta);
    void updateTimes();
    void updatePlayButton();
    void fitVideo();
    void fillSpeeds();

    Services m_services;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QGraphicsVideoItem *m_videoItem;
    QWidget *m_header;
    QPushButton *m_backButton;
    QLabel *m_titleLabel;
    QLabel *m_errorLabel;
    QWidget *m_controls;
    QToolButton *m_playButton;
    QSlider *m_positionSlider;
    QLabel *m_timeLabel;
    QLabel *m_speedLabel;
    QComboBox *m_speedBox;
    QToolButton *m_muteButton;
    QSlider *m_volumeSlider;
    QToolButton *m_fullScreenButton;
    QTimer m_saveTimer;

    Activity m_activity;
    QList<FileEntry> m_candidates; // the video's files, the preferred one first
    int m_candidate = 0;
    SeenRanges m_seen;
    qint64 m_lastPosition = -1;
    qint64 m_resumeMs = -1; // -1 until the saved state has arrived
    bool m_mediaReady = false;
    bool m_started = false;
    bool m_completed = false;
    bool m_fullScreen = false;
    bool m_sliderHeld = false;
    quint64 m_generation = 0;
};

} // namespace clikc
