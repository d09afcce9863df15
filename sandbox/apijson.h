#pragma once

// The JSON bodies of the sandbox's answers, member for member in the service's order: a user
// with its plan, a usage summary, an API key, a series of buckets and an access token.
// Timestamps carry no zone: they are the service zone's local time (the calendar's clock).

#include "bucketcalendar.h"
#include "sandboxapikey.h"
#include "sandboxuser.h"
#include "usagesummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace sandbox::apijson {

QByteArray user(const SandboxUser &user, const BucketCalendar &calendar);
QByteArray summary(const UsageSummary &summary);
QByteArray apiKey(const SandboxApiKey &key);
// [["yyyy-MM-ddTHH:mm:ss", value], ...], in the given order.
QByteArray series(const QList<QPair<QDateTime, qint64>> &buckets, const BucketCalendar &calendar);
QByteArray accessToken(const QByteArray &token);

} // namespace sandbox::apijson
