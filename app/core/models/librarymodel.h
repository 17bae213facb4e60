#pragma once

#include "domain/types.h"
#include "library/coursequeries.h"

#include <QAbstractTableModel>

namespace clikc {

class LibraryWorker;

// The courses on this computer for one profile: title, size on disk, offline state, progress,
// and the library's totals for the status bar, read together in one query on the library's
// worker and applied on the GUI thread. Lives on the GUI thread.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SizeColumn, OfflineColumn, ProgressColumn, ColumnCount };
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        SummaryRole,
        OfflineStateRole,
        ProgressRole, // 0..1
        SortRole,
    };

    LibraryModel(CourseQueries &queries, LibraryWorker &changes, qint64 profileId,
                 QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LibraryModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CourseSummary *courseAt(int row) const;
    int rowOf(qint64 courseId) const;
    bool isLoaded() const { return m_loaded; }
    // The whole library's totals as of the last load.
    const CourseQueries::Stats &stats() const { return m_stats; }

    // Texts follow this language (course titles may have translations; headers use tr()).
    void setLanguage(const QString &code);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    CourseQueries &m_queries;
    qint64 m_profileId;
    QString m_language = QStringLiteral("en");
    QList<CourseSummary> m_courses;
    CourseQueries::Stats m_stats;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace clikc
