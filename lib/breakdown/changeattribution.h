#pragma once
// Which keys made a figure change: each part's delta against the period (or the bucket)
// before, and its share of the account's change. The rows `explain` prints and the "Why it
// changed" panel shows. Pure.

#include "breakdown.h"

#include <QList>
#include <QString>

#include <optional>

namespace geobox {

struct ChangeEntry
{
    std::optional<qint64> keyId; // nullopt: the usage from no listed key
    QString keyName;             // empty for the usage from no listed key
    bool revoked = false;
    qint64 current = 0;
    qint64 previous = 0;
    qint64 delta = 0;
    // delta / (current total - previous total); nullopt when the account did not change.
    std::optional<double> shareOfChange;
};

struct ChangeAttribution
{
    qint64 currentTotal = 0;
    qint64 previousTotal = 0;
    // Sorted by |delta| descending, then by key id; the usage from no listed key after the
    // keys it ties with.
    QList<ChangeEntry> entries;
    // Keys whose figures are not known (their call failed): left out of `entries`.
    int notLoaded = 0;

    qint64 delta() const { return currentTotal - previousTotal; }
};

// The whole range against the comparison period. Needs the account; nullopt without it.
std::optional<ChangeAttribution> attributeChange(const MetricBreakdown &breakdown);

// Bucket `index` of the range against the bucket before it (for the first bucket: the last
// of the comparison period, when the comparison ends the day before the range). nullopt
// without the account, or when there is no bucket before.
std::optional<ChangeAttribution> attributeBucketChange(const MetricBreakdown &breakdown,
                                                       qsizetype index);

// Sorts entries as ChangeAttribution::entries says and fills in their share of the change.
void rankChange(ChangeAttribution &attribution);

} // namespace geobox
