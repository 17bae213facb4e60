#include "uploadspage.h"

#include "i18n/format.h"
#include "library/libraryworker.h"
#include "library/uploadqueue.h"
#include "models/uploadsmodel.h"
#include "sync/uploader.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace clikc {

UploadsPage::UploadsPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(
          new UploadsModel(services.uploadQueue, services.libraryWorker, services.profileId, this))
    , m_backButton(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_uploadNow(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"uploadsPage"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_stateLabel->setObjectName(u"uploadsState"_s);
    m_stateLabel->setWordWrap(true);
    m_emptyLabel->setWordWrap(true);
    m_view->setObjectName(u"uploadsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(UploadsModel::ActivityColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(UploadsModel::DetailColumn,
                                                     QHeaderView::Stretch);
    m_uploadNow->setObjectName(u"uploadNow"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_heading, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(m_uploadNow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Esc goes back one level, wherever the focus is on this page.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &UploadsPage::backRequested);
    connect(m_backButton, &QPushButton::clicked, this, &UploadsPage::backRequested);
    connect(m_uploadNow, &QPushButton::clicked, this,
            [this] { m_services.uploads.uploadNow(m_services.profileId); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_services.uploadQueue.dismissUpload(
                m_services.profileId, rows.first().data(UploadsModel::UploadIdRole).toLongLong());
        }
    });
    connect(&services.uploads, &Uploader::statusChanged, this,
            [this](const Uploader::Status &status) {
                if (status.profileId != m_services.profileId)
                    return;
                m_status = status;
                m_model->reload();
                updateState();
            });
    connect(m_model, &UploadsModel::loaded, this, &UploadsPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UploadsPage::updateState);
    retranslate();
}

void UploadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UploadsPage::retranslate()
{
    m_backButton->setText(tr("‹ My courses"));
    m_heading->setText(tr("Uploads"));
    m_emptyLabel->setText(tr("Nothing is waiting: the site has everything you did on this "
                             "computer."));
    m_uploadNow->setText(tr("&Upload now"));
    m_uploadNow->setToolTip(tr("Send what is waiting to the site now"));
    m_dismiss->setText(tr("&Remove from the list"));
    m_dismiss->setToolTip(tr("Forget an action the site did not accept"));
    m_backButton->setToolTip(tr("Back to the list of courses (Esc)"));
    m_view->setAccessibleName(tr("Actions waiting to reach the site"));
    m_model->retranslate();
    updateState();
}

void UploadsPage::updateState()
{
    const int waiting = m_model->waitingCount();
    QStringList lines;
    if (waiting > 0)
        lines.append(tr("%n action(s) waiting to reach the site.", nullptr, waiting));
    if (m_model->rejectedCount() > 0)
        lines.append(
            tr("%n action(s) not accepted by the site.", nullptr, m_model->rejectedCount()));
    if (m_status.lastUploadAt > 0) {
        lines.append(
            tr("Last upload: %1.")
                .arg(Format::dateTime(QDateTime::fromSecsSinceEpoch(m_status.lastUploadAt))));
    }
    if (waiting > 0 && m_status.waitingForSignIn)
        lines.append(tr("Sign in again to send them (Account menu)."));
    else if (waiting > 0 && m_status.lastError.isError())
        lines.append(tr("The last attempt failed: %1 It will be tried again by itself.")
                         .arg(m_status.lastError.message()));
    m_stateLabel->setText(lines.join(u'\n'));
    m_stateLabel->setVisible(!lines.isEmpty());
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_uploadNow->setEnabled(waiting > 0 && !m_status.waitingForSignIn);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_dismiss->setEnabled(!rows.isEmpty()
                          && rows.first().data(UploadsModel::RejectedRole).toBool());
}

} // namespace clikc
