#include "exportdialog.h"

#include "i18n/format.h"
#include "library/accountrecords.h"
#include "library/librarymaintenance.h"
#include "settings/settings.h"
#include "util/freespace.h"
#include "util/signing.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr int kCourseIdRole = Qt::UserRole;
constexpr int kBytesRole = Qt::UserRole + 1;
constexpr int kWholeRole = Qt::UserRole + 2;
constexpr int kProgressSteps = 1000;

// The free space where `folder` is, or would be made: its nearest folder that exists.
std::optional<qint64> freeSpaceFor(const QString &folder)
{
    QFileInfo info(folder);
    for (int depth = 0; depth < 64 && !info.isDir(); ++depth) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.isDir() ? freeBytes(info.absoluteFilePath()) : std::nullopt;
}

} // namespace

ExportDialog::ExportDialog(Services services, const QList<CourseSummary> &courses, QWidget *parent)
    : QDialog(parent)
    , m_services(std::move(services))
    , m_options(m_services.options)
    , m_courses(courses)
    , m_language(m_services.language)
    , m_intro(new QLabel(this))
    , m_coursesLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_allButton(new QPushButton(this))
    , m_noneButton(new QPushButton(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_chooseButton(new QPushButton(this))
    , m_signerLabel(new QLabel(this))
    , m_signer(new QLineEdit(this))
    , m_signerHint(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"exportDialog"_s);
    m_intro->setWordWrap(true);
    m_list->setObjectName(u"exportCourses"_s);
    m_coursesLabel->setBuddy(m_list);
    m_folder->setObjectName(u"exportFolder"_s);
    m_folderLabel->setBuddy(m_folder);
    m_chooseButton->setObjectName(u"exportChooseFolder"_s);
    m_signer->setObjectName(u"exportSigner"_s);
    m_signer->setMaxLength(120);
    m_signerLabel->setBuddy(m_signer);
    m_signerHint->setObjectName(u"exportSignerHint"_s);
    m_signerHint->setWordWrap(true);
    m_signerHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allButton->setObjectName(u"exportSelectAll"_s);
    m_noneButton->setObjectName(u"exportSelectNone"_s);
    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportStart"_s);
    m_exportButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(u"exportClose"_s);

    for (const CourseSummary &course : std::as_const(m_courses)) {
        auto *item = new QListWidgetItem(m_list);
        const bool whole = course.readyFileCount == course.fileCount;
        item->setData(kCourseIdRole, course.id);
        item->setData(kBytesRole, course.bytesOnDisk);
        item->setData(kWholeRole, whole);
        if (whole) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(Qt::ItemIsSelectable); // shown, greyed: why it cannot go
        }
    }

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_allButton);
    listButtons->addWidget(m_noneButton);
    listButtons->addStretch();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_coursesLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_signerLabel);
    layout->addWidget(m_signer);
    layout->addWidget(m_signerHint);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(620, 520);

    connect(m_list, &QListWidget::itemChanged, this, &ExportDialog::updateSummary);
    // Every row ticked or cleared, then the summary once (not once per row: a coordinator's
    // library has a thousand courses).
    const auto checkAll = [this](Qt::CheckState state) {
        const QSignalBlocker quiet(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(kWholeRole).toBool())
                m_list->item(row)->setCheckState(state);
        }
        m_list->viewport()->update();
        updateSummary();
    };
    connect(m_allButton, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(m_noneButton, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_chooseButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::askFreeSpace);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_services.maintenance, &LibraryMaintenance::exportProgressed, this,
            &ExportDialog::showProgress);
    connect(m_signer, &QLineEdit::textChanged, this, &ExportDialog::updateSummary);

    // The name signed with last time, else the learner's own; the key from the keychain.
    m_signer->setText(m_services.settings.signerName());
    if (m_signer->text().isEmpty()) {
        m_services.records.learner(m_services.profileId)
            .then(this, [this](const std::optional<Learner> &learner) {
                if (m_signer->text().isEmpty() && learner && learner->name != u"local"_s)
                    m_signer->setText(learner->name);
            });
    }
    m_services.signingKey.then(this, [this](const QByteArray &key) {
        m_options.signingKey = key;
        m_keyKnown = true;
        updateSigner();
        updateSummary();
    });
    retranslate();
}

