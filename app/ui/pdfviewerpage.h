#pragma once

#include "activitypage.h"

#include "domain/types.h"

#include <QWidget>

class QFile;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;
class QToolButton;
class QComboBox;

namespace clikc {

class ContentStore;
class LanguageManager;

// The PDF viewer (Qt PDF): pages, zoom, and the keyboard (Page Up/Down, Home/End, +/-, Ctrl+0,
// Esc back to the course). Every control is reached with Tab and named for screen readers.
// Reads the document from the content store. GUI thread.
class PdfViewerPage final : public ActivityPage
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        LanguageManager &languages;
        ContentStore &store;
    };

    explicit PdfViewerPage(const Services &services, QWidget *parent = nullptr);
    ~PdfViewerPage() override;
    Q_DISABLE_COPY_MOVE(PdfViewerPage)

    void openActivity(const Activity &activity) override;
    void leave(int waitMs = 0) override;
    void clear();
    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    int currentPage() const;
    void goToPage(int page);

Q_SIGNALS:
    void documentLoaded(bool ok);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    bool handleViewerKey(QKeyEvent *event);
    void updatePageControls();
    void setZoom(double factor);
    void fillZoomBox();

    Services m_services;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QFile *m_file = nullptr;
    QPushButton *m_backButton;
    QLabel *m_titleLabel;
    QLabel *m_errorLabel;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_pageLabel;
    QSpinBox *m_pageBox;
    QLabel *m_pageCountLabel;
    QToolButton *m_zoomOutButton;
    QToolButton *m_zoomInButton;
    QComboBox *m_zoomBox;
    Activity m_activity;
};

} // namespace clikc
