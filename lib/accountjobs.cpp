#include "accountjobs.h"

#include "parsers.h"
#include "usageclient.h"

namespace geobox {

UserJob::UserJob(UsageClient *client, std::optional<qint64> userId)
    : ApiJob(client,
             userId ? QStringLiteral("users/%1/").arg(*userId) : QStringLiteral("users/me/"))
{
    startLater({.path = endpoint(), .query = {{QStringLiteral("f"), QStringLiteral("json")}}},
               validateUserId(userId));
}

void UserJob::handleSuccess(const QByteArray &body)
{
    const Result<User> user =
        parseUser(body, client() ? client()->config().serviceTimeZone : QTimeZone::utc());
    if (!user) {
        fail(user.error());
        return;
    }
    Q_EMIT succeeded(user.value());
    succeed();
}

ApiKeysJob::ApiKeysJob(UsageClient *client, const QString &search, int pageSize)
    : ApiJob(client, QStringLiteral("apikeys/"))
    , m_search(search)
    , m_pageSize(pageSize)
{
    std::optional<ApiError> invalid;
    if (pageSize <= 0)
        invalid = ApiError::invalidRequest(QCoreApplication::translate(
            "geobox::UsageRequest", "The page size must be at least 1."));
    startLater(pageRequest(), invalid);
}

ApiJob::Request ApiKeysJob::pageRequest() const
{
    Request request{.path = QStringLiteral("apikeys/")};
    if (!m_search.isEmpty())
        request.query.append({QStringLiteral("search"), m_search});
    request.query.append({QStringLiteral("skip"), QString::number(m_keys.size())});
    request.query.append({QStringLiteral("limit"), QString::number(m_pageSize)});
    return request;
}

void ApiKeysJob::handleSuccess(const QByteArray &body)
{
    Result<QList<ApiKey>> page = parseApiKeys(body);
    if (!page) {
        fail(page.error());
        return;
    }
    ++m_pages;
    const QList<ApiKey> &keys = page.value();
    if (keys.size() > m_pageSize) {
        fail(ApiError::badResponse(
            QCoreApplication::translate("geobox::ApiJob",
                                        "The server sent %1 API keys for a page of %2.")
                .arg(keys.size())
                .arg(m_pageSize)));
        return;
    }
    // A server that ignores `skip` would send the first page forever.
    if (!keys.isEmpty() && !m_keys.isEmpty() && keys.first().id == m_keys.first().id) {
        fail(ApiError::badResponse(QCoreApplication::translate(
            "geobox::ApiJob", "The server sent the same page of API keys twice.")));
        return;
    }
    m_keys.append(keys);
    if (keys.size() == m_pageSize) {
        sendNext(pageRequest());
        return;
    }
    Q_EMIT succeeded(m_keys);
    succeed();
}

LoginJob::LoginJob(UsageClient *client, const QString &username, const QString &password)
    : ApiJob(client, QStringLiteral("auth/token/"))
{
    std::optional<ApiError> invalid;
    if (username.isEmpty() || password.isEmpty())
        invalid = ApiError(ApiError::Kind::Authentication,
                           QCoreApplication::translate("geobox::ApiJob",
                                                       "A user name and a password are needed."));
    startLater({.method = "POST",
                .path = QStringLiteral("auth/token/"),
                .body = formEncode({{QStringLiteral("username"), username},
                                    {QStringLiteral("password"), password}}),
                .contentType = "application/x-www-form-urlencoded",
                .authenticated = false},
               invalid);
}

void LoginJob::handleSuccess(const QByteArray &body)
{
    const Result<QString> token = parseAccessToken(body);
    if (!token) {
        fail(token.error());
        return;
    }
    Q_EMIT succeeded(token.value());
    succeed();
}

ApiError LoginJob::adjustError(ApiError error) const
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        return error;
    default: {
        ApiError auth(ApiError::Kind::Authentication,
                      error.detail().isEmpty()
                          ? QCoreApplication::translate("geobox::ApiJob",
                                                        "The user name or password was refused.")
                          : error.detail(),
                      error.httpStatus());
        auth.setEndpoint(error.endpoint());
        return auth;
    }
    }
}

} // namespace geobox
