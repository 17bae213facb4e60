#include "librarypage.h"

#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "library/coursequeries.h"
#include "library/librarymaintenance.h"
#include "library/libraryworker.h"
#include "models/labels.h"
#include "models/librarymodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace clikc {

LibraryPage::LibraryPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new LibraryModel(services.courseQueries, services.libraryWorker, services.profileId,
                               this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_restoreButton(new QPushButton(this))
    , m_gettingStarted(new QFrame(this))
    , m_gettingStartedLabel(new QLabel(m_gettingStarted))
    , m_signInButton(new QPushButton(m_gettingStarted))
    , m_importButton(new QPushButton(m_gettingStarted))
{
    setObjectName(u"libraryPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LibraryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(LibraryModel::TitleColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Our own clear button: the style's asks the icon theme for "edit-clear", a search of the
    // theme folders that cost the start 5 ms.
    m_clearSearch = m_search->addAction(QIcon(u":/icons/clear.svg"_s), QLineEdit::TrailingPosition);
    m_clearSearch->setObjectName(u"clearSearchAction"_s);
    m_clearSearch->setVisible(false);
    connect(m_clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    connect(m_search, &QLineEdit::textChanged, m_clearSearch,
            [this](const QString &text) { m_clearSearch->setVisible(!text.isEmpty()); });
    m_search->setObjectName(u"librarySearch"_s);

    m_view->setObjectName(u"libraryView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    // Sized from the widest text each column can show (sizeColumns()), never by measuring every
    // row: with a thousand courses, ResizeToContents asked each row for its size on every change.
    for (int c = LibraryModel::SizeColumn; c < LibraryModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::Interactive);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyLabel);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_openButton->setObjectName(u"openCourseButton"_s);
    m_openButton->setDefault(true);
    m_removeButton->setObjectName(u"removeCourseButton"_s);

    auto *details = new QWidget(this);
    details->setMinimumWidth(260);
    details->setMaximumWidth(360);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_titleLabel);
    detailsLayout->addWidget(m_summaryLabel);
    detailsLayout->addWidget(m_stateLabel);
    detailsLayout->addWidget(m_openButton);
    detailsLayout->addWidget(m_removeButton);
    detailsLayout->addWidget(m_restoreButton);
    detailsLayout->addStretch();

    // The first step for a learner who is not signed in: where the eye starts, and first in
    // the Tab order.
    m_gettingStarted->setObjectName(u"gettingStarted"_s);
    m_gettingStarted->setFrameShape(QFrame::StyledPanel);
    m_gettingStarted->setAutoFillBackground(true);
    m_gettingStarted->setBackgroundRole(QPalette::AlternateBase);
    m_gettingStartedLabel->setWordWrap(true);
    m_signInButton->setObjectName(u"gettingStartedSignIn"_s);
    m_importButton->setObjectName(u"gettingStartedImport"_s);
    // Enter presses the one that has the focus, as Space does.
    m_signInButton->setAutoDefault(true);
    m_importButton->setAutoDefault(true);
    auto *startLayout = new QHBoxLayout(m_gettingStarted);
    startLayout->addWidget(m_gettingStartedLabel, 1);
    startLayout->addWidget(m_signInButton);
    startLayout->addWidget(m_importButton);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_search);
    auto *body = new QHBoxLayout;
    body->addWidget(m_listStack, 1);
    body->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gettingStarted);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    setTabOrder(m_signInButton, m_importButton);
    setTabOrder(m_importButton, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_openButton);
    setTabOrder(m_openButton, m_removeButton);
    setTabOrder(m_removeButton, m_restoreButton);
    m_search->installEventFilter(this);
    m_view->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT courseOpened(index.data(LibraryModel::CourseIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPage::updateDetails);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCourseId())
            Q_EMIT courseOpened(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &LibraryPage::removeCurrentCourse);
    connect(m_signInButton, &QPushButton::clicked, this, &LibraryPage::signInRequested);
    connect(m_importButton, &QPushButton::clicked, this, &LibraryPage::importRequested);
    connect(m_restoreButton, &QPushButton::clicked, this, &LibraryPage::restoreSample);
    // Rows come once (the first load) and then change in place, arrive or go.
    const auto rowsChanged = [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateDetails();
        updateEmptyState();
    };
    connect(m_model, &LibraryModel::modelReset, this, rowsChanged);
    connect(m_model, &LibraryModel::rowsInserted, this, rowsChanged);
    connect(m_model, &LibraryModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &LibraryModel::dataChanged, this, &LibraryPage::updateDetails);
    connect(&services.languages, &LanguageManager::languageChanged, m_model,
            &LibraryModel::setLanguage);
    connect(&services.languages, &LanguageManager::languageChanged, this,
            &LibraryPage::sizeColumns);

    m_model->setLanguage(services.languages.language().isEmpty() ? u"en"_s
                                                                 : services.languages.language());
    retranslate();
    m_model->reload();
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPage::sizeColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    QStyleOptionHeader option;
    option.initFrom(m_view->header());
    const int headerMargin = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, &option);
    const int sortArrow = m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option);
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    for (int c = LibraryModel::SizeColumn; c < LibraryModel::ColumnCount; ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        int width = QFontMetrics(m_view->header()->font()).horizontalAdvance(header) + headerMargin
                    + sortArrow;
        for (const QString &text : m_model->widestTexts(c)) {
            const int decoration = c == LibraryModel::OfflineColumn ? icon + 6 : 0;
            width = std::max(width, metrics.horizontalAdvance(text) + decoration + 16);
        }
        m_view->header()->resizeSection(c, width);
    }
}

