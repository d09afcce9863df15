// parseAccessToken: {"access_token": "..."}. Properties: a token is never empty, and
// {"access_token": token} written back reads back the same token.

#include "fuzzcheck.h"
#include "parsers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace geobox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QString> result = parseAccessToken(fuzz::bytes(data, size));
    fuzz::checkFailure(result);
    if (!result)
        return 0;
    const QString &token = result.value();
    FUZZ_CHECK(!token.isEmpty(), QStringLiteral("empty token"));
    if (!fuzz::roundTrips(token))
        return 0;
    const QByteArray json =
        QJsonDocument(QJsonObject{{QLatin1String("access_token"), token}}).toJson();
    const Result<QString> again = parseAccessToken(json);
    FUZZ_CHECK(again && again.value() == token, QString::fromUtf8(json));
    return 0;
}
