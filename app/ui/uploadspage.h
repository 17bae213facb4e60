#pragma once

#include "sync/uploader.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clikc {

class LibraryWorker;
class UploadQueue;
class Uploader;
class UploadsModel;

// The Uploads page: the progress recorded on this computer that waits to reach the site, what
// the site did not accept and why, when the last upload succeeded, and "Upload now". GUI thread.
class UploadsPage final : public QWidget
{
    Q_OBJECT

public:
    // What the page works with, and nothing more.
    struct Services
    {
        LibraryWorker &libraryWorker;
        qint64 profileId;
        UploadQueue &uploadQueue;
        Uploader &uploads;
    };

    explicit UploadsPage(const Services &services, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UploadsPage)

    UploadsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    Services m_services;
    UploadsModel *m_model;
    Uploader::Status m_status;
    QPushButton *m_backButton;
    QLabel *m_heading;
    QLabel *m_stateLabel;
    QLabel *m_emptyLabel;
    QTableView *m_view;
    QPushButton *m_uploadNow;
    QPushButton *m_dismiss;
};

} // namespace clikc
