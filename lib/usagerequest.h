#pragma once
// The requests of the usage endpoints as plain values, and their validation:
// a request that fails validation is refused with a typed error and nothing
// is sent.

#include "apierror.h"
#include "usagetypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace geobox {

// The time span of a usage call: from/to instants, or the last N days before now.
class UsageRange final
{
public:
    UsageRange() = default;
    static UsageRange between(const QDateTime &from, const QDateTime &to);
    // Whole days, inclusive: first 00:00:00.000 to last 23:59:59.999, in `zone`.
    static UsageRange wholeDays(const QDate &first, const QDate &last,
                                const QTimeZone &zone = QTimeZone::utc());
    static UsageRange daysBeforeNow(int days);

    bool isSet() const { return hasDates() || m_days.has_value(); }
    bool hasDates() const { return m_from.isValid() || m_to.isValid(); }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    std::optional<int> days() const { return m_days; }

    // The instants the range covers, with "days before now" resolved against now.
    QDateTime resolvedFrom(const QDateTime &now) const;
    QDateTime resolvedTo(const QDateTime &now) const;

    // nullopt when usable, else why not.
    std::optional<ApiError> validate() const;

private:
    QDateTime m_from;
    QDateTime m_to;
    std::optional<int> m_days;
};

// GET usage/api. `eid`: the user's numeric id for the account, or an API key's secret
// `key` for one key. Scale::Week is asked as days and rolled up by the client.
struct ApiUsageRequest
{
    QString eid;
    Scale scale = Scale::Day;
    Metric metric = Metric::Calls;
    UsageRange range;
    // Left empty, the client sends a limit that covers every bucket of the range.
    std::optional<int> limit;
    // For Scale::Week: the first day of a week.
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;

    std::optional<ApiError> validate() const;
};

// nullopt for no user id or a positive one; else the error (used by every call that takes
// a `user_id`: process usage, summary, update, users/{id}/).
std::optional<ApiError> validateUserId(std::optional<qint64> userId);

// GET usage/process. `userId` only for another user (an admin's right).
struct ProcessUsageRequest
{
    std::optional<qint64> userId;
    UsageRange range;

    std::optional<ApiError> validate() const;
};

} // namespace geobox

Q_DECLARE_METATYPE(geobox::UsageRange)
Q_DECLARE_METATYPE(geobox::ApiUsageRequest)
Q_DECLARE_METATYPE(geobox::ProcessUsageRequest)
