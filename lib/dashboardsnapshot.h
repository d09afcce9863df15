#pragma once
// DashboardSnapshot: one complete, consistent answer to a DashboardQuery (the
// last good data the window keeps on screen), with the rows the table, the
// charts and the exports share, and the range's total, average and peak.

#include "dashboardquery.h"
#include "usagetypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace geobox {

// One bucket with both metrics: a row of the table and of the CSV, a bar of each chart.
struct UsageRow
{
    QDateTime start;
    QDateTime end;
    std::optional<qint64> calls;   // absent when the query did not ask for calls
    std::optional<qint64> traffic; // bytes; absent when not asked for
    bool running = false;          // holds "now" (see UsageBucket)
    bool cut = false;              // the range cuts its week or month (see UsageBucket)

    bool partial() const { return running || cut; }

    friend bool operator==(const UsageRow &, const UsageRow &) = default;
};

struct SeriesStats
{
    qint64 total = 0;
    double averagePerBucket = 0;
    qint64 peak = 0;
    QDateTime peakStart; // invalid when there are no buckets
};

struct DashboardSnapshot
{
    DashboardQuery query;
    QList<UsageRow> rows;
    std::optional<double> processSeconds;
    std::optional<UsageSummary> summary;
    // When the summary was had (UTC); earlier than fetchedAt when a refresh could not
    // update it.
    QDateTime summaryFetchedAt;
    // Set when a refresh's POST usage/update failed while the rest answered: the series are
    // new, `summary` is the last one had (or none), not refreshed, and this says why.
    std::optional<ApiError> summaryError;
    // The user whose plan and quotas go with the snapshot's resource (the signed-in user
    // for the account and its keys), as it was when the snapshot was fetched.
    std::optional<User> user;
    QDateTime fetchedAt; // UTC
    // Set when the rows come from the history store and the service has not (yet)
    // confirmed them: when the store last took an answer for them (UTC).
    QDateTime historyUpdatedAt;
    // The service could not be reached: the rows are history as of historyUpdatedAt.
    bool offline = false;

    bool fromHistory() const { return historyUpdatedAt.isValid(); }

    // The user's plan, when known.
    std::optional<Plan> plan() const { return user ? user->plan : std::nullopt; }

    // Stats over the rows of one metric (both when both were asked for).
    SeriesStats stats(Metric metric) const;
};

// Rows from the two series, bucket by bucket (either may be absent).
QList<UsageRow> mergeSeries(const std::optional<UsageSeries> &calls,
                            const std::optional<UsageSeries> &traffic);

} // namespace geobox

Q_DECLARE_METATYPE(geobox::DashboardSnapshot)
