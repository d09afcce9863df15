#pragma once
// DashboardState: the state the window and the command line share. It turns
// a DashboardQuery into the calls it needs, all started at once; drops the
// answers a newer query made stale; keeps the last good snapshot when a call
// fails; and signals what changed, what is loading and what went wrong.

#include "dashboardsnapshot.h"
#include "usageclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace geobox {

class DashboardState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardState)

public:
    explicit DashboardState(UsageClient *client, QObject *parent = nullptr);
    ~DashboardState() override;

    UsageClient *client() const { return m_client; }

    // Who is signed in and their API keys (users/me/ and apikeys/, in parallel).
    void loadAccount();
    std::optional<User> user() const { return m_user; }
    QList<ApiKey> apiKeys() const { return m_keys; }
    // For an admin: another user by id (users/{id}/); ends in userLoaded or accountFailed.
    void loadUser(qint64 userId);

    // Shows this query: validates it (invalid: queryInvalid, nothing sent), aborts what
    // an older query still has in flight, and starts every call it needs at once.
    void setQuery(const DashboardQuery &query);
    DashboardQuery query() const { return m_query; }
    // POST usage/update, then every call of the query again, in parallel.
    void refresh();
    // The current query again (after an error).
    void retry();
    // Stops whatever is in flight; the snapshot stays.
    void cancel();

    bool isLoading() const { return !m_inFlight.isEmpty(); }
    // The last complete answer, possibly for an older query.
    std::optional<DashboardSnapshot> snapshot() const { return m_snapshot; }
    // True when the snapshot does not answer the current query, or the last fetch failed.
    bool isStale() const;
    std::optional<ApiError> lastError() const { return m_lastError; }

Q_SIGNALS:
    void accountLoaded(const geobox::User &user, const QList<geobox::ApiKey> &keys);
    void userLoaded(const geobox::User &user);
    void accountFailed(const geobox::ApiError &error);
    void loadingChanged(bool loading);
    void snapshotChanged(const geobox::DashboardSnapshot &snapshot);
    // A call of the current query failed: the snapshot stays as it was, now stale.
    void failed(const geobox::ApiError &error);
    // The query cannot be fetched (e.g. from after to); nothing was sent.
    void queryInvalid(const geobox::ApiError &error);

private:
    struct Pending;
    void startFetch(bool update);
    void launchQueries();
    void track(ApiJob *job);
    void jobFailed(quint64 generation, const ApiError &failure);
    void maybeComplete(quint64 generation);
    // Drops what is in flight; `announce`: emit loadingChanged(false) if it was loading.
    void abortInFlight(bool announce = true);

    QPointer<UsageClient> m_client;
    DashboardQuery m_query;
    std::optional<DashboardSnapshot> m_snapshot;
    std::optional<ApiError> m_lastError;
    std::optional<User> m_user;
    QList<ApiKey> m_keys;
    QList<QPointer<ApiJob>> m_inFlight;
    quint64 m_generation = 0;
    std::unique_ptr<Pending> m_pending;
};

} // namespace geobox
