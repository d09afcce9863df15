#include "dashboardquery.h"

#include <QCoreApplication>

namespace geobox {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct QueryText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::DashboardQuery)
};

} // namespace

std::optional<ApiError> DashboardQuery::validate() const
{
    auto invalid = [](const QString &text) { return ApiError::invalidRequest(text); };
    if (!range.first.isValid() || !range.last.isValid())
        return invalid(QueryText::tr("Choose a start and an end date."));
    if (range.first > range.last)
        return invalid(QueryText::tr("The start date is after the end date."));
    if (!calls && !traffic)
        return invalid(QueryText::tr("Choose calls, traffic or both."));
    // A key from the history has its id and no secret: enough to read its history (a
    // call without the secret is refused by the client).
    const bool key = resource.kind == Resource::Kind::ApiKey;
    if ((resource.eid().isEmpty() && !(key && resource.keyId > 0)) ||
        (!key && resource.userId <= 0))
        return invalid(QueryText::tr("Choose whose usage to show."));
    return std::nullopt;
}

QueryAspects differences(const DashboardQuery &a, const DashboardQuery &b)
{
    QueryAspects out;
    if (!(a.resource == b.resource))
        out |= QueryAspect::Resource;
    if (a.scale != b.scale)
        out |= QueryAspect::Scale;
    if (!(a.range == b.range))
        out |= QueryAspect::Range;
    if (a.calls != b.calls || a.traffic != b.traffic || a.summary != b.summary ||
        a.process != b.process)
        out |= QueryAspect::Metrics;
    if (a.scale == Scale::Week && b.scale == Scale::Week && a.firstDayOfWeek != b.firstDayOfWeek)
        out |= QueryAspect::WeekStart;
    return out;
}

} // namespace geobox
