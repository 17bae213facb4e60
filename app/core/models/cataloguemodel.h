#pragma once

#include "sync/sitecatalogue.h"

#include <QAbstractTableModel>

namespace clikc {

// A listing of the site's catalogue (SiteCatalogue::list) as a table: the course, its short
// name, its category and where the learner stands with it, in the language of the moment.
// Holds what it was given; the listing is read off the GUI thread. GUI thread.
class CatalogueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CourseColumn, ShortNameColumn, CategoryColumn, StateColumn, ColumnCount };
    enum Role { CourseIdRole = Qt::UserRole + 1 };

    explicit CatalogueModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CatalogueModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCourses(QList<SiteCatalogue::Entry> courses);
    const SiteCatalogue::Entry *entryAt(int row) const;
    // The row of the course with the site's id `courseId`, or -1.
    int rowOf(qint64 courseId) const;
    // Where the learner stands with the course, for the learner.
    static QString stateOf(const SiteCatalogue::Entry &entry);
    void retranslate();

private:
    QList<SiteCatalogue::Entry> m_courses;
};

} // namespace clikc
