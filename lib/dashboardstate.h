#pragma once
// DashboardState: the state the window and the command line share, and every
// rule about what the user sees. It loads the account (and, for an admin,
// other users) as tracked jobs; validates each query once and says why it is
// refused; turns a query into the calls it needs (a month the range cuts is
// built from its days), all started at once; drops the answers a newer query
// made stale; keeps the last good snapshot when a call fails; knows what Retry
// repeats; keeps the scale rule of the range presets (ScaleRule); and signals what
// changed, what is loading and what went wrong. (The account and user loads are in
// dashboardstateaccount.cpp.)

#include "dashboardsnapshot.h"
#include "historyscope.h"
#include "scalerule.h"
#include "usageclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace geobox {

class HistorySeriesJob;
class HistoryStore;

class DashboardState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardState)

public:
    // What Retry repeats: the last thing that failed.
    enum class RetryTarget
    {
        Query,   // the current query's calls
        Account, // users/me/ and apikeys/
        User,    // users/{id}/ of the other user last asked for
        Refresh, // the refresh whose usage/update failed
    };

    explicit DashboardState(UsageClient *client, QObject *parent = nullptr);
    ~DashboardState() override;

    UsageClient *client() const { return m_client; }

    // Who is signed in and their API keys (users/me/ and apikeys/, in parallel); ends in
    // accountLoaded or accountFailed. A newer call, or cancel(), stops an older one.
    void loadAccount();
    std::optional<User> user() const { return m_user; }
    QList<ApiKey> apiKeys() const { return m_keys; }
    // For an admin: another user by id (users/{id}/); ends in userLoaded or userFailed.
    void loadUser(qint64 userId);
    // The other users loaded so far, oldest first.
    QList<User> otherUsers() const { return m_otherUsers; }
    // The user whose plan and quotas go with a resource: the signed-in user for the
    // account and its keys, the other user for user:ID; nullopt when not loaded.
    std::optional<User> userFor(const Resource &resource) const;
    // Forgets the account, its keys, the other users, the query and the snapshot (signed
    // out, or another account): nothing of the old account answers anything any more.
    void clearAccount();

    // Shows this query: validates it (invalid: queryInvalid, nothing sent), aborts what
    // an older query still has in flight, and starts every call it needs at once. A query
    // equal to the one loading, or to a fresh snapshot's, sends nothing.
    void setQuery(const DashboardQuery &query);
    DashboardQuery query() const { return m_query; }
    // Why the current query cannot be fetched; nullopt when it can.
    std::optional<ApiError> queryProblem() const { return m_queryProblem; }
    // The current query's calls again, even when its snapshot is fresh.
    void reload();
    // Every call of the query again, in parallel, with POST usage/update in place of GET
    // usage/summary (the update answers the recomputed summary): one round trip. When the
    // update fails and the rest answers, the snapshot has the new series and the last
    // summary, marked (summaryError), and updateFailed says why.
    void refresh();
    // Repeats what failed last (retryTarget()).
    void retry();
    RetryTarget retryTarget() const { return m_retryTarget; }
    // Whether repeating the last failure can help: not for a refused query, a missing
    // user or key (404), a forbidden one (403) or rejected credentials.
    bool canRetry() const;
    // Stops whatever is in flight, the account and user loads included; the snapshot stays.
    void cancel();

    bool isLoading() const { return !m_inFlight.isEmpty() || !m_seriesJobs.isEmpty(); }
    bool isLoadingAccount() const { return !m_accountJobs.isEmpty(); }
    // The last complete answer, possibly for an older query.
    std::optional<DashboardSnapshot> snapshot() const { return m_snapshot; }
    // True when the snapshot does not answer the current query, or the last fetch failed.
    bool isStale() const;
    // What differs between the snapshot's query and the current one (none: it answers it).
    QueryAspects shownDiffers() const;
    std::optional<ApiError> lastError() const { return m_lastError; }

    // Which scale a range preset brings (under three days: Hour, unless one was picked by
    // hand since the last preset), kept here so that no widget decides it; the window's
    // query bar tells it each choice and follows its answer. It lives as long as the state.
    ScaleRule *scaleRule() { return &m_scaleRule; }

    // The history the state reads through (nullptr or a store that is not open: none; it
    // must outlive the state). With it, a query is answered at once from the store when it
    // covers the range (a snapshot with historyUpdatedAt), then only what the store lacks
    // or holds as not final is fetched and merged; the account, its keys and the summary
    // are kept too. When the service cannot be reached, the account and the query come
    // from the store (isOffline()). The history code is in dashboardstatehistory.cpp.
    void setHistory(HistoryStore *store);
    HistoryStore *history() const;
    // History alone, nothing sent (export --offline): the account is the one the
    // credentials were last seen with (else accountFailed, Authentication: "no history for
    // these credentials on SERVER"), and a query the store does not cover fails naming
    // the days it lacks (NotFound).
    void setHistoryOnly(bool only) { m_historyOnly = only; }
    bool isHistoryOnly() const { return m_historyOnly; }
    // Whose history: the server and the signed-in user, or, before users/me/ answers, the
    // user the credentials were last seen with; invalid when neither is known.
    HistoryScope historyScope() const;
    // The window's start: loadAccount() first answers the account the history keeps for
    // these credentials (accountLoaded, isAccountFromHistory()), then users/me/ and
    // apikeys/ confirm it (accountLoaded again). Off by default: a command waits for the
    // service's answer (the history's keys carry no secret to ask a key's usage with).
    void setAccountFromHistoryFirst(bool first) { m_accountFromHistoryFirst = first; }
    // The account and keys shown are the history's (at start, before users/me/ and
    // apikeys/ confirm them, or offline); false once the service answered them.
    bool isAccountFromHistory() const { return m_accountFromHistory; }
    // The service could not be reached the last time it was asked.
    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    void accountLoaded(const geobox::User &user, const QList<geobox::ApiKey> &keys);
    void accountFailed(const geobox::ApiError &error);
    void userLoaded(const geobox::User &user);
    void userFailed(qint64 userId, const geobox::ApiError &error);
    void loadingChanged(bool loading);
    void snapshotChanged(const geobox::DashboardSnapshot &snapshot);
    // A call of the current query failed: the snapshot stays as it was, now stale.
    void failed(const geobox::ApiError &error);
    // A refresh's update failed while everything else answered (after snapshotChanged).
    void updateFailed(const geobox::ApiError &error);
    // The query cannot be fetched (e.g. from after to); nothing was sent.
    void queryInvalid(const geobox::ApiError &error);
    // queryProblem() changed: empty when the current query can be fetched.
    void queryProblemChanged(const QString &problem);
    // isOffline() changed.
    void offlineChanged(bool offline);
    // Something to tell the user about the history store, once (it was moved aside, it
    // cannot be written, there is no driver): the app works on without it.
    void historyNotice(const QString &notice);

