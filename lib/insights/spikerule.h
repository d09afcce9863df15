#pragma once
// The spike rule: an hour (or a day) far above the same hour of the week (or the same weekday)
// in the past weeks, "far" being the median plus k times the median absolute deviation, with
// a floor for a deviation of 0. Pure functions over a complete series.

#include "usagetypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace geobox {

// The constants, measured by geobox-bench's spike_detection.
struct SpikeRule
{
    int weeks = 4;  // the past weeks the bucket is compared with
    double k = 8.0; // how many median absolute deviations above the median
    // The deviation counted is at least this share of the median, and at least minDeviation:
    // with 0 (every past value alike) any rise would otherwise be a spike.
    double floorShare = 0.2;
    double minDeviation = 1.0;

    friend bool operator==(const SpikeRule &, const SpikeRule &) = default;
};

struct Spike
{
    QDateTime start;
    qint64 value = 0;
    double median = 0;
    double threshold = 0; // median + k * max(deviation, floor): the value was above it

    // "5.2 times the usual".
    double timesUsual() const { return median > 0 ? static_cast<double>(value) / median : 0; }
};

// The median of some values (0 for none).
double median(QList<double> values);

// Whether the bucket `value` is a spike against the same bucket of the past weeks (`past`,
// any order; fewer than two past values: never).
std::optional<Spike> spikeAgainst(const QDateTime &start, qint64 value, const QList<double> &past,
                                  const SpikeRule &rule = {});

// Every finished bucket of an hourly or daily series whose start is at or after `from` that
// is a spike; the past buckets are found in the same series, 7, 14, ... days earlier on the
// clock of the buckets' zone.
QList<Spike> findSpikes(const QList<UsageBucket> &series, const QDateTime &from,
                        const SpikeRule &rule = {});

} // namespace geobox
