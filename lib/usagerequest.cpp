#include "usagerequest.h"

#include <QCoreApplication>

namespace geobox {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct RequestText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::UsageRequest)
};

} // namespace

UsageRange UsageRange::between(const QDateTime &from, const QDateTime &to)
{
    UsageRange r;
    r.m_from = from;
    r.m_to = to;
    return r;
}

UsageRange UsageRange::wholeDays(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    return between(QDateTime(first, QTime(0, 0), zone),
                   QDateTime(last, QTime(23, 59, 59, 999), zone));
}

UsageRange UsageRange::daysBeforeNow(int days)
{
    UsageRange r;
    r.m_days = days;
    return r;
}

QDateTime UsageRange::resolvedFrom(const QDateTime &now) const
{
    return m_days ? now.addDays(-*m_days) : m_from;
}

QDateTime UsageRange::resolvedTo(const QDateTime &now) const
{
    return m_days ? now : m_to;
}

std::optional<ApiError> UsageRange::validate() const
{
    if (m_days) {
        if (*m_days <= 0)
            return ApiError::invalidRequest(
                RequestText::tr("The number of days must be at least 1."));
        return std::nullopt;
    }
    if (!m_from.isValid() && !m_to.isValid())
        return ApiError::invalidRequest(RequestText::tr(
            "A date range is needed: both a start and an end, or a number of days."));
    if (!m_from.isValid() || !m_to.isValid())
        return ApiError::invalidRequest(
            RequestText::tr("A date range needs both a start and an end."));
    if (m_from > m_to)
        return ApiError::invalidRequest(
            RequestText::tr("The start of the range is after its end."));
    return std::nullopt;
}

std::optional<ApiError> ApiUsageRequest::validate() const
{
    if (eid.trimmed().isEmpty())
        return ApiError::invalidRequest(
            RequestText::tr("Whose usage is missing: a user id or an API key is needed."));
    if (limit && *limit <= 0)
        return ApiError::invalidRequest(RequestText::tr("The limit must be at least 1."));
    return range.validate();
}

std::optional<ApiError> validateUserId(std::optional<qint64> userId)
{
    if (userId && *userId <= 0)
        return ApiError::invalidRequest(RequestText::tr("A user id must be a positive number."));
    return std::nullopt;
}

std::optional<ApiError> ProcessUsageRequest::validate() const
{
    if (std::optional<ApiError> invalid = validateUserId(userId))
        return invalid;
    return range.validate();
}

} // namespace geobox
