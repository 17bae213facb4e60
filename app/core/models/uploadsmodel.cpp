#include "uploadsmodel.h"

#include "i18n/format.h"

#include "labels.h"
#include "library/libraryworker.h"
#include "library/uploadqueue.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clikc {

UploadsModel::UploadsModel(UploadQueue &queue, LibraryWorker &changes, qint64 profileId,
                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_profileId(profileId)
{
    connect(&changes, &LibraryWorker::uploadsQueued, this, [this](qint64 changed) {
        if (changed == m_profileId)
            reload();
    });
    reload();
}

void UploadsModel::reload()
{
    const quint64 generation = ++m_generation;
    m_queue.uploads(m_profileId).then(this, [this, generation](const QList<UploadAction> &actions) {
        if (generation != m_generation)
            return;
        beginResetModel();
        m_actions = actions;
        endResetModel();
        Q_EMIT loaded();
    });
}

int UploadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int UploadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const UploadAction *UploadsModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int UploadsModel::waitingCount() const
{
    return int(std::count_if(m_actions.begin(), m_actions.end(),
                             [](const auto &a) { return a.state != UploadState::Rejected; }));
}

int UploadsModel::rejectedCount() const
{
    return int(m_actions.size()) - waitingCount();
}

void UploadsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_actions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_actions.size()) - 1, ColumnCount - 1));
}

QVariant UploadsModel::data(const QModelIndex &index, int role) const
{
    const UploadAction *action
        = checkIndex(index, CheckIndexOption::IndexIsValid) ? actionAt(index.row()) : nullptr;
    if (!action)
        return {};
    const bool rejected = action->state == UploadState::Rejected;
    if (role == UploadIdRole)
        return action->id;
    if (role == RejectedRole)
        return rejected;
    if (role == Qt::ToolTipRole && rejected && !action->errorMessage.isEmpty())
        return action->errorMessage; // the site's own words
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return QIcon(rejected ? u":/icons/failed.svg"_s : u":/icons/update.svg"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ActivityColumn:
        return action->title;
    case ActionColumn:
        return Labels::uploadAction(*action);
    case StateColumn:
        if (rejected)
            return tr("Not accepted");
        return action->state == UploadState::Sending ? tr("Sending") : tr("Waiting");
    case DetailColumn:
        if (rejected)
            return Labels::uploadRefusal(action->errorCode, action->errorMessage);
        //: When the learner did it, e.g. "Recorded 28 Nov 2026, 14:02".
        return tr("Recorded %1")
            .arg(Format::dateTime(QDateTime::fromMSecsSinceEpoch(action->createdAtMs)));
    default:
        return {};
    }
}

QVariant UploadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActivityColumn:
        return tr("Activity");
    case ActionColumn:
        return tr("What");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace clikc
