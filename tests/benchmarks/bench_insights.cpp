// The insight cases, no network and no window, with the sandbox's data model as the truth:
// the month-end forecast against what the month really came to (forecast_backtest) and the
// spike rule against the spikes the generator made (spike_detection).

#include "benchcases.h"
#include "insights/forecast.h"
#include "insights/spikerule.h"
#include "sandboxdata.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace bench {

using namespace geobox;

namespace {

// The sandbox's clock for both cases, as the other cases pin it.
const QDateTime benchNow(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc());

// Every finished hour of the main user's account, calls, over the sandbox's whole window.
QList<UsageBucket> accountHours(const sandbox::SandboxData &data)
{
    QList<UsageBucket> hours;
    const QDateTime lastFinished = benchNow.addSecs(-3600 - benchNow.time().minute() * 60);
    for (const auto &[start, value] :
         data.series(QString::number(data.mainUser().id), QStringLiteral("hour"),
                     QStringLiteral("calls"), data.windowStart(), lastFinished))
        hours.append({start, start.addSecs(3600), value, false, false});
    return hours;
}

} // namespace

void runForecastBacktest(const Options &options)
{
    Q_UNUSED(options);
    const ForecastTuning tuning;
    double errorSum = 0;
    double naiveErrorSum = 0;
    int covered = 0;
    int forecasts = 0;
    for (const quint64 seed : {quint64(1), quint64(2), quint64(3)}) {
        const sandbox::SandboxData data(seed, 0, benchNow);
        const QList<UsageBucket> hours = accountHours(data);
        // The 12 whole months before the running one.
        const QDate running(benchNow.date().year(), benchNow.date().month(), 1);
        for (int back = 12; back >= 1; --back) {
            const QDate first = running.addMonths(-back);
            const QDateTime monthStart(first, QTime(0, 0), QTimeZone::utc());
            const QDateTime monthEnd = monthStart.addMonths(1);
            double actual = 0;
            for (const UsageBucket &b : hours) {
                if (b.start >= monthStart && b.start < monthEnd)
                    actual += static_cast<double>(b.value);
            }
            if (actual <= 0)
                continue;
            for (const int day : {5, 10, 15, 20, 25}) {
                const QDateTime at = monthStart.addDays(day); // the end of that day
                ForecastInput input;
                input.now = at;
                input.periodStart = monthStart;
                input.periodEnd = monthEnd;
                double soFar = 0;
                for (const UsageBucket &b : hours) {
                    if (b.start >= at)
                        break;
                    if (b.start >= at.addDays(-7 * (tuning.weeks + 1)) || b.start >= monthStart)
                        input.hours.append(b);
                    if (b.start >= monthStart)
                        soFar += static_cast<double>(b.value);
                }
                const std::optional<Forecast> f = forecastByProfile(input, tuning);
                if (!f) {
                    note(QStringLiteral("forecast_backtest: no forecast for %1 day %2")
                             .arg(first.toString(Qt::ISODate))
                             .arg(day));
                    continue;
                }
                const double naive = soFar / day * first.daysInMonth();
                errorSum += std::abs(f->projected - actual) / actual;
                naiveErrorSum += std::abs(naive - actual) / actual;
                covered += (*f->low <= actual && actual <= *f->high) ? 1 : 0;
                ++forecasts;
            }
        }
    }
    if (forecasts == 0)
        return;
    note(QStringLiteral("forecast_backtest: %1 forecasts").arg(forecasts));
    report({.name = QStringLiteral("forecast_backtest"),
            .value = 100.0 * errorSum / forecasts,
            .unit = QStringLiteral("%"),
            .baseline = 100.0 * naiveErrorSum / forecasts,
            .decimals = 3,
            .extras = {{QStringLiteral("coverage"), double(covered) / forecasts}}});
}

void runSpikeDetection(const Options &options)
{
    Q_UNUSED(options);
    const SpikeRule rule;
    qint64 truePositives = 0;
    qint64 flagged = 0;
    qint64 truth = 0;
    for (const quint64 seed : {quint64(1), quint64(2), quint64(3)}) {
        const sandbox::SandboxData data(seed, 0, benchNow);
        const QList<UsageBucket> hours = accountHours(data);
        // The 12 months of hours before now; the weeks before them are the history.
        const QDateTime from = benchNow.addYears(-1);
        QSet<qint64> listed;
        for (const QDateTime &hour : data.spikeHours(data.mainUser().id)) {
            if (hour >= from && hour < hours.constLast().end)
                listed.insert(hour.toMSecsSinceEpoch());
        }
        truth += listed.size();
        for (const Spike &spike : findSpikes(hours, from, rule)) {
            ++flagged;
            truePositives += listed.contains(spike.start.toMSecsSinceEpoch()) ? 1 : 0;
        }
    }
    const double precision =
        flagged > 0 ? static_cast<double>(truePositives) / static_cast<double>(flagged) : 0;
    const double recall =
        truth > 0 ? static_cast<double>(truePositives) / static_cast<double>(truth) : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    note(QStringLiteral("spike_detection: %1 spikes listed, %2 flagged, %3 right")
             .arg(truth)
             .arg(flagged)
             .arg(truePositives));
    report(
        {.name = QStringLiteral("spike_detection"),
         .value = f1,
         .unit = QStringLiteral("F1"),
         .decimals = 3,
         .extras = {{QStringLiteral("precision"), precision}, {QStringLiteral("recall"), recall}}});
}

} // namespace bench
