#pragma once
// CredentialStore: the one place secrets are kept: the system keychain,
// through QtKeychain, under one service name, with an entry per server and
// account. It stores an API key or an access token, never a password, and
// has no plain-text fallback.

#include "credentials.h"
#include "keychainerror.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace geobox {

class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadDone = std::function<void(std::optional<Credentials>, std::optional<KeychainError>)>;
    using Done = std::function<void(std::optional<KeychainError>)>;

    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName();
    // "https://api.geobox.ir/ ana": the server (without query or user info) and the account.
    static QString entryKey(const QUrl &server, const QString &username);

    // Each ends by calling `done` once, on this object's thread.
    void read(const QUrl &server, const QString &username, ReadDone done);
    // Only an API key or an access token is accepted.
    void write(const QUrl &server, const QString &username, const Credentials &credentials,
               Done done);
    void remove(const QUrl &server, const QString &username, Done done);
};

} // namespace geobox
