// parseUsageSummary: the 15-key object of usage/summary and usage/update. Properties: every
// figure >= 0, remaining_days within +-1e9, and a summary written back as JSON reads back
// equal.

#include "fuzzcheck.h"
#include "parsers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace geobox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<UsageSummary> result = parseUsageSummary(fuzz::bytes(data, size));
    fuzz::checkFailure(result);
    if (!result)
        return 0;
    const UsageSummary &s = result.value();

    struct Field
    {
        const char *name;
        qint64 value;
    };
    const Field fields[] = {
        {"available_storage", s.availableStorage},       {"used_storage", s.usedStorage},
        {"max_daily_api_calls", s.maxDailyApiCalls},     {"daily_api_calls", s.dailyApiCalls},
        {"max_monthly_api_calls", s.maxMonthlyApiCalls}, {"monthly_api_calls", s.monthlyApiCalls},
        {"max_daily_traffic", s.maxDailyTraffic},        {"daily_traffic", s.dailyTraffic},
        {"max_monthly_traffic", s.maxMonthlyTraffic},    {"monthly_traffic", s.monthlyTraffic},
        {"max_daily_process", s.maxDailyProcess},        {"daily_process", s.dailyProcess},
        {"max_monthly_process", s.maxMonthlyProcess},    {"monthly_process", s.monthlyProcess},
    };
    QJsonObject written;
    for (const Field &f : fields) {
        FUZZ_CHECK(f.value >= 0, QStringLiteral("%1 = %2").arg(QLatin1String(f.name)).arg(f.value));
        written.insert(QLatin1String(f.name), QJsonValue(f.value));
    }
    if (s.remainingDays) {
        FUZZ_CHECK(*s.remainingDays >= -1000000000 && *s.remainingDays <= 1000000000,
                   QString::number(*s.remainingDays));
        written.insert(QLatin1String("remaining_days"), QJsonValue(*s.remainingDays));
    } else {
        written.insert(QLatin1String("remaining_days"), QJsonValue(QJsonValue::Null));
    }
    for (const Quota &q :
         {s.dailyCalls(), s.monthlyCalls(), s.dailyTrafficQuota(), s.monthlyTrafficQuota(),
          s.dailyProcessQuota(), s.monthlyProcessQuota(), s.storage()}) {
        const std::optional<double> fraction = q.fraction();
        FUZZ_CHECK(fraction.has_value() == q.hasLimit(), QString::number(q.maximum));
        if (fraction)
            FUZZ_CHECK(*fraction >= 0, QString::number(*fraction));
    }

    const QByteArray json = QJsonDocument(written).toJson(QJsonDocument::Compact);
    const Result<UsageSummary> again = parseUsageSummary(json);
    FUZZ_CHECK(again,
               QStringLiteral("%1 -> %2").arg(QString::fromUtf8(json), again.error().message()));
    FUZZ_CHECK(again.value() == s, QString::fromUtf8(json));
    return 0;
}
