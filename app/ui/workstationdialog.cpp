#include "workstationdialog.h"

#include "i18n/languagemanager.h"
#include "learnerdialog.h"
#include "library/accountrecords.h"
#include "settings/workstation.h"
#include "util/learnersecret.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clikc {

namespace {

using Key = Workstation::Key;

// Which setting each "Set by your administrator" note stands beside, in m_adminNotes' order.
constexpr Key kNoted[] = {Key::SharedMode,    Key::InactivityMinutes, Key::LearnersMayAdd,
                          Key::PinRequired,   Key::DefaultLanguage,   Key::Site,
                          Key::ManagerPinHash};

int seconds(qint64 ms)
{
    return int(std::ceil(double(ms) / 1000.0));
}

} // namespace

WorkstationDialog::WorkstationDialog(Workstation &workstation, AccountRecords &records,
                                     std::function<qint64()> clock, QWidget *parent)
    : QDialog(parent)
    , m_workstation(workstation)
    , m_records(records)
    , m_clock(std::move(clock))
    , m_pages(new QStackedWidget(this))
    , m_pinPage(new QWidget(m_pages))
    , m_pinIntro(new QLabel(m_pinPage))
    , m_pinLabel(new QLabel(m_pinPage))
    , m_pin(new QLineEdit(m_pinPage))
    , m_pinMessage(new QLabel(m_pinPage))
    , m_pinButton(new QPushButton(m_pinPage))
    , m_settingsPage(new QWidget(m_pages))
    , m_intro(new QLabel(m_settingsPage))
    , m_sharedMode(new QCheckBox(m_settingsPage))
    , m_inactivityLabel(new QLabel(m_settingsPage))
    , m_inactivity(new QSpinBox(m_settingsPage))
    , m_learnersMayAdd(new QCheckBox(m_settingsPage))
    , m_pinRequired(new QCheckBox(m_settingsPage))
    , m_languageLabel(new QLabel(m_settingsPage))
    , m_language(new QComboBox(m_settingsPage))
    , m_siteLabel(new QLabel(m_settingsPage))
    , m_site(new QLineEdit(m_settingsPage))
    , m_managerPinLabel(new QLabel(m_settingsPage))
    , m_managerPin(new QLineEdit(m_settingsPage))
    , m_managerRepeatLabel(new QLabel(m_settingsPage))
    , m_managerRepeat(new QLineEdit(m_settingsPage))
    , m_managerHint(new QLabel(m_settingsPage))
    , m_learnersLabel(new QLabel(m_settingsPage))
    , m_learnerList(new QListWidget(m_settingsPage))
    , m_newSecret(new QPushButton(m_settingsPage))
    , m_removeLearner(new QPushButton(m_settingsPage))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"workstationDialog"_s);

    // The manager's PIN.
    m_pinIntro->setWordWrap(true);
    m_pin->setObjectName(u"managerPinField"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(learnersecret::kMaximumLength);
    m_pinLabel->setBuddy(m_pin);
    m_pinMessage->setObjectName(u"managerPinMessage"_s);
    m_pinMessage->setWordWrap(true);
    m_pinButton->setObjectName(u"managerPinButton"_s);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinLabel);
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_pinButton);
    auto *pinLayout = new QVBoxLayout(m_pinPage);
    pinLayout->addWidget(m_pinIntro);
    pinLayout->addLayout(pinRow);
    pinLayout->addWidget(m_pinMessage);
    pinLayout->addStretch(1);
    connect(m_pin, &QLineEdit::returnPressed, this, &WorkstationDialog::checkManagerPin);
    connect(m_pinButton, &QPushButton::clicked, this, &WorkstationDialog::checkManagerPin);

    // The settings, each with its note for when the administrator gives it.
    m_intro->setWordWrap(true);
    m_sharedMode->setObjectName(u"sharedModeCheck"_s);
    m_inactivity->setObjectName(u"inactivitySpin"_s);
    m_inactivity->setRange(1, 240);
    m_inactivityLabel->setBuddy(m_inactivity);
    m_learnersMayAdd->setObjectName(u"learnersMayAddCheck"_s);
    m_pinRequired->setObjectName(u"pinRequiredCheck"_s);
    m_language->setObjectName(u"defaultLanguageCombo"_s);
    m_languageLabel->setBuddy(m_language);
    m_site->setObjectName(u"siteField"_s);
    m_siteLabel->setBuddy(m_site);
    for (QLineEdit *field : {m_managerPin, m_managerRepeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(learnersecret::kMaximumLength);
    }
    m_managerPin->setObjectName(u"newManagerPinField"_s);
    m_managerRepeat->setObjectName(u"repeatManagerPinField"_s);
    m_managerPinLabel->setBuddy(m_managerPin);
    m_managerRepeatLabel->setBuddy(m_managerRepeat);
    m_managerHint->setWordWrap(true);
    m_learnerList->setObjectName(u"workstationLearnerList"_s);
    m_learnerList->setMinimumHeight(90);
    m_learnersLabel->setBuddy(m_learnerList);
    m_newSecret->setObjectName(u"newLearnerSecretButton"_s);
    m_newSecret->setEnabled(false);
    m_removeLearner->setObjectName(u"removeLearnerButton"_s);
    m_removeLearner->setEnabled(false);
    for (int i = 0; i < int(std::size(kNoted)); ++i) {
        auto *note = new QLabel(m_settingsPage);
        note->setObjectName(u"administratorNote%1"_s.arg(i));
        note->setStyleSheet(u"color: palette(placeholder-text); font-style: italic"_s);
        m_adminNotes.append(note);
    }
    const auto withNote = [this](QWidget *field, int noted) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(m_adminNotes.at(noted));
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(withNote(m_sharedMode, 0));
    form->addRow(m_inactivityLabel, withNote(m_inactivity, 1));
    form->addRow(withNote(m_learnersMayAdd, 2));
    form->addRow(withNote(m_pinRequired, 3));
    form->addRow(m_languageLabel, withNote(m_language, 4));
    form->addRow(m_siteLabel, withNote(m_site, 5));
    form->addRow(m_managerPinLabel, withNote(m_managerPin, 6));
    form->addRow(m_managerRepeatLabel, m_managerRepeat);
    form->addRow(m_managerHint);
    auto *learnerButtons = new QHBoxLayout;
    learnerButtons->addStretch(1);
    learnerButtons->addWidget(m_newSecret);
    learnerButtons->addWidget(m_removeLearner);
    auto *settingsLayout = new QVBoxLayout(m_settingsPage);
    settingsLayout->addWidget(m_intro);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_learnersLabel);
    settingsLayout->addWidget(m_learnerList, 1);
    settingsLayout->addLayout(learnerButtons);
    connect(m_learnerList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_newSecret->setEnabled(row >= 0);
        m_removeLearner->setEnabled(row >= 0);
    });
    connect(m_newSecret, &QPushButton::clicked, this, &WorkstationDialog::giveNewSecret);
    connect(m_removeLearner, &QPushButton::clicked, this, [this] {
        const int row = m_learnerList->currentRow();
        if (row >= 0 && row < m_learners.size())
            Q_EMIT removeLearnerRequested(m_learners.at(row));
    });

    m_pages->addWidget(m_pinPage);
    m_pages->addWidget(m_settingsPage);
    m_error->setObjectName(u"workstationError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a4000f"_s);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkstationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // What is set now.
    m_sharedMode->setChecked(workstation.sharedMode());
    m_inactivity->setValue(workstation.inactivityMinutes());
    m_learnersMayAdd->setChecked(workstation.learnersMayAdd());
    m_pinRequired->setChecked(workstation.pinRequired());
    m_language->addItem(QString(), QString());
    for (const auto &language : LanguageManager::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(workstation.defaultLanguage())));
    m_site->setText(workstation.site());
    m_fields = {m_sharedMode, m_inactivity, m_learnersMayAdd, m_pinRequired,
                m_language,   m_site,       m_managerPin};
    for (int i = 0; i < int(std::size(kNoted)); ++i) {
        const bool byAdministrator = workstation.setByAdministrator(kNoted[i]);
        m_fields.at(i)->setEnabled(!byAdministrator);
        m_adminNotes.at(i)->setVisible(byAdministrator);
    }
    m_managerRepeat->setEnabled(!workstation.setByAdministrator(Key::ManagerPinHash));

    retranslate();
    setMinimumWidth(560);
    if (workstation.managerPinSet()) {
        m_pages->setCurrentWidget(m_pinPage);
        m_buttons->button(QDialogButtonBox::Save)->hide();
        m_pin->setFocus();
    } else {
        showSettings();
    }
}

void WorkstationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WorkstationDialog::retranslate()
{
    setWindowTitle(tr("Workstation settings"));
    m_pinIntro->setText(tr("This computer's settings are protected by the manager's PIN."));
    m_pinLabel->setText(tr("Manager's &PIN:"));
    m_pinButton->setText(tr("&Open"));
    showManagerMessage();

    m_intro->setText(tr("How this computer behaves for every learner who uses it."));
    m_sharedMode->setText(tr("S&hared computer: always open on “Who is studying?”"));
    m_inactivityLabel->setText(tr("&Lock after no input for:"));
    m_inactivity->setSuffix(tr(" min"));
    m_inactivity->setAccessibleName(tr("Minutes without input before the learner is locked"));
    m_learnersMayAdd->setText(tr("Learners may &add themselves"));
    m_pinRequired->setText(tr("Every learner needs a PIN or pass&phrase"));
    m_languageLabel->setText(tr("La&nguage of “Who is studying?”:"));
    m_language->setItemText(0, tr("The library's language"));
    m_siteLabel->setText(tr("CLiKC! si&te for new learners:"));
    m_site->setPlaceholderText(u"https://clikc.wcoomd.org"_s);
    m_managerPinLabel->setText(tr("New &manager's PIN:"));
    m_managerRepeatLabel->setText(tr("&Repeat it:"));
    m_managerHint->setText(
        m_workstation.managerPinSet()
            ? tr("Leave both empty to keep the manager's PIN as it is.")
            : tr("No manager's PIN yet: anyone at this computer can change these settings."));
    m_learnersLabel->setText(tr("Learners on this computer:"));
    m_newSecret->setText(tr("New P&IN…"));
    m_newSecret->setAccessibleDescription(
        tr("Gives the chosen learner a new PIN or passphrase, when they forgot theirs"));
    m_removeLearner->setText(tr("Remo&ve learner…"));
    for (QLabel *note : std::as_const(m_adminNotes)) {
        note->setText(tr("Set by your administrator"));
        note->setAccessibleName(note->text());
    }
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields.at(i)->setAccessibleDescription(m_workstation.setByAdministrator(kNoted[i])
                                                     ? tr("Set by your administrator")
                                                     : QString());
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    switch (m_lastError) {
    case 1:
        showError(tr("The two entries of the manager's PIN are not the same."));
        break;
    case 2: {
        LibraryError invalid;
        invalid.code = LibraryError::Code::InvalidSecret;
        showError(invalid.message());
        break;
    }
    case 3:
        showError(tr("The site must be a web address, such as https://clikc.wcoomd.org."));
        break;
    case 4:
        showError(tr("The settings could not be saved."));
        break;
    default:
        showError({});
    }
    reloadLearners();
}

