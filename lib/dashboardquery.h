#pragma once
// DashboardQuery: the one value that says what the dashboard (window or
// command line) shows: whose usage, at which scale, over which days, which
// metrics, and whether quota figures come along.

#include "apierror.h"
#include "daterange.h"
#include "resource.h"
#include "usagetypes.h"

#include <optional>

namespace geobox {

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

} // namespace geobox

Q_DECLARE_METATYPE(geobox::DashboardQuery)
