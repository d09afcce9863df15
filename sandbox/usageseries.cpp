#include "usageseries.h"

#include "seededhash.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace sandbox {

namespace {

using namespace seeded;

// Share of the busy-hour rate in each local hour of the day: busy 08-18, quiet at night.
constexpr std::array<double, 24> kDailyProfile = {
    0.10, 0.08, 0.07, 0.07, 0.08, 0.12, 0.22, 0.45, 0.85, 1.00, 1.00, 0.98,
    0.90, 0.95, 1.00, 1.00, 0.97, 0.92, 0.80, 0.55, 0.38, 0.26, 0.18, 0.13,
};
// Monday .. Sunday: weekends are quieter.
constexpr std::array<double, 7> kWeeklyProfile = {1.00, 1.00, 1.00, 1.00, 0.85, 0.35, 0.28};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

std::optional<UsageSeries::Metric> UsageSeries::metricFromName(const QString &name)
{
    if (name == QStringLiteral("calls"))
        return Metric::Calls;
    if (name == QStringLiteral("traffic"))
        return Metric::Traffic;
    return std::nullopt;
}

UsageSeries::UsageSeries(quint64 seed, const SandboxPeople &people, const BucketCalendar &calendar,
                         int unattributedPercent)
    : m_seed(seed)
    , m_unattributedPercent(std::clamp(unattributedPercent, 0, 90))
    , m_people(people)
    , m_calendar(calendar)
{}

UsageSeries::Clock UsageSeries::clock(const QDateTime &now) const
{
    Clock clock;
    clock.nowMs = now.toMSecsSinceEpoch();
    const qint64 nowSecs = floorDiv(clock.nowMs, 1000);
    clock.nowHour = m_calendar.hourAt(nowSecs).start;
    clock.today = m_calendar.dayIndexAt(nowSecs);
    clock.windowStart = m_calendar.dayStart(clock.today - windowDays);
    return clock;
}

double UsageSeries::spikeFactor(qint64 userId, qint64 hourIndex) const
{
    // About 3 hours in 1,000 of a user, every key of theirs at once, 5 to 10 times the usual.
    const quint64 h = hash({m_seed, StreamSpike, bits(userId), bits(hourIndex)});
    return h % 1000U < 3U ? 5.0 + static_cast<double>((h >> 20U) % 6U) : 1.0;
}

QList<qint64> UsageSeries::spikeHours(qint64 userId, const QList<int> &keys,
                                      const Clock &clock) const
{
    QList<qint64> out;
    for (qint64 s = clock.windowStart; s <= clock.nowHour; s += BucketCalendar::hourLength) {
        const BucketCalendar::Hour hour = m_calendar.hourAt(s);
        if (spikeFactor(userId, hour.index) == 1.0)
            continue;
        // A spike of nothing (an idle day, keys revoked) is no spike.
        qint64 total = 0;
        for (const int key : keys)
            total += hourValue(key, hour, Metric::Calls, clock);
        if (total > 0)
            out.append(hour.start);
    }
    return out;
}

bool UsageSeries::isZeroDay(qint64 userId, QDate day) const
{
    const qint64 month = day.year() * 12 + day.month() - 1;
    const qint64 daysInMonth = day.daysInMonth();
    const quint64 first = hash({m_seed, StreamZeroDay, bits(userId), bits(month)});
    if (day.day() == 1 + below(first, daysInMonth))
        return true;
    // A second idle day in about a third of the months.
    const quint64 second = hash({m_seed, StreamZeroDay, bits(userId), bits(month), 2});
    return second % 3 == 0 && day.day() == 1 + below(mix(second), daysInMonth);
}

qint64 UsageSeries::hourValue(int keyIndex, const BucketCalendar::Hour &hour, Metric metric,
                              const Clock &clock) const
{
    if (hour.start < clock.windowStart || hour.start > clock.nowHour)
        return 0;
    const SandboxApiKey &key = m_people.apiKeys().at(keyIndex);
    if (key.revoked && hour.dayIndex >= clock.today - key.revokedDaysAgo)
        return 0;
    if (isZeroDay(key.ownerId, hour.date))
        return 0;

    const auto hourOfDay = static_cast<std::size_t>(hour.hourOfDay);
    const auto dayOfWeek = static_cast<std::size_t>(hour.date.dayOfWeek() - 1);
    const double season =
        1.0 + 0.25 * std::sin(2.0 * std::numbers::pi * static_cast<double>(hour.dayIndex) / 365.25 +
                              key.phase);
    const double dayLevel =
        0.75 + 0.5 * unit(hash({m_seed, StreamCallsNoise, bits(key.id), bits(hour.dayIndex), 1}));
    const double noise =
        0.55 + 0.9 * unit(hash({m_seed, StreamCallsNoise, bits(key.id), bits(hour.index)}));
    const double spike = spikeFactor(key.ownerId, hour.index);

    const double expected = key.callsPerHour * kDailyProfile.at(hourOfDay) *
                            kWeeklyProfile.at(dayOfWeek) * season * dayLevel * noise * spike;
    qint64 calls = static_cast<qint64>(std::floor(expected));
    // The running hour only has the part that has elapsed.
    if (hour.start == clock.nowHour)
        calls = calls * (clock.nowMs - hour.start * 1000) / (BucketCalendar::hourLength * 1000);
    if (metric == Metric::Calls || calls == 0)
        return calls;
    const double trafficNoise =
        0.8 + 0.4 * unit(hash({m_seed, StreamTrafficNoise, bits(key.id), bits(hour.index)}));
    return std::llround(static_cast<double>(calls) * key.bytesPerCall * trafficNoise);
}

qint64 UsageSeries::hourly(int keyIndex, qint64 hourSecs, Metric metric, const Clock &clock) const
{
    if (keyIndex < 0 || keyIndex >= m_people.apiKeys().size())
        return 0; // unattributedKey included: it has no hours of its own
    return hourValue(keyIndex, m_calendar.hourAt(hourSecs), metric, clock);
}

qint64 UsageSeries::sum(const QList<int> &keys, Metric metric, qint64 beginSecs, qint64 endSecs,
                        const Clock &clock) const
{
    const qint64 lo = std::max(beginSecs, clock.windowStart);
    const qint64 hi = std::min(endSecs, clock.nowHour + BucketCalendar::hourLength);
    const bool unattributed = m_unattributedPercent > 0 && keys.contains(unattributedKey);
    qint64 total = 0;
    for (qint64 s = lo; s < hi; s += BucketCalendar::hourLength) {
        const BucketCalendar::Hour hour = m_calendar.hourAt(s);
        qint64 listed = 0;
        for (const int key : keys) {
            if (key != unattributedKey)
                listed += hourValue(key, hour, metric, clock);
        }
        total += listed;
        if (unattributed)
            total += listed * m_unattributedPercent / (100 - m_unattributedPercent);
    }
    return total;
}

QList<QPair<QDateTime, qint64>> UsageSeries::series(const QList<int> &keys,
                                                    BucketCalendar::Scale scale, Metric metric,
                                                    qint64 fromSecs, qint64 toSecs,
                                                    const Clock &clock) const
{
    QList<QPair<QDateTime, qint64>> out;
    for (qint64 bucket = m_calendar.bucketStart(fromSecs, scale); bucket <= toSecs;) {
        const qint64 next = m_calendar.nextBucket(bucket, scale);
        out.append({BucketCalendar::toDateTime(bucket), sum(keys, metric, bucket, next, clock)});
        bucket = next;
    }
    return out;
}

double UsageSeries::processSeconds(const SandboxUser &user, const QList<int> &keys, qint64 fromSecs,
                                   qint64 toSecs, const Clock &clock) const
{
    const qint64 lo = std::max(m_calendar.hourAt(fromSecs).start, clock.windowStart);
    const qint64 hi = std::min(toSecs, clock.nowHour);
    double seconds = 0.0;
    for (qint64 s = lo; s <= hi; s += BucketCalendar::hourLength) {
        const BucketCalendar::Hour hour = m_calendar.hourAt(s);
        qint64 calls = 0;
        for (const int key : keys) {
            if (key != unattributedKey)
                calls += hourValue(key, hour, Metric::Calls, clock);
        }
        if (calls == 0)
            continue;
        const double noise =
            0.5 + unit(hash({m_seed, StreamProcess, bits(user.id), bits(hour.index)}));
        seconds += static_cast<double>(calls) * user.processPerCall * noise;
    }
    return seconds;
}

} // namespace sandbox
