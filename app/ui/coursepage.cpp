#include "coursepage.h"

#include "appcontext.h"
#include "i18n/languagemanager.h"
#include "models/coursemodel.h"
#include "sync/downloadmanager.h"

#include <QDesktopServices>

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace clikc {

CoursePage::CoursePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CourseModel(context.library(), context.profileId(), this))
    , m_backButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_openButton(new QPushButton(this))
    , m_downloadSelectionButton(new QPushButton(this))
    , m_downloadCourseButton(new QPushButton(this))
    , m_browserButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
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
    bottom->addWidget(m_browserButton);
    bottom->addWidget(m_downloadSelectionButton);
    bottom->addWidget(m_downloadCourseButton);
    bottom->addWidget(m_openButton);
    m_downloadSelectionButton->setObjectName(u"downloadSelectionButton"_s);
    m_downloadCourseButton->setObjectName(u"downloadCourseButton"_s);
    m_browserButton->setObjectName(u"openInBrowserButton"_s);
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
            [this] { m_context.downloads().enqueueCourse(m_model->courseId()); });
    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        if (const Activity *activity
            = m_model->activityAt(m_view->currentIndex().siblingAtColumn(0)))
            QDesktopServices::openUrl(QUrl(activity->url));
    });
    connect(m_model, &CourseModel::modelReset, this, [this] {
        m_view->expandAll();
        updateHeader();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const Activity *activity = m_model->activityAt(m_view->currentIndex().siblingAtColumn(0));
        m_openButton->setEnabled(activity
                                 && activity->offlineState() == OfflineState::OnThisMachine);
    });
    connect(&context.languages(), &LanguageManager::languageChanged, this,
            [this](const QString &code) {
                m_model->setLanguage(code);
                updateHeader();
            });
    m_model->setLanguage(context.languages().language().isEmpty() ? u"en"_s
                                                                  : context.languages().language());
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
}

void CoursePage::downloadSelection()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    DownloadManager &downloads = m_context.downloads();
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
    m_hintLabel->setText(
        tr("Double-click an activity, or select it and press Enter, to study it."));
    updateHeader();
    updateButtons();
}

void CoursePage::updateHeader()
{
    const QString language = m_context.languages().language();
    const Course &course = m_model->course();
    m_titleLabel->setText(course.title.text(language));
    const int completable = m_model->completableCount();
    QString summary = course.summary.text(language);
    if (completable > 0) {
        const QString progress = tr("%1 of %n activities completed", nullptr, completable)
                                     .arg(QLocale(language).toString(m_model->completedCount()));
        summary = summary.isEmpty() ? progress : summary + u"\n\n"_s + progress;
    }
    m_summaryLabel->setText(summary);
}

void CoursePage::openCurrent()
{
    const Activity *activity = m_model->activityAt(m_view->currentIndex().siblingAtColumn(0));
    if (activity && activity->offlineState() == OfflineState::OnThisMachine)
        Q_EMIT activityOpened(*activity);
}

} // namespace clikc
