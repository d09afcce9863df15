#pragma once

// Who a call is and what it may see: the first credential present (Authorization: Bearer, then
// apikey) checked against the options and the data, the access tokens auth/token/ hands out,
// and the rule that only an Account Admin sees other users.

#include "apicall.h"
#include "httpanswer.h"
#include "sandboxdata.h"
#include "sandboxoptions.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace sandbox {

class ApiAuth final
{
public:
    ApiAuth(const SandboxOptions &options, const SandboxData &data);
    Q_DISABLE_COPY_MOVE(ApiAuth)

    // Sets call.caller, or gives the 401 that refuses the call.
    std::optional<HttpAnswer> authenticate(ApiCall &call) const;
    // 403 or 404 if the caller may not see that user (nullopt: allowed).
    std::optional<HttpAnswer> checkUserAccess(const ApiCall &call, qint64 userId) const;
    // A new access token of the main user for the configured username and password.
    std::optional<QByteArray> signIn(const QString &username, const QString &password);

    static HttpAnswer unauthorized(const QString &text);
    static HttpAnswer forbidden();

private:
    const SandboxOptions &m_options;
    const SandboxData &m_data;
    QSet<QByteArray> m_tokens;
};

} // namespace sandbox
