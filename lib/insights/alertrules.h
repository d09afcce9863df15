#pragma once
// The alert rules of the quotas and what they decide: thresholds on actual use (80% and 100%
// unless edited) with hysteresis, "the forecast crosses the quota before the month ends", and
// spikes (the spike rule). AlertEvaluator fires each rule once per period through an
// AlertMemory; the window and `collect --notify` call the same evaluate() and only deliver.

#include "insights/alertmemory.h"
#include "insights/quotaforecasts.h"
#include "insights/spikerule.h"
#include "usagetypes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace geobox {

struct AlertRules
{
    // Shares of a quota in percent; each fires once per period when the use reaches it.
    QList<int> thresholds = {80, 100};
    // A threshold that fired is armed again only once the use falls this many points below it.
    double hysteresisPoints = 5;
    bool forecastExceeds = true; // monthly quotas: the forecast crosses before the month ends
    bool spikes = true;
    SpikeRule spikeRule;

    friend bool operator==(const AlertRules &, const AlertRules &) = default;
};

struct Alert
{
    enum class Kind
    {
        Threshold,
        Forecast,
        Spike
    };
    Kind kind = Kind::Threshold;
    AlertLevel level = AlertLevel::Warning;
    QString ruleId;     // "monthly_api_calls/threshold/80", "monthly_traffic/forecast", "spike"
    QString periodKey;  // "2026-12", "2026-12-01", or the spike's hour "2026-12-01T14:00"
    QString quota;      // the quota's key ("monthly_api_calls"); empty for a spike
    int threshold = 0;  // Threshold: the share that was reached
    double percent = 0; // Threshold: the share used now
    std::optional<Forecast> forecast;
    std::optional<Spike> spike;
};

struct AlertInput
{
    UsageSummary summary;
    std::optional<QuotaForecasts> forecasts;
    // Spikes found in the recent hours (findSpikes); each fires once.
    QList<Spike> spikes;
    QDateTime now;
    QTimeZone zone = QTimeZone::utc();
};

// The input of one evaluation, as the window and `collect --notify` both build it: the
// quotas' month-end forecasts over the account's recent hours (forecastHistoryStart() to
// now) and the spikes of the last day (older ones were seen, or not, before).
AlertInput alertInputFor(const UsageSummary &summary, const QList<UsageBucket> &callsHours,
                         const QList<UsageBucket> &trafficHours, const QDateTime &now,
                         const QTimeZone &zone, const SpikeRule &spikeRule);

class AlertEvaluator final
{
public:
    // `memory` must outlive the evaluator.
    AlertEvaluator(AlertRules rules, AlertMemory *memory);

    const AlertRules &rules() const { return m_rules; }
    void setRules(const AlertRules &rules) { m_rules = rules; }
    // Where what fired is kept from now on (it must outlive the evaluator's use of it).
    void setMemory(AlertMemory *memory) { m_memory = memory; }

    // The alerts to deliver now; each is remembered before it is returned.
    QList<Alert> evaluate(const AlertInput &input);
    // An alert evaluate() returned could not be delivered: it is taken back from the memory
    // (and its threshold armed again), so the next evaluation fires it again.
    void undo(const Alert &alert);

private:
    bool fire(Alert alert, const QDateTime &now, QList<Alert> *out);

    AlertRules m_rules;
    AlertMemory *m_memory;
    // Thresholds that fired and have not yet fallen back below (threshold - hysteresis).
    QSet<QString> m_disarmed;
};

} // namespace geobox
