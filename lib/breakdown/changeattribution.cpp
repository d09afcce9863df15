#include "changeattribution.h"

#include <algorithm>
#include <cstdlib>

namespace geobox {

namespace {

ChangeEntry entryOf(const BreakdownPart &part, qint64 current, qint64 previous)
{
    ChangeEntry e;
    if (part.kind == BreakdownPart::Kind::Key) {
        e.keyId = part.keyId;
        e.keyName = part.name;
        e.revoked = part.revoked;
    }
    e.current = current;
    e.previous = previous;
    e.delta = current - previous;
    return e;
}

// The value of bucket `index` of the range and of the bucket before it, for a part.
std::optional<std::pair<qint64, qint64>> bucketPair(const BreakdownPart &part, qsizetype index,
                                                    bool adjacent)
{
    if (index < 0 || index >= part.current.size())
        return std::nullopt;
    const qint64 now = part.current.at(index).value;
    if (index > 0)
        return std::pair(now, part.current.at(index - 1).value);
    if (!adjacent || part.previous.isEmpty())
        return std::nullopt;
    return std::pair(now, part.previous.constLast().value);
}

} // namespace

void rankChange(ChangeAttribution &attribution)
{
    const qint64 change = attribution.delta();
    for (ChangeEntry &e : attribution.entries) {
        e.shareOfChange =
            change == 0 ? std::nullopt
                        : std::optional(static_cast<double>(e.delta) / static_cast<double>(change));
    }
    std::stable_sort(attribution.entries.begin(), attribution.entries.end(),
                     [](const ChangeEntry &a, const ChangeEntry &b) {
                         const qint64 da = std::llabs(a.delta);
                         const qint64 db = std::llabs(b.delta);
                         if (da != db)
                             return da > db;
                         if (a.keyId.has_value() != b.keyId.has_value())
                             return a.keyId.has_value();
                         return a.keyId.value_or(0) < b.keyId.value_or(0);
                     });
}

std::optional<ChangeAttribution> attributeChange(const MetricBreakdown &breakdown)
{
    if (!breakdown.account)
        return std::nullopt;
    ChangeAttribution out;
    out.currentTotal = breakdown.account->currentTotal;
    out.previousTotal = breakdown.account->previousTotal;
    for (const BreakdownPart &k : breakdown.keys) {
        if (k.isLoaded())
            out.entries.append(entryOf(k, k.currentTotal, k.previousTotal));
        else
            ++out.notLoaded;
    }
    if (breakdown.unattributed) {
        const BreakdownPart &u = *breakdown.unattributed;
        out.entries.append(entryOf(u, u.currentTotal, u.previousTotal));
    }
    rankChange(out);
    return out;
}

std::optional<ChangeAttribution> attributeBucketChange(const MetricBreakdown &breakdown,
                                                       qsizetype index)
{
    if (!breakdown.account)
        return std::nullopt;
    const bool adjacent = breakdown.plan.comparison.last.addDays(1) == breakdown.plan.range.first;
    const auto account = bucketPair(*breakdown.account, index, adjacent);
    if (!account)
        return std::nullopt;
    ChangeAttribution out;
    out.currentTotal = account->first;
    out.previousTotal = account->second;
    for (const BreakdownPart &k : breakdown.keys) {
        const auto pair = k.isLoaded() ? bucketPair(k, index, adjacent) : std::nullopt;
        if (pair)
            out.entries.append(entryOf(k, pair->first, pair->second));
        else
            ++out.notLoaded;
    }
    if (breakdown.unattributed) {
        if (const auto pair = bucketPair(*breakdown.unattributed, index, adjacent))
            out.entries.append(entryOf(*breakdown.unattributed, pair->first, pair->second));
    }
    rankChange(out);
    return out;
}

} // namespace geobox
