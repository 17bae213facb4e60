#include "videoplayerpage.h"

#include "content/contentstore.h"
#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "library/progressrecorder.h"
#include "settings/settings.h"

#include <QAbstractItemView>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsVideoItem>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlayer, "clikc.player")

namespace clikc {
namespace {

constexpr std::array kSpeeds = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
// A position reported more than this after the previous one is a seek, not playback.
constexpr qint64 kMaxNaturalStepMs = 1500;
// Closer than this to the end, a video starts again from the beginning.
constexpr qint64 kRestartNearEndMs = 3000;

} // namespace

VideoPlayerPage::VideoPlayerPage(const Services &services, QWidget *parent)
    : ActivityPage(parent)
    , m_services(services)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_videoItem(new QGraphicsVideoItem)
    , m_header(new QWidget(this))
    , m_backButton(new QPushButton(m_header))
    , m_titleLabel(new QLabel(m_header))
    , m_errorLabel(new QLabel(this))
    , m_controls(new QWidget(this))
    , m_playButton(new QToolButton(m_controls))
    , m_positionSlider(new QSlider(Qt::Horizontal, m_controls))
    , m_timeLabel(new QLabel(m_controls))
    , m_speedLabel(new QLabel(m_controls))
    , m_speedBox(new QComboBox(m_controls))
    , m_muteButton(new QToolButton(m_controls))
    , m_volumeSlider(new QSlider(Qt::Horizontal, m_controls))
    , m_fullScreenButton(new QToolButton(m_controls))
{
    setObjectName(u"videoPlayerPage"_s);
    // The page itself is no stop on the Tab round: the keys reach it from whichever control has
    // the focus (keyPressEvent), and the play button has it when a video opens.
    setFocusPolicy(Qt::NoFocus);

    m_scene->addItem(m_videoItem); // the scene owns the item
    m_scene->setBackgroundBrush(Qt::black);
    m_view->setObjectName(u"videoView"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setBackgroundBrush(Qt::black);
    m_view->setFocusPolicy(Qt::NoFocus);
    // A click on the picture plays or pauses; it must not take the keyboard from the controls.
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumSize(320, 180);
    m_player->setVideoOutput(m_videoItem);
    m_player->setAudioOutput(m_audio);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_backButton);
    headerLayout->addWidget(m_titleLabel, 1);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();
    m_speedLabel->setBuddy(m_speedBox);

    // Every control is reached with Tab; a click leaves the keyboard focus where it was, so
    // Space still plays and pauses after the mouse touched the mute button.
    for (QWidget *control : std::initializer_list<QWidget *>{
             m_playButton, m_positionSlider, m_timeLabel, m_muteButton, m_volumeSlider, m_speedBox,
             m_fullScreenButton, m_backButton}) {
        control->setFocusPolicy(Qt::TabFocus);
    }
    // The order a learner meets them: the picture's controls first, back to the course last.
    QWidget::setTabOrder(m_playButton, m_positionSlider);
    QWidget::setTabOrder(m_positionSlider, m_timeLabel);
    QWidget::setTabOrder(m_timeLabel, m_muteButton);
    QWidget::setTabOrder(m_muteButton, m_volumeSlider);
    QWidget::setTabOrder(m_volumeSlider, m_speedBox);
    QWidget::setTabOrder(m_speedBox, m_fullScreenButton);
    QWidget::setTabOrder(m_fullScreenButton, m_backButton);
    // Esc in the open speed list closes the list, and nothing else (not the page, not a
    // window-wide Esc). The list first: making it sends events through the box's filter.
    m_speedBox->view()->installEventFilter(this);
    // Buttons move the focus with the arrow keys and a combo box opens only with Space: here
    // the arrows keep their player meaning, and the speed list opens with Enter and ↓ too.
    for (QObject *control :
         std::initializer_list<QObject *>{m_playButton, m_positionSlider, m_timeLabel, m_muteButton,
                                          m_fullScreenButton, m_backButton, m_speedBox})
        control->installEventFilter(this);
    m_backButton->setObjectName(u"videoBackButton"_s);
    m_playButton->setObjectName(u"playButton"_s);
    m_playButton->setIconSize({24, 24});
    m_positionSlider->setObjectName(u"positionSlider"_s);
    m_positionSlider->setRange(0, 0);
    m_positionSlider->setSingleStep(int(kSeekStepMs));
    m_positionSlider->setPageStep(int(kSeekStepMs));
    m_timeLabel->setObjectName(u"timeLabel"_s);
    m_timeLabel->setMinimumWidth(
        m_timeLabel->fontMetrics().horizontalAdvance(u"00:00:00 / 00:00:00"_s));
    m_speedBox->setObjectName(u"speedBox"_s);
    m_speedBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_muteButton->setObjectName(u"muteButton"_s);
    m_muteButton->setCheckable(true);
    m_volumeSlider->setObjectName(u"volumeSlider"_s);
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setSingleStep(kVolumeStep);
    m_volumeSlider->setPageStep(4 * kVolumeStep);
    m_volumeSlider->setMaximumWidth(120);
    m_fullScreenButton->setObjectName(u"fullScreenButton"_s);
    m_fullScreenButton->setIcon(QIcon(u":/icons/fullscreen.svg"_s));

    auto *controlsLayout = new QHBoxLayout(m_controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(m_playButton);
    controlsLayout->addWidget(m_positionSlider, 1);
    controlsLayout->addWidget(m_timeLabel);
    controlsLayout->addWidget(m_muteButton);
    controlsLayout->addWidget(m_volumeSlider);
    controlsLayout->addWidget(m_speedLabel);
    controlsLayout->addWidget(m_speedBox);
    controlsLayout->addWidget(m_fullScreenButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_controls);

    Settings &settings = m_services.settings;
    m_volumeSlider->setValue(settings.volume());
    m_audio->setVolume(float(settings.volume()) / 100.0f);
    m_audio->setMuted(settings.muted());
    m_muteButton->setChecked(settings.muted());
    fillSpeeds();

    connect(m_backButton, &QPushButton::clicked, this, &VideoPlayerPage::backRequested);
    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayerPage::togglePlay);
    connect(m_positionSlider, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_positionSlider, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        m_player->setPosition(m_positionSlider->value());
    });
    connect(m_positionSlider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            m_player->setPosition(m_positionSlider->sliderPosition());
    });
    connect(m_speedBox, &QComboBox::activated, this, [this](int index) {
        const double rate = m_speedBox->itemData(index).toDouble();
        m_player->setPlaybackRate(rate);
        m_services.settings.setPlaybackRate(rate);
    });
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        m_audio->setMuted(muted);
        m_services.settings.setMuted(muted);
    });
    connect(m_audio, &QAudioOutput::mutedChanged, this, [this](bool muted) {
        m_muteButton->setChecked(muted);
        m_muteButton->setIcon(QIcon(muted ? u":/icons/mute.svg"_s : u":/icons/volume.svg"_s));
    });
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        m_audio->setVolume(float(value) / 100.0f);
        m_services.settings.setVolume(value);
    });
    connect(m_fullScreenButton, &QToolButton::clicked, this,
            [this] { setFullScreen(!m_fullScreen); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            &VideoPlayerPage::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoPlayerPage::onPositionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_positionSlider->setRange(0, int(duration));
        m_positionSlider->setPageStep(int(kSeekStepMs));
        updateTimes();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                updatePlayButton();
                if (state == QMediaPlayer::PlayingState) {
                    m_saveTimer.start();
                } else {
                    m_saveTimer.stop();
                    save();
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &VideoPlayerPage::onError);
    connect(m_videoItem, &QGraphicsVideoItem::nativeSizeChanged, this, &VideoPlayerPage::fitVideo);
    m_saveTimer.setInterval(kSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &VideoPlayerPage::save);
    connect(&m_services.languages, &LanguageManager::languageChanged, this, [this] {
        m_titleLabel->setText(m_activity.title.text(m_services.languages.language()));
    });

    m_muteButton->setIcon(
        QIcon(settings.muted() ? u":/icons/mute.svg"_s : u":/icons/volume.svg"_s));
    retranslate();
    updatePlayButton();
}

VideoPlayerPage::~VideoPlayerPage()
{
    stop();
}

void VideoPlayerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VideoPlayerPage::retranslate()
{
    // Names for screen readers: the buttons show only an icon, and "‹" is not read well.
    m_backButton->setText(tr("‹ Back to the course"));
    m_backButton->setAccessibleName(tr("Back to the course"));
    m_backButton->setToolTip(tr("Back to the course (Esc or Alt+Left)"));
    m_speedLabel->setText(tr("Speed"));
    m_speedBox->setAccessibleName(tr("Playback speed"));
    m_speedBox->setToolTip(tr("Playback speed"));
    m_positionSlider->setAccessibleName(tr("Position"));
    m_positionSlider->setToolTip(tr("Position (← and → move 5 seconds)"));
    m_muteButton->setAccessibleName(tr("Mute")); // a toggle: its state is read as "checked"
    m_muteButton->setToolTip(tr("Mute (M)"));
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_volumeSlider->setToolTip(tr("Volume (↑ and ↓)"));
    m_fullScreenButton->setAccessibleName(m_fullScreen ? tr("Leave full screen")
                                                       : tr("Full screen"));
    m_fullScreenButton->setToolTip(m_fullScreen ? tr("Leave full screen (F or Esc)")
                                                : tr("Full screen (F)"));
    m_view->setAccessibleName(tr("Video"));
    m_view->setAccessibleDescription(tr("Click to play or pause, double-click for full screen"));
    m_titleLabel->setText(m_activity.title.text(m_services.languages.language()));
    fillSpeeds();
    updatePlayButton();
    updateTimes();
}

void VideoPlayerPage::fillSpeeds()
{
    const double current = m_speedBox->count() > 0 ? m_speedBox->currentData().toDouble()
                                                   : m_services.settings.playbackRate();
    const QLocale locale;
    m_speedBox->clear();
    for (double speed : kSpeeds) {
        m_speedBox->addItem(tr("%1×").arg(locale.toString(speed, 'g', 3)), speed);
        if (qFuzzyCompare(speed, current))
            m_speedBox->setCurrentIndex(m_speedBox->count() - 1);
    }
}

void VideoPlayerPage::openActivity(const Activity &activity)
{
    stop();
    ++m_generation;
    m_activity = activity;
    Q_EMIT activityOpened(activity.id); // seen by opening it
    m_seen = {};
    m_lastPosition = -1;
    m_resumeMs = -1;
    m_mediaReady = false;
    m_started = false;
    m_completed = false;
    m_errorLabel->hide();
    m_titleLabel->setText(activity.title.text(m_services.languages.language()));

    // The entry first, then its alternatives (another codec of the same video).
    m_candidates.clear();
    if (const FileEntry *entry = activity.entryFile(m_services.languages.language()))
        m_candidates.append(*entry);
    for (const FileEntry &file : activity.files) {
        if (file.state == FileState::Ready && file.mimeType.startsWith(u"video/"_s)
            && std::none_of(m_candidates.begin(), m_candidates.end(),
                            [&](const FileEntry &c) { return c.id == file.id; })) {
            m_candidates.append(file);
        }
    }
    m_candidate = 0;

    const quint64 generation = m_generation;
    m_services.progressRecorder.playbackState(m_services.profileId, activity.id)
        .then(this, [this, generation](const PlaybackState &state) {
            if (generation != m_generation)
                return;
            m_seen = SeenRanges::fromString(state.seenRanges);
            m_completed = state.completed;
            m_resumeMs = state.positionMs;
            startWhenReady();
        });
    loadCandidate();
    m_playButton->setFocus(Qt::OtherFocusReason);
}

void VideoPlayerPage::loadCandidate()
{
    if (m_candidate >= m_candidates.size()) {
        m_errorLabel->setText(tr("This video cannot be played on this computer. The media "
                                 "components for its format may be missing; see Troubleshooting "
                                 "in the user guide."));
        m_errorLabel->show();
        return;
    }
    const FileEntry &file = m_candidates.at(m_candidate);
    m_mediaReady = false;
    m_player->setPlaybackRate(m_services.settings.playbackRate());
    m_player->setSource(QUrl::fromLocalFile(m_services.store.pathOf(file.sha256)));
}

void VideoPlayerPage::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (!m_mediaReady) {
            m_mediaReady = true;
            startWhenReady();
        }
        break;
    case QMediaPlayer::EndOfMedia:
        save();
        break;
    case QMediaPlayer::InvalidMedia:
        onError(QMediaPlayer::FormatError, m_player->errorString());
        break;
    default:
        break;
    }
}

