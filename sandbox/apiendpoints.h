#pragma once

// The endpoints of the Geobox usage API as the sandbox serves them: each checks its own
// parameters, asks the data model and writes the answer. Routing and sign-in happen before.

#include "apiauth.h"
#include "apicall.h"
#include "httpanswer.h"
#include "recordedrequest.h"
#include "sandboxdata.h"

#include <QString>

namespace sandbox {

class ApiEndpoints final
{
public:
    ApiEndpoints(const SandboxData &data, ApiAuth &auth, int retentionDays = 0);
    Q_DISABLE_COPY_MOVE(ApiEndpoints)

    HttpAnswer usageApi(const ApiCall &call) const;
    HttpAnswer usageProcess(const ApiCall &call) const;
    HttpAnswer usageSummary(const ApiCall &call) const;
    HttpAnswer usageUpdate(const ApiCall &call) const;
    HttpAnswer usersMe(const ApiCall &call) const;
    HttpAnswer userById(const ApiCall &call, const QString &id) const;
    HttpAnswer apiKeys(const ApiCall &call) const;
    // Needs no credentials: it hands them out.
    HttpAnswer authToken(const RecordedRequest &request);

private:
    const SandboxData &m_data;
    ApiAuth &m_auth;
    int m_retentionDays = 0; // 0: the whole data window
};

} // namespace sandbox
