#include "accountcontroller.h"

#include "networkpolicy.h"

namespace geobox {

AccountController::AccountController(QNetworkAccessManager *network, UsageClient *client,
                                     Preferences *settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_client(client)
    , m_settings(settings)
{}

QUrl AccountController::server() const
{
    return m_client ? m_client->config().host : m_settings->server();
}

QString AccountController::displayName() const
{
    const QUrl host = server();
    const QString where =
        host.port() > 0 ? QStringLiteral("%1:%2").arg(host.host()).arg(host.port()) : host.host();
    return m_user ? QStringLiteral("%1@%2").arg(m_user->username, where) : where;
}

ClientConfig AccountController::configFor(const QUrl &server) const
{
    ClientConfig config = m_client->config();
    config.host = server;
    config.timeout = m_settings->timeout();
    config.serviceTimeZone = m_settings->serviceTimeZone();
    return config;
}

void AccountController::apply(const QUrl &server, const Credentials &credentials)
{
    m_client->setConfig(configFor(server));
    m_client->setCredentials(credentials);
}

void AccountController::useDemo()
{
    m_source = Source::Demo;
}

std::optional<User> AccountController::knownUser(const QUrl &server,
                                                 const Credentials &credentials) const
{
    if (!m_history || !m_history->isOpen() ||
        credentials.kind() == Credentials::Kind::UsernamePassword) // needs a login first
        return std::nullopt;
    const QString key = HistoryScope::serverKey(server);
    const std::optional<qint64> id = m_history->userForCredentials(key, credentials);
    return id ? m_history->user({key, *id}) : std::nullopt;
}

void AccountController::restore(const QProcessEnvironment &env)
{
    restore(m_settings->server(), env);
}

void AccountController::restore(const QUrl &server, const QProcessEnvironment &env)
{
    if (std::optional<ApiError> insecure = checkServerUrl(server)) {
        Q_EMIT needsSignIn(insecure->message());
        return;
    }
    const Credentials fromEnv = Credentials::fromEnvironment(env);
    if (!fromEnv.isEmpty()) {
        // The variables the SDK honours win, as they do for the command line.
        if (const std::optional<User> known = knownUser(server, fromEnv)) {
            // Seen before: shown at once from the history (also offline); the dashboard's
            // users/me/ confirms them, or says they are refused.
            apply(server, fromEnv);
            m_user = known;
            m_source = Source::Environment;
            Q_EMIT signedIn(*known);
            return;
        }
        m_check = new CredentialCheck(m_network, configFor(server), this);
        connect(m_check, &CredentialCheck::succeeded, this,
                [this, server](const User &user, const Credentials &keep) {
                    m_check->deleteLater();
                    apply(server, keep);
                    m_user = user;
                    m_source = Source::Environment;
                    Q_EMIT signedIn(user);
                });
        connect(m_check, &CredentialCheck::failed, this, [this](const ApiError &error) {
            m_check->deleteLater();
            Q_EMIT needsSignIn(
                tr("The GEOBOX_* credentials did not work: %1").arg(error.message()));
        });
        m_check->start(fromEnv);
        return;
    }
    const QString username = m_settings->account(server);
    if (username.isEmpty()) {
        Q_EMIT needsSignIn(tr("Sign in to %1 to see your usage.").arg(server.host()));
        return;
    }
    m_store.read(
        server, username,
        [this, server](std::optional<Credentials> credentials, std::optional<KeychainError> error) {
            if (!credentials) {
                if (error && error->kind != KeychainError::Kind::NotFound)
                    Q_EMIT keychainProblem(error->message);
                Q_EMIT needsSignIn(tr("Sign in to %1 to see your usage.").arg(server.host()));
                return;
            }
            apply(server, *credentials);
            m_source = Source::Keychain;
            // Who it is comes with the dashboard's users/me/; the name is known.
            User user;
            user.username = m_settings->account(server);
            m_user = user;
            Q_EMIT signedIn(user);
        });
}

void AccountController::signIn(const QUrl &server, const Credentials &credentials)
{
    cancelSignIn();
    if (std::optional<ApiError> insecure = checkServerUrl(server)) {
        Q_EMIT signInFailed(*insecure);
        return;
    }
    const quint64 attempt = ++m_signInAttempt;
    m_lastSignIn = attempt;
    m_check = new CredentialCheck(m_network, configFor(server), this);
    connect(m_check, &CredentialCheck::failed, this, [this](const ApiError &error) {
        m_check->deleteLater();
        if (error.kind() != ApiError::Kind::Cancelled)
            Q_EMIT signInFailed(error);
    });
    connect(m_check, &CredentialCheck::succeeded, this,
            [this, server, attempt](const User &user, const Credentials &keep) {
                m_check->deleteLater();
                if (attempt != m_signInAttempt)
                    return; // cancelled as the answer came
                ++m_pendingSaves;
                Q_EMIT savingSignIn();
                if (attempt != m_signInAttempt) { // cancelled right then: nothing written
                    --m_pendingSaves;
                    return;
                }
                m_store.write(
                    server, user.username, keep,
                    [this, server, user, keep, attempt](std::optional<KeychainError> error) {
                        --m_pendingSaves;
                        if (attempt != m_signInAttempt) {
                            // Cancelled while the keychain wrote: cancel wins, and what was
                            // written is taken back.
                            if (!error)
                                undoCancelledSave(server, user.username, attempt);
                            return;
                        }
                        // Only now does anything change: the client, the user, the settings.
                        apply(server, keep);
                        m_user = user;
                        // The server is no secret: remembered either way.
                        m_settings->setServer(server);
                        if (error) {
                            m_source = Source::SessionOnly;
                            Q_EMIT keychainProblem(error->message);
                        } else {
                            m_source = Source::Keychain;
                            m_settings->setAccount(server, user.username);
                        }
                        m_settings->sync();
                        Q_EMIT signedIn(user);
                    });
            });
    m_check->start(credentials);
}

void AccountController::cancelSignIn()
{
    if (m_check)
        m_check->abort();
    ++m_signInAttempt; // an answer still on its way belongs to no sign-in now
}

void AccountController::undoCancelledSave(const QUrl &server, const QString &username,
                                          quint64 attempt)
{
    // A newer sign-in has begun since: it writes the entry itself.
    if (m_lastSignIn != attempt)
        return;
    const auto done = [this](std::optional<KeychainError> error) {
        --m_pendingSaves;
        if (error) // a secret left behind is said, never only logged
            Q_EMIT keychainProblem(error->message);
    };
    ++m_pendingSaves;
    // The entry of the account in use: the credentials in use go back into it. Any other:
    // it did not exist for this app before, or it was that account's, now signed out of.
    const bool inUse = m_source == Source::Keychain && m_user &&
                       CredentialStore::entryKey(server, username) ==
                           CredentialStore::entryKey(this->server(), m_user->username);
    if (inUse)
        m_store.write(server, username, m_client->credentials(), done);
    else
        m_store.remove(server, username, done);
}

void AccountController::signOut()
{
    const QUrl server = this->server();
    const QString username = m_user ? m_user->username : m_settings->account(server);
    auto finish = [this, server] {
        m_settings->forgetAccount(server);
        m_settings->sync();
        m_user.reset();
        m_source = Source::None;
        m_client->setCredentials(Credentials());
        Q_EMIT signedOut();
    };
    if (username.isEmpty() || m_source == Source::Environment || m_source == Source::SessionOnly) {
        finish();
        return;
    }
    m_store.remove(server, username, [this, finish](std::optional<KeychainError> error) {
        if (error) {
            Q_EMIT keychainProblem(error->message);
            return;
        }
        finish();
    });
}

} // namespace geobox