void VideoPlayerPage::startWhenReady()
{
    if (m_started || !m_mediaReady || m_resumeMs < 0)
        return;
    m_started = true;
    const qint64 duration = m_player->duration();
    qint64 from = m_resumeMs;
    if (duration > 0 && from >= duration - kRestartNearEndMs)
        from = 0;
    if (from > 0)
        m_player->setPosition(from);
    m_lastPosition = from;
    m_player->play();
    Q_EMIT playbackStarted(from);
}

void VideoPlayerPage::onError(QMediaPlayer::Error error, const QString &detail)
{
    if (error == QMediaPlayer::NoError)
        return;
    qCWarning(lcPlayer) << "cannot play candidate" << m_candidate << error << detail;
    if (m_started && m_candidate < m_candidates.size()) {
        // Fail over to the next file, keeping the place.
        m_resumeMs = qMax<qint64>(m_resumeMs, m_player->position());
    }
    m_started = false;
    ++m_candidate;
    loadCandidate();
}

void VideoPlayerPage::onPositionChanged(qint64 position)
{
    if (!m_sliderHeld)
        m_positionSlider->setValue(int(position));
    if (m_started && m_lastPosition >= 0
        && m_player->playbackState() == QMediaPlayer::PlayingState) {
        const qint64 step = position - m_lastPosition;
        if (step > 0 && step <= qint64(kMaxNaturalStepMs * qMax(1.0, m_player->playbackRate()))) {
            m_seen.add(m_lastPosition, position);
            const qint64 duration = m_player->duration();
            if (!m_completed && duration > 0
                && double(m_seen.total()) >= ProgressRecorder::kWatchedShare * double(duration)) {
                m_completed = true;
                save(); // record it now, not at the next tick
            }
        }
    }
    m_lastPosition = position;
    updateTimes();
}

