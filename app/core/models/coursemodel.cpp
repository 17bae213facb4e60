#include "coursemodel.h"

#include "labels.h"
#include "library/coursequeries.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"

#include <QFont>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace clikc {

CourseModel::CourseModel(CourseQueries &queries, ProgressRecorder &recorder, LibraryWorker &changes,
                         qint64 profileId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_queries(queries)
    , m_recorder(recorder)
    , m_profileId(profileId)
{
    connect(&changes, &LibraryWorker::libraryChanged, this, &CourseModel::reload);
    connect(&changes, &LibraryWorker::coursesChanged, this, [this](const QList<qint64> &courses) {
        if (courses.contains(m_courseId))
            reload();
    });
    connect(&changes, &LibraryWorker::progressChanged, this, [this](qint64 changedProfile, qint64) {
        if (changedProfile == m_profileId)
            reload();
    });
}

void CourseModel::setCourse(qint64 courseId)
{
    m_courseId = courseId;
    reload();
}

void CourseModel::reload()
{
    if (m_courseId == 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 courseId = m_courseId;
    m_queries.coursePage(m_profileId, courseId)
        .then(this, [this, generation](const CourseQueries::CoursePage &page) {
            if (generation != m_generation)
                return;
            apply(page);
            Q_EMIT loaded();
        });
}

bool CourseModel::sameShape(const Course &a, const Course &b)
{
    if (a.id != b.id || a.sections.size() != b.sections.size())
        return false;
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const auto &left = a.sections.at(s).activities;
        const auto &right = b.sections.at(s).activities;
        if (a.sections.at(s).id != b.sections.at(s).id || left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (left.at(i).id != right.at(i).id)
                return false;
        }
    }
    return true;
}

QVariantList CourseModel::rowSignature(const QModelIndex &row) const
{
    QVariantList values;
    for (int column = 0; column < ColumnCount; ++column) {
        const QModelIndex cell = row.siblingAtColumn(column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::CheckStateRole),
                         int(OfflineStateRole), int(CompletedRole), int(ActivityKindRole)})
            values.append(data(cell, role));
    }
    return values;
}

void CourseModel::apply(const CourseQueries::CoursePage &page)
{
    Course next = page.course.value_or(Course{});
    if (!sameShape(m_course, next)) {
        beginResetModel();
        m_course = std::move(next);
        m_completed = page.completed;
        m_scorm = page.scorm;
        endResetModel();
        return;
    }
    // The same sections and activities in the same order (a file finished, a tick, a lesson's
    // result): the rows stay, with the selection and what is expanded; only those that show
    // something else are repainted.
    QList<QModelIndex> rows;
    for (int s = 0; s < m_course.sections.size(); ++s) {
        const QModelIndex section = index(s, 0);
        rows.append(section);
        for (int a = 0; a < m_course.sections.at(s).activities.size(); ++a)
            rows.append(index(a, 0, section));
    }
    QList<QVariantList> before;
    before.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        before.append(rowSignature(row));
    m_course = std::move(next);
    m_completed = page.completed;
    m_scorm = page.scorm;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rowSignature(rows.at(i)) != before.at(i))
            Q_EMIT dataChanged(rows.at(i), rows.at(i).siblingAtColumn(ColumnCount - 1));
    }
}

void CourseModel::setLanguage(const QString &code)
{
    m_language = code;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int s = 0; s < m_course.sections.size(); ++s) {
        const QModelIndex section = index(s, 0);
        Q_EMIT dataChanged(section, index(s, ColumnCount - 1));
        const int children = rowCount(section);
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, section), index(children - 1, ColumnCount - 1, section));
    }
}

QModelIndex CourseModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CourseModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int CourseModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_course.sections.size());
    if (parent.internalId() == kSectionId && parent.column() == 0)
        return int(m_course.sections.at(parent.row()).activities.size());
    return 0;
}

int CourseModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Activity *CourseModel::activityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return nullptr;
    const auto section = qsizetype(index.internalId() - 1);
    if (section >= m_course.sections.size())
        return nullptr;
    const auto &activities = m_course.sections.at(section).activities;
    return index.row() < activities.size() ? &activities.at(index.row()) : nullptr;
}

QModelIndex CourseModel::indexOfActivity(qint64 activityId) const
{
    for (int s = 0; s < m_course.sections.size(); ++s) {
        const auto &activities = m_course.sections.at(s).activities;
        for (int a = 0; a < activities.size(); ++a) {
            if (activities.at(a).id == activityId)
                return index(a, 0, index(s, 0));
        }
    }
    return {};
}

