#include "credentials.h"

#include <QCoreApplication>

namespace geobox {

Credentials Credentials::accessToken(const QString &token)
{
    Credentials c;
    c.m_kind = token.isEmpty() ? Kind::None : Kind::AccessToken;
    c.m_secret = token;
    return c;
}

Credentials Credentials::apiKey(const QString &key)
{
    Credentials c;
    c.m_kind = key.isEmpty() ? Kind::None : Kind::ApiKey;
    c.m_secret = key;
    return c;
}

Credentials Credentials::usernamePassword(const QString &username, const QString &password)
{
    Credentials c;
    c.m_kind = username.isEmpty() || password.isEmpty() ? Kind::None : Kind::UsernamePassword;
    c.m_username = username;
    c.m_secret = password;
    return c;
}

Credentials Credentials::fromEnvironment(const QProcessEnvironment &env)
{
    const QString token = env.value(QStringLiteral("GEOBOX_ACCESS_TOKEN"));
    if (!token.isEmpty())
        return accessToken(token);
    const QString key = env.value(QStringLiteral("GEOBOX_APIKEY"));
    if (!key.isEmpty())
        return apiKey(key);
    return usernamePassword(env.value(QStringLiteral("GEOBOX_USERNAME")),
                            env.value(QStringLiteral("GEOBOX_PASSWORD")));
}

QString Credentials::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return QCoreApplication::translate("geobox::Credentials", "no credentials");
    case Kind::AccessToken:
        return QCoreApplication::translate("geobox::Credentials", "an access token");
    case Kind::ApiKey:
        return QCoreApplication::translate("geobox::Credentials", "an API key");
    case Kind::UsernamePassword:
        return QCoreApplication::translate("geobox::Credentials", "user %1").arg(m_username);
    }
    return {};
}

} // namespace geobox
