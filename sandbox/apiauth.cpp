#include "apiauth.h"

#include <QRandomGenerator>

#include <array>

namespace sandbox {

namespace {

QByteArray randomToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw;
    for (const quint32 word : words) {
        for (unsigned shift = 0; shift < 32; shift += 8)
            raw.append(static_cast<char>((word >> shift) & 0xffU));
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

ApiAuth::ApiAuth(const SandboxOptions &options, const SandboxData &data)
    : m_options(options)
    , m_data(data)
{}

HttpAnswer ApiAuth::unauthorized(const QString &text)
{
    HttpAnswer answer = HttpAnswer::detail(401, text);
    answer.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return answer;
}

HttpAnswer ApiAuth::forbidden()
{
    return HttpAnswer::detail(
        403, QStringLiteral("Permission denied: only an account admin may see other users"));
}

std::optional<HttpAnswer> ApiAuth::authenticate(ApiCall &call) const
{
    // The first credential that is present wins: Authorization header, then apikey.
    const QByteArray authorization = call.request.header(QByteArrayLiteral("authorization"));
    if (!authorization.isNull()) {
        const QByteArray value = authorization.trimmed();
        if (!value.toLower().startsWith("bearer "))
            return unauthorized(QStringLiteral(
                "Unsupported Authorization header: expected \"Bearer <access token>\""));
        if (!m_tokens.contains(value.mid(7).trimmed()))
            return unauthorized(
                QStringLiteral("Could not validate credentials: unknown access token"));
        call.caller = &m_data.mainUser();
        return std::nullopt;
    }

    const std::optional<QString> apiKey = call.query.value(QStringLiteral("apikey"));
    if (!apiKey)
        return unauthorized(QStringLiteral("Not authenticated: send an Authorization: Bearer "
                                           "header or an apikey query parameter"));
    const QByteArray key = apiKey->toUtf8();
    if (!key.isEmpty()) {
        if (m_options.apiKeys.contains(key)) {
            call.caller = &m_data.mainUser();
            return std::nullopt;
        }
        if (!m_options.viewerApiKey.isEmpty() && key == m_options.viewerApiKey) {
            call.caller = &m_data.otherUser();
            return std::nullopt;
        }
        const int index = m_data.keyIndex(key);
        if (index >= 0 && m_data.apiKeys().at(index).ownerId == m_data.mainUser().id) {
            if (m_data.apiKeys().at(index).revoked)
                return unauthorized(QStringLiteral("API key has been revoked"));
            call.caller = &m_data.mainUser();
            return std::nullopt;
        }
    }
    return unauthorized(QStringLiteral("Invalid API key"));
}

std::optional<HttpAnswer> ApiAuth::checkUserAccess(const ApiCall &call, qint64 userId) const
{
    if (userId == call.caller->id)
        return std::nullopt;
    if (!call.caller->isAdmin())
        return forbidden();
    if (!m_data.userById(userId))
        return HttpAnswer::detail(404, QStringLiteral("User not found"));
    return std::nullopt;
}

std::optional<QByteArray> ApiAuth::signIn(const QString &username, const QString &password)
{
    const bool configured = !m_options.username.isEmpty() && !m_options.password.isEmpty();
    if (!configured || username != m_options.username || password != m_options.password)
        return std::nullopt;
    const QByteArray token = randomToken();
    m_tokens.insert(token);
    return token;
}

} // namespace sandbox
