// parseUsageSeries: [["2025-07-07T00:00:00", 21], ...] read in UTC and in one other zone.
// Properties: values >= 0 and times valid; what UTC rejects no other zone accepts; a series
// read in UTC, written back with isoTimestamp, reads back the same (to the second).

#include "fuzzcheck.h"
#include "parsers.h"
#include "usageexport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace geobox;

namespace {

void checkPoints(const QList<RawPoint> &points)
{
    for (const RawPoint &p : points) {
        FUZZ_CHECK(p.start.isValid(), QStringLiteral("invalid start"));
        FUZZ_CHECK(p.value >= 0, QString::number(p.value));
    }
}

QDateTime toSecond(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(fuzz::floorSecs(t), t.timeZone());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone others[] = {QTimeZone(-9000), QTimeZone("Europe/Berlin"),
                                       QTimeZone("Australia/Lord_Howe")};
    const QByteArrayView body = fuzz::bytes(data, size);

    const Result<QList<RawPoint>> utc = parseUsageSeries(body, QTimeZone::utc());
    fuzz::checkFailure(utc);
    const Result<QList<RawPoint>> other = parseUsageSeries(body, others[size % 3]);
    fuzz::checkFailure(other);
    if (other)
        checkPoints(other.value());
    FUZZ_CHECK(utc || !other,
               QStringLiteral("accepted in %1 but not in UTC: %2")
                   .arg(QString::fromUtf8(others[size % 3].id()), utc.error().message()));
    if (!utc)
        return 0;
    const QList<RawPoint> &points = utc.value();
    checkPoints(points);
    if (other) {
        FUZZ_CHECK(other.value().size() == points.size(), QStringLiteral("size differs by zone"));
        for (qsizetype i = 0; i < points.size(); ++i)
            FUZZ_CHECK(other.value().at(i).value == points.at(i).value,
                       QStringLiteral("value %1 differs by zone").arg(i));
    }

    QJsonArray written;
    for (const RawPoint &p : points)
        written.append(QJsonArray{isoTimestamp(p.start), QJsonValue(p.value)});
    const QByteArray json = QJsonDocument(written).toJson(QJsonDocument::Compact);
    const Result<QList<RawPoint>> again = parseUsageSeries(json, QTimeZone::utc());
    FUZZ_CHECK(again,
               QStringLiteral("%1 -> %2").arg(QString::fromUtf8(json), again.error().message()));
    FUZZ_CHECK(again.value().size() == points.size(), QString::fromUtf8(json));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const RawPoint &a = points.at(i);
        const RawPoint &b = again.value().at(i);
        FUZZ_CHECK(b.value == a.value && b.start == toSecond(a.start),
                   QStringLiteral("item %1: %2 %3 -> %4 %5")
                       .arg(i)
                       .arg(a.start.toString(Qt::ISODateWithMs))
                       .arg(a.value)
                       .arg(b.start.toString(Qt::ISODateWithMs))
                       .arg(b.value));
    }
    return 0;
}
