#pragma once
// The user and the summary written back as the service's JSON, so that the history
// store keeps them in the wire's own shape and reads them with the same parsers.
// Pure functions.

#include "usagetypes.h"

#include <QByteArray>

namespace geobox {

// users/me/'s shape: id, username, names, role, status, plan (as the service sent it),
// expiration_date ("…Z").
QByteArray userToJson(const User &user);
// usage/summary's 15 keys.
QByteArray summaryToJson(const UsageSummary &summary);

} // namespace geobox
