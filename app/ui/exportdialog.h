#pragma once

#include "content/mirrorexporter.h"
#include "domain/types.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFuture>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace clikc {

class AccountRecords;
class LibraryMaintenance;
class Settings;

// File › Export courses to a folder or USB drive…: the learner's courses that are entirely on
// this computer, ticked (all by default), a folder (typed or chosen), the name the export is
// signed with (and the key's fingerprint, for importers to check), the size chosen against
// the folder's free space, then the export with a progress bar (size, rate, time left) that
// can be stopped, the folder's previous mirror left whole. The export runs off the GUI thread
// (LibraryMaintenance::exportMirror); the free space is asked off it too (a drive or a share
// may be slow to answer). GUI thread.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // What the export needs from the library, handed over by the window.
    struct Services
    {
        LibraryMaintenance &maintenance;
        AccountRecords &records;
        Settings &settings;   // the name signed with last time
        qint64 profileId = 0; // whose name signs by default
        QString language;     // of the course titles
        MirrorExporter::Options options;
        QFuture<QByteArray> signingKey; // from the keychain (AppContext::signingKey)
    };

    ExportDialog(Services services, const QList<CourseSummary> &courses, QWidget *parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    bool isExporting() const { return m_exporting; }

Q_SIGNALS:
    // An export ended (finished, failed or stopped); the report says how.
    void exportFinished(const clikc::MirrorExporter::Report &report);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void chooseFolder();
    // What the person chooses (courses, folder, name) is fixed while the export runs.
    void setChoicesEnabled(bool enabled);
    void updateSummary();
    void askFreeSpace();
    void startExport();
    void showProgress(qint64 done, qint64 total);
    void showReport(const MirrorExporter::Report &report);
    QList<qint64> chosenCourses() const;
    qint64 chosenBytes() const;

    void updateSigner();

    Services m_services;
    MirrorExporter::Options &m_options; // m_services.options, filled as the dialog goes
    QList<CourseSummary> m_courses;
    QString m_language;
    bool m_keyKnown = false; // the keychain answered (m_options.signingKey, empty if it cannot)

    QLabel *m_intro;
    QLabel *m_coursesLabel;
    QListWidget *m_list;
    QPushButton *m_allButton;
    QPushButton *m_noneButton;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_chooseButton;
    QLabel *m_signerLabel;
    QLineEdit *m_signer;
    QLabel *m_signerHint;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;

    std::shared_ptr<std::atomic_bool> m_stop;
    QFuture<MirrorExporter::Report> m_future;
    bool m_exporting = false;
    std::optional<qint64> m_freeBytes; // of the folder in the field; unknown while asked
    int m_freeQuery = 0;               // the newest question; older answers are dropped
    QElapsedTimer m_clock;             // since the export began, for its rate
    std::optional<MirrorExporter::Report> m_report; // the last, said again in a new language
};

} // namespace clikc