ExportDialog::~ExportDialog()
{
    // Closed with the window while copying: the copy stops at its next block, and ends before
    // the library it reads from goes.
    if (m_stop)
        m_stop->store(true);
    if (m_exporting)
        m_future.waitForFinished();
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export courses to a folder or USB drive"));
    m_intro->setText(tr("The folder becomes a copy of the courses ticked below, which other "
                        "computers import with no network (File › Import a mirror…). Exporting "
                        "again into the same folder copies only what changed."));
    m_coursesLabel->setText(tr("&Courses:"));
    m_list->setAccessibleName(tr("Courses to export"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const CourseSummary &course = m_courses.at(row);
        const QString title = course.title.text(m_language);
        item->setText(item->data(kWholeRole).toBool()
                          //: A course and its size in the export's list: "Risk management
                          //: (120 MB)"
                          ? tr("%1 (%2)").arg(title, Format::fileSize(course.bytesOnDisk))
                          : tr("%1 (not entirely on this computer)").arg(title));
    }
    m_allButton->setText(tr("Select &all"));
    m_noneButton->setText(tr("Select &none"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->setPlaceholderText(tr("An empty folder, or one that holds an earlier export"));
    m_chooseButton->setText(tr("C&hoose…"));
    m_chooseButton->setToolTip(tr("Choose the folder or the USB drive"));
    m_signerLabel->setText(tr("Si&gned by:"));
    m_signer->setPlaceholderText(tr("Your name, as the people who import it will see it"));
    updateSigner();
    m_progress->setAccessibleName(tr("Export progress"));
    m_exportButton->setText(tr("&Export"));
    m_closeButton->setText(m_exporting ? tr("&Stop") : tr("Close"));
    updateSummary();
    if (m_report)
        showReport(*m_report);
}

void ExportDialog::updateSigner()
{
    if (!m_keyKnown) {
        m_signerHint->setText(tr("Looking for this computer's signing key…"));
    } else if (m_options.signingKey.isEmpty()) {
        m_signerHint->setText(tr("The system keychain is not available, so this export will not "
                                 "be signed: the people who import it cannot check who made "
                                 "it."));
    } else {
        m_signerHint->setText(
            tr("Signed with this computer's key, fingerprint %1. Keep the same name, so that "
               "the people who import your exports recognise you.")
                .arg(signing::fingerprint(signing::publicKeyOf(m_options.signingKey))));
    }
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::reject()
{
    if (m_exporting) {
        // Stopped, not closed: the dialog says when the folder is left as it was.
        m_stop->store(true);
        m_closeButton->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::setChoicesEnabled(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_list, m_folder, m_signer, m_chooseButton, m_allButton, m_noneButton}) {
        widget->setEnabled(enabled);
    }
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder or the USB drive"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

QList<qint64> ExportDialog::chosenCourses() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(kWholeRole).toBool() && item->checkState() == Qt::Checked)
            ids.append(item->data(kCourseIdRole).toLongLong());
    }
    return ids;
}

qint64 ExportDialog::chosenBytes() const
{
    qint64 bytes = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(kWholeRole).toBool() && item->checkState() == Qt::Checked)
            bytes += item->data(kBytesRole).toLongLong();
    }
    return bytes;
}

void ExportDialog::askFreeSpace()
{
    m_freeBytes.reset();
    const int query = ++m_freeQuery;
    const QString folder = m_folder->text().trimmed();
    updateSummary();
    if (folder.isEmpty())
        return;
    QtConcurrent::run([folder] {
        return freeSpaceFor(folder);
    }).then(this, [this, query](const std::optional<qint64> &free) {
        if (query != m_freeQuery)
            return; // the field changed meanwhile
        m_freeBytes = free;
        updateSummary();
    });
}

