#pragma once

#include "domain/scorm.h"
#include "domain/types.h"
#include "library/coursequeries.h"

#include <QAbstractItemModel>
#include <QHash>

namespace clikc {

class LibraryWorker;
class ProgressRecorder;

// One course as a tree: sections at the top, their activities below, each with its type,
// offline state and the profile's completion (for a SCORM lesson, its result and score). Loads on
// the library's worker. GUI thread.
class CourseModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TypeColumn, OfflineColumn, CompletionColumn, ColumnCount };
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        ActivityKindRole,
        CompletedRole,
        OfflineStateRole,
        IsSectionRole,
    };

    CourseModel(CourseQueries &queries, ProgressRecorder &recorder, LibraryWorker &changes,
                qint64 profileId, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CourseModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // An activity with manual completion is ticked in the Completion column; the change is
    // recorded (and queued for the site) at once.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Activities that count towards completion, and of those the ones completed.
    int completableCount() const;
    int completedCount() const;
    // Activities finished here whether or not they count (a lesson completed or passed, a
    // video watched): what is known when the site does not track completion.
    int doneCount() const;

    void setLanguage(const QString &code);
    qint64 courseId() const { return m_courseId; }
    const Course &course() const { return m_course; }
    const Activity *activityAt(const QModelIndex &index) const;
    QModelIndex indexOfActivity(qint64 activityId) const;

public Q_SLOTS:
    void setCourse(qint64 courseId);
    void reload();

Q_SIGNALS:
    void loaded();

private:
    // A new read of the course: rows updated in place when its sections and activities are the
    // same, a reset otherwise.
    void apply(const CourseQueries::CoursePage &page);
    static bool sameShape(const Course &a, const Course &b);
    // What a row shows, to tell whether it changed.
    QVariantList rowSignature(const QModelIndex &row) const;

    // Internal ids: 0 for a section row, section index + 1 for an activity row.
    static constexpr quintptr kSectionId = 0;

    CourseQueries &m_queries;
    ProgressRecorder &m_recorder;
    qint64 m_profileId;
    qint64 m_courseId = 0;
    QString m_language = QStringLiteral("en");
    Course m_course;
    QHash<qint64, bool> m_completed;
    QHash<qint64, ScormResult> m_scorm; // SCORM lessons started
    quint64 m_generation = 0;
};

} // namespace clikc
