#include "cataloguemodel.h"

using namespace Qt::StringLiterals;

namespace clikc {

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogueModel::stateOf(const SiteCatalogue::Entry &entry)
{
    if (entry.enrolled)
        return tr("Enrolled");
    if (entry.taken)
        return tr("In your library, not enrolled");
    if (entry.course.offersSelfEnrolment())
        return tr("Self-enrolment offered");
    return tr("Not enrolled");
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    const SiteCatalogue::Entry *entry = entryAt(index.row());
    if (!entry || !index.isValid())
        return {};
    const RemoteCourse &course = entry->course.course;
    if (role == CourseIdRole)
        return course.id;
    if (role == Qt::ToolTipRole)
        return course.summary.isEmpty() ? QVariant() : QVariant(course.summary);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CourseColumn:
        return course.fullName;
    case ShortNameColumn:
        return course.shortName;
    case CategoryColumn:
        return entry->course.categoryName;
    case StateColumn:
        return stateOf(*entry);
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case ShortNameColumn:
        return tr("Short name");
    case CategoryColumn:
        return tr("Category");
    case StateColumn:
        return tr("Status");
    default:
        return {};
    }
}

void CatalogueModel::setCourses(QList<SiteCatalogue::Entry> courses)
{
    beginResetModel();
    m_courses = std::move(courses);
    endResetModel();
}

const SiteCatalogue::Entry *CatalogueModel::entryAt(int row) const
{
    return row >= 0 && row < m_courses.size() ? &m_courses.at(row) : nullptr;
}

int CatalogueModel::rowOf(qint64 courseId) const
{
    for (qsizetype row = 0; row < m_courses.size(); ++row) {
        if (m_courses.at(row).course.course.id == courseId)
            return int(row);
    }
    return -1;
}

void CatalogueModel::retranslate()
{
    if (!m_courses.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace clikc
