#pragma once
// AccountFlow: the Account menu as the user meets it: Sign In… or Switch
// Account… (Ctrl+Shift+I; the sign-in dialog), Sign Out (Ctrl+Shift+O;
// confirmed first), and the sign-in
// dialog whenever the account controller needs one, with why, once the window
// is on screen.

#include "dialogs/signindialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QAction;
class QWidget;

namespace geobox {

class AccountController;
class Preferences;
class ErrorBanner;
class NoticeBanner;

class AccountFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountFlow)

public:
    // Watches `window` for its Show event: a needed sign-in waits for the window.
    AccountFlow(AccountController *account, Preferences *settings, QWidget *window);

    // Sign In… (signed out), Switch Account… (signed in), Sign Out (a sign-in it can forget).
    QList<QAction *> actions() const;
    QAction *signInAction() const { return m_signIn; }
    QAction *switchAction() const { return m_switch; }
    QAction *signOutAction() const { return m_signOut; }

    // Shows keychain problems in the notice (the credentials still work for this run), and
    // offers Sign In Again… from the banner.
    void attach(ErrorBanner *banner, NoticeBanner *notice);
    // Opens the sign-in dialog (or brings the open one forward) with `reason` on top,
    // for `server` (default: the one in use).
    void openSignIn(const QString &reason = {}, const QUrl &server = {});
    // Settings changed the server: the current sign-in is not sent there; sign in anew.
    void serverChanged(const QUrl &server);
    // Asks first, then signs out.
    void confirmSignOut();
    // The open dialogs, or nullptr (for tests).
    SignInDialog *signInDialog() const { return m_dialog; }
    QMessageBox *signOutQuestion() const { return m_question; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void needsSignIn(const QString &reason);

    AccountController *m_account;
    Preferences *m_settings;
    QWidget *m_window;
    QAction *m_signIn = nullptr;
    QAction *m_switch = nullptr;
    QAction *m_signOut = nullptr;
    QPointer<SignInDialog> m_dialog;
    QPointer<QMessageBox> m_question;
    std::optional<QString> m_waiting; // a needed sign-in's reason, until the window shows
};

} // namespace geobox
