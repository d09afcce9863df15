#include "clientconfig.h"

#include <QUrlQuery>

#include <algorithm>

namespace geobox {

QDate ClientConfig::today() const
{
    return clock().toTimeZone(serviceTimeZone).date();
}

QUrl endpointUrl(const QUrl &host, const QString &apiPrefix, const QString &path)
{
    QUrl url = host;
    QString base = host.path(QUrl::FullyEncoded);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString prefix = apiPrefix;
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(base + prefix + tail, QUrl::TolerantMode);
    url.setQuery(QString()); // a null string unsets the query
    url.setFragment(QString());
    return url;
}

std::optional<std::chrono::milliseconds> retryDelay(const RetryPolicy &policy, int attempt,
                                                    std::optional<std::chrono::seconds> retryAfter,
                                                    double unitRandom)
{
    using std::chrono::milliseconds;
    if (retryAfter && *retryAfter > policy.maxRetryAfter)
        return std::nullopt;
    const int doublings = std::clamp(attempt, 0, 30);
    const double exponential =
        static_cast<double>(policy.baseDelay.count()) * static_cast<double>(1LL << doublings);
    const double capped = std::min(exponential, static_cast<double>(policy.maxDelay.count()));
    const double jittered = capped / 2.0 + capped / 2.0 * std::clamp(unitRandom, 0.0, 1.0);
    milliseconds delay(static_cast<qint64>(jittered));
    if (retryAfter)
        delay = std::max<milliseconds>(delay, *retryAfter);
    return delay;
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        if (query.hasQueryItem(QStringLiteral("apikey"))) {
            query.removeAllQueryItems(QStringLiteral("apikey"));
            query.addQueryItem(QStringLiteral("apikey"), QStringLiteral("REDACTED"));
        }
        for (const char *secret : {"access_token", "token", "password"}) {
            const QString name = QString::fromLatin1(secret);
            if (query.hasQueryItem(name)) {
                query.removeAllQueryItems(name);
                query.addQueryItem(name, QStringLiteral("REDACTED"));
            }
        }
        copy.setQuery(query);
    }
    return copy.toDisplayString();
}

} // namespace geobox
