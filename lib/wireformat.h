#pragma once
// The usage endpoints on the wire, exactly as the Python SDK sends them:
// parameter names and order, the six-digit fractional date format, and
// form encoding (space as '+', ':' as %3A). Pure functions.

#include "usagerequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

namespace geobox {

using QueryItems = QList<QPair<QString, QString>>;

// "2025-07-07T00:00:00.000000": the instant in `zone`, no zone suffix.
QString formatWireDateTime(const QDateTime &t, const QTimeZone &zone);

// application/x-www-form-urlencoded as Python's urlencode writes it: only A-Z a-z 0-9
// and "-._~" stay as they are, a space becomes '+'. Items keep their order.
QByteArray formEncode(const QueryItems &items);

// The query of GET usage/api, in the SDK's order:
// eid, scale, param, from_date, to_date, days_before_now, limit.
// `limit` is the one to send (the caller's or the covering one); a Week request asks days.
QueryItems apiUsageQuery(const ApiUsageRequest &request, const QTimeZone &zone,
                         std::optional<qint64> limit);

// The limit that makes the server return every bucket of the request's range, so
// its default of 10 never truncates a chart.
qint64 coveringLimit(const ApiUsageRequest &request, const QDateTime &now, const QTimeZone &zone);

// The query of GET usage/process: user_id, from_date, to_date, days_before_now.
QueryItems processUsageQuery(const ProcessUsageRequest &request, const QTimeZone &zone);

// The JSON body of POST usage/update: {} or {"user_id": N}.
QByteArray updateUsageBody(std::optional<qint64> userId);

// The scale asked of the server for a scale the user chose (Week -> Day).
Scale wireScale(Scale scale);

} // namespace geobox
