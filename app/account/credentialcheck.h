#pragma once
// CredentialCheck: tries credentials against users/me/ before anything is
// saved. A username and password are first exchanged for an access token,
// and the token, never the password, is what comes back to be kept.

#include "apierror.h"
#include "clientconfig.h"
#include "credentials.h"
#include "usagetypes.h"

#include <QObject>
#include <QPointer>

#include "apijob.h"

#include <memory>

class QNetworkAccessManager;

namespace geobox {

class UsageClient;

class CredentialCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialCheck)

public:
    CredentialCheck(QNetworkAccessManager *network, const ClientConfig &config,
                    QObject *parent = nullptr);
    ~CredentialCheck() override;

    // Ends in exactly one of succeeded or failed.
    void start(const Credentials &credentials);
    void abort();

Q_SIGNALS:
    // `keep` is what may be stored: the API key, or the access token.
    void succeeded(const geobox::User &user, const geobox::Credentials &keep);
    void failed(const geobox::ApiError &error);

private:
    void checkUser(const Credentials &credentials);

    std::unique_ptr<UsageClient> m_client;
    QPointer<ApiJob> m_job;
};

} // namespace geobox
