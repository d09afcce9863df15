#pragma once
// QueryMismatch: says exactly what differs between the query whose figures are
// on screen and the one now chosen ("by hour, not by day; for 14 – 20 Nov 2026,
// 7 days, not 1 – 30 Nov 2026, 30 days"), for the status line and the export
// warning, so greyed data never passes for the choice.

#include "dashboardquery.h"

#include <QCoreApplication>
#include <QString>

namespace geobox {

class QueryMismatch final
{
    Q_DECLARE_TR_FUNCTIONS(QueryMismatch)

public:
    QueryMismatch() = delete;

    // Each aspect that differs (DashboardState::shownDiffers()), in words, joined; empty
    // when none does.
    static QString describe(const DashboardQuery &shown, const DashboardQuery &chosen,
                            QueryAspects differs);
    // "My account", "the key “Web map”", "User: bo".
    static QString resourceName(const Resource &resource);
    // "by hour", "by day", "by week", "by month".
    static QString byScale(Scale scale);
};

} // namespace geobox
