#include "downloadspage.h"

#include "sync/autodownloader.h"

#include "models/downloadsmodel.h"
#include "settings/settings.h"
#include "sync/downloadmanager.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

// Draws the Progress column as a progress bar with the size text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(DownloadsModel::ProgressRole).toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

DownloadsPage::DownloadsPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new DownloadsModel(services.downloads, this))
    , m_backButton(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_pause(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_pauseAll(new QPushButton(this))
    , m_resumeAll(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_parallelLabel(new QLabel(this))
    , m_parallel(new QSpinBox(this))
    , m_limitCheck(new QCheckBox(this))
    , m_limit(new QSpinBox(this))
    , m_autoCheck(new QCheckBox(this))
    , m_autoFrom(new QTimeEdit(this))
    , m_autoAnd(new QLabel(this))
    , m_autoTo(new QTimeEdit(this))
    , m_autoState(new QLabel(this))
{
    setObjectName(u"downloadsPage"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_emptyLabel->setWordWrap(true);
    m_view->setObjectName(u"downloadsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(DownloadsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(DownloadsModel::FileColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DownloadsModel::StateColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(DownloadsModel::ProgressColumn, 200);
    m_view->setColumnWidth(DownloadsModel::SourceColumn, 200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_heading, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_cancel})
        buttons->addWidget(button);
    buttons->addStretch();
    for (QPushButton *button : {m_pauseAll, m_resumeAll, m_clear})
        buttons->addWidget(button);
    // How the transfers share the link: saved in the settings and applied at once.
    m_parallel->setObjectName(u"parallelDownloads"_s);
    m_parallel->setRange(1, 8);
    m_parallel->setValue(services.settings.parallelDownloads());
    m_parallelLabel->setBuddy(m_parallel);
    m_limitCheck->setObjectName(u"limitDownloads"_s);
    m_limit->setObjectName(u"downloadLimit"_s);
    m_limit->setRange(8, 1024 * 1024);
    m_limit->setSingleStep(64);
    const int limit = services.settings.downloadLimitKB();
    m_limitCheck->setChecked(limit > 0);
    m_limit->setValue(limit > 0 ? limit : 256);
    m_limit->setEnabled(limit > 0);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_parallelLabel);
    limits->addWidget(m_parallel);
    limits->addSpacing(24);
    limits->addWidget(m_limitCheck);
    limits->addWidget(m_limit);
    limits->addStretch();
    // Download automatically, in the hours given (the cap and files at once above apply).
    m_autoCheck->setObjectName(u"autoDownload"_s);
    m_autoFrom->setObjectName(u"autoDownloadFrom"_s);
    m_autoTo->setObjectName(u"autoDownloadTo"_s);
    m_autoState->setObjectName(u"autoDownloadState"_s);
    for (QTimeEdit *edit : {m_autoFrom, m_autoTo})
        edit->setDisplayFormat(u"HH:mm"_s);
    {
        const QStringList hours = services.settings.autoDownloadWindow().split(u'-');
        m_autoFrom->setTime(QTime::fromString(hours.value(0), u"H:mm"_s));
        m_autoTo->setTime(QTime::fromString(hours.value(1), u"H:mm"_s));
    }
    m_autoCheck->setChecked(services.settings.autoDownload());
    auto *schedule = new QHBoxLayout;
    schedule->addWidget(m_autoCheck);
    schedule->addWidget(m_autoFrom);
    schedule->addWidget(m_autoAnd);
    schedule->addWidget(m_autoTo);
    schedule->addSpacing(12);
    schedule->addWidget(m_autoState, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(limits);
    layout->addLayout(schedule);

    DownloadManager &downloads = services.downloads;
    // Esc goes back one level, wherever the focus is on this page.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DownloadsPage::backRequested);
    connect(m_backButton, &QPushButton::clicked, this, &DownloadsPage::backRequested);
    connect(m_pause, &QPushButton::clicked, this,
            [this, &downloads] { downloads.pause(selectedFile()); });
    connect(m_resume, &QPushButton::clicked, this,
            [this, &downloads] { downloads.resume(selectedFile()); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this, &downloads] { downloads.cancel(selectedFile()); });
    connect(m_pauseAll, &QPushButton::clicked, this, [&downloads] { downloads.pauseAll(); });
    connect(m_resumeAll, &QPushButton::clicked, this, [&downloads] { downloads.resumeAll(); });
    connect(m_clear, &QPushButton::clicked, this, [&downloads] { downloads.clearFinished(); });
    connect(m_parallel, &QSpinBox::valueChanged, this, &DownloadsPage::saveLimits);
    connect(m_limit, &QSpinBox::valueChanged, this, &DownloadsPage::saveLimits);
    connect(m_limitCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_limit->setEnabled(on);
        saveLimits();
    });
    connect(m_autoCheck, &QCheckBox::toggled, this, &DownloadsPage::saveSchedule);
    connect(m_autoFrom, &QTimeEdit::timeChanged, this, &DownloadsPage::saveSchedule);
    connect(m_autoTo, &QTimeEdit::timeChanged, this, &DownloadsPage::saveSchedule);
    connect(&services.autoDownloads, &AutoDownloader::windowChanged, this,
            &DownloadsPage::retranslate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DownloadsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DownloadsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPage::updateButtons);
    retranslate();
    updateButtons();
}

void DownloadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DownloadsPage::retranslate()
{
    m_backButton->setText(tr("‹ My courses"));
    m_heading->setText(tr("Downloads"));
    m_emptyLabel->setText(tr("Nothing is being downloaded. Open a course and choose Download to "
                             "take it offline."));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_cancel->setText(tr("Cancel"));
    m_pauseAll->setText(tr("Pause all"));
    m_resumeAll->setText(tr("Resume all"));
    m_clear->setText(tr("Clear finished"));
    m_parallelLabel->setText(tr("&Files at once:"));
    m_parallel->setToolTip(tr("How many files download at the same time"));
    m_limitCheck->setText(tr("&Limit download speed to"));
    m_limitCheck->setToolTip(tr("Leave bandwidth for other work on a shared or slow link"));
    //: Unit after the download speed limit, as rates are written elsewhere (kB/s).
    m_limit->setSuffix(tr(" kB/s"));
    m_limit->setAccessibleName(tr("Download speed limit in kilobytes per second"));
    m_parallel->setAccessibleName(tr("Files downloaded at once"));
    m_view->setAccessibleName(tr("Downloads"));
    m_backButton->setToolTip(tr("Back to the list of courses (Esc)"));
    m_autoCheck->setText(tr("Download &automatically between"));
    m_autoCheck->setToolTip(tr("In these hours, every course not entirely on this computer is "
                               "downloaded; outside them, downloads pause (a course you "
                               "download yourself still goes at once)"));
    //: Between two hours: "Download automatically between 22:00 and 06:00"
    m_autoAnd->setText(tr("and"));
    m_autoFrom->setAccessibleName(tr("Download automatically from"));
    m_autoTo->setAccessibleName(tr("Download automatically until"));
    const bool on = m_autoCheck->isChecked();
    m_autoFrom->setEnabled(on);
    m_autoTo->setEnabled(on);
    m_autoState->setText(!on ? QString()
                         : m_services.autoDownloads.inWindow()
                             ? tr("Downloading now, in these hours.")
                             : tr("Downloads wait for these hours."));
    m_model->retranslate();
}

void DownloadsPage::saveSchedule()
{
    Settings &settings = m_services.settings;
    const QString window
        = m_autoFrom->time().toString(u"HH:mm"_s) + u'-' + m_autoTo->time().toString(u"HH:mm"_s);
    settings.setAutoDownload(m_autoCheck->isChecked());
    settings.setAutoDownloadWindow(window);
    settings.sync();
    m_services.autoDownloads.setSchedule(m_autoCheck->isChecked(), window);
    retranslate();
}

qint64 DownloadsPage::selectedFile() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DownloadsModel::FileIdRole).toLongLong();
}

void DownloadsPage::saveLimits()
{
    Settings &settings = m_services.settings;
    settings.setParallelDownloads(m_parallel->value());
    settings.setDownloadLimitKB(m_limitCheck->isChecked() ? m_limit->value() : 0);
    settings.sync();
    m_services.downloads.setLimits(settings.parallelDownloads(),
                                   qint64(settings.downloadLimitKB()) * 1000);
}

void DownloadsPage::updateButtons()
{
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const DownloadManager::Item *item
        = rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
    using S = DownloadManager::State;
    const bool active = item && (item->state == S::Queued || item->state == S::Running);
    m_pause->setEnabled(active);
    m_resume->setEnabled(item && (item->state == S::Paused || item->state == S::Failed));
    m_cancel->setEnabled(item && item->state != S::Done && item->state != S::Cancelled);
}

} // namespace clikc