private:
    struct Pending;
    void startFetch(bool update);
    void launchQueries();
    void track(ApiJob *job);
    void trackAccountJob(ApiJob *job);
    void abortAccountJobs();
    void jobFailed(quint64 generation, const ApiError &failure);
    void maybeComplete(quint64 generation);
    void setQueryProblem(const std::optional<ApiError> &problem);
    // Drops what is in flight; `announce`: emit loadingChanged(false) if it was loading.
    void abortInFlight(bool announce = true);
    void trackSeries(HistorySeriesJob *job);
    void maybeShowHistory(quint64 generation);
    void setOffline(bool offline);
    void rememberAccount();
    bool accountFromHistory(const std::optional<ApiError> &failure);
    // At loadAccount: the account the history keeps for these credentials, at once
    // (accountLoaded); false when it has none.
    bool showAccountFromHistory();
    // users/me/ or apikeys/ failed after the history's account was shown: true when it
    // stays shown (offline), false when the service refused it (then cleared).
    bool confirmFailed(const ApiError &failure);
    void keepSummary(const DashboardSnapshot &snapshot);
    std::optional<UsageSummary> keptSummary(const Resource &resource, QDateTime *at) const;

    QPointer<UsageClient> m_client;
    DashboardQuery m_query;
    std::optional<ApiError> m_queryProblem;
    std::optional<DashboardSnapshot> m_snapshot;
    std::optional<ApiError> m_lastError;
    std::optional<ApiError> m_lastFailure; // of whatever failed last (query, account, user)
    RetryTarget m_retryTarget = RetryTarget::Query;
    qint64 m_requestedUserId = 0;
    std::optional<User> m_user;
    QList<ApiKey> m_keys;
    QList<User> m_otherUsers;
    QList<QPointer<ApiJob>> m_inFlight;
    QList<QPointer<HistorySeriesJob>> m_seriesJobs;
    QPointer<HistoryStore> m_history;
    bool m_historyOnly = false;
    bool m_offline = false;
    bool m_accountFromHistory = false;
    bool m_accountFromHistoryFirst = false;
    QList<QPointer<ApiJob>> m_accountJobs;
    quint64 m_generation = 0;
    quint64 m_accountGeneration = 0;
    std::unique_ptr<Pending> m_pending;
    ScaleRule m_scaleRule;
};

} // namespace geobox