void VideoPlayerPage::save()
{
    if (m_activity.id == 0 || !m_started)
        return;
    PlaybackState state;
    state.positionMs = m_player->position();
    state.durationMs = m_player->duration();
    state.seenRanges = m_seen.toString();
    state.watchedMs = m_seen.total();
    m_services.progressRecorder.savePlayback(m_services.profileId, m_activity.id, state);
}

void VideoPlayerPage::stop()
{
    if (m_activity.id != 0 && m_started) {
        m_saveTimer.stop();
        save();
    }
    m_started = false;
    m_player->stop();
    m_player->setSource({});
    if (m_fullScreen)
        setFullScreen(false);
}

void VideoPlayerPage::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
            m_player->setPosition(0);
        m_player->play();
    }
}

void VideoPlayerPage::seekBy(qint64 deltaMs)
{
    const qint64 duration = m_player->duration();
    qint64 target = m_player->position() + deltaMs;
    target = qBound<qint64>(0, target, duration > 0 ? duration : target);
    m_player->setPosition(target);
}

void VideoPlayerPage::changeVolume(int delta)
{
    m_volumeSlider->setValue(m_volumeSlider->value() + delta);
}

void VideoPlayerPage::setFullScreen(bool on)
{
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    m_header->setVisible(!on);
    retranslate();
    Q_EMIT fullScreenChanged(on);
}

