#pragma once

#include "sync/downloadmanager.h"

#include <QAbstractTableModel>

namespace clikc {

// Every transfer of the download manager as a table row: what, how far, how fast, how long,
// and why it failed — in the learner's language. Fed by DownloadManager's queued signals.
// GUI thread.
class DownloadsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        ProgressColumn,
        RateColumn,
        TimeLeftColumn,
        SourceColumn, // where the bytes come from: the site, or a mirror on the LAN
        StateColumn,
        ColumnCount
    };
    enum Role { FileIdRole = Qt::UserRole + 1, ProgressRole, StateRole };

    explicit DownloadsModel(DownloadManager &downloads, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DownloadsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DownloadManager::Item *itemAt(int row) const;
    // Texts follow the language (call on language change).
    void retranslate();

    static QString stateText(const DownloadManager::Item &item);

private:
    void update(const DownloadManager::Item &item);
    void remove(qint64 fileId);

    QList<DownloadManager::Item> m_items;
};

} // namespace clikc
