#pragma once

#include "domain/types.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace clikc {

class AccountRecords;
class Workstation;

// The workstation's settings, for a training centre's manager: shared mode, the inactivity lock,
// whether learners may add themselves, whether every learner needs a PIN, the language of the
// chooser and of new learners, the site offered to new learners, the manager's own PIN, and the
// learners of this computer (to give one who forgot theirs a new PIN, or to remove one). Opens
// on the manager's PIN when there is one (checked off the GUI thread, with a growing delay after
// wrong tries). A setting the
// administrator's machine-wide file gives is shown, greyed, as "Set by your administrator".
// GUI thread.
class WorkstationDialog final : public QDialog
{
    Q_OBJECT

public:
    WorkstationDialog(Workstation &workstation, AccountRecords &records,
                      std::function<qint64()> clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WorkstationDialog)

    // Reads the learners again (after one was removed).
    void reloadLearners();

Q_SIGNALS:
    // The manager asked to remove this learner; the window warns and removes.
    void removeLearnerRequested(const clikc::Learner &learner);
    // The manager gave the learner a new PIN or passphrase (or took it away).
    void learnerSecretChanged(qint64 learnerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkManagerPin();
    void showSettings();
    void save();
    void store(const QString &managerPinHash);
    void showError(const QString &message);
    void showManagerMessage();
    void giveNewSecret();

    Workstation &m_workstation;
    AccountRecords &m_records;
    std::function<qint64()> m_clock;
    QList<Learner> m_learners;

    QStackedWidget *m_pages;
    // The manager's PIN, asked first.
    QWidget *m_pinPage;
    QLabel *m_pinIntro;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_pinMessage;
    QPushButton *m_pinButton;
    qint64 m_pinWaitMs = -1; // the last try's answer: -1 none, 0 wrong (no wait), > 0 wait
    bool m_pinTooSoon = false;

    // The settings.
    QWidget *m_settingsPage;
    QLabel *m_intro;
    QCheckBox *m_sharedMode;
    QLabel *m_inactivityLabel;
    QSpinBox *m_inactivity;
    QCheckBox *m_learnersMayAdd;
    QCheckBox *m_pinRequired;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_siteLabel;
    QLineEdit *m_site;
    QLabel *m_managerPinLabel;
    QLineEdit *m_managerPin;
    QLabel *m_managerRepeatLabel;
    QLineEdit *m_managerRepeat;
    QLabel *m_managerHint;
    QLabel *m_learnersLabel;
    QListWidget *m_learnerList;
    QPushButton *m_newSecret;
    QPushButton *m_removeLearner;
    QList<QWidget *> m_fields;    // the field of each setting, in the order of…
    QList<QLabel *> m_adminNotes; // …its note, for when the administrator gives it
    QLabel *m_error;
    int m_lastError = 0; // 1: PINs differ, 2: PIN too short, 3: site not a web address, 4: failed
    QDialogButtonBox *m_buttons;
};

} // namespace clikc
