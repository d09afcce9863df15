#pragma once

// An API key of a sandbox user, with the seeded parameters that shape its usage history.

#include <QByteArray>
#include <QString>

namespace sandbox {

struct SandboxApiKey
{
    qint64 id = 0;
    QString name;
    QByteArray key; // the secret: 43 URL-safe base64 characters
    bool revoked = false;
    qint64 ownerId = 0;
    // Shape of the hourly usage: calls in a busy weekday hour, bytes per call, seasonal phase.
    double callsPerHour = 0.0;
    double bytesPerCall = 0.0;
    double phase = 0.0;
    // For a revoked key: it was revoked this many days before the start of today (UTC) and has
    // no usage from then on.
    int revokedDaysAgo = 0;
};

} // namespace sandbox
