#include "coursepage.h"

#include "i18n/languagemanager.h"
#include "library/coursequeries.h"
#include "library/libraryworker.h"
#include "library/progressrecorder.h"
#include "models/coursemodel.h"
#include "sync/downloadmanager.h"

#include "models/labels.h"

#include <QDesktopServices>

#include <QBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace clikc {

CoursePage::CoursePage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new CourseModel(services.courseQueries, services.progressRecorder,
                              services.libraryWorker, services.profileId, this))
    , m_backButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_openButton(new QPushButton(this))
    , m_downloadSelectionButton(new QPushButton(this))
    , m_downloadCourseButton(new QPushButton(this))
    , m_browserButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
    , m_completeCheck(new QCheckBox(this))
{
    setObjectName(u"coursePage"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setWordWrap(true);

    m_view->setObjectName(u"courseView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CourseModel::TitleColumn, QHeaderView::Stretch);
    for (int c = CourseModel::TypeColumn; c < CourseModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_openButton->setObjectName(u"openActivityButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_titleLabel, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(m_completeCheck);
    bottom->addWidget(m_browserButton);
    bottom->addWidget(m_downloadSelectionButton);
    bottom->addWidget(m_downloadCourseButton);
    bottom->addWidget(m_openButton);
    m_downloadSelectionButton->setObjectName(u"downloadSelectionButton"_s);
    m_downloadCourseButton->setObjectName(u"downloadCourseButton"_s);
    m_browserButton->setObjectName(u"openInBrowserButton"_s);
    m_completeCheck->setObjectName(u"markCompleteCheck"_s);
    m_completeCheck->hide();
    m_view->installEventFilter(this);
    // Esc goes back one level, wherever the focus is on this page.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CoursePage::backRequested);
    // Tab goes from the list to what acts on its current row, then back to the course list.
    setTabOrder(m_view, m_completeCheck);
    setTabOrder(m_completeCheck, m_browserButton);
    setTabOrder(m_browserButton, m_downloadSelectionButton);
    setTabOrder(m_downloadSelectionButton, m_downloadCourseButton);
    setTabOrder(m_downloadCourseButton, m_openButton);
    setTabOrder(m_openButton, m_backButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_backButton, &QPushButton::clicked, this, &CoursePage::backRequested);
    connect(m_view, &QTreeView::activated, this, &CoursePage::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &CoursePage::openCurrent);
    connect(m_downloadSelectionButton, &QPushButton::clicked, this, &CoursePage::downloadSelection);
    connect(m_downloadCourseButton, &QPushButton::clicked, this,
            [this] { m_services.downloads.enqueueCourse(m_model->courseId()); });
    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        if (const Activity *activity
            = m_model->activityAt(m_view->currentIndex().siblingAtColumn(0)))
            QDesktopServices::openUrl(QUrl(activity->url));
    });
    connect(m_completeCheck, &QCheckBox::clicked, this, [this](bool checked) {
        const QModelIndex index
            = m_view->currentIndex().siblingAtColumn(CourseModel::CompletionColumn);
        m_model->setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    });
    // The model is reset when a course loads and whenever the library changes (a file arrives,
    // a tick is saved): the buttons follow what the course now holds.
    connect(m_model, &CourseModel::modelReset, this, [this] {
        m_view->expandAll();
        updateHeader();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
        updateButtons();
    });
    connect(m_model, &CourseModel::dataChanged, this, &CoursePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CoursePage::updateButtons);
    connect(&services.languages, &LanguageManager::languageChanged, this,
            [this](const QString &code) {
                m_model->setLanguage(code);
                updateHeader();
            });
    m_model->setLanguage(services.languages.language().isEmpty() ? u"en"_s
                                                                 : services.languages.language());
    m_openButton->setEnabled(false);
    retranslate();
    updateButtons();
}

void CoursePage::updateButtons()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const Activity *activity = m_model->activityAt(current);
    m_openButton->setEnabled(activity && activity->offlineState() == OfflineState::OnThisMachine);
    // Online-only activities are shown honestly, and open in the browser.
    const bool online = activity && (!isOfflineCapable(activity->kind) || activity->files.isEmpty())
                        && !activity->url.isEmpty();
    m_browserButton->setVisible(online);
    bool anyRemote = false;
    const Course &course = m_model->course();
    for (const Section &section : course.sections) {
        for (const Activity &a : section.activities) {
            for (const FileEntry &f : a.files)
                anyRemote = anyRemote || (f.state != FileState::Ready && !f.remoteUrl.isEmpty());
        }
    }
    m_downloadCourseButton->setVisible(anyRemote);
    bool selectionRemote = false;
    if (activity) {
        for (const FileEntry &f : activity->files)
            selectionRemote
                = selectionRemote || (f.state != FileState::Ready && !f.remoteUrl.isEmpty());
    } else if (current.isValid()) {
        for (const Activity &a : course.sections.value(current.row()).activities) {
            for (const FileEntry &f : a.files)
                selectionRemote
                    = selectionRemote || (f.state != FileState::Ready && !f.remoteUrl.isEmpty());
        }
    }
    m_downloadSelectionButton->setVisible(selectionRemote);
    m_downloadSelectionButton->setText(activity ? tr("Download activity") : tr("Download section"));
    // Only where it is not the same as the whole course.
    if (selectionRemote && m_downloadCourseButton->isVisible()) {
        bool otherRemote = false;
        for (const Section &section : course.sections) {
            for (const Activity &a : section.activities) {
                if (activity
                        ? a.id == activity->id
                        : (current.isValid() && &section == &course.sections.at(current.row())))
                    continue;
                for (const FileEntry &f : a.files)
                    otherRemote
                        = otherRemote || (f.state != FileState::Ready && !f.remoteUrl.isEmpty());
            }
        }
        m_downloadSelectionButton->setVisible(otherRemote);
    }
    const bool manual = activity && activity->completion == CompletionRule::Manual;
    m_completeCheck->setVisible(manual);
    if (manual) {
        m_completeCheck->setChecked(m_view->currentIndex()
                                        .siblingAtColumn(CourseModel::CompletionColumn)
                                        .data(Qt::CheckStateRole)
                                    == Qt::Checked);
    }
}

bool CoursePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Space on an activity's row ticks it, whichever cell of the row is current.
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && m_completeCheck->isVisible()) {
            m_completeCheck->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CoursePage::downloadSelection()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    DownloadManager &downloads = m_services.downloads;
    if (const Activity *activity = m_model->activityAt(current)) {
        downloads.enqueueCourse(m_model->courseId(), activity->id);
        return;
    }
    if (current.isValid()) {
        for (const Activity &a : m_model->course().sections.value(current.row()).activities)
            downloads.enqueueCourse(m_model->courseId(), a.id);
    }
}

