#include "clientconfig.h"

#include <QUrlQuery>

namespace geobox {

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
