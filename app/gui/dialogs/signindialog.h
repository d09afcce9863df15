#pragma once
// SignInDialog: the server and an API key, or a username and password, tried
// through AccountController::signIn; busy while the server checks them, the
// server's refusal inline in red, and the secret fields cleared after use.

#include "apierror.h"
#include "usagetypes.h"

#include <QDialog>
#include <QUrl>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace geobox {

class AccountController;
class ServerField;

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // server: prefilled; username: the name last used there (never a secret).
    SignInDialog(AccountController *account, const QUrl &server, const QString &username,
                 QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    // Why the dialog opened ("The saved sign-in was refused…"), above the fields.
    void setReason(const QString &reason);
    QString reason() const;
    // The refusal on screen, or empty.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Colours from the palette (dark or light).
    void applyTheme();
    void usePassword(bool password);
    void updateButtons();
    void submit();
    void failed(const ApiError &error);
    void succeeded();
    void setBusy(bool busy);
    void showError(const QString &message);
    void clearSecrets();

    AccountController *m_account;
    bool m_busy = false;
    QLabel *m_subtitle = nullptr;
    QLabel *m_reason = nullptr;
    QFormLayout *m_form = nullptr;
    ServerField *m_server = nullptr;
    QRadioButton *m_keyChoice = nullptr;
    QRadioButton *m_passwordChoice = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace geobox