QVariant CourseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const Section &section = m_course.sections.at(index.row());
        if (role == IsSectionRole)
            return true;
        if (index.column() != TitleColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return section.title.text(m_language);
        case Qt::ToolTipRole:
            return section.summary.text(m_language);
        case Qt::DecorationRole:
            return QIcon(u":/icons/section.svg"_s);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    const Activity *activity = activityAt(index);
    if (!activity)
        return {};
    const bool completed = m_completed.value(activity->id, false);
    switch (role) {
    case ActivityIdRole:
        return activity->id;
    case ActivityKindRole:
        return int(activity->kind);
    case CompletedRole:
        return completed;
    case OfflineStateRole:
        return int(activity->offlineState());
    case IsSectionRole:
        return false;
    default:
        break;
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return activity->title.text(m_language);
        if (role == Qt::ToolTipRole)
            return activity->description.text(m_language);
        if (role == Qt::DecorationRole)
            return QIcon(u":/icons/"_s + Labels::iconName(activity->kind) + u".svg"_s);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return Labels::activityKind(activity->kind);
        break;
    case OfflineColumn:
        if (role == Qt::DisplayRole)
            return Labels::activityState(*activity);
        if (role == Qt::DecorationRole)
            return QIcon(u":/icons/"_s + Labels::activityStateIcon(*activity) + u".svg"_s);
        break;
    case CompletionColumn:
        if (activity->completion == CompletionRule::Manual) {
            if (role == Qt::CheckStateRole)
                return completed ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::DisplayRole)
                return completed ? tr("Completed") : tr("Mark as complete");
            if (role == Qt::ToolTipRole)
                return tr("Tick it once you have finished this activity; the site learns of it "
                          "the next time it can be reached.");
            break;
        }
        if (const auto scorm = m_scorm.constFind(activity->id); scorm != m_scorm.cend()) {
            using S = ScormResult::State;
            if (role == Qt::DisplayRole)
                return Labels::scormResult(*scorm);
            if (role == Qt::DecorationRole)
                return QIcon(scorm->state == S::Failed    ? u":/icons/failed.svg"_s
                             : scorm->state == S::Started ? u":/icons/partial.svg"_s
                                                          : u":/icons/completed.svg"_s);
            if (role == Qt::ToolTipRole)
                return tr("Attempt %1. Open the lesson to continue or to start again.")
                    .arg(scorm->attempt);
        }
        if (role == Qt::DisplayRole)
            return Labels::completion(completed, activity->completion);
        if (role == Qt::DecorationRole && completed)
            return QIcon(u":/icons/completed.svg"_s);
        if (role == Qt::ToolTipRole && activity->completion == CompletionRule::Automatic)
            return tr("The site decides when this activity is complete.");
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags CourseModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    const Activity *activity = activityAt(index);
    if (activity && index.column() == CompletionColumn
        && activity->completion == CompletionRule::Manual)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool CourseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Activity *activity = activityAt(index);
    if (role != Qt::CheckStateRole || !activity || index.column() != CompletionColumn
        || activity->completion != CompletionRule::Manual)
        return false;
    const bool completed = value.toInt() == Qt::Checked;
    // Shown at once; the library records it (and reloads the model when it is saved).
    m_completed.insert(activity->id, completed);
    Q_EMIT dataChanged(index, index);
    m_recorder.setManualCompletion(m_profileId, activity->id, completed);
    return true;
}

int CourseModel::completableCount() const
{
    int count = 0;
    for (const Section &section : m_course.sections) {
        for (const Activity &activity : section.activities)
            count += activity.completion != CompletionRule::None ? 1 : 0;
    }
    return count;
}

int CourseModel::completedCount() const
{
    int count = 0;
    for (const Section &section : m_course.sections) {
        for (const Activity &activity : section.activities)
            count += activity.completion != CompletionRule::None
                             && m_completed.value(activity.id, false)
                         ? 1
                         : 0;
    }
    return count;
}

int CourseModel::doneCount() const
{
    using S = ScormResult::State;
    int count = 0;
    for (const Section &section : m_course.sections) {
        for (const Activity &activity : section.activities) {
            const auto scorm = m_scorm.constFind(activity.id);
            const bool lessonDone = scorm != m_scorm.cend()
                                    && (scorm->state == S::Completed || scorm->state == S::Passed);
            count += m_completed.value(activity.id, false) || lessonDone ? 1 : 0;
        }
    }
    return count;
}

QVariant CourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Activity");
    case TypeColumn:
        return tr("Type");
    case OfflineColumn:
        return tr("Available offline");
    case CompletionColumn:
        return tr("Completion");
    default:
        return {};
    }
}

} // namespace clikc
