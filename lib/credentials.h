#pragma once
// Credentials: the three ways to sign in to Geobox (access token, API key,
// username and password), and the helper that reads the GEOBOX_* variables
// the Python SDK honours. The client never reads the environment itself.

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>

namespace geobox {

class Credentials final
{
public:
    enum class Kind
    {
        None,
        AccessToken,
        ApiKey,
        UsernamePassword
    };

    Credentials() = default;
    static Credentials accessToken(const QString &token);
    static Credentials apiKey(const QString &key);
    static Credentials usernamePassword(const QString &username, const QString &password);

    // The first non-empty of GEOBOX_ACCESS_TOKEN, GEOBOX_APIKEY, then GEOBOX_USERNAME
    // with GEOBOX_PASSWORD (both needed); None when none is set.
    static Credentials
    fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    // The token or the API key (Kind::AccessToken / Kind::ApiKey).
    QString secret() const { return m_secret; }
    QString username() const { return m_username; }
    QString password() const { return m_kind == Kind::UsernamePassword ? m_secret : QString(); }
    // For messages: "API key", "access token", "user ana": never the secret.
    QString describe() const;

private:
    Kind m_kind = Kind::None;
    QString m_secret;
    QString m_username;
};

} // namespace geobox

Q_DECLARE_METATYPE(geobox::Credentials)
