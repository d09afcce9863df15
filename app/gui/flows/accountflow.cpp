#include "accountflow.h"

#include "accountcontroller.h"
#include "banners/errorbanner.h"
#include "banners/noticebanner.h"
#include "dialogs/serverfield.h"
#include "dialogs/signindialog.h"
#include "preferences.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace geobox {

AccountFlow::AccountFlow(AccountController *account, Preferences *settings, QWidget *window)
    : QObject(window)
    , m_account(account)
    , m_settings(settings)
    , m_window(window)
{
    // One shortcut for both: only one of them is visible (and so active) at a time.
    const QKeySequence signInKey(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_signIn = new QAction(tr("Sign &In…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signIn->setShortcut(signInKey);
    m_switch = new QAction(tr("S&witch Account…"), this);
    m_switch->setObjectName(QStringLiteral("switchAccountAction"));
    m_switch->setShortcut(signInKey);
    m_signOut = new QAction(tr("Sign &Out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    connect(m_signIn, &QAction::triggered, this, [this] { openSignIn(); });
    connect(m_switch, &QAction::triggered, this, [this] { openSignIn(); });
    connect(m_signOut, &QAction::triggered, this, &AccountFlow::confirmSignOut);
    connect(m_account, &AccountController::signedIn, this, &AccountFlow::updateActions);
    connect(m_account, &AccountController::needsSignIn, this, &AccountFlow::needsSignIn);
    connect(m_account, &AccountController::signedOut, this, [this] {
        updateActions();
        needsSignIn(tr("You are signed out. Sign in to see your usage again."));
    });
    updateActions();
    m_window->installEventFilter(this);
}

QList<QAction *> AccountFlow::actions() const
{
    return {m_signIn, m_switch, m_signOut};
}

void AccountFlow::attach(ErrorBanner *banner, NoticeBanner *notice)
{
    connect(m_account, &AccountController::keychainProblem, notice, &NoticeBanner::showNotice);
    connect(m_account, &AccountController::signedOut, notice, &NoticeBanner::clear);
    connect(banner, &ErrorBanner::signInRequested, this, [this] {
        openSignIn(tr("The server refused the saved sign-in. Sign in again; nothing is deleted "
                      "unless you sign out."));
    });
}

void AccountFlow::updateActions()
{
    using Source = AccountController::Source;
    const Source source = m_account->source();
    m_signIn->setVisible(!m_account->isSignedIn());
    m_switch->setVisible(m_account->isSignedIn());
    // A sign-in from GEOBOX_* variables is not the app's to forget.
    m_signOut->setVisible(source == Source::Keychain || source == Source::SessionOnly);
}

void AccountFlow::needsSignIn(const QString &reason)
{
    // Queued, so the dialog never opens before (or instead of) the window itself.
    QTimer::singleShot(0, this, [this, reason] {
        if (m_window->isVisible())
            openSignIn(reason);
        else
            m_waiting = reason;
    });
}

bool AccountFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_waiting) {
        const QString reason = *std::exchange(m_waiting, std::nullopt);
        QTimer::singleShot(0, this, [this, reason] { openSignIn(reason); });
    }
    return QObject::eventFilter(watched, event);
}

void AccountFlow::openSignIn(const QString &reason, const QUrl &server)
{
    if (m_dialog) {
        if (!server.isEmpty())
            m_dialog->setServer(server);
        if (!reason.isEmpty())
            m_dialog->setReason(reason);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QUrl where = server.isEmpty() ? m_account->server() : server;
    m_dialog = new SignInDialog(m_account, where, m_settings->account(where), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_account->isSignedIn())
        m_dialog->setWindowTitle(tr("Switch Account – Geobox Usage"));
    m_dialog->setReason(reason);
    m_dialog->open();
}

void AccountFlow::serverChanged(const QUrl &server)
{
    if (ServerField::sameServer(server, m_account->server()))
        return;
    const QString reason =
        m_account->isSignedIn()
            ? tr("The server is now %1. Sign in there: the sign-in for %2 is not sent to "
                 "another server, and stays in use until you sign in.")
                  .arg(server.host(), m_account->displayName())
            : tr("The server is now %1. Sign in there to see your usage.").arg(server.host());
    openSignIn(reason, server);
}

void AccountFlow::confirmSignOut()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    using Source = AccountController::Source;
    m_question = new QMessageBox(QMessageBox::Question, tr("Sign Out"),
                                 tr("Sign out of %1?").arg(m_account->displayName()),
                                 QMessageBox::Cancel, m_window);
    m_question->setObjectName(QStringLiteral("signOutQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setInformativeText(
        m_account->source() == Source::Keychain
            ? tr("The saved API key or token is removed from the system keychain. To sign in "
                 "again you need the key, or your username and password.")
            : tr("The credentials of this session are forgotten."));
    QPushButton *signOut = m_question->addButton(tr("Sign &Out"), QMessageBox::AcceptRole);
    signOut->setObjectName(QStringLiteral("confirmSignOutButton"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(signOut, &QPushButton::clicked, m_account, &AccountController::signOut);
    m_question->open();
}

} // namespace geobox
