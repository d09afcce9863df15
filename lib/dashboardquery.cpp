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
    if (resource.eid().isEmpty() ||
        (resource.kind != Resource::Kind::ApiKey && resource.userId <= 0))
        return invalid(QueryText::tr("Choose whose usage to show."));
    return std::nullopt;
}

} // namespace geobox
