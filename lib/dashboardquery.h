#pragma once
// DashboardQuery: the one value that says what the dashboard (window or
// command line) shows: whose usage, at which scale, over which days, which
// metrics, and whether quota figures come along.

#include "apierror.h"
#include "daterange.h"
#include "resource.h"
#include "usagetypes.h"

#include <QFlags>

#include <optional>

namespace geobox {

// The parts of a query, to say which of them differ between two queries.
enum class QueryAspect
{
    Resource = 0x1,
    Scale = 0x2,
    Range = 0x4,
    Metrics = 0x8,
    WeekStart = 0x10,
};
Q_DECLARE_FLAGS(QueryAspects, QueryAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(QueryAspects)

struct DashboardQuery
{
    Resource resource;
    Scale scale = Scale::Day;
    DateRange range;
    bool calls = true;
    bool traffic = true;
    bool summary = true; // usage/summary for the quota cards
    bool process = true; // usage/process over the range
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;

    // nullopt when it can be fetched; else why not (nothing is fetched then).
    std::optional<ApiError> validate() const;

    friend bool operator==(const DashboardQuery &, const DashboardQuery &) = default;
};

// What differs between two queries; none when they ask for the same figures. The week
// start counts only at Week scale, where it changes the buckets.
QueryAspects differences(const DashboardQuery &a, const DashboardQuery &b);

} // namespace geobox

Q_DECLARE_METATYPE(geobox::DashboardQuery)
