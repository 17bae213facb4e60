#include "librarypage.h"

#include "appcontext.h"
#include "i18n/format.h"
#include "i18n/languagemanager.h"
#include "library/libraryservice.h"
#include "models/labels.h"
#include "models/librarymodel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace clikc {

LibraryPage::LibraryPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new LibraryModel(context.library(), context.profileId(), this))
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
    m_search->setClearButtonEnabled(true);
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
    for (int c = LibraryModel::SizeColumn; c < LibraryModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

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

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_search);
    auto *body = new QHBoxLayout;
    body->addWidget(m_listStack, 1);
    body->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

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
    connect(m_restoreButton, &QPushButton::clicked, this, &LibraryPage::restoreSample);
    connect(m_model, &LibraryModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateDetails();
        updateEmptyState();
    });
    connect(m_model, &LibraryModel::dataChanged, this, &LibraryPage::updateDetails);
    connect(&context.languages(), &LanguageManager::languageChanged, m_model,
            &LibraryModel::setLanguage);

    m_model->setLanguage(context.languages().language().isEmpty() ? u"en"_s
                                                                  : context.languages().language());
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

void LibraryPage::retranslate()
{
    m_heading->setText(tr("My courses"));
    m_search->setPlaceholderText(tr("Search courses"));
    m_search->setToolTip(tr("Show only the courses whose title contains this text"));
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
    m_emptyLabel->setText(tr("There are no courses on this computer yet. Use File › Import a "
                             "mirror to add courses from a USB drive or shared folder."));
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
    const QString language = m_context.languages().language();
    const QLocale locale(language);
    m_titleLabel->setText(course->title.text(language));
    m_summaryLabel->setText(course->summary.text(language));
    m_stateLabel->setText(tr("%1 · %2 on disk · %3 of %4 activities completed")
                              .arg(Labels::offlineState(course->offlineState()),
                                   Format::fileSize(course->bytesOnDisk, locale),
                                   locale.toString(course->completedCount),
                                   locale.toString(course->activityCount)));
}

void LibraryPage::removeCurrentCourse()
{
    const qint64 id = currentCourseId();
    const CourseSummary *course = m_model->courseAt(m_model->rowOf(id));
    if (!course)
        return;
    const QString title = course->title.text(m_context.languages().language());
    const auto answer = QMessageBox::question(
        this, tr("Remove course"),
        tr("Remove “%1” from this computer? Its files will be deleted; your progress is kept.")
            .arg(title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_context.library().removeCourseContent(id);
}

void LibraryPage::restoreSample()
{
    m_restoreButton->setEnabled(false);
    m_context.library()
        .importMirror(AppContext::sampleMirrorRoot(), SourceKind::Bundled)
        .then(this, [this](const MirrorImporter::Report &report) {
            m_restoreButton->setEnabled(true);
            if (!report.ok()) {
                QMessageBox::warning(this, tr("Could not put the course back"),
                                     report.errors.first().message());
            }
        });
}

} // namespace clikc
