#pragma once
// The per-key breakdown of the account for one metric: each listed key's series over the
// range and its total in the comparison period, the account's own, and the part no listed
// key explains ("Not from a listed key": the account minus the sum of its keys, which may be
// negative when the service counts differently). Built by pure functions from the fan-out's
// answers; the ranking, the stack and the change attribution read it.

#include "apierror.h"
#include "breakdownplan.h"
#include "usagetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace geobox {

// One series as the fan-out got it: the answer over the plan's fetched() span, or why not.
struct FetchedSeries
{
    std::optional<UsageSeries> series;
    std::optional<ApiError> error;

    bool isLoaded() const { return series.has_value(); }
};

// A part of the account: one listed key, the keys beyond the top N together, or the usage
// from no listed key.
struct BreakdownPart
{
    enum class Kind
    {
        Key,
        OtherKeys,
        Unattributed
    };
    Kind kind = Kind::Key;
    qint64 keyId = 0; // Key only
    QString name;     // Key only: the key's name (never its secret)
    bool revoked = false;
    // Key only: the call for this key failed; the figures below are then not known.
    std::optional<ApiError> error;
    QList<UsageBucket> current;  // the range's buckets
    QList<UsageBucket> previous; // the comparison's buckets
    qint64 currentTotal = 0;
    qint64 previousTotal = 0;

    bool isLoaded() const { return !error.has_value(); }
    qint64 delta() const { return currentTotal - previousTotal; }
};

struct MetricBreakdown
{
    Metric metric = Metric::Calls;
    BreakdownPlan plan;
    // The account's own series (eid = the user's id); nullopt with accountError when it failed.
    std::optional<BreakdownPart> account;
    std::optional<ApiError> accountError;
    // Every listed key, revoked ones included, in id order.
    QList<BreakdownPart> keys;
    // The account minus the sum of its keys, bucket by bucket; nullopt while the account or
    // any key is not loaded (it is then not known, and no zero is shown for it).
    std::optional<BreakdownPart> unattributed;

    int notLoadedCount() const;
    bool isComplete() const { return account && notLoadedCount() == 0; }
};

struct BreakdownKeyInfo
{
    qint64 id = 0;
    QString name;
    bool revoked = false;
};

// The breakdown from the answers: `keys` and `keySeries` in the same order.
MetricBreakdown buildBreakdown(const BreakdownPlan &plan, Metric metric,
                               const FetchedSeries &account, const QList<BreakdownKeyInfo> &keys,
                               const QList<FetchedSeries> &keySeries, const QDateTime &now,
                               const QTimeZone &zone);

// The account minus the parts, bucket by bucket (buckets matched by start; the account's
// buckets decide which there are).
QList<UsageBucket> remainder(const QList<UsageBucket> &account,
                             const QList<const QList<UsageBucket> *> &parts);

// The loaded keys, largest current total first, then by key id.
QList<BreakdownPart> rankedKeys(const MetricBreakdown &breakdown);

// The stack: the `topN` largest loaded keys (ranked), then "Other keys" (the rest of the
// loaded keys added up, when there is any), then "Not from a listed key" (when known and
// not zero throughout).
QList<BreakdownPart> stackParts(const MetricBreakdown &breakdown, int topN);

} // namespace geobox
