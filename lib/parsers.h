#pragma once
// Pure functions from an answer's body to a typed result or a typed error
// (BadResponse). Nothing here touches the network; the fuzz targets and the
// data-driven tests call these directly.

#include "apierror.h"
#include "result.h"
#include "usagetypes.h"

#include <QByteArrayView>
#include <QTimeZone>

#include <optional>

namespace geobox {

// "2025-07-07T00:00:00", with an optional fraction ".ffffff" and an optional "Z"
// (which forces UTC); a zone-less time is read in `zone`.
std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone &zone);

// GET usage/api: [["2025-07-07T00:00:00", 21], ...].
Result<QList<RawPoint>> parseUsageSeries(QByteArrayView body, const QTimeZone &zone);
// GET usage/process: a bare JSON number of seconds.
Result<double> parseProcessSeconds(QByteArrayView body);
// GET usage/summary, POST usage/update: the 15-key object.
Result<UsageSummary> parseUsageSummary(QByteArrayView body);
// GET users/me/, users/{id}/.
Result<User> parseUser(QByteArrayView body, const QTimeZone &zone);
// GET apikeys/: a bare array of {id, name, key, revoked}.
Result<QList<ApiKey>> parseApiKeys(QByteArrayView body);
// POST auth/token/: {"access_token": "..."}; the token itself.
Result<QString> parseAccessToken(QByteArrayView body);

// The FastAPI error body: {"detail": "text"} or {"detail": [{"loc", "msg", "type"}]}.
struct ErrorDetail
{
    QString text; // the string form, or the list joined as "query.scale: msg; ..."
    QList<ValidationIssue> issues;
};
// Anything else (HTML, empty, other JSON) gives an empty detail.
ErrorDetail parseErrorDetail(QByteArrayView body);

} // namespace geobox
