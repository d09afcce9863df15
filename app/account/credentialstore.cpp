#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

namespace geobox {

namespace {

KeychainError keychainError(QKeychain::Error code, const QString &detail)
{
    KeychainError e;
    const QString tail = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (code) {
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        e.message = CredentialStore::tr("No saved sign-in for this server.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = KeychainError::Kind::Unavailable;
        e.message = CredentialStore::tr("The system keychain is not available%1. Nothing was "
                                        "saved; the credentials work for this session only.")
                        .arg(tail);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = KeychainError::Kind::Denied;
        e.message = CredentialStore::tr("The system keychain refused access%1.").arg(tail);
        break;
    default:
        // libsecret reports a missing Secret Service as an "other" error.
        e.kind = KeychainError::Kind::Unavailable;
        e.message = CredentialStore::tr("The system keychain could not be used%1. Nothing was "
                                        "saved; the credentials work for this session only.")
                        .arg(tail);
        break;
    }
    return e;
}

QString normalisedServer(const QUrl &server)
{
    QUrl u = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::NormalizePathSegments);
    u.setHost(u.host().toLower());
    QString s = u.toString();
    if (!s.endsWith(QLatin1Char('/')))
        s += QLatin1Char('/');
    return s;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::serviceName()
{
    return QStringLiteral("geobox-usage");
}

QString CredentialStore::entryKey(const QUrl &server, const QString &username)
{
    return normalisedServer(server) + QLatin1Char(' ') + username;
}

void CredentialStore::read(const QUrl &server, const QString &username, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(server, username));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            done(std::nullopt, keychainError(read->error(), read->errorString()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(read->textData().toUtf8()).object();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString secret = o.value(QStringLiteral("secret")).toString();
        Credentials c;
        if (kind == QLatin1String("apikey"))
            c = Credentials::apiKey(secret);
        else if (kind == QLatin1String("token"))
            c = Credentials::accessToken(secret);
        if (c.isEmpty()) {
            done(std::nullopt, KeychainError{KeychainError::Kind::Other,
                                             tr("The saved sign-in is damaged; sign in again.")});
            return;
        }
        done(c, std::nullopt);
    });
    job->start();
}

void CredentialStore::write(const QUrl &server, const QString &username,
                            const Credentials &credentials, Done done)
{
    QString kind;
    if (credentials.kind() == Credentials::Kind::ApiKey)
        kind = QStringLiteral("apikey");
    else if (credentials.kind() == Credentials::Kind::AccessToken)
        kind = QStringLiteral("token");
    if (kind.isEmpty()) {
        // Passwords are exchanged for a token first; a password itself is never kept.
        done(KeychainError{KeychainError::Kind::Other,
                           tr("Only an API key or an access token can be saved.")});
        return;
    }
    const QJsonObject o{{QStringLiteral("kind"), kind},
                        {QStringLiteral("secret"), credentials.secret()}};
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(server, username));
    job->setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError
                 ? std::nullopt
                 : std::optional(keychainError(j->error(), j->errorString())));
    });
    job->start();
}

void CredentialStore::remove(const QUrl &server, const QString &username, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(server, username));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there leaves the same state: signed out.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? std::nullopt : std::optional(keychainError(j->error(), j->errorString())));
    });
    job->start();
}

} // namespace geobox
