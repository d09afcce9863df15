#pragma once
// ClientConfig: where the Geobox service is and how the client talks to it,
// plus the URL helpers (joining a path under a host that has a path of its
// own, and stripping secrets from a URL before anyone sees it).

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>

namespace geobox {

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
    // The client's clock: decides which bucket is still running. Tests pin it.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};

// host + apiPrefix + path, keeping a path the host already has:
// ("http://h:8080/geobox", "v1/", "usage/api") -> http://h:8080/geobox/v1/usage/api
QUrl endpointUrl(const QUrl &host, const QString &apiPrefix, const QString &path);

// The URL with any `apikey` query value, user name and password removed, for
// messages and logs.
QString redactedUrl(const QUrl &url);

} // namespace geobox
