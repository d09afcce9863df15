// DashboardState's account side: who is signed in, their keys, the other users an admin
// opened, as tracked jobs that a newer load or cancel() stops. (The queries are in
// dashboardstate.cpp.)

#include "dashboardstate.h"

#include <memory>

namespace geobox {

void DashboardState::trackAccountJob(ApiJob *job)
{
    m_accountJobs.append(job);
    connect(job, &ApiJob::finished, this, [this] {
        m_accountJobs.removeIf(
            [](const QPointer<ApiJob> &j) { return j.isNull() || j->isFinished(); });
    });
}

void DashboardState::abortAccountJobs()
{
    ++m_accountGeneration; // answers still on their way are ignored from here on
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_accountJobs, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void DashboardState::loadAccount()
{
    abortAccountJobs();
    if (m_historyOnly) {
        accountFromHistory(std::nullopt);
        return;
    }
    // The account as the history keeps it for these credentials, at once: the window shows
    // it (and the last query from the store) while users/me/ and apikeys/ confirm it.
    const bool shownFromHistory = m_accountFromHistoryFirst && showAccountFromHistory();
    const quint64 generation = m_accountGeneration;
    struct Gathered
    {
        std::optional<User> user;
        std::optional<QList<ApiKey>> keys;
        bool failed = false;
    };
    auto gathered = std::make_shared<Gathered>();
    auto done = [this, gathered, generation, shownFromHistory] {
        if (generation != m_accountGeneration || gathered->failed || !gathered->user ||
            !gathered->keys)
            return;
        m_user = gathered->user;
        m_keys = *gathered->keys;
        m_accountFromHistory = false;
        // A key's usage is asked with the key, which the history does not keep: what was
        // asked for a key shown from history is asked again with the service's list.
        const bool again = shownFromHistory && m_query.resource.kind == Resource::Kind::ApiKey;
        if (m_retryTarget == RetryTarget::Account)
            m_retryTarget = RetryTarget::Query;
        setOffline(false);
        rememberAccount();
        Q_EMIT accountLoaded(*m_user, m_keys);
        if (again)
            reload();
    };
    auto fail = [this, gathered, generation, shownFromHistory](const ApiError &error) {
        if (generation != m_accountGeneration || gathered->failed ||
            error.kind() == ApiError::Kind::Cancelled)
            return;
        gathered->failed = true;
        const ApiError copy = error; // the job's own copy ends with the job
        abortAccountJobs();          // the other half cannot make a whole account any more
        if (shownFromHistory ? confirmFailed(copy) : accountFromHistory(copy))
            return; // unreachable: the account as the history keeps it, offline
        m_retryTarget = RetryTarget::Account;
        m_lastFailure = copy;
        Q_EMIT accountFailed(copy);
    };
    UserJob *me = m_client->currentUser();
    trackAccountJob(me);
    connect(me, &UserJob::succeeded, this, [gathered, done](const User &user) {
        gathered->user = user;
        done();
    });
    connect(me, &ApiJob::failed, this, fail);
    ApiKeysJob *keys = m_client->apiKeys();
    trackAccountJob(keys);
    connect(keys, &ApiKeysJob::succeeded, this, [gathered, done](const QList<ApiKey> &list) {
        gathered->keys = list;
        done();
    });
    connect(keys, &ApiJob::failed, this, fail);
}

void DashboardState::loadUser(qint64 userId)
{
    abortAccountJobs();
    const quint64 generation = m_accountGeneration;
    m_requestedUserId = userId;
    UserJob *job = m_client->user(userId);
    trackAccountJob(job);
    connect(job, &UserJob::succeeded, this, [this, generation](const User &user) {
        if (generation != m_accountGeneration)
            return;
        m_otherUsers.removeIf([&user](const User &u) { return u.id == user.id; });
        m_otherUsers.append(user);
        if (m_retryTarget == RetryTarget::User)
            m_retryTarget = RetryTarget::Query;
        Q_EMIT userLoaded(user);
    });
    connect(job, &ApiJob::failed, this, [this, generation, userId](const ApiError &error) {
        if (generation != m_accountGeneration || error.kind() == ApiError::Kind::Cancelled)
            return;
        m_retryTarget = RetryTarget::User;
        m_lastFailure = error;
        Q_EMIT userFailed(userId, error);
    });
}

std::optional<User> DashboardState::userFor(const Resource &resource) const
{
    if (resource.kind != Resource::Kind::User)
        return m_user;
    for (const User &u : m_otherUsers) {
        if (u.id == resource.userId)
            return u;
    }
    return std::nullopt;
}

void DashboardState::clearAccount()
{
    cancel();
    m_user.reset();
    m_accountFromHistory = false;
    m_keys.clear();
    m_otherUsers.clear();
    // Nothing fetched for the old account answers anything any more.
    m_query = DashboardQuery();
    m_queryProblem.reset();
    m_snapshot.reset();
    m_lastError.reset();
    m_retryTarget = RetryTarget::Query;
    m_lastFailure.reset();
}

} // namespace geobox