void LibraryPage::retranslate()
{
    m_heading->setText(tr("My courses"));
    m_search->setPlaceholderText(tr("Search courses"));
    m_search->setToolTip(tr("Show only the courses whose title contains this text"));
    m_search->setAccessibleName(tr("Search courses"));
    m_clearSearch->setText(tr("Clear the search"));
    m_clearSearch->setToolTip(m_clearSearch->text());
    // Wide enough for the placeholder in every language ("Rechercher des cours…").
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 60);
    sizeColumns();
    m_view->setAccessibleName(tr("My courses"));
    m_view->setAccessibleDescription(tr("Press Enter to open the selected course"));
    m_gettingStartedLabel->setText(
        tr("<b>Get your courses.</b> Sign in to CLiKC! to download the courses you are enrolled "
           "in, or import courses from a USB drive or shared folder if there is no connection."));
    m_signInButton->setText(tr("&Sign in to CLiKC!…"));
    m_importButton->setText(tr("Import from a &USB drive…"));
    m_openButton->setText(tr("Open course"));
    m_removeButton->setText(tr("Remove from this computer"));
    m_removeButton->setToolTip(tr("Free the disk space this course uses. Your progress is kept."));
    m_restoreButton->setText(tr("Put back on this computer"));
    updateEmptyState();
    updateDetails();
}

void LibraryPage::updateEmptyState()
{
    if (!m_model->isLoaded()) {
        m_emptyLabel->setText(tr("Opening your library…"));
        m_listStack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_emptyLabel->setText(
        m_signedIn ? tr("There are no courses on this computer yet. Open a course from "
                        "Account › Refresh my courses, or use File › Import a mirror to add "
                        "courses from a USB drive or shared folder.")
                   : tr("There are no courses on this computer yet. Sign in to CLiKC! to get "
                        "your courses, or import them from a USB drive or shared folder."));
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view)
                                                          : m_emptyLabel);
}

qint64 LibraryPage::currentCourseId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(LibraryModel::CourseIdRole).toLongLong() : 0;
}

void LibraryPage::selectCourse(qint64 courseId)
{
    const int row = m_model->rowOf(courseId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void LibraryPage::updateDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const CourseSummary *course = m_model->courseAt(index.row());
    const bool has = course != nullptr;
    m_openButton->setEnabled(has);
    m_removeButton->setVisible(has && course->readyFileCount > 0);
    m_restoreButton->setVisible(has && course->readyFileCount < course->fileCount
                                && course->sourceKind == SourceKind::Bundled);
    if (!has) {
        m_titleLabel->setText(tr("No course selected"));
        m_summaryLabel->clear();
        m_stateLabel->clear();
        return;
    }
    const QString language = m_services.languages.language();
    const QLocale locale(language);
    m_titleLabel->setText(course->title.text(language));
    m_summaryLabel->setText(course->summary.text(language));
    if (course->activityCount == 0) {
        // A course whose completion the site does not track: say so, and what is known.
        m_stateLabel->setText(tr("%1 · %2 on disk")
                                  .arg(Labels::offlineState(course->offlineState()),
                                       Format::fileSize(course->bytesOnDisk, locale))
                              + u'\n' + Labels::untrackedProgress(course->doneCount));
        return;
    }
    m_stateLabel->setText(
        tr("%1 · %2 on disk · %3 of %n activity(s) completed", nullptr, course->activityCount)
            .arg(Labels::offlineState(course->offlineState()),
                 Format::fileSize(course->bytesOnDisk, locale),
                 locale.toString(course->completedCount)));
}

void LibraryPage::removeCurrentCourse()
{
    const qint64 id = currentCourseId();
    const CourseSummary *course = m_model->courseAt(m_model->rowOf(id));
    if (!course)
        return;
    const QString title = course->title.text(m_services.languages.language());
    // The buttons name what they do, not Yes and No.
    QMessageBox box(QMessageBox::Question, tr("Remove course"),
                    tr("Remove “%1” from this computer? Its files will be deleted; your progress "
                       "is kept.")
                        .arg(title),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"removeCourseBox"_s);
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemove"_s);
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepCourse"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        m_services.maintenance.removeCourseContent(id);
}

void LibraryPage::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    m_gettingStarted->setVisible(!signedIn);
    updateEmptyState();
}

void LibraryPage::focusFirstStep()
{
    if (!m_signedIn)
        m_signInButton->setFocus(Qt::OtherFocusReason);
    else
        m_view->setFocus(Qt::OtherFocusReason);
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Esc clears the search; Down from the search box goes to the list.
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::restoreSample()
{
    m_restoreButton->setEnabled(false);
    m_services.maintenance.importMirror(m_services.sampleMirrorRoot, SourceKind::Bundled)
        .then(this, [this](const MirrorImporter::Report &report) {
            m_restoreButton->setEnabled(true);
            if (!report.ok()) {
                QMessageBox::warning(this, tr("Could not put the course back"),
                                     report.errors.first().message());
            }
        });
}

} // namespace clikc
