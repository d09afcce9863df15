#pragma once
// The jobs that say who is asking and what can be charted: users/me/ and
// users/{id}/, the API keys (every page), and the username/password sign-in.

#include "apijob.h"
#include "usagetypes.h"

namespace geobox {

// GET users/me/?f=json, or users/{id}/?f=json for another user (an admin's right).
class UserJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserJob)

public:
    UserJob(UsageClient *client, std::optional<qint64> userId);

Q_SIGNALS:
    void succeeded(const geobox::User &user);

protected:
    void handleSuccess(const QByteArray &body) override;
};

// GET apikeys/, page after page (skip/limit) until a short page comes back.
class ApiKeysJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysJob)

public:
    ApiKeysJob(UsageClient *client, const QString &search, int pageSize);
    // How many pages it took.
    int pages() const { return m_pages; }

Q_SIGNALS:
    void succeeded(const QList<geobox::ApiKey> &keys);

protected:
    void handleSuccess(const QByteArray &body) override;

private:
    Request pageRequest() const;

    QString m_search;
    int m_pageSize;
    int m_pages = 0;
    QList<ApiKey> m_keys;
};

// POST auth/token/ with a form-encoded username and password. Any answer but a
// 200 with an access token is an authentication failure.
class LoginJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginJob)

public:
    LoginJob(UsageClient *client, const QString &username, const QString &password);

Q_SIGNALS:
    void succeeded(const QString &accessToken);

protected:
    void handleSuccess(const QByteArray &body) override;
    ApiError adjustError(ApiError error) const override;
};

} // namespace geobox
