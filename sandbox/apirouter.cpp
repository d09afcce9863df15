#include "apirouter.h"

#include <QRegularExpression>

#include <array>

namespace sandbox {

std::optional<ApiRoute> ApiRouter::match(const QString &path)
{
    struct Entry
    {
        const char *path;
        Endpoint endpoint;
        const char *method;
    };
    static constexpr std::array<Entry, 7> routes = {{
        {"usage/api", Endpoint::UsageApi, "GET"},
        {"usage/process", Endpoint::UsageProcess, "GET"},
        {"usage/summary", Endpoint::UsageSummary, "GET"},
        {"usage/update", Endpoint::UsageUpdate, "POST"},
        {"users/me/", Endpoint::UsersMe, "GET"},
        {"apikeys/", Endpoint::ApiKeys, "GET"},
        {"auth/token/", Endpoint::AuthToken, "POST"},
    }};
    for (const Entry &entry : routes) {
        if (path == QLatin1String(entry.path))
            return ApiRoute{entry.endpoint, QByteArray(entry.method), {}};
    }
    static const QRegularExpression userPath(QStringLiteral("^users/([^/]+)/$"));
    const QRegularExpressionMatch user = userPath.match(path);
    if (user.hasMatch())
        return ApiRoute{Endpoint::UserById, QByteArrayLiteral("GET"), user.captured(1)};
    return std::nullopt;
}

std::variant<ApiRoute, HttpAnswer> ApiRouter::resolve(const RecordedRequest &request)
{
    const HttpAnswer notFound = HttpAnswer::detail(404, QStringLiteral("Not Found"));
    if (request.path.startsWith(QLatin1Char('/')))
        return notFound;

    const std::optional<ApiRoute> route = match(request.path);
    if (!route) {
        // Like FastAPI's redirect_slashes: the other spelling of a known path gets a 307.
        const QString other = request.path.endsWith(QLatin1Char('/'))
                                  ? request.path.chopped(1)
                                  : request.path + QLatin1Char('/');
        if (other.isEmpty() || !match(other))
            return notFound;
        QByteArray host = request.header(QByteArrayLiteral("host"));
        if (host.isEmpty())
            host = QByteArrayLiteral("127.0.0.1");
        QByteArray location = "http://" + host + "/v1/" + other.toUtf8();
        if (!request.rawQuery.isEmpty())
            location += '?' + request.rawQuery;
        HttpAnswer answer = HttpAnswer::json(307, {});
        answer.headers.append({QByteArrayLiteral("Location"), location});
        return answer;
    }
    if (request.method != route->method) {
        HttpAnswer answer = HttpAnswer::detail(405, QStringLiteral("Method Not Allowed"));
        answer.headers.append({QByteArrayLiteral("Allow"), route->method});
        return answer;
    }
    return *route;
}

} // namespace sandbox
