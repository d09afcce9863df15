#include "networkpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace geobox {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> checkServerUrl(const QUrl &server)
{
    auto refuse = [](const QString &why) { return ApiError(ApiError::Kind::InsecureUrl, why); };
    const QString scheme = server.scheme().toLower();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return refuse(QCoreApplication::translate("geobox::NetworkPolicy",
                                                  "\"%1\" is not an http:// or https:// address.")
                          .arg(server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (!server.userInfo().isEmpty())
        return refuse(QCoreApplication::translate(
            "geobox::NetworkPolicy",
            "The server address holds a user name or password; sign in instead."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(server.host()))
        return refuse(QCoreApplication::translate(
                          "geobox::NetworkPolicy",
                          "Plain http:// is only allowed to this machine; use https://%1 so keys "
                          "and tokens are not sent in clear text.")
                          .arg(server.host()));
    return std::nullopt;
}

static int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

bool redirectAllowed(const QUrl &server, const QUrl &from, const QUrl &to)
{
    const QUrl target = from.resolved(to);
    const bool downgrade = from.scheme().toLower() == QLatin1String("https") &&
                           target.scheme().toLower() != QLatin1String("https");
    return !downgrade && target.host().compare(server.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(target) == effectivePort(server) && !checkServerUrl(target).has_value();
}

} // namespace geobox