void ExportDialog::updateSummary()
{
    const QList<qint64> chosen = chosenCourses();
    const qint64 bytes = chosenBytes();
    QString text
        = tr("%n course(s) chosen, %1.", nullptr, int(chosen.size())).arg(Format::fileSize(bytes));
    if (m_freeBytes) {
        text += u' '
                + (*m_freeBytes < bytes
                       ? tr("%1 free in that folder: not enough unless part of it is there "
                            "from an earlier export.")
                       : tr("%1 free in that folder."))
                      .arg(Format::fileSize(*m_freeBytes));
    }
    m_summary->setText(text);
    m_exportButton->setEnabled(
        !m_exporting && !chosen.isEmpty() && !m_folder->text().trimmed().isEmpty() && m_keyKnown
        && (m_options.signingKey.isEmpty() || !m_signer->text().trimmed().isEmpty()));
}

void ExportDialog::startExport()
{
    const QList<qint64> chosen = chosenCourses();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (chosen.isEmpty() || folder.isEmpty() || m_exporting)
        return;
    m_exporting = true;
    m_report.reset();
    m_stop = std::make_shared<std::atomic_bool>(false);
    setChoicesEnabled(false);
    m_exportButton->setEnabled(false);
    m_closeButton->setText(tr("&Stop"));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Preparing the export…"));
    m_clock.start();
    m_options.signerName = m_signer->text().trimmed();
    m_services.settings.setSignerName(m_options.signerName);
    m_future = m_services.maintenance.exportMirror(folder, chosen, m_options, m_stop);
    m_future.then(this, [this](const MirrorExporter::Report &report) { showReport(report); });
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_exporting)
        return;
    if (total <= 0) {
        m_progress->setValue(kProgressSteps);
        return;
    }
    m_progress->setValue(int(done * kProgressSteps / total));
    QStringList parts;
    parts << tr("%1 of %2 copied (%3)")
                 .arg(Format::fileSize(done), Format::fileSize(total),
                      Format::percent(double(done) / double(total)));
    const double seconds = m_clock.elapsed() / 1000.0;
    if (seconds >= 1 && done > 0) {
        const double rate = done / seconds;
        //: A transfer rate: "1.2 MB/s"
        parts << tr("%1/s").arg(Format::fileSize(qint64(rate)));
        if (done < total)
            //: The time the export should still take: "about 3 min 20 s left"
            parts
                << tr("about %1 left").arg(Format::duration(qint64((total - done) / rate * 1000)));
    }
    m_status->setText(parts.join(u" · "_s));
}

void ExportDialog::showReport(const MirrorExporter::Report &report)
{
    const bool first = m_exporting;
    m_exporting = false;
    m_report = report;
    setChoicesEnabled(true);
    m_closeButton->setEnabled(true);
    m_closeButton->setText(tr("Close"));
    m_progress->setVisible(report.ok());
    if (report.ok())
        m_progress->setValue(kProgressSteps);
    QStringList lines;
    if (report.cancelled) {
        lines << tr("The export was stopped. The folder still holds its previous mirror, if it "
                    "had one.");
    } else if (!report.exported.isEmpty()) {
        if (report.signedCatalogue)
            lines << tr("Signed by %1.").arg(m_options.signerName);
        lines << tr("%n course(s) exported to %1.", nullptr, int(report.exported.size()))
                     .arg(QDir::toNativeSeparators(m_folder->text().trimmed()))
              //: "Files: 12 copied (1.2 GB), 3 already there, 2 no longer used removed."
              << tr("Files: %1, %2, %3.")
                     .arg(tr("%n copied (%1)", nullptr, report.filesCopied)
                              .arg(Format::fileSize(report.bytesCopied)),
                          tr("%n already there", nullptr, report.filesKept),
                          tr("%n no longer used removed", nullptr, report.filesRemoved));
    }
    for (const MirrorError &error : report.errors)
        lines << error.message();
    m_status->setText(lines.join(u'\n'));
    updateSummary();
    if (first)
        Q_EMIT exportFinished(report);
}

} // namespace clikc
