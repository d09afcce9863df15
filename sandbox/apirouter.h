#pragma once

// The sandbox's route table: which endpoint a path under /v1/ names and with which method, and
// the answers FastAPI gives a request it does not route (404, 307 to the other slash, 405).

#include "httpanswer.h"
#include "recordedrequest.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace sandbox {

enum class Endpoint
{
    UsageApi,
    UsageProcess,
    UsageSummary,
    UsageUpdate,
    UsersMe,
    UserById,
    ApiKeys,
    AuthToken,
};

struct ApiRoute
{
    Endpoint endpoint = Endpoint::UsageApi;
    QByteArray method;
    QString userId; // for UserById
};

class ApiRouter final
{
public:
    // The route of the request, or the answer that refuses it.
    static std::variant<ApiRoute, HttpAnswer> resolve(const RecordedRequest &request);

private:
    static std::optional<ApiRoute> match(const QString &path);
};

} // namespace sandbox
