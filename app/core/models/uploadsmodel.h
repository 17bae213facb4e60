#pragma once

#include "domain/upload.h"

#include <QAbstractTableModel>

namespace clikc {

class LibraryWorker;
class UploadQueue;

// A profile's upload queue as a table: what waits to reach the site, and what the site did not
// accept, with the reason in the learner's language. Loads on the library's worker. GUI thread.
class UploadsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActivityColumn, ActionColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role { UploadIdRole = Qt::UserRole + 1, RejectedRole };

    UploadsModel(UploadQueue &queue, LibraryWorker &changes, qint64 profileId,
                 QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UploadsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const UploadAction *actionAt(int row) const;
    int waitingCount() const;
    int rejectedCount() const;
    void retranslate();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    UploadQueue &m_queue;
    qint64 m_profileId;
    QList<UploadAction> m_actions;
    quint64 m_generation = 0;
};

} // namespace clikc
