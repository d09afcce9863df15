#pragma once
// StoredHourlyHistory: the HourlyHistory seam answered through the history store. The
// account's past hours come from the store and only those not yet final (the last two
// days, by the settle rule) are asked of the service, then kept; so the forecast, the quota
// cards' change, the alerts and `collect --notify`, which all read the same recent weeks,
// cost a small request each instead of weeks of hours. Only the account of the user the
// client's credentials belong to (the store's mapping, which users/me/ confirmed) is filed;
// without a store (none, or not open), for a key (its eid is its secret, never filed) and
// for another user, it is the plain service call ServiceHourlyHistory makes. The hours are
// the same either way.

#include "historyscope.h"
#include "historystore.h"
#include "insights/hourlyhistory.h"

#include <QPointer>

#include <memory>

namespace geobox {

class HistorySeriesJob;

class StoredHourlyHistory final : public HourlyHistory
{
public:
    // `store` may be null (then, and once it is gone, the hours come from the service alone).
    StoredHourlyHistory(UsageClient *client, HistoryStore *store);
    ~StoredHourlyHistory() override;
    Q_DISABLE_COPY_MOVE(StoredHourlyHistory)

    void setStore(HistoryStore *store) { m_store = store; }

    void hours(const QString &eid, Metric metric, const QDateTime &from, const QDateTime &to,
               Done done) override;
    void cancel() override;

    // The hours of a series read as whole days that the service gives for [from, to]: those
    // that end after `from` and start no later than `to` (to_date is inclusive).
    static QList<UsageBucket> within(const QList<UsageBucket> &buckets, const QDateTime &from,
                                     const QDateTime &to);

private:
    QPointer<UsageClient> m_client;
    QPointer<HistoryStore> m_store;
    ServiceHourlyHistory m_service;
    QList<QPointer<HistorySeriesJob>> m_jobs;
    // False once cancelled: answers of the jobs asked before are then dropped.
    std::shared_ptr<bool> m_live = std::make_shared<bool>(true);
};

} // namespace geobox
