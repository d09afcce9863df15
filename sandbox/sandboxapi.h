#pragma once

// The Geobox usage API as the sandbox implements it, from a recorded request to an HttpAnswer:
// ApiRouter finds the endpoint, ApiAuth signs the call in, ApiEndpoints answers it. No
// sockets: SandboxServer does that.

#include "apiauth.h"
#include "apiendpoints.h"
#include "httpanswer.h"
#include "recordedrequest.h"
#include "sandboxdata.h"
#include "sandboxoptions.h"

namespace sandbox {

class SandboxApi final
{
public:
    SandboxApi(const SandboxOptions &options, const SandboxData &data);
    Q_DISABLE_COPY_MOVE(SandboxApi)

    HttpAnswer handle(const RecordedRequest &request);

private:
    ApiAuth m_auth;
    ApiEndpoints m_endpoints;
};

} // namespace sandbox
