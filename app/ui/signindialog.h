#pragma once

#include "connector/connectorerror.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clikc {

class AccountService;

// Sign-in to the learner's CLiKC! site: the site's address, username and password. Every failure
// is explained in the learner's language; the password is sent once and never kept. GUI thread.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(AccountService &account, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignInDialog)

    void setSite(const QString &site);
    void setUsername(const QString &username);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void setBusy(bool busy);
    void updateReason();
    // The failure, with what to tick when the site answers only over plain http.
    void showError(const ConnectorError &error);

    AccountService &m_account;
    QLabel *m_intro;
    QLabel *m_reason; // why the learner is asked to sign in again, when they are
    QLabel *m_siteLabel;
    QLineEdit *m_site;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_allowHttp;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    ConnectorError m_lastError; // shown again, in the new language, on a language change
};

} // namespace clikc
