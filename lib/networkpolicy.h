#pragma once
// The network security policy, in one place: which server addresses the
// client may talk to (https anywhere, plain http only to this machine), and
// which redirects it may follow (same server, never down from https).

#include "apierror.h"

#include <QUrl>

#include <optional>

namespace geobox {

// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

// nullopt when the client may send to `server`; else an InsecureUrl error saying why.
std::optional<ApiError> checkServerUrl(const QUrl &server);

// Whether a redirect from `from` to `to` may be followed for a client configured with
// `server`: only to the same scheme-compatible host and port, never from https to http,
// so credentials never go to another host or in clear text.
bool redirectAllowed(const QUrl &server, const QUrl &from, const QUrl &to);

} // namespace geobox
