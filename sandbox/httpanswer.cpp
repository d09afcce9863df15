#include "httpanswer.h"

#include "jsontext.h"

namespace sandbox {

HttpAnswer HttpAnswer::json(int status, const QByteArray &body)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

HttpAnswer HttpAnswer::detail(int status, const QString &text)
{
    return json(status, json::object({{"detail", json::string(text)}}));
}

HttpAnswer HttpAnswer::unprocessable(const QList<QByteArray> &issues)
{
    return json(422, json::object({{"detail", json::array(issues)}}));
}

QByteArray HttpAnswer::validationIssue(const QString &where, const QString &field,
                                       const QString &message, const QString &type)
{
    QList<QByteArray> location = {json::string(where)};
    if (!field.isEmpty())
        location.append(json::string(field));
    return json::object({{"loc", json::array(location)},
                         {"msg", json::string(message)},
                         {"type", json::string(type)}});
}

QByteArray HttpAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 402:
        return QByteArrayLiteral("Payment Required");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 423:
        return QByteArrayLiteral("Locked");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace sandbox
