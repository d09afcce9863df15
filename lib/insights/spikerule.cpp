#include "spikerule.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace geobox {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<Spike> spikeAgainst(const QDateTime &start, qint64 value, const QList<double> &past,
                                  const SpikeRule &rule)
{
    if (past.size() < 2)
        return std::nullopt;
    const double m = median(past);
    QList<double> deviations;
    deviations.reserve(past.size());
    for (const double v : past)
        deviations.append(std::abs(v - m));
    const double mad = median(deviations);
    const double deviation = std::max({mad, rule.floorShare * m, rule.minDeviation});
    const double threshold = m + rule.k * deviation;
    if (static_cast<double>(value) <= threshold)
        return std::nullopt;
    return Spike{start, value, m, threshold};
}

QList<Spike> findSpikes(const QList<UsageBucket> &series, const QDateTime &from,
                        const SpikeRule &rule)
{
    QHash<qint64, qint64> byStart;
    byStart.reserve(series.size());
    for (const UsageBucket &b : series)
        byStart.insert(b.start.toMSecsSinceEpoch(), b.value);
    QList<Spike> out;
    QList<double> past;
    for (const UsageBucket &b : series) {
        if (b.partial() || b.start < from)
            continue;
        past.clear();
        for (int week = 1; week <= rule.weeks; ++week) {
            const auto it = byStart.constFind(b.start.addDays(-7 * week).toMSecsSinceEpoch());
            if (it != byStart.cend())
                past.append(static_cast<double>(*it));
        }
        if (past.size() < rule.weeks)
            continue; // not enough history for this bucket
        if (std::optional<Spike> spike = spikeAgainst(b.start, b.value, past, rule))
            out.append(*spike);
    }
    return out;
}

} // namespace geobox
