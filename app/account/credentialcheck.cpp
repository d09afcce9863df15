#include "credentialcheck.h"

#include "usageclient.h"

namespace geobox {

CredentialCheck::CredentialCheck(QNetworkAccessManager *network, const ClientConfig &config,
                                 QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<UsageClient>(network, config))
{}

CredentialCheck::~CredentialCheck() = default;

void CredentialCheck::start(const Credentials &credentials)
{
    if (credentials.kind() != Credentials::Kind::UsernamePassword) {
        checkUser(credentials);
        return;
    }
    LoginJob *login = m_client->login(credentials.username(), credentials.password());
    m_job = login;
    connect(login, &LoginJob::succeeded, this,
            [this](const QString &token) { checkUser(Credentials::accessToken(token)); });
    connect(login, &ApiJob::failed, this, &CredentialCheck::failed);
}

void CredentialCheck::checkUser(const Credentials &credentials)
{
    m_client->setCredentials(credentials);
    UserJob *me = m_client->currentUser();
    m_job = me;
    connect(me, &UserJob::succeeded, this,
            [this, credentials](const User &user) { Q_EMIT succeeded(user, credentials); });
    connect(me, &ApiJob::failed, this, &CredentialCheck::failed);
}

void CredentialCheck::abort()
{
    if (m_job)
        m_job->abort(); // ends in failed(Cancelled)
}

} // namespace geobox
