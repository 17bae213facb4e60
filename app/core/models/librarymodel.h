#pragma once

#include "domain/types.h"
#include "library/coursequeries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

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

    // The widest texts a column can show in the current language, to size it without measuring
    // every row.
    QStringList widestTexts(int column) const;

    // Texts follow this language (course titles may have translations; headers use tr()).
    void setLanguage(const QString &code);

public Q_SLOTS:
    // Reads every course again; rows are updated, added and removed in place (a reset only for
    // the first load), so views keep their selection and scroll and redraw only what changed.
    void reload();
    // Reads only these courses again (their files changed) and updates their rows.
    void refresh(const QList<qint64> &courseIds);

Q_SIGNALS:
    void loaded();

private:
    // Applies a read: every course (`whole`) or only `asked`.
    void apply(const CourseQueries::Library &library, bool whole, const QList<qint64> &asked);
    void dropRow(int row); // none for -1
    QIcon stateIcon(OfflineState state) const;

    CourseQueries &m_queries;
    qint64 m_profileId;
    QString m_language = QStringLiteral("en");
    QList<CourseSummary> m_courses;
    CourseQueries::Stats m_stats;
    bool m_loaded = false;
    quint64 m_generation = 0;
    mutable QHash<int, QIcon> m_icons; // by OfflineState
};

} // namespace clikc
