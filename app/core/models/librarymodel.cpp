#include "librarymodel.h"

#include "i18n/format.h"
#include "labels.h"
#include "library/coursequeries.h"
#include "library/libraryworker.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace clikc {

LibraryModel::LibraryModel(CourseQueries &queries, LibraryWorker &changes, qint64 profileId,
                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_queries(queries)
    , m_profileId(profileId)
{
    connect(&changes, &LibraryWorker::libraryChanged, this, &LibraryModel::reload);
    connect(&changes, &LibraryWorker::coursesChanged, this, &LibraryModel::refresh);
    connect(&changes, &LibraryWorker::progressChanged, this, &LibraryModel::reload);
}

void LibraryModel::reload()
{
    const quint64 generation = ++m_generation;
    m_queries.library(m_profileId)
        .then(this, [this, generation](const CourseQueries::Library &library) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            apply(library, true, {});
        });
}

void LibraryModel::refresh(const QList<qint64> &courseIds)
{
    if (!m_loaded) {
        reload(); // the first load reads everything anyway
        return;
    }
    // Not counted as a generation: a whole reload asked before still applies, and this read,
    // queued after it on the same ordered worker, lands after it.
    m_queries.library(m_profileId, courseIds)
        .then(this, [this, courseIds](const CourseQueries::Library &library) {
            apply(library, false, courseIds);
        });
}

void LibraryModel::apply(const CourseQueries::Library &library, bool whole,
                         const QList<qint64> &asked)
{
    m_stats = library.stats;
    if (!m_loaded) {
        beginResetModel();
        m_courses = library.courses;
        m_loaded = true;
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    QHash<qint64, const CourseSummary *> incoming;
    incoming.reserve(library.courses.size());
    for (const CourseSummary &course : library.courses)
        incoming.insert(course.id, &course);
    // Gone: every row the read did not return, or (for some courses) those asked for.
    if (whole) {
        for (int row = int(m_courses.size()) - 1; row >= 0; --row) {
            if (!incoming.contains(m_courses.at(row).id))
                dropRow(row);
        }
    } else {
        for (qint64 id : asked) {
            if (!incoming.contains(id))
                dropRow(rowOf(id));
        }
    }
    // Changed rows in place; new ones at the end (the views sort through a proxy).
    QHash<qint64, int> rows;
    rows.reserve(m_courses.size());
    for (int row = 0; row < m_courses.size(); ++row)
        rows.insert(m_courses.at(row).id, row);
    QList<CourseSummary> added;
    for (const CourseSummary &course : library.courses) {
        const auto found = rows.constFind(course.id);
        if (found == rows.cend()) {
            added.append(course);
        } else if (!(m_courses.at(*found) == course)) {
            m_courses[*found] = course;
            Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_courses.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_courses.append(added);
        endInsertRows();
    }
    Q_EMIT loaded();
}

QIcon LibraryModel::stateIcon(OfflineState state) const
{
    // Parsed once per state, not once per row and paint (a view asks on every repaint).
    auto found = m_icons.constFind(int(state));
    if (found == m_icons.cend())
        found = m_icons.insert(int(state),
                               QIcon(u":/icons/"_s + Labels::iconName(state) + u".svg"_s));
    return *found;
}

QStringList LibraryModel::widestTexts(int column) const
{
    const QLocale locale(m_language);
    switch (column) {
    case SizeColumn:
        return {Format::fileSize(qint64(999.9 * 1000 * 1000 * 1000), locale),
                Format::fileSize(qint64(999.9 * 1000 * 1000), locale)};
    case OfflineColumn:
        return Labels::courseStates();
    case ProgressColumn:
        return {tr("%1 of %2 done").arg(locale.toString(999), locale.toString(999)),
                tr("Not tracked · %n done", nullptr, 999), tr("Not tracked")};
    default:
        return {};
    }
}

void LibraryModel::dropRow(int row)
{
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_courses.removeAt(row);
    endRemoveRows();
}

void LibraryModel::setLanguage(const QString &code)
{
    m_language = code;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_courses.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CourseSummary *LibraryModel::courseAt(int row) const
{
    return row >= 0 && row < m_courses.size() ? &m_courses.at(row) : nullptr;
}

int LibraryModel::rowOf(qint64 courseId) const
{
    for (int row = 0; row < m_courses.size(); ++row) {
        if (m_courses.at(row).id == courseId)
            return row;
    }
    return -1;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseSummary &course = m_courses.at(index.row());
    switch (role) {
    case CourseIdRole:
        return course.id;
    case SummaryRole:
        return course.summary.text(m_language);
    case OfflineStateRole:
        return int(course.offlineState());
    case ProgressRole:
        return course.progress();
    default:
        break;
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return course.title.text(m_language);
        if (role == Qt::ToolTipRole)
            return course.summary.text(m_language);
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return Format::fileSize(course.bytesOnDisk, QLocale(m_language));
        if (role == SortRole)
            return course.bytesOnDisk;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OfflineColumn:
        if (role == Qt::DisplayRole)
            return Labels::courseState(course);
        if (role == Qt::DecorationRole)
            return stateIcon(course.offlineState());
        if (role == SortRole)
            return int(course.offlineState());
        break;
    case ProgressColumn:
        if (course.activityCount == 0) {
            // Not "0 of 0 done": the site does not track this course's completion.
            if (role == Qt::DisplayRole)
                return course.doneCount > 0 ? tr("Not tracked · %n done", nullptr, course.doneCount)
                                            : tr("Not tracked");
            if (role == Qt::ToolTipRole)
                return Labels::untrackedProgress(course.doneCount);
        } else if (role == Qt::DisplayRole) {
            const QLocale locale(m_language);
            return tr("%1 of %2 done")
                .arg(locale.toString(course.completedCount), locale.toString(course.activityCount));
        }
        if (role == SortRole)
            return course.progress();
        break;
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Course");
    case SizeColumn:
        return tr("Size on disk");
    case OfflineColumn:
        return tr("Available offline");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace clikc