void WorkstationDialog::showManagerMessage()
{
    QString text;
    if (m_pinWaitMs > 0 && m_pinTooSoon)
        text = tr("Too many wrong tries: wait %n second(s) before trying again.", nullptr,
                  seconds(m_pinWaitMs));
    else if (m_pinWaitMs > 0)
        text = tr("That is not the manager's PIN. Wait %n second(s) before trying again.", nullptr,
                  seconds(m_pinWaitMs));
    else if (m_pinWaitMs == 0)
        text = tr("That is not the manager's PIN.");
    m_pinMessage->setText(text);
    m_pinMessage->setAccessibleName(text);
}

void WorkstationDialog::checkManagerPin()
{
    if (!m_pin->isEnabled())
        return;
    const qint64 now = m_clock();
    const qint64 wait = m_workstation.managerWaitMs(now);
    const QString pin = m_pin->text();
    m_pin->clear();
    if (wait > 0) {
        m_pinWaitMs = wait;
        m_pinTooSoon = true;
        showManagerMessage();
        return;
    }
    m_pin->setEnabled(false);
    m_pinButton->setEnabled(false);
    m_pinMessage->setText(tr("Checking…"));
    m_workstation.verifyManagerPin(pin).then(this, [this, now](bool right) {
        const qint64 next = m_workstation.recordManagerTry(right, now);
        m_pin->setEnabled(true);
        m_pinButton->setEnabled(true);
        if (right) {
            showSettings();
            return;
        }
        m_pinWaitMs = next;
        m_pinTooSoon = false;
        showManagerMessage();
        m_pin->setFocus();
    });
}

