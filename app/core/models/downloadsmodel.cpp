#include "downloadsmodel.h"

#include "i18n/format.h"

using namespace Qt::StringLiterals;

namespace clikc {

DownloadsModel::DownloadsModel(DownloadManager &downloads, QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&downloads, &DownloadManager::itemChanged, this, &DownloadsModel::update);
    connect(&downloads, &DownloadManager::itemRemoved, this, &DownloadsModel::remove);
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DownloadManager::Item *DownloadsModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void DownloadsModel::update(const DownloadManager::Item &item)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).fileId == item.fileId) {
            m_items[row] = item;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
}

void DownloadsModel::remove(qint64 fileId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).fileId == fileId) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

void DownloadsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DownloadsModel::stateText(const DownloadManager::Item &item)
{
    using S = DownloadManager::State;
    switch (item.state) {
    case S::Queued:
        if (item.error.needsSignIn())
            return tr("Waiting for you to sign in again");
        return item.error.isError() ? tr("Will try again: %1").arg(item.error.message())
                                    : tr("Waiting");
    case S::Running:
        return tr("Downloading");
    case S::Paused:
        return tr("Paused");
    case S::Verifying:
        return tr("Checking");
    case S::Done:
        return tr("On this computer");
    case S::Failed:
        return tr("Failed: %1").arg(item.error.message());
    case S::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadManager::Item &item = m_items.at(index.row());
    const double progress = item.bytesTotal > 0
                                ? double(item.bytesDone) / double(item.bytesTotal)
                                : (item.state == DownloadManager::State::Done ? 1.0 : 0.0);
    switch (role) {
    case FileIdRole:
        return item.fileId;
    case ProgressRole:
        return progress;
    case StateRole:
        return int(item.state);
    case Qt::ToolTipRole:
        return item.error.isError() ? item.error.message() : item.path;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FileColumn:
        return item.title.isEmpty() ? item.path : item.title + u" · "_s + item.path;
    case ProgressColumn:
        return item.bytesTotal > 0
                   ? tr("%1 of %2")
                         .arg(Format::fileSize(item.bytesDone), Format::fileSize(item.bytesTotal))
                   : Format::fileSize(item.bytesDone);
    case RateColumn:
        return item.state == DownloadManager::State::Running && item.bytesPerSecond > 0
                   ? Format::rate(item.bytesPerSecond)
                   : QString();
    case TimeLeftColumn:
        return item.state == DownloadManager::State::Running && item.secondsLeft >= 0
                   ? Format::duration(item.secondsLeft * 1000)
                   : QString();
    case SourceColumn:
        return item.servedBy;
    case StateColumn:
        return stateText(item);
    default:
        return {};
    }
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case SourceColumn:
        //: Where a file's bytes come from: the site's address, or a mirror on the local network
        return tr("From");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace clikc
