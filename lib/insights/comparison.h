#pragma once
// The comparison with another period: which period (the one before, or the same one a year
// earlier: previousperiod.h), its rows matched to the shown ones bucket by bucket, and the
// change in percent beside a total ("+12% vs November"). Pure functions.

#include "dashboardsnapshot.h"
#include "daterange.h"

#include <QCalendar>
#include <QList>
#include <QStringView>

#include <optional>

namespace geobox {

enum class ComparePeriod
{
    Previous, // previousPeriod()
    Year      // samePeriodLastYear()
};

// "previous", "year" (the command line's --compare); nullopt for anything else.
std::optional<ComparePeriod> comparePeriodFromName(QStringView name);

// The range compared with `range`.
DateRange comparedRange(const DateRange &range, ComparePeriod period,
                        const QCalendar &calendar = QCalendar());

// The row of the other period that matches row `index` of the shown one: the same position
// (both ranges start on a bucket of the same kind, days on the same weekday for a year's
// 364 days), or nullopt where the other period is shorter (March against February).
std::optional<UsageRow> matchingRow(const QList<UsageRow> &other, qsizetype index);

// The change of a metric's total against the other period over the buckets both have (the
// shown rows and the matching ones: a month that is not over yet against as many days of
// the one before); nullopt when the other period has nothing to compare with.
std::optional<double> totalChange(const QList<UsageRow> &shown, const QList<UsageRow> &other,
                                  Metric metric);

// (now - before) / before in percent; nullopt when `before` is 0 (no change can be said).
std::optional<double> changePercent(qint64 now, qint64 before);

} // namespace geobox
