#pragma once

#include "domain/types.h"

#include <QWidget>

namespace clikc {

// A page that shows one activity: the video player, the page and PDF viewers, the SCORM
// player. They live in the players plugin (see PlayerFactory), so that the window starts without
// Chromium, GStreamer or PDFium; MainWindow knows them only by this.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void openActivity(const Activity &activity) = 0;
    // The learner leaves the page or the application: the place is saved (a video's position, a
    // lesson's state through its own API, waiting up to `waitMs` for it) and nothing is shown.
    virtual void leave(int waitMs = 0) = 0;
    // F11 on the page: the page's own full screen (the video's), or none (false).
    virtual bool toggleFullScreen() { return false; }

Q_SIGNALS:
    void backRequested();
    void fullScreenChanged(bool on);
    // The activity counts as viewed: a video, page or document as it opens, a lesson once its
    // package was accepted (one refused as unsafe never is).
    void activityOpened(qint64 activityId);
};

} // namespace clikc
