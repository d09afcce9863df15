#include "dashboardquery.h"

#include <QCoreApplication>

namespace geobox {

std::optional<ApiError> DashboardQuery::validate() const
{
    auto invalid = [](const char *text) {
        return ApiError::invalidRequest(
            QCoreApplication::translate("geobox::DashboardQuery", text));
    };
    if (!range.first.isValid() || !range.last.isValid())
        return invalid("Choose a start and an end date.");
    if (range.first > range.last)
        return invalid("The start date is after the end date.");
    if (!calls && !traffic)
        return invalid("Choose calls, traffic or both.");
    if (resource.eid().isEmpty() ||
        (resource.kind != Resource::Kind::ApiKey && resource.userId <= 0))
        return invalid("Choose whose usage to show.");
    return std::nullopt;
}

} // namespace geobox
