#pragma once
// UsageClient: the Geobox usage API over a QNetworkAccessManager that the
// caller hands in. Every call returns a job that reports through signals and
// can be aborted; authentication, headers, timeouts and error text are all
// decided here, once.

#include "accountjobs.h"
#include "apijob.h"
#include "clientconfig.h"
#include "credentials.h"
#include "usagejobs.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace geobox {

class UsageClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageClient)

public:
    explicit UsageClient(QNetworkAccessManager *network, ClientConfig config = {},
                         QObject *parent = nullptr);
    ~UsageClient() override;

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config);

    // Username and password are exchanged for an access token (POST auth/token/)
    // before the first call that needs it; the token is kept in memory only.
    void setCredentials(const Credentials &credentials);
    Credentials credentials() const { return m_credentials; }

    // GET usage/api: calls or traffic of the account or one API key over time.
    UsageSeriesJob *apiUsage(const ApiUsageRequest &request);
    // GET usage/process: processing seconds in a range.
    ProcessUsageJob *processUsage(const ProcessUsageRequest &request);
    // GET usage/summary: today's and this month's totals against the plan's quotas.
    SummaryJob *usageSummary(std::optional<qint64> userId = std::nullopt);
    // POST usage/update: recompute, then the same figures. Never retried on its own.
    SummaryJob *updateUsage(std::optional<qint64> userId = std::nullopt);
    // GET users/me/?f=json.
    UserJob *currentUser();
    // GET users/{id}/?f=json.
    UserJob *user(qint64 userId);
    // GET apikeys/, every page.
    ApiKeysJob *apiKeys(const QString &search = {}, int pageSize = 100);
    // POST auth/token/: a token for these credentials; changes nothing in the client.
    LoginJob *login(const QString &username, const QString &password);

Q_SIGNALS:
    // A username/password sign-in succeeded or failed (for a status line).
    void signedIn();
    void signInFailed(const geobox::ApiError &error);

private:
    friend class ApiJob;
    // The request on the wire: URL, JSON headers, and the credentials.
    QNetworkReply *send(const ApiJob::Request &request, std::optional<ApiError> *refusal);
    // True when `job` may be sent now; else it is queued behind the sign-in.
    bool readyToSend(ApiJob *job);
    bool redirectAllowed(const QUrl &from, const QUrl &to) const;
    void startSignIn();

    QPointer<QNetworkAccessManager> m_network;
    ClientConfig m_config;
    Credentials m_credentials;
    QString m_signedInToken; // from a username/password sign-in
    QPointer<LoginJob> m_signIn;
    QList<QPointer<ApiJob>> m_waiting;
};

} // namespace geobox
