#pragma once
// AccountController: who is signed in to which server, for the window. At
// start it takes the GEOBOX_* variables, then the keychain entry for the
// configured server; signing in tries the credentials against users/me/
// before anything is kept, keeps only an API key or a token, and only in the
// keychain; signing out deletes the entry and forgets the user. GEOBOX_* credentials
// (an API key or a token) the history already saw are taken at once, without a check:
// the dashboard's own users/me/ confirms them, and offline the history's account shows.

#include "credentialcheck.h"
#include "credentialstore.h"
#include "historystore.h"
#include "preferences.h"
#include "usageclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace geobox {

class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    // Where the credentials in use came from.
    enum class Source
    {
        None,
        Environment,
        Keychain,
        SessionOnly,
        Demo
    };

    // `client` is the one the dashboard uses: the controller sets its server and credentials.
    AccountController(QNetworkAccessManager *network, UsageClient *client, Preferences *settings,
                      QObject *parent = nullptr);

    // The history that may know the GEOBOX_* credentials (nullptr: none; it must outlive
    // the controller).
    void setHistory(HistoryStore *history) { m_history = history; }
    // Demo mode: the client already points at the demo server with its key.
    void useDemo();
    // At start-up: the GEOBOX_* variables, then the keychain entry for settings' server.
    // Ends in signedIn, or needsSignIn (with keychainProblem first if the keychain failed).
    void restore(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The same for another server than the settings' (geobox-usage --server URL).
    void restore(const QUrl &server,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // From the sign-in dialog: tries the credentials on `server`, then keeps them.
    // Ends in signedIn (maybe with keychainProblem: then they work for this run only)
    // or signInFailed, and in that case nothing is kept and nothing changes.
    void signIn(const QUrl &server, const Credentials &credentials);
    // Stops a sign-in at any step: nothing changes, no signedIn follows, and an entry the
    // keychain was writing for it is taken back once written.
    void cancelSignIn();
    // From signIn() until it ends, and while a keychain write of one (or the undoing of a
    // cancelled one's) is still pending.
    bool isSigningIn() const { return m_check || m_pendingSaves > 0; }
    // Deletes the keychain entry and forgets the user; ends in signedOut or keychainProblem.
    void signOut();

    QUrl server() const;
    std::optional<User> user() const { return m_user; }
    Source source() const { return m_source; }
    bool isSignedIn() const { return m_source != Source::None; }
    // "ana@api.geobox.ir", or the server alone before a sign-in.
    QString displayName() const;

Q_SIGNALS:
    void signedIn(const geobox::User &user);
    void signInFailed(const geobox::ApiError &error);
    // The server accepted the credentials; they are being written to the keychain.
    void savingSignIn();
    // No usable credentials: the window should offer the sign-in dialog.
    void needsSignIn(const QString &reason);
    void signedOut();
    // The keychain could not keep or give a secret: said plainly, nothing written anywhere.
    void keychainProblem(const QString &message);

private:
    void apply(const QUrl &server, const Credentials &credentials);
    // The keychain wrote the entry of a sign-in cancelled meanwhile: removes it, or puts
    // back the credentials in use when it is the signed-in account's own.
    void undoCancelledSave(const QUrl &server, const QString &username, quint64 attempt);
    ClientConfig configFor(const QUrl &server) const;
    // The user the history last saw these credentials with on `server`.
    std::optional<User> knownUser(const QUrl &server, const Credentials &credentials) const;

    QNetworkAccessManager *m_network;
    QPointer<UsageClient> m_client;
    Preferences *m_settings;
    CredentialStore m_store;
    QPointer<CredentialCheck> m_check;
    QPointer<HistoryStore> m_history;
    std::optional<User> m_user;
    Source m_source = Source::None;
    int m_pendingSaves = 0;      // keychain writes of sign-ins (and their undoing) not answered yet
    quint64 m_signInAttempt = 0; // the sign-in an answer must belong to; a cancel moves it on
    quint64 m_lastSignIn = 0;    // the attempt of the last signIn()
};

} // namespace geobox
