#pragma once

// Settings of one sandbox server: the seed of its data, the credentials it accepts, its clock,
// its time zone and its latency. Filled from the command line or directly by in-process tests.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sandbox {

struct SandboxOptions
{
    quint64 seed = 1;
    // Extra valid API keys; all sign in as the main (admin) user.
    QList<QByteArray> apiKeys;
    // If set, a key that signs in as the second user (role "Viewer").
    QByteArray viewerApiKey;
    // If both are set, valid for POST auth/token/ (main user).
    QString username;
    QString password;
    // Added before every answer.
    int latencyMs = 0;
    // The sandbox's clock (UTC); default: the real current time.
    std::optional<QDateTime> now;
    // The service's time zone: buckets start at its midnight, timestamps on the wire are its
    // local time and from_date/to_date are read in it. Must be valid (an invalid one is UTC).
    QTimeZone timeZone = QTimeZone::utc();
    // Buckets older than this many days are left out of usage/api, as a service with
    // limited retention would; 0 keeps all.
    int retentionDays = 0;
    // Number of API keys of the main user; 0 = chosen from the seed, 3..12.
    int keyCount = 0;
    // Share of the main user's account usage (0..90 percent) that comes from no listed key
    // (a token, the web console, a deleted key): the account is then more than its keys.
    int unattributedPercent = 0;
    // --quota-use: the plan's daily and monthly maxima put today's and this month's use at
    // this share in percent; nullopt: the plan's own figures.
    std::optional<double> quotaUse;
    // Log one line per request to stderr (API keys redacted, no Authorization value).
    bool verbose = false;
    // Serve HTTPS with this PEM certificate and private key (both files), for TLS tests.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

} // namespace sandbox
