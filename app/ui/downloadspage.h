#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;
class QPushButton;
class QTableView;

namespace clikc {

class AutoDownloader;
class DownloadManager;
class Settings;
class DownloadsModel;

// The Downloads page: every transfer with its progress, speed, time left and, when it failed, the
// reason; pause, resume and cancel for the selected file or for all. GUI thread.
class DownloadsPage final : public QWidget
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        DownloadManager &downloads;
        Settings &settings;
        AutoDownloader &autoDownloads;
    };

    explicit DownloadsPage(const Services &services, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DownloadsPage)

    DownloadsModel *model() const { return m_model; }

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    qint64 selectedFile() const;
    void updateButtons();
    void saveLimits();
    void saveSchedule();

    Services m_services;
    DownloadsModel *m_model;
    QPushButton *m_backButton;
    QLabel *m_heading;
    QLabel *m_emptyLabel;
    QTableView *m_view;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_pauseAll;
    QPushButton *m_resumeAll;
    QPushButton *m_clear;
    QLabel *m_parallelLabel;
    QSpinBox *m_parallel;
    QCheckBox *m_limitCheck;
    QSpinBox *m_limit;
    QCheckBox *m_autoCheck;
    QTimeEdit *m_autoFrom;
    QLabel *m_autoAnd;
    QTimeEdit *m_autoTo;
    QLabel *m_autoState;
};

} // namespace clikc
