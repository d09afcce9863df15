// DashboardState's history side: the store it reads through, whose history it is, the
// account and the summary kept for offline use, and the offline state. (The queries'
// read-through is in dashboardstate.cpp, through HistorySeriesJob.)

#include "dashboardstate.h"
#include "historyseriesjob.h"
#include "historystore.h"

namespace geobox {

namespace {

// The summary goes with the user: the account and its keys share the account's.
QString summaryKey(const Resource &resource)
{
    return resource.kind == Resource::Kind::User ? resource.settingsId()
                                                 : QStringLiteral("account");
}

bool unreachable(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

} // namespace

void DashboardState::setHistory(HistoryStore *store)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = store;
    if (store) {
        connect(store, &HistoryStore::closedOnError, this,
                [this](const QString &notice) { Q_EMIT historyNotice(notice); });
    }
}

HistoryStore *DashboardState::history() const
{
    return m_history;
}

HistoryScope DashboardState::historyScope() const
{
    if (!m_history || !m_history->isOpen() || !m_client)
        return {};
    const QString server = HistoryScope::serverKey(m_client->config().host);
    if (m_user)
        return {server, m_user->id};
    if (const std::optional<qint64> id =
            m_history->userForCredentials(server, m_client->credentials()))
        return {server, *id};
    return {server, 0};
}

void DashboardState::trackSeries(HistorySeriesJob *job)
{
    m_seriesJobs.append(job);
    connect(job, &HistorySeriesJob::finished, this, [this] {
        m_seriesJobs.removeIf(
            [](const QPointer<HistorySeriesJob> &j) { return j.isNull() || j->isFinished(); });
    });
}

void DashboardState::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

void DashboardState::rememberAccount()
{
    if (!m_history || !m_history->isOpen() || !m_user || !m_client)
        return;
    const QString server = HistoryScope::serverKey(m_client->config().host);
    m_history->rememberCredentials(server, m_client->credentials(), m_user->id);
    m_history->storeAccount(server, *m_user, m_keys);
}

bool DashboardState::accountFromHistory(const std::optional<ApiError> &failure)
{
    if (failure && !unreachable(*failure))
        return false; // the service answered: its word stands
    std::optional<User> user;
    QList<ApiKey> keys;
    const HistoryScope scope = historyScope();
    if (scope.isValid()) {
        user = m_history->user(scope);
        keys = m_history->apiKeys(scope);
    }
    if (!user) {
        if (failure)
            return false;
        const ApiError none(ApiError::Kind::Authentication,
                            tr("no history for these credentials on %1")
                                .arg(m_client ? redactedUrl(m_client->config().host) : QString()));
        m_retryTarget = RetryTarget::Account;
        m_lastFailure = none;
        Q_EMIT accountFailed(none);
        return true;
    }
    m_user = user;
    m_keys = keys;
    m_accountFromHistory = true;
    if (failure) {
        // Shown from history; Retry asks the service again.
        m_retryTarget = RetryTarget::Account;
        m_lastFailure = failure;
        setOffline(true);
    }
    Q_EMIT accountLoaded(*m_user, m_keys);
    return true;
}

bool DashboardState::showAccountFromHistory()
{
    m_accountFromHistory = false;
    const HistoryScope scope = historyScope();
    if (!scope.isValid() || scope.userId == 0)
        return false;
    const std::optional<User> user = m_history->user(scope);
    if (!user)
        return false;
    m_user = user;
    m_keys = m_history->apiKeys(scope);
    m_accountFromHistory = true;
    Q_EMIT accountLoaded(*m_user, m_keys);
    return true;
}

bool DashboardState::confirmFailed(const ApiError &failure)
{
    if (unreachable(failure)) {
        // It stays as shown; Retry asks the service again.
        m_retryTarget = RetryTarget::Account;
        m_lastFailure = failure;
        setOffline(true);
        return true;
    }
    // The service answered (e.g. the credentials were revoked): nothing of the history
    // shown for them stays on screen.
    clearAccount();
    m_accountFromHistory = false;
    return false;
}

void DashboardState::keepSummary(const DashboardSnapshot &snapshot)
{
    if (!snapshot.summary || snapshot.summaryError || !m_history || !m_history->isOpen())
        return;
    const HistoryScope scope = historyScope();
    if (scope.isValid())
        m_history->storeSummary(scope, summaryKey(snapshot.query.resource), *snapshot.summary,
                                snapshot.summaryFetchedAt);
}

std::optional<UsageSummary> DashboardState::keptSummary(const Resource &resource,
                                                        QDateTime *at) const
{
    const HistoryScope scope = historyScope();
    if (!scope.isValid())
        return std::nullopt;
    const std::optional<StoredSummary> kept = m_history->summary(scope, summaryKey(resource));
    if (!kept)
        return std::nullopt;
    if (at)
        *at = kept->fetchedAt;
    return kept->summary;
}

} // namespace geobox
