#pragma once

#include "activitypage.h"

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace clikc {

class ContentStore;
class LanguageManager;
class ContentSchemeHandler;

// The Page viewer: an activity's HTML, served from the content store through the
// clikc-content:// scheme into a Qt WebEngine view that can reach nothing else — no network,
// no disk, no other package. Esc goes back to the course, even from inside the page. GUI thread.
class PageViewerPage final : public ActivityPage
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        LanguageManager &languages;
        ContentStore &store;
    };

    explicit PageViewerPage(const Services &services, QWidget *parent = nullptr);
    ~PageViewerPage() override;
    Q_DISABLE_COPY_MOVE(PageViewerPage)

    void openActivity(const Activity &activity) override;
    void leave(int waitMs = 0) override;
    void clear();
    QWebEngineView *view() const { return m_view; }
    ContentSchemeHandler *handler() const { return m_handler; }

Q_SIGNALS:
    void pageLoaded(bool ok);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    static bool isEscape(QEvent *event);
    // Esc, or Alt+Left inside the web view.
    bool isBackKey(QObject *watched, QEvent *event) const;

    Services m_services;
    ContentSchemeHandler *m_handler;
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
    QPushButton *m_backButton;
    QLabel *m_titleLabel;
    QLabel *m_errorLabel;
    Activity m_activity;
};

} // namespace clikc