void WorkstationDialog::showSettings()
{
    m_pages->setCurrentWidget(m_settingsPage);
    m_buttons->button(QDialogButtonBox::Save)->show();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    // The first setting the manager may change.
    for (QWidget *field : std::as_const(m_fields)) {
        if (field->isEnabled()) {
            field->setFocus();
            break;
        }
    }
}

void WorkstationDialog::reloadLearners()
{
    m_records.learners().then(this, [this](const QList<Learner> &learners) {
        m_learners = learners;
        const int row = m_learnerList->currentRow();
        m_learnerList->clear();
        for (const Learner &learner : learners) {
            QString text = learner.name;
            if (learner.pendingUploads > 0)
                text += u" — "_s
                        + tr("%n action(s) waiting to upload", nullptr, learner.pendingUploads);
            m_learnerList->addItem(text);
        }
        m_learnerList->setCurrentRow(std::min(row, int(learners.size()) - 1));
        m_newSecret->setEnabled(m_learnerList->currentRow() >= 0);
        m_removeLearner->setEnabled(m_learnerList->currentRow() >= 0);
    });
}

void WorkstationDialog::giveNewSecret()
{
    const int row = m_learnerList->currentRow();
    if (row < 0 || row >= m_learners.size())
        return;
    const Learner learner = m_learners.at(row);
    auto *dialog = new LearnerDialog(LearnerDialog::Mode::ResetSecret, m_records, m_workstation,
                                     learner.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLearnerName(learner.name);
    connect(dialog, &QDialog::accepted, this, [this, id = learner.id] {
        reloadLearners();
        Q_EMIT learnerSecretChanged(id);
    });
    dialog->open();
}

void WorkstationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

void WorkstationDialog::save()
{
    if (m_pages->currentWidget() != m_settingsPage)
        return;
    m_lastError = 0;
    const QString pin = m_managerPin->text();
    const QString site = m_site->text().trimmed();
    if (pin != m_managerRepeat->text())
        m_lastError = 1;
    else if (!pin.isEmpty() && !learnersecret::acceptable(pin))
        m_lastError = 2;
    else if (m_site->isEnabled() && !Workstation::normalized(Key::Site, site).isValid())
        m_lastError = 3;
    if (m_lastError != 0) {
        retranslate();
        (m_lastError == 3 ? m_site : m_managerPin)->setFocus();
        return;
    }
    if (pin.isEmpty()) {
        store({});
        return;
    }
    m_buttons->setEnabled(false);
    Workstation::hashManagerPin(pin).then(this, [this](const QString &hash) {
        m_buttons->setEnabled(true);
        if (hash.isEmpty()) {
            m_lastError = 4;
            retranslate();
            return;
        }
        store(hash);
    });
}

void WorkstationDialog::store(const QString &managerPinHash)
{
    bool ok = true;
    const auto keep = [this, &ok](Key key, const QVariant &value) {
        if (!m_workstation.setByAdministrator(key))
            ok = m_workstation.set(key, value) && ok;
    };
    keep(Key::SharedMode, m_sharedMode->isChecked());
    keep(Key::InactivityMinutes, m_inactivity->value());
    keep(Key::LearnersMayAdd, m_learnersMayAdd->isChecked());
    keep(Key::PinRequired, m_pinRequired->isChecked());
    keep(Key::DefaultLanguage, m_language->currentData());
    keep(Key::Site, m_site->text().trimmed());
    if (!managerPinHash.isEmpty())
        keep(Key::ManagerPinHash, managerPinHash);
    m_managerPin->clear();
    m_managerRepeat->clear();
    if (!ok) {
        m_lastError = 4;
        retranslate();
        return;
    }
    accept();
}

} // namespace clikc
