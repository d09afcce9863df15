#pragma once

// The Geobox usage API as the sandbox implements it: routing, authentication, validation and
// the endpoints, from a recorded request to an HttpAnswer. No sockets: SandboxServer does that.

#include "httpanswer.h"
#include "queryparams.h"
#include "recordedrequest.h"
#include "sandboxdata.h"
#include "sandboxoptions.h"

#include <QSet>

#include <optional>

namespace sandbox {

class SandboxApi final
{
public:
    SandboxApi(const SandboxOptions &options, const SandboxData &data);
    Q_DISABLE_COPY_MOVE(SandboxApi)

    HttpAnswer handle(const RecordedRequest &request);

private:
    struct Call
    {
        const RecordedRequest &request;
        QueryParams query;
        const SandboxUser *caller = nullptr;
    };

    std::optional<HttpAnswer> authenticate(Call &call) const;
    // 403 or 404 if the caller may not see that user (nullopt: allowed).
    std::optional<HttpAnswer> checkUserAccess(const Call &call, qint64 userId) const;

    HttpAnswer usageApi(const Call &call) const;
    HttpAnswer usageProcess(const Call &call) const;
    HttpAnswer usageSummary(const Call &call) const;
    HttpAnswer usageUpdate(const Call &call) const;
    HttpAnswer usersMe(const Call &call) const;
    HttpAnswer userById(const Call &call, const QString &id) const;
    HttpAnswer apiKeys(const Call &call) const;
    HttpAnswer authToken(const RecordedRequest &request);

    QByteArray userJson(const SandboxUser &user) const;
    QByteArray summaryJson(const UsageSummary &summary) const;

    const SandboxOptions &m_options;
    const SandboxData &m_data;
    QSet<QByteArray> m_tokens;
};

} // namespace sandbox
