#pragma once

#include "domain/types.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace clikc {

class CourseQueries;
class DownloadManager;
class LanguageManager;
class LibraryWorker;
class ProgressRecorder;
class CourseModel;

// The Course: its sections and activities with type, offline state and completion; opens an
// activity with Enter, a double-click or the Open button. GUI thread.
class CoursePage final : public QWidget
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        CourseQueries &courseQueries;
        DownloadManager &downloads;
        LanguageManager &languages;
        LibraryWorker &libraryWorker;
        qint64 profileId;
        ProgressRecorder &progressRecorder;
    };

    explicit CoursePage(const Services &services, QWidget *parent = nullptr);
    ~CoursePage() override;
    Q_DISABLE_COPY_MOVE(CoursePage)

    void setCourse(qint64 courseId);
    qint64 courseId() const;
    CourseModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void activityOpened(const clikc::Activity &activity);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void openCurrent();
    void updateButtons();
    void downloadSelection();

    Services m_services;
    CourseModel *m_model;
    QPushButton *m_backButton;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QTreeView *m_view;
    QPushButton *m_openButton;
    QPushButton *m_downloadSelectionButton;
    QPushButton *m_downloadCourseButton;
    QPushButton *m_browserButton;
    QLabel *m_hintLabel;
    QCheckBox *m_completeCheck;
};

} // namespace clikc
