#include "signindialog.h"

#include "sync/accountservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clikc {

SignInDialog::SignInDialog(AccountService &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QLineEdit(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_allowHttp(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Our own button: a standard Ok would be renamed "OK" by the button box on language changes.
    , m_signInButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    setObjectName(u"signInDialog"_s);
    m_intro->setWordWrap(true);
    m_site->setObjectName(u"siteEdit"_s);
    m_site->setText(u"https://clikc.wcoomd.org"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"signInError"_s);
    m_reason->setObjectName(u"signInReason"_s);
    m_reason->setWordWrap(true);
    m_allowHttp->setObjectName(u"allowHttpCheck"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_siteLabel->setBuddy(m_site);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_siteLabel, m_site);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_allowHttp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(440);
}

void SignInDialog::setSite(const QString &site)
{
    if (!site.isEmpty())
        m_site->setText(site);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to CLiKC!"));
    m_intro->setText(tr("Sign in once while you have a connection. Your password is not kept on "
                        "this computer; the sign-in is kept in the system keychain."));
    m_siteLabel->setText(tr("&Site:"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_allowHttp->setText(tr("Allow an unencrypted connection (only for a local mirror you trust)"));
    m_signInButton->setText(tr("Sign in"));
    // What a screen reader announces: the labels without their shortcut marks.
    m_site->setAccessibleName(tr("Site address"));
    m_site->setAccessibleDescription(tr("For example https://clikc.wcoomd.org"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_allowHttp->setAccessibleName(tr("Allow an unencrypted connection"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_intro->setAccessibleName(tr("About signing in"));
    m_error->setAccessibleName(tr("Why the sign-in failed"));
    m_reason->setAccessibleName(tr("Sign-in state"));
    updateReason();
    if (m_lastError.isError())
        showError(m_lastError);
}

void SignInDialog::updateReason()
{
    // Why the learner is asked again: the site's word ("expired") or a missing token.
    const bool needed = m_account.state() == AccountService::State::NeedsSignIn;
    m_reason->setText(needed ? m_account.stateMessage() : QString());
    m_reason->setVisible(needed);
}

void SignInDialog::showError(const ConnectorError &error)
{
    m_lastError = error;
    QString text = error.message();
    if (error.code == ConnectorError::Code::PlainHttpOnly
        || error.code == ConnectorError::Code::InsecureTransport) {
        text += u' '
                + tr("If this is a local mirror you trust, tick “%1” and sign in again.")
                      .arg(tr("Allow an unencrypted connection"));
    }
    m_error->setText(text);
    m_error->show();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_site, m_username, m_password, m_allowHttp,
                                                       m_signInButton}) {
        w->setEnabled(!busy);
    }
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInDialog::submit()
{
    setBusy(true);
    m_error->hide();
    m_account
        .signIn(m_site->text(), m_username->text(), m_password->text(), m_allowHttp->isChecked())
        .then(this, [this](const Outcome<SiteInfo> &result) {
            setBusy(false);
            m_password->clear();
            if (result.ok()) {
                m_lastError = {};
                accept();
                return;
            }
            showError(result.error);
            const bool httpOnly = result.error.code == ConnectorError::Code::PlainHttpOnly
                                  || result.error.code == ConnectorError::Code::InsecureTransport;
            if (httpOnly && !m_allowHttp->isChecked())
                m_allowHttp->setFocus(); // the one thing that can change the answer
            else
                m_password->setFocus();
        });
}

} // namespace clikc
