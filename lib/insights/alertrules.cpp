#include "alertrules.h"

namespace geobox {

namespace {

struct QuotaRef
{
    const char *key;
    Quota (UsageSummary::*quota)() const;
    std::optional<Forecast> QuotaForecasts::*forecast;
    bool monthly;
};

const QuotaRef quotas[] = {
    {"monthly_api_calls", &UsageSummary::monthlyCalls, &QuotaForecasts::monthlyCalls, true},
    {"monthly_traffic", &UsageSummary::monthlyTrafficQuota, &QuotaForecasts::monthlyTraffic, true},
    {"monthly_process", &UsageSummary::monthlyProcessQuota, &QuotaForecasts::monthlyProcess, true},
    {"daily_api_calls", &UsageSummary::dailyCalls, &QuotaForecasts::dailyCalls, false},
    {"daily_traffic", &UsageSummary::dailyTrafficQuota, &QuotaForecasts::dailyTraffic, false},
    {"daily_process", &UsageSummary::dailyProcessQuota, &QuotaForecasts::dailyProcess, false},
};

} // namespace

AlertInput alertInputFor(const UsageSummary &summary, const QList<UsageBucket> &callsHours,
                         const QList<UsageBucket> &trafficHours, const QDateTime &now,
                         const QTimeZone &zone, const SpikeRule &spikeRule)
{
    AlertInput input;
    input.summary = summary;
    input.now = now;
    input.zone = zone;
    input.forecasts = forecastQuotas(summary, callsHours, trafficHours, now, zone);
    input.spikes = findSpikes(callsHours, now.addDays(-1), spikeRule);
    return input;
}

AlertEvaluator::AlertEvaluator(AlertRules rules, AlertMemory *memory)
    : m_rules(std::move(rules))
    , m_memory(memory)
{}

void AlertEvaluator::undo(const Alert &alert)
{
    m_memory->forget(alert.ruleId, alert.periodKey);
    m_disarmed.remove(alert.ruleId);
}

bool AlertEvaluator::fire(Alert alert, const QDateTime &now, QList<Alert> *out)
{
    if (m_memory->hasFired(alert.ruleId, alert.periodKey))
        return false;
    m_memory->remember(alert.ruleId, alert.periodKey, now, alert.level);
    out->append(std::move(alert));
    return true;
}

QList<Alert> AlertEvaluator::evaluate(const AlertInput &input)
{
    QList<Alert> out;
    const QDate today = input.now.toTimeZone(input.zone).date();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    const QString day = today.toString(Qt::ISODate);
    for (const QuotaRef &ref : quotas) {
        const Quota quota = (input.summary.*(ref.quota))();
        const std::optional<double> fraction = quota.fraction();
        if (!fraction)
            continue;
        const double percent = *fraction * 100.0;
        const QString key = QLatin1String(ref.key);
        const QString period = ref.monthly ? month : day;
        // The highest threshold reached fires; those below it are then remembered silently,
        // so that 100% does not bring an 80% after it.
        int reached = -1;
        for (const int t : m_rules.thresholds) {
            const QString id = key + QStringLiteral("/threshold/") + QString::number(t);
            if (percent < t - m_rules.hysteresisPoints)
                m_disarmed.remove(id);
            if (percent >= t && !m_disarmed.contains(id))
                reached = std::max(reached, t);
        }
        if (reached > 0) {
            for (const int t : m_rules.thresholds) {
                if (t > reached)
                    continue;
                const QString id = key + QStringLiteral("/threshold/") + QString::number(t);
                m_disarmed.insert(id);
                if (t < reached) {
                    if (!m_memory->hasFired(id, period))
                        m_memory->remember(id, period, input.now, AlertLevel::Warning);
                    continue;
                }
                Alert alert;
                alert.kind = Alert::Kind::Threshold;
                alert.level = t >= 100 ? AlertLevel::Critical : AlertLevel::Warning;
                alert.ruleId = id;
                alert.periodKey = period;
                alert.quota = key;
                alert.threshold = t;
                alert.percent = percent;
                fire(alert, input.now, &out);
            }
        }
        if (m_rules.forecastExceeds && ref.monthly && input.forecasts && percent < 100) {
            const std::optional<Forecast> &f = (*input.forecasts).*(ref.forecast);
            if (f && f->exceeds(static_cast<double>(quota.maximum))) {
                Alert alert;
                alert.kind = Alert::Kind::Forecast;
                alert.ruleId = key + QStringLiteral("/forecast");
                alert.periodKey = period;
                alert.quota = key;
                alert.percent = percent;
                alert.forecast = f;
                fire(alert, input.now, &out);
            }
        }
    }
    if (m_rules.spikes) {
        for (const Spike &spike : input.spikes) {
            Alert alert;
            alert.kind = Alert::Kind::Spike;
            alert.ruleId = QStringLiteral("spike");
            alert.periodKey =
                spike.start.toTimeZone(input.zone).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
            alert.spike = spike;
            fire(alert, input.now, &out);
        }
    }
    return out;
}

} // namespace geobox
