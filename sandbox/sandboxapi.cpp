#include "sandboxapi.h"

#include "apirouter.h"

namespace sandbox {

SandboxApi::SandboxApi(const SandboxOptions &options, const SandboxData &data)
    : m_auth(options, data)
    , m_endpoints(data, m_auth, options.retentionDays)
{}

HttpAnswer SandboxApi::handle(const RecordedRequest &request)
{
    const std::variant<ApiRoute, HttpAnswer> routed = ApiRouter::resolve(request);
    if (const HttpAnswer *refused = std::get_if<HttpAnswer>(&routed))
        return *refused;
    const ApiRoute &route = std::get<ApiRoute>(routed);
    if (route.endpoint == Endpoint::AuthToken)
        return m_endpoints.authToken(request);

    ApiCall call{request, QueryParams::parse(request.rawQuery), nullptr};
    if (std::optional<HttpAnswer> refused = m_auth.authenticate(call))
        return *refused;

    switch (route.endpoint) {
    case Endpoint::UsageApi:
        return m_endpoints.usageApi(call);
    case Endpoint::UsageProcess:
        return m_endpoints.usageProcess(call);
    case Endpoint::UsageSummary:
        return m_endpoints.usageSummary(call);
    case Endpoint::UsageUpdate:
        return m_endpoints.usageUpdate(call);
    case Endpoint::UsersMe:
        return m_endpoints.usersMe(call);
    case Endpoint::UserById:
        return m_endpoints.userById(call, route.userId);
    case Endpoint::ApiKeys:
        return m_endpoints.apiKeys(call);
    case Endpoint::AuthToken:
        break;
    }
    return HttpAnswer::detail(404, QStringLiteral("Not Found"));
}

} // namespace sandbox
