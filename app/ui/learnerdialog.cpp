#include "learnerdialog.h"

#include "library/accountrecords.h"
#include "settings/workstation.h"
#include "util/learnersecret.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clikc {

LearnerDialog::LearnerDialog(Mode mode, AccountRecords &records, const Workstation &workstation,
                             qint64 learnerId, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_records(records)
    , m_workstation(workstation)
    , m_learnerId(mode == Mode::Add ? 0 : learnerId)
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_secretHint(new QLabel(this))
    , m_withAccount(new QRadioButton(this))
    , m_localOnly(new QRadioButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(mode == Mode::Add         ? u"addLearnerDialog"_s
                  : mode == Mode::SetSecret ? u"setSecretDialog"_s
                                            : u"resetSecretDialog"_s);
    m_intro->setWordWrap(true);
    m_name->setObjectName(u"learnerNameField"_s);
    m_name->setMaxLength(64);
    m_nameLabel->setBuddy(m_name);
    for (QLineEdit *field : {m_secret, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(learnersecret::kMaximumLength);
    }
    m_secret->setObjectName(u"newSecretField"_s);
    m_repeat->setObjectName(u"repeatSecretField"_s);
    m_secretLabel->setBuddy(m_secret);
    m_repeatLabel->setBuddy(m_repeat);
    m_secretHint->setWordWrap(true);
    // Two ways in: a CLiKC! account (the site names them), or a name for this computer only.
    m_withAccount->setObjectName(u"withAccountChoice"_s);
    m_localOnly->setObjectName(u"localOnlyChoice"_s);
    m_withAccount->setChecked(true);
    const auto showName = [this] {
        const bool local = m_localOnly->isChecked();
        m_nameLabel->setVisible(m_mode == Mode::Add && local);
        m_name->setVisible(m_mode == Mode::Add && local);
        if (local && isVisible())
            m_name->setFocus();
    };
    connect(m_localOnly, &QRadioButton::toggled, this, showName);
    m_error->setObjectName(u"learnerDialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a4000f"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    if (mode == Mode::Add)
        form->addRow(m_nameLabel, m_name);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    if (mode == Mode::Add) {
        layout->addWidget(m_withAccount);
        layout->addWidget(m_localOnly);
    }
    layout->addLayout(form);
    layout->addWidget(m_secretHint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_withAccount->setVisible(mode == Mode::Add);
    m_localOnly->setVisible(mode == Mode::Add);
    showName();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LearnerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(460);
}

void LearnerDialog::setLearnerName(const QString &name)
{
    m_learnerName = name;
    retranslate();
}

bool LearnerDialog::signInNext() const
{
    return m_mode == Mode::Add && m_withAccount->isChecked();
}

void LearnerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LearnerDialog::retranslate()
{
    const bool required = m_workstation.pinRequired();
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add a learner"));
        m_intro->setText(tr("Each learner on this computer has their own courses, progress, "
                            "language and sign-in. Nobody else sees them."));
    } else if (m_mode == Mode::SetSecret) {
        setWindowTitle(tr("PIN or passphrase"));
        m_intro->setText(required ? tr("Choose a new PIN or passphrase for this computer.")
                                  : tr("Choose a PIN or passphrase for this computer, or leave "
                                       "both fields empty to open without one."));
    } else {
        setWindowTitle(tr("New PIN for %1").arg(m_learnerName));
        m_intro->setText(
            required ? tr("A new PIN or passphrase for %1 on this computer. Give it to them "
                          "yourself; once in, they can choose their own from the Account menu.")
                           .arg(m_learnerName)
                     : tr("A new PIN or passphrase for %1 on this computer, or leave both fields "
                          "empty to let them open without one. Give it to them yourself; once "
                          "in, they can choose their own from the Account menu.")
                           .arg(m_learnerName));
    }
    m_nameLabel->setText(tr("&Name:"));
    m_secretLabel->setText(tr("&PIN or passphrase:"));
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_secretHint->setText(
        required ? tr("This computer requires a PIN or passphrase of at least %n character(s). "
                      "It is checked on this computer only, and cannot be recovered: forgotten, "
                      "the centre's manager gives a new one in Workstation settings.",
                      nullptr, learnersecret::kMinimumLength)
                 : tr("Optional: at least %n character(s). Without one, anyone at this computer "
                      "can open this learner's courses and progress.",
                      nullptr, learnersecret::kMinimumLength));
    m_withAccount->setText(tr("With a CLiKC! a&ccount: sign in next, and the site gives the name"));
    m_localOnly->setText(
        tr("On this computer &only: a name, for the sample course and mirrored courses"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_mode == Mode::Add ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_lastError.isError())
        showError(m_lastError.message());
    else if (m_lastLocalError == 1)
        showError(tr("This computer requires a PIN or passphrase."));
    else if (m_lastLocalError == 2)
        showError(tr("The two entries are not the same."));
    else if (m_lastLocalError == 3) {
        LibraryError invalid;
        invalid.code = LibraryError::Code::InvalidSecret;
        showError(invalid.message());
    }
}

void LearnerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

void LearnerDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
}

void LearnerDialog::submit()
{
    m_lastError = {};
    m_lastLocalError = 0;
    const QString secret = m_secret->text();
    if (secret.isEmpty() && m_workstation.pinRequired())
        m_lastLocalError = 1;
    else if (secret != m_repeat->text())
        m_lastLocalError = 2;
    else if (!secret.isEmpty() && !learnersecret::acceptable(secret))
        m_lastLocalError = 3;
    if (m_lastLocalError != 0) {
        retranslate();
        m_secret->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    if (m_mode == Mode::SetSecret || m_learnerId != 0) {
        saveSecret();
        return;
    }
    const bool withAccount = m_withAccount->isChecked();
    m_records.addLearner(withAccount ? QString() : m_name->text(), withAccount)
        .then(this, [this](const AccountRecords::Added &added) {
            if (added.error.isError()) {
                setBusy(false);
                m_lastError = added.error;
                showError(added.error.message());
                m_name->setFocus();
                return;
            }
            m_learnerId = added.id;
            // From here the learner exists: a failure below leaves them without a secret, said.
            m_name->setEnabled(false);
            saveSecret();
        });
}

void LearnerDialog::saveSecret()
{
    const QString secret = m_secret->text();
    if (m_mode == Mode::Add && secret.isEmpty()) {
        accept();
        return;
    }
    m_records.setLearnerSecret(m_learnerId, secret).then(this, [this](const LibraryError &error) {
        if (error.isError()) {
            setBusy(false);
            m_name->setEnabled(false);
            m_lastError = error;
            showError(error.message());
            return;
        }
        m_secret->clear();
        m_repeat->clear();
        accept();
    });
}

} // namespace clikc
