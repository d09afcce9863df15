#include "breakdown.h"

#include <QHash>

#include <algorithm>

namespace geobox {

namespace {

BreakdownPart partFrom(const BreakdownPlan &plan, const FetchedSeries &fetched,
                       const QDateTime &now, const QTimeZone &zone)
{
    BreakdownPart part;
    if (!fetched.series) {
        part.error = fetched.error.value_or(ApiError(ApiError::Kind::Network, {}));
        return part;
    }
    SplitSeries split = splitFetched(plan, fetched.series->buckets, now, zone);
    part.current = std::move(split.current);
    part.previous = std::move(split.previous);
    part.currentTotal = split.currentTotal;
    part.previousTotal = split.previousTotal;
    return part;
}

qint64 total(const QList<UsageBucket> &buckets)
{
    qint64 sum = 0;
    for (const UsageBucket &b : buckets)
        sum += b.value;
    return sum;
}

// Adds `part` into `into` bucket by bucket (matched by start); `into` keeps its buckets.
void addInto(QList<UsageBucket> &into, const QList<UsageBucket> &part)
{
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < into.size(); ++i)
        at.insert(into.at(i).start.toMSecsSinceEpoch(), i);
    for (const UsageBucket &b : part) {
        const auto it = at.constFind(b.start.toMSecsSinceEpoch());
        if (it != at.constEnd())
            into[*it].value += b.value;
    }
}

QList<UsageBucket> zeroed(QList<UsageBucket> buckets)
{
    for (UsageBucket &b : buckets)
        b.value = 0;
    return buckets;
}

bool anyNonZero(const QList<UsageBucket> &buckets)
{
    return std::any_of(buckets.cbegin(), buckets.cend(),
                       [](const UsageBucket &b) { return b.value != 0; });
}

} // namespace

int MetricBreakdown::notLoadedCount() const
{
    return static_cast<int>(std::count_if(keys.cbegin(), keys.cend(),
                                          [](const BreakdownPart &k) { return !k.isLoaded(); }));
}

QList<UsageBucket> remainder(const QList<UsageBucket> &account,
                             const QList<const QList<UsageBucket> *> &parts)
{
    QList<UsageBucket> sum = zeroed(account);
    for (const QList<UsageBucket> *part : parts)
        addInto(sum, *part);
    QList<UsageBucket> out = account;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].value -= sum.at(i).value;
    return out;
}

MetricBreakdown buildBreakdown(const BreakdownPlan &plan, Metric metric,
                               const FetchedSeries &account, const QList<BreakdownKeyInfo> &keys,
                               const QList<FetchedSeries> &keySeries, const QDateTime &now,
                               const QTimeZone &zone)
{
    MetricBreakdown out;
    out.metric = metric;
    out.plan = plan;
    if (account.series)
        out.account = partFrom(plan, account, now, zone);
    else
        out.accountError = account.error.value_or(ApiError(ApiError::Kind::Network, {}));

    for (qsizetype i = 0; i < keys.size(); ++i) {
        const FetchedSeries none{std::nullopt, ApiError(ApiError::Kind::Cancelled, {})};
        BreakdownPart part =
            partFrom(plan, i < keySeries.size() ? keySeries.at(i) : none, now, zone);
        part.kind = BreakdownPart::Kind::Key;
        part.keyId = keys.at(i).id;
        part.name = keys.at(i).name;
        part.revoked = keys.at(i).revoked;
        out.keys.append(std::move(part));
    }
    std::sort(out.keys.begin(), out.keys.end(),
              [](const BreakdownPart &a, const BreakdownPart &b) { return a.keyId < b.keyId; });

    if (out.isComplete()) {
        QList<const QList<UsageBucket> *> current;
        QList<const QList<UsageBucket> *> previous;
        for (const BreakdownPart &k : std::as_const(out.keys)) {
            current.append(&k.current);
            previous.append(&k.previous);
        }
        BreakdownPart rest;
        rest.kind = BreakdownPart::Kind::Unattributed;
        rest.current = remainder(out.account->current, current);
        rest.previous = remainder(out.account->previous, previous);
        rest.currentTotal = total(rest.current);
        rest.previousTotal = total(rest.previous);
        out.unattributed = std::move(rest);
    }
    return out;
}

QList<BreakdownPart> rankedKeys(const MetricBreakdown &breakdown)
{
    QList<BreakdownPart> out;
    for (const BreakdownPart &k : breakdown.keys) {
        if (k.isLoaded())
            out.append(k);
    }
    std::stable_sort(out.begin(), out.end(), [](const BreakdownPart &a, const BreakdownPart &b) {
        if (a.currentTotal != b.currentTotal)
            return a.currentTotal > b.currentTotal;
        return a.keyId < b.keyId;
    });
    return out;
}

QList<BreakdownPart> stackParts(const MetricBreakdown &breakdown, int topN)
{
    const QList<BreakdownPart> ranked = rankedKeys(breakdown);
    const qsizetype shown = std::clamp<qsizetype>(topN, 0, ranked.size());
    QList<BreakdownPart> out = ranked.mid(0, shown);
    if (ranked.size() > shown) {
        BreakdownPart other;
        other.kind = BreakdownPart::Kind::OtherKeys;
        other.current = zeroed(ranked.at(shown).current);
        other.previous = zeroed(ranked.at(shown).previous);
        for (qsizetype i = shown; i < ranked.size(); ++i) {
            addInto(other.current, ranked.at(i).current);
            addInto(other.previous, ranked.at(i).previous);
        }
        other.currentTotal = total(other.current);
        other.previousTotal = total(other.previous);
        out.append(std::move(other));
    }
    if (breakdown.unattributed && (anyNonZero(breakdown.unattributed->current)))
        out.append(*breakdown.unattributed);
    return out;
}

} // namespace geobox
