#include "usageclient.h"

#include "networkpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace geobox {

UsageClient::UsageClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{}

UsageClient::~UsageClient() = default;

void UsageClient::setConfig(const ClientConfig &config)
{
    if (config.host != m_config.host)
        m_signedInToken.clear();
    m_config = config;
}

void UsageClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_signedInToken.clear();
    if (m_signIn)
        m_signIn->abort();
}

UsageSeriesJob *UsageClient::apiUsage(const ApiUsageRequest &request)
{
    return new UsageSeriesJob(this, request);
}

ProcessUsageJob *UsageClient::processUsage(const ProcessUsageRequest &request)
{
    return new ProcessUsageJob(this, request);
}

SummaryJob *UsageClient::usageSummary(std::optional<qint64> userId)
{
    return new SummaryJob(this, SummaryJob::Mode::Read, userId);
}

SummaryJob *UsageClient::updateUsage(std::optional<qint64> userId)
{
    return new SummaryJob(this, SummaryJob::Mode::Update, userId);
}

UserJob *UsageClient::currentUser()
{
    return new UserJob(this, std::nullopt);
}

UserJob *UsageClient::user(qint64 userId)
{
    return new UserJob(this, userId);
}

ApiKeysJob *UsageClient::apiKeys(const QString &search, int pageSize)
{
    return new ApiKeysJob(this, search, pageSize);
}

LoginJob *UsageClient::login(const QString &username, const QString &password)
{
    return new LoginJob(this, username, password);
}

bool UsageClient::readyToSend(ApiJob *job)
{
    if (m_credentials.kind() != Credentials::Kind::UsernamePassword || !m_signedInToken.isEmpty())
        return true;
    m_waiting.append(job);
    if (!m_signIn)
        startSignIn();
    return false;
}

void UsageClient::startSignIn()
{
    m_signIn = login(m_credentials.username(), m_credentials.password());
    connect(m_signIn, &LoginJob::succeeded, this, [this](const QString &token) {
        m_signedInToken = token;
        const QList<QPointer<ApiJob>> waiting = std::exchange(m_waiting, {});
        Q_EMIT signedIn();
        for (const QPointer<ApiJob> &job : waiting) {
            if (job)
                job->sendNow();
        }
    });
    connect(m_signIn, &LoginJob::failed, this, [this](const ApiError &error) {
        const QList<QPointer<ApiJob>> waiting = std::exchange(m_waiting, {});
        Q_EMIT signInFailed(error);
        for (const QPointer<ApiJob> &job : waiting) {
            if (job)
                job->authenticationFailed(error);
        }
    });
}

QNetworkReply *UsageClient::send(const ApiJob::Request &request, std::optional<ApiError> *refusal)
{
    if (!m_network) {
        *refusal = ApiError(ApiError::Kind::Network,
                            tr("No network access manager was given to the client."));
        return nullptr;
    }
    const QUrl host = m_config.host;
    if (std::optional<ApiError> insecure = checkServerUrl(host)) {
        *refusal = std::move(insecure); // refused before a byte is sent
        return nullptr;
    }

    QUrl url = endpointUrl(host, m_config.apiPrefix, request.path);
    QueryItems query = request.query;
    QNetworkRequest req;
    if (request.authenticated) {
        switch (m_credentials.kind()) {
        case Credentials::Kind::AccessToken:
            req.setRawHeader("Authorization", "Bearer " + m_credentials.secret().toUtf8());
            break;
        case Credentials::Kind::UsernamePassword:
            req.setRawHeader("Authorization", "Bearer " + m_signedInToken.toUtf8());
            break;
        case Credentials::Kind::ApiKey:
            // The API takes a key only as the last query parameter.
            query.append({QStringLiteral("apikey"), m_credentials.secret()});
            break;
        case Credentials::Kind::None:
            break;
        }
    }
    const QByteArray encoded = formEncode(query);
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    req.setUrl(url);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);

    if (request.method == "POST")
        return m_network->post(req, request.body);
    return m_network->get(req);
}

bool UsageClient::redirectAllowed(const QUrl &from, const QUrl &to) const
{
    return geobox::redirectAllowed(m_config.host, from, to);
}

} // namespace geobox
