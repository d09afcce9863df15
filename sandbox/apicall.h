#pragma once

// One API call on its way through the sandbox: the request, its parsed query and the user it
// signs in as (set by ApiAuth::authenticate).

#include "queryparams.h"
#include "recordedrequest.h"
#include "sandboxuser.h"

namespace sandbox {

struct ApiCall
{
    const RecordedRequest &request;
    QueryParams query;
    const SandboxUser *caller = nullptr;
};

} // namespace sandbox