CoursePage::~CoursePage() = default;

void CoursePage::setCourse(qint64 courseId)
{
    if (courseId != m_model->courseId())
        m_view->setCurrentIndex({});
    m_model->setCourse(courseId);
}

qint64 CoursePage::courseId() const
{
    return m_model->courseId();
}

void CoursePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoursePage::retranslate()
{
    m_backButton->setText(tr("‹ My courses"));
    m_backButton->setToolTip(tr("Back to the list of courses (Alt+Left)"));
    m_openButton->setText(tr("Open"));
    m_downloadCourseButton->setText(tr("Download course"));
    m_browserButton->setText(tr("Open in the browser"));
    m_browserButton->setToolTip(tr("This activity needs a connection: it opens on the site"));
    m_hintLabel->setText(tr("Double-click an activity, or select it and press Enter, to study "
                            "it. Space ticks it as complete."));
    m_completeCheck->setText(tr("&Mark as complete"));
    m_completeCheck->setToolTip(tr("Tick it once you have finished this activity; the site "
                                   "learns of it the next time it can be reached."));
    m_view->setAccessibleName(tr("Sections and activities"));
    m_view->setAccessibleDescription(
        tr("Press Enter to open the selected activity and Space to mark it as complete"));
    updateHeader();
    updateButtons();
}

void CoursePage::updateHeader()
{
    const QString language = m_services.languages.language();
    const Course &course = m_model->course();
    m_titleLabel->setText(course.title.text(language));
    const int completable = m_model->completableCount();
    QString summary = course.summary.text(language);
    QString progress;
    if (completable > 0) {
        progress = tr("%1 of %n activities completed", nullptr, completable)
                       .arg(QLocale(language).toString(m_model->completedCount()));
    } else if (m_model->rowCount() > 0) {
        progress = Labels::untrackedProgress(m_model->doneCount());
    }
    if (!progress.isEmpty())
        summary = summary.isEmpty() ? progress : summary + u"\n\n"_s + progress;
    m_summaryLabel->setText(summary);
}

void CoursePage::openCurrent()
{
    const Activity *activity = m_model->activityAt(m_view->currentIndex().siblingAtColumn(0));
    if (activity && activity->offlineState() == OfflineState::OnThisMachine)
        Q_EMIT activityOpened(*activity);
}

} // namespace clikc