bool VideoPlayerPage::event(QEvent *event)
{
    // Esc belongs to the player while it is shown (full screen first, then back), never to a
    // window-wide shortcut with the same key: claiming it here sends it to keyPressEvent.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool VideoPlayerPage::handlePlayerKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        togglePlay();
        break;
    case Qt::Key_Left:
        seekBy(-kSeekStepMs);
        break;
    case Qt::Key_Right:
        seekBy(kSeekStepMs);
        break;
    case Qt::Key_Up:
        changeVolume(kVolumeStep);
        break;
    case Qt::Key_Down:
        changeVolume(-kVolumeStep);
        break;
    case Qt::Key_F:
        setFullScreen(!m_fullScreen);
        break;
    case Qt::Key_M:
        m_muteButton->toggle();
        break;
    case Qt::Key_Escape:
        if (m_fullScreen)
            setFullScreen(false);
        else
            Q_EMIT backRequested();
        break;
    default:
        return false;
    }
    return true;
}

void VideoPlayerPage::keyPressEvent(QKeyEvent *event)
{
    if (handlePlayerKey(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool VideoPlayerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize)
            fitVideo();
        if (event->type() == QEvent::MouseButtonDblClick) {
            setFullScreen(!m_fullScreen);
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            togglePlay();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (qobject_cast<QAbstractItemView *>(watched)) { // the open list of the combo box
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            event->accept();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right
                       || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down;
    if (watched == m_speedBox) {
        if (plain && (enter || key->key() == Qt::Key_Down) && !m_speedBox->view()->isVisible()) {
            m_speedBox->showPopup();
            return true;
        }
        return false;
    }
    if (watched == m_positionSlider) {
        // ← and → move the slider (5 seconds), ↑ and ↓ keep their volume meaning.
        if (plain && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
            return handlePlayerKey(key);
        return false;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(watched); button && plain && enter) {
        button->click();
        return true;
    }
    if (plain && arrow)
        return handlePlayerKey(key);
    return QWidget::eventFilter(watched, event);
}

void VideoPlayerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitVideo();
}

void VideoPlayerPage::fitVideo()
{
    const QSizeF size = m_view->viewport()->size();
    m_videoItem->setSize(size);
    m_videoItem->setPos(0, 0);
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
}

void VideoPlayerPage::updateTimes()
{
    const QString position = Format::clock(m_player->position());
    const QString duration = Format::clock(m_player->duration());
    const QString name = tr("Time: %1 of %2").arg(position, duration);
    if (name == m_timeLabel->accessibleName())
        return; // a second has not passed: nothing to announce
    m_timeLabel->setText(tr("%1 / %2").arg(position, duration));
    m_timeLabel->setAccessibleName(name);
}

void VideoPlayerPage::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playButton->setIcon(QIcon(playing ? u":/icons/pause.svg"_s : u":/icons/play.svg"_s));
    m_playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    // The name says what pressing it does now.
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void VideoPlayerPage::leave(int)
{
    stop();
}

bool VideoPlayerPage::toggleFullScreen()
{
    setFullScreen(!isFullScreen());
    return true;
}

} // namespace clikc
