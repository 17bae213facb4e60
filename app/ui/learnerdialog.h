#pragma once

#include "library/libraryerror.h"

#include <QDialog>

class QRadioButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace clikc {

class AccountRecords;
class Workstation;

// Adds a learner to this computer (a name, and a PIN or passphrase if they want one or the
// workstation requires one), or sets the PIN or passphrase of the learner at the keyboard, or
// the manager's new one for a learner who forgot theirs. The
// secret is hashed by the library (AccountRecords::setLearnerSecret) and never kept as typed.
// GUI thread.
class LearnerDialog final : public QDialog
{
    Q_OBJECT

public:
    // SetSecret: the learner at the keyboard chooses theirs. ResetSecret: the centre's manager
    // gives a learner who forgot theirs a new one (see setLearnerName()).
    enum class Mode { Add, SetSecret, ResetSecret };
    // `learnerId`: whose secret (SetSecret, ResetSecret); ignored for Add.
    LearnerDialog(Mode mode, AccountRecords &records, const Workstation &workstation,
                  qint64 learnerId = 0, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LearnerDialog)

    // ResetSecret: the name the dialog says whose PIN it sets.
    void setLearnerName(const QString &name);

    // The learner added or changed, once accepted.
    qint64 learnerId() const { return m_learnerId; }
    // Add: the learner chose a CLiKC! account, to sign in to next.
    bool signInNext() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void saveSecret();
    void showError(const QString &message);
    void setBusy(bool busy);

    Mode m_mode;
    AccountRecords &m_records;
    const Workstation &m_workstation;
    qint64 m_learnerId;
    QString m_learnerName;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_secretHint;
    QRadioButton *m_withAccount;
    QRadioButton *m_localOnly;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    LibraryError m_lastError; // said again in a new language
    int m_lastLocalError = 0; // 1: secret needed, 2: secrets differ, 3: too short
};

} // namespace clikc
