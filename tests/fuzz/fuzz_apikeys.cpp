// parseApiKeys: a bare array of {id, name, key, revoked}. Properties: ids >= 0, keys not
// empty, and the list written back as JSON reads back equal.

#include "fuzzcheck.h"
#include "parsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace geobox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<ApiKey>> result = parseApiKeys(fuzz::bytes(data, size));
    fuzz::checkFailure(result);
    if (!result)
        return 0;
    QJsonArray written;
    for (const ApiKey &k : result.value()) {
        FUZZ_CHECK(k.id >= 0, QString::number(k.id));
        FUZZ_CHECK(!k.key.isEmpty(), QStringLiteral("empty key"));
        if (!fuzz::roundTrips(k.name) || !fuzz::roundTrips(k.key))
            return 0;
        written.append(QJsonObject{{QLatin1String("id"), QJsonValue(k.id)},
                                   {QLatin1String("name"), k.name},
                                   {QLatin1String("key"), k.key},
                                   {QLatin1String("revoked"), k.revoked}});
    }
    const QByteArray json = QJsonDocument(written).toJson(QJsonDocument::Compact);
    const Result<QList<ApiKey>> again = parseApiKeys(json);
    FUZZ_CHECK(again,
               QStringLiteral("%1 -> %2").arg(QString::fromUtf8(json), again.error().message()));
    FUZZ_CHECK(again.value().size() == result.value().size(), QString::fromUtf8(json));
    for (qsizetype i = 0; i < again.value().size(); ++i) {
        const ApiKey &a = result.value().at(i);
        const ApiKey &b = again.value().at(i);
        FUZZ_CHECK(a == b,
                   QStringLiteral("key %1: {%2, \"%3\", \"%4\", %5} -> {%6, \"%7\", \"%8\", %9}")
                       .arg(i)
                       .arg(a.id)
                       .arg(a.name, QString::fromLatin1(a.key.toUtf8().toHex()))
                       .arg(a.revoked)
                       .arg(b.id)
                       .arg(b.name, QString::fromLatin1(b.key.toUtf8().toHex()))
                       .arg(b.revoked));
    }
    return 0;
}
