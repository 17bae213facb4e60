#pragma once

#include "sync/sitecatalogue.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace clikc {

class CatalogueModel;

// Account › Browse the site's catalogue…: every course of the signed-in site that the account
// may see, by category or found by words; a course can be taken into the library without
// enrolling (one the account may view: a coordinator's), the learner can enrol where the course
// offers self-enrolment, and drop a course they took. Everything it asks the site runs off the
// GUI thread (SiteCatalogue); the window stays usable meanwhile. GUI thread.
class CatalogueDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueDialog(SiteCatalogue &catalogue, QWidget *parent = nullptr);
    ~CatalogueDialog() override;
    Q_DISABLE_COPY_MOVE(CatalogueDialog)

Q_SIGNALS:
    // The learner's courses changed (a course taken, enrolled in or dropped): `title`'s.
    void coursesChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void act(int action);
    void showState();
    const SiteCatalogue::Entry *selected() const;
    // What became of the last action, in the language of the moment; empty when none.
    QString actionMessage() const;

    SiteCatalogue &m_catalogue;
    CatalogueModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    quint64 m_turn = 0; // a listing asked before the latest one is dropped
    bool m_busy = false;
    bool m_categoriesShown = false;
    SiteCatalogue::Listing m_listing;
    // The last action (a take, an enrolment, a drop) on the course titled m_actionTitle: -1 for
    // none; its outcome once it came.
    int m_action = -1;
    QString m_actionTitle;
    std::optional<SiteCatalogue::Result> m_actionResult;
    QString m_shownSearch;
    qint64 m_keepSelected = 0;
    QLabel *m_intro = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_findButton = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_enrolButton = nullptr;
    QPushButton *m_dropButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace clikc
