#pragma once
// ClientConfig: where the Geobox service is and how the client talks to it,
// plus the URL helpers (joining a path under a host that has a path of its
// own, and stripping secrets from a URL before anyone sees it).

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace geobox {

// How a GET is tried again after a 429, a 503 or a timeout: capped exponential backoff
// with jitter, never sooner than the server's Retry-After. POSTs are never retried.
struct RetryPolicy
{
    int maxRetries = 3; // 0: never retry
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // A longer Retry-After is not waited out: the error reports when to come back.
    std::chrono::seconds maxRetryAfter{30};
};

// The wait before retry number `attempt` (0 for the first): base * 2^attempt, capped, with
// "equal jitter" from `unitRandom` in [0, 1) (half fixed, half random), and at least the
// Retry-After. nullopt: do not retry (Retry-After beyond maxRetryAfter).
std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy &policy, int attempt,
                                                    std::optional<std::chrono::seconds> retryAfter,
                                                    double unitRandom);

struct ClientConfig
{
    // https://api.geobox.ir, a self-hosted Geobox, or the local stand-in.
    QUrl host = QUrl(QStringLiteral("https://api.geobox.ir"));
    QString apiPrefix = QStringLiteral("v1/");
    // The whole request, from sending to the last byte of the answer.
    std::chrono::milliseconds timeout{30'000};
    // Answers larger than this are cut off and reported as unreadable.
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    // The zone the service's zone-less timestamps are in (assumed UTC).
    QTimeZone serviceTimeZone = QTimeZone::utc();
    RetryPolicy retry;
    // The client's clock: decides which bucket is still running. Tests pin it.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

    // The service's current day: the clock's now in the service's time zone.
    QDate today() const;
};

// host + apiPrefix + path, keeping a path the host already has:
// ("http://h:8080/geobox", "v1/", "usage/api") -> http://h:8080/geobox/v1/usage/api
QUrl endpointUrl(const QUrl &host, const QString &apiPrefix, const QString &path);

// The URL with any `apikey` query value, user name and password removed, for
// messages and logs.
QString redactedUrl(const QUrl &url);

} // namespace geobox
