#include "forecast.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace geobox {

namespace {

constexpr qint64 hourMs = 3600 * 1000;
// The two-sided 80% quantile of the normal distribution.
constexpr double z80 = 1.2815515655446004;

struct Profile
{
    std::array<double, 168> mean{};
    std::array<int, 168> count{};
    bool usable = false;
};

// Milliseconds of [a, b) that fall in the hour starting at `hour`.
double overlapFraction(qint64 hour, qint64 a, qint64 b)
{
    const qint64 lo = std::max(hour, a);
    const qint64 hi = std::min(hour + hourMs, b);
    return hi > lo ? static_cast<double>(hi - lo) / hourMs : 0.0;
}

std::size_t slotOf(const QDateTime &t, const QTimeZone &zone)
{
    return static_cast<std::size_t>(hourOfWeek(t, zone));
}

} // namespace

int hourOfWeek(const QDateTime &t, const QTimeZone &zone)
{
    const QDateTime local = t.toTimeZone(zone);
    return (local.date().dayOfWeek() - 1) * 24 + local.time().hour();
}

std::optional<Forecast> forecastByProfile(const ForecastInput &input, const ForecastTuning &tuning)
{
    const qint64 nowMs = input.now.toMSecsSinceEpoch();
    const qint64 profileStart = nowMs - qint64(tuning.weeks) * 7 * 24 * hourMs;
    const qint64 periodStart = input.periodStart.toMSecsSinceEpoch();
    const qint64 periodEnd = input.periodEnd.toMSecsSinceEpoch();

    // The profile: the mean of each hour of the week over the finished hours of the past weeks.
    Profile profile;
    qint64 firstFinished = nowMs;
    double actualSoFar = 0;
    for (const UsageBucket &b : input.hours) {
        const qint64 s = b.start.toMSecsSinceEpoch();
        if (s >= periodStart && s < periodEnd && s < nowMs)
            actualSoFar += static_cast<double>(b.value);
        if (b.running || s < profileStart || s + hourMs > nowMs)
            continue;
        const std::size_t slot = slotOf(b.start, input.zone);
        profile.mean.at(slot) += static_cast<double>(b.value);
        ++profile.count.at(slot);
        firstFinished = std::min(firstFinished, s);
    }
    if (nowMs - firstFinished < 7 * 24 * hourMs)
        return std::nullopt;
    for (std::size_t slot = 0; slot < 168; ++slot) {
        if (profile.count.at(slot) > 0)
            profile.mean.at(slot) /= profile.count.at(slot);
    }

    // The days of the past weeks against the profile: their relative errors give the spread,
    // and the last week's level (if it counts) the rate against the profile.
    QHash<qint64, std::pair<double, double>> days; // local julian day -> (actual, profile)
    for (const UsageBucket &b : input.hours) {
        const qint64 s = b.start.toMSecsSinceEpoch();
        if (b.running || s < profileStart || s + hourMs > nowMs)
            continue;
        auto &day = days[b.start.toTimeZone(input.zone).date().toJulianDay()];
        day.first += static_cast<double>(b.value);
        day.second += profile.mean.at(slotOf(b.start, input.zone));
    }
    const qint64 today = input.now.toTimeZone(input.zone).date().toJulianDay();
    double sumSq = 0;
    int n = 0;
    double lastWeekActual = 0;
    double lastWeekProfile = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key() == today || it.value().second <= 0)
            continue; // a day not finished
        const double e = it.value().first / it.value().second - 1.0;
        sumSq += e * e;
        ++n;
        if (it.key() >= today - 7) {
            lastWeekActual += it.value().first;
            lastWeekProfile += it.value().second;
        }
    }
    // The mean of `weeks` samples sits closer to each of them than to a new one.
    const double w = std::max(2, tuning.weeks);
    const double sigma = n > 1 ? std::sqrt(sumSq / (n - 1) * w / (w - 1)) : 0.0;
    double level = 1.0;
    if (tuning.levelWeight > 0 && lastWeekProfile > 0)
        level = 1.0 + tuning.levelWeight * (lastWeekActual / lastWeekProfile - 1.0);

    Forecast f;
    f.method = Forecast::Method::Profile;
    f.soFar = input.soFar.value_or(actualSoFar);
    if (input.quota > 0 && f.soFar >= input.quota) {
        // Already over: when the hours crossed it.
        double cumulative = 0;
        for (const UsageBucket &b : input.hours) {
            const qint64 s = b.start.toMSecsSinceEpoch();
            if (s < periodStart || s >= periodEnd || s >= nowMs)
                continue;
            cumulative += static_cast<double>(b.value);
            if (cumulative >= input.quota) {
                f.exceedsOn = b.start.addSecs(3599).toTimeZone(input.zone);
                break;
            }
        }
        if (!f.exceedsOn)
            f.exceedsOn = input.now.toTimeZone(input.zone);
    }

    // The rest of the period, hour by hour, from the one holding now.
    const auto halfWidth = [&](double daysSq, double ahead) {
        const double v = sigma * sigma * (daysSq + ahead * ahead / std::max(1, n));
        return tuning.spreadScale * z80 * std::sqrt(v);
    };
    if (nowMs < periodEnd)
        f.path.append({std::max(input.now, input.periodStart), f.soFar, f.soFar, f.soFar});
    double expected = 0;
    double varianceDays = 0;
    double dayExpected = 0;
    qint64 currentDay = today;
    const qint64 fromHour = nowMs - (nowMs % hourMs + hourMs) % hourMs;
    for (qint64 h = std::max(fromHour, periodStart - periodStart % hourMs); h < periodEnd;
         h += hourMs) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(h, QTimeZone::utc());
        const double share = overlapFraction(h, std::max(nowMs, periodStart), periodEnd);
        if (share <= 0)
            continue;
        const double value = profile.mean.at(slotOf(start, input.zone)) * level * share;
        const qint64 day = start.toTimeZone(input.zone).date().toJulianDay();
        if (day != currentDay) {
            varianceDays += dayExpected * dayExpected;
            dayExpected = 0;
            currentDay = day;
        }
        dayExpected += value;
        const double before = f.soFar + expected;
        expected += value;
        if (!f.exceedsOn && input.quota > 0 && f.soFar + expected >= input.quota && value > 0) {
            const double into = (input.quota - before) / value; // 0..1 of what is left
            const qint64 from = std::max(h, nowMs);
            const qint64 to = std::min(h + hourMs, periodEnd);
            f.exceedsOn = QDateTime::fromMSecsSinceEpoch(
                from + static_cast<qint64>(into * static_cast<double>(to - from)), input.zone);
        }
        const double half = halfWidth(varianceDays + dayExpected * dayExpected, expected);
        const double at = f.soFar + expected;
        f.path.append({QDateTime::fromMSecsSinceEpoch(std::min(h + hourMs, periodEnd), input.zone),
                       at, std::max(f.soFar, at - half), at + half});
    }
    varianceDays += dayExpected * dayExpected;

    f.projected = f.soFar + expected;
    // Each day of the rest errs as the past days did against the profile, and the profile
    // itself (a mean of n days) errs for the whole rest at once.
    const double variance = sigma * sigma * (varianceDays + expected * expected / std::max(1, n));
    const double half = tuning.spreadScale * z80 * std::sqrt(variance);
    f.low = std::max(f.soFar, f.projected - half);
    f.high = f.projected + half;
    return f;
}

Forecast forecastByRunRate(double soFar, const QDateTime &now, const QDateTime &periodStart,
                           const QDateTime &periodEnd, double quota)
{
    Forecast f;
    f.method = Forecast::Method::RunRate;
    f.soFar = soFar;
    const double gone = static_cast<double>(periodStart.msecsTo(now));
    const double length = static_cast<double>(periodStart.msecsTo(periodEnd));
    if (gone <= 0 || length <= 0) {
        f.projected = soFar;
        return f;
    }
    const double rate = soFar / gone; // per millisecond
    f.projected = gone >= length ? soFar : rate * length;
    if (gone < length) {
        f.path = {{now, soFar, soFar, soFar}, {periodEnd, f.projected, f.projected, f.projected}};
    }
    if (quota > 0 && soFar >= quota) {
        f.exceedsOn = now.toTimeZone(periodStart.timeZone());
    } else if (quota > 0 && f.projected > quota && rate > 0) {
        f.exceedsOn = periodStart.addMSecs(static_cast<qint64>(std::ceil(quota / rate)))
                          .toTimeZone(periodStart.timeZone());
    }
    return f;
}

} // namespace geobox
