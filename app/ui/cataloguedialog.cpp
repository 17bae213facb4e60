#include "cataloguedialog.h"

#include "models/cataloguemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clikc {

namespace {
enum Action { Take, Enrol, Drop };
}

CatalogueDialog::CatalogueDialog(SiteCatalogue &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_model(new CatalogueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_findButton(new QPushButton(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"catalogueDialog"_s);
    m_intro->setWordWrap(true);
    m_category->setObjectName(u"catalogueCategory"_s);
    m_category->addItem(QString(), 0); // all categories
    m_categoryLabel->setBuddy(m_category);
    m_search->setObjectName(u"catalogueSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_findButton->setObjectName(u"catalogueFind"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_view->setObjectName(u"catalogueCourses"_s);
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the site's order until a header is clicked
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    // Sized once from the header, never by measuring every row of a long catalogue.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(CatalogueModel::CourseColumn, 300);
    m_view->header()->resizeSection(CatalogueModel::ShortNameColumn, 110);
    m_view->header()->resizeSection(CatalogueModel::CategoryColumn, 150);
    m_summary->setObjectName(u"catalogueSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(u"catalogueStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_addButton->setObjectName(u"catalogueAdd"_s);
    m_enrolButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_enrolButton->setObjectName(u"catalogueEnrol"_s);
    m_dropButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_dropButton->setObjectName(u"catalogueDrop"_s);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"catalogueClose"_s);
    // Enter in the search field finds; no button takes Enter from it.
    for (QPushButton *button : {m_addButton, m_enrolButton, m_dropButton, m_closeButton})
        button->setAutoDefault(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category, 1);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_findButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(820, 560);

    // A new listing asked for: the last action's outcome is no longer news.
    const auto find = [this] {
        m_action = -1;
        load();
    };
    connect(m_findButton, &QPushButton::clicked, this, find);
    connect(m_search, &QLineEdit::returnPressed, this, find);
    connect(m_category, &QComboBox::activated, this, find);
    connect(m_addButton, &QPushButton::clicked, this, [this] { act(Take); });
    connect(m_enrolButton, &QPushButton::clicked, this, [this] { act(Enrol); });
    connect(m_dropButton, &QPushButton::clicked, this, [this] { act(Drop); });
    connect(m_closeButton, &QPushButton::clicked, this, &CatalogueDialog::reject);
    // (A click makes the row current before it selects it: the selection is what counts.)
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogueDialog::showState);
    retranslate();
    load();
}

CatalogueDialog::~CatalogueDialog() = default;

void CatalogueDialog::retranslate()
{
    setWindowTitle(tr("The site's catalogue"));
    m_intro->setText(tr("Every course of the site that your account may see. Add one to your "
                        "library without enrolling (if your account may view it), or enrol "
                        "yourself where the course offers it; it then downloads like your other "
                        "courses."));
    m_categoryLabel->setText(tr("&Category:"));
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Words of the course's name or summary"));
    m_findButton->setText(tr("&Find"));
    m_view->setAccessibleName(tr("Courses of the site"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setItemText(0, tr("All categories"));
    m_addButton->setText(tr("&Add to my library"));
    m_enrolButton->setText(tr("&Enrol me"));
    m_dropButton->setText(tr("Re&move from my library"));
    m_closeButton->setText(tr("Close"));
    m_model->retranslate();
    showState();
}

void CatalogueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

const SiteCatalogue::Entry *CatalogueDialog::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->entryAt(m_sorted->mapToSource(current).row());
}

void CatalogueDialog::load()
{
    if (const SiteCatalogue::Entry *entry = selected())
        m_keepSelected = entry->course.course.id;
    const quint64 turn = ++m_turn;
    m_busy = true;
    const qint64 category = m_category->currentData().toLongLong();
    const QString search = m_search->text().simplified();
    showState();
    m_catalogue.list(category, search)
        .then(this, [this, turn, search](const SiteCatalogue::Listing &listing) {
            if (turn != m_turn)
                return;
            m_busy = false;
            m_listing = listing;
            m_shownSearch = search;
            if (listing.ok()) {
                if (!m_categoriesShown && !listing.categories.isEmpty()) {
                    m_categoriesShown = true;
                    const QString indent = u"    "_s;
                    for (const CatalogueCategory &c : listing.categories)
                        m_category->addItem(indent.repeated(c.depth - 1) + c.name, c.id);
                }
                m_model->setCourses(listing.courses);
                const int row = m_model->rowOf(m_keepSelected);
                if (row >= 0) {
                    const QModelIndex at = m_sorted->mapFromSource(m_model->index(row, 0));
                    m_view->selectionModel()->setCurrentIndex(
                        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    m_view->scrollTo(at);
                }
            }
            showState();
        });
}

void CatalogueDialog::act(int action)
{
    const SiteCatalogue::Entry *entry = selected();
    if (!entry || m_busy)
        return;
    const qint64 id = entry->course.course.id;
    m_keepSelected = id;
    m_busy = true;
    m_action = action;
    m_actionTitle = entry->course.course.fullName;
    m_actionResult.reset();
    showState();
    QFuture<SiteCatalogue::Result> done = action == Take    ? m_catalogue.take(id)
                                          : action == Enrol ? m_catalogue.selfEnrol(id)
                                                            : m_catalogue.drop(id);
    done.then(this, [this](const SiteCatalogue::Result &result) {
        m_busy = false;
        m_actionResult = result;
        if (result.ok())
            Q_EMIT coursesChanged(actionMessage());
        load();
    });
}

QString CatalogueDialog::actionMessage() const
{
    const QString &title = m_actionTitle;
    if (m_action < 0)
        return {};
    if (!m_actionResult) {
        return m_action == Take    ? tr("Adding %1 to your library…").arg(title)
               : m_action == Enrol ? tr("Enrolling you in %1…").arg(title)
                                   : tr("Removing %1 from your library…").arg(title);
    }
    if (!m_actionResult->ok())
        return tr("%1: %2").arg(title, m_actionResult->message());
    return m_action == Take ? tr("%1 is in your library; download it from My courses.").arg(title)
           : m_action == Enrol ? tr("You are enrolled in %1; it is in your library.").arg(title)
                               : tr("%1 is no longer among your courses.").arg(title);
}

void CatalogueDialog::showState()
{
    const SiteCatalogue::Entry *entry = selected();
    m_summary->setText(entry ? entry->course.course.summary : QString());
    m_summary->setVisible(entry && !entry->course.course.summary.isEmpty());
    m_addButton->setEnabled(!m_busy && entry && !entry->enrolled && !entry->taken);
    m_enrolButton->setEnabled(!m_busy && entry && !entry->enrolled
                              && entry->course.offersSelfEnrolment());
    m_dropButton->setEnabled(!m_busy && entry && entry->taken && !entry->enrolled);
    // The filters stay usable (and keep the keyboard's focus) while a listing comes: a new one
    // replaces it.
    m_category->setEnabled(m_categoriesShown);

    QString status;
    const QLocale locale;
    const QString message = actionMessage();
    if (m_busy && message.isEmpty()) {
        status = tr("Reading the site's catalogue…");
    } else if (!m_listing.ok()) {
        status = m_listing.message();
    } else if (m_listing.courses.isEmpty() && !m_shownSearch.isEmpty()) {
        status = tr("No course matches “%1”.").arg(m_shownSearch);
    } else if (m_listing.total > m_listing.courses.size()) {
        status
            = tr("%1 of %2 courses that match are shown; add words to find the others.")
                  .arg(locale.toString(m_listing.courses.size()), locale.toString(m_listing.total));
    } else {
        status = tr("%n course(s).", nullptr, int(m_listing.courses.size()));
    }
    if (!message.isEmpty())
        status = message + u'\n' + status;
    m_status->setText(status);
}

} // namespace clikc
