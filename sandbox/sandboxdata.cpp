#include "sandboxdata.h"

#include <algorithm>
#include <cmath>

namespace sandbox {

namespace {

std::optional<QDateTime> inUtc(const std::optional<QDateTime> &t)
{
    if (!t)
        return std::nullopt;
    return t->toUTC();
}

qint64 utcDayIndex(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 dayMs = 86400 * 1000;
    return ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
}

} // namespace

SandboxData::SandboxData(quint64 seed, int keyCount, std::optional<QDateTime> now,
                         const QTimeZone &timeZone, int unattributedPercent)
    : m_seed(seed)
    , m_fixedNow(inUtc(now))
    , m_calendar(timeZone, BucketCalendar::toSecs(this->now()))
    , m_people(seed, keyCount, utcDayIndex(this->now()))
    , m_series(seed, m_people, m_calendar, unattributedPercent)
{}

QList<int> SandboxData::userKeys(qint64 userId) const
{
    QList<int> keys = m_people.keyIndicesOf(userId);
    if (userId == mainUser().id && m_series.unattributedPercent() > 0)
        keys.append(UsageSeries::unattributedKey);
    return keys;
}

QList<int> SandboxData::ownerKeys(const QString &owner) const
{
    bool isNumber = false;
    const qint64 id = owner.toLongLong(&isNumber);
    if (isNumber && userById(id))
        return userKeys(id);
    return m_people.resolveOwner(owner);
}

QDateTime SandboxData::now() const
{
    return m_fixedNow ? *m_fixedNow : QDateTime::currentDateTimeUtc();
}

QDateTime SandboxData::windowStart() const
{
    return BucketCalendar::toDateTime(m_series.clock(now()).windowStart);
}

QDateTime SandboxData::revokedAt(int keyIndex) const
{
    if (keyIndex < 0 || keyIndex >= apiKeys().size() || !apiKeys().at(keyIndex).revoked)
        return {};
    const UsageSeries::Clock clock = m_series.clock(now());
    return BucketCalendar::toDateTime(
        m_calendar.dayStart(clock.today - apiKeys().at(keyIndex).revokedDaysAgo));
}

qint64 SandboxData::hourly(int keyIndex, const QDateTime &hourStartUtc, const QString &metric) const
{
    const std::optional<UsageSeries::Metric> m = UsageSeries::metricFromName(metric);
    if (!m || !hourStartUtc.isValid())
        return 0;
    return m_series.hourly(keyIndex, BucketCalendar::toSecs(hourStartUtc), *m,
                           m_series.clock(now()));
}

QList<QPair<QDateTime, qint64>> SandboxData::series(const QString &owner, const QString &scale,
                                                    const QString &metric, const QDateTime &from,
                                                    const QDateTime &to) const
{
    const std::optional<UsageSeries::Metric> m = UsageSeries::metricFromName(metric);
    const std::optional<BucketCalendar::Scale> s = BucketCalendar::scaleFromName(scale);
    const QList<int> keys = ownerKeys(owner);
    if (!m || !s || keys.isEmpty() || !from.isValid() || !to.isValid())
        return {};
    return m_series.series(keys, *s, *m, BucketCalendar::toSecs(from), BucketCalendar::toSecs(to),
                           m_series.clock(now()));
}

double SandboxData::processSeconds(qint64 userId, const QDateTime &from, const QDateTime &to) const
{
    const SandboxUser *user = userById(userId);
    if (!user || !from.isValid() || !to.isValid())
        return 0.0;
    return m_series.processSeconds(*user, m_people.keyIndicesOf(userId),
                                   BucketCalendar::toSecs(from), BucketCalendar::toSecs(to),
                                   m_series.clock(now()));
}

UsageSummary SandboxData::summary(qint64 userId) const
{
    const SandboxUser *user = userById(userId);
    if (!user)
        return {};
    UsageSummary summary = UsageSummary::of(*user, userKeys(userId), m_series, m_calendar, now());
    if (m_quotaUse && *m_quotaUse > 0) {
        // Whole units: at or under 100% the use never reads above the share (2 s at 85% is
        // 2 of 3 s, not 2 of 2), over 100% never below it.
        const auto maximumFor = [share = *m_quotaUse / 100.0](qint64 used, qint64 plan) {
            if (used <= 0)
                return plan;
            const double exact = static_cast<double>(used) / share;
            return std::max<qint64>(
                1, static_cast<qint64>(share <= 1.0 ? std::ceil(exact - 1e-9) : std::floor(exact)));
        };
        summary.maxDailyApiCalls = maximumFor(summary.dailyApiCalls, summary.maxDailyApiCalls);
        summary.maxMonthlyApiCalls =
            maximumFor(summary.monthlyApiCalls, summary.maxMonthlyApiCalls);
        summary.maxDailyTraffic = maximumFor(summary.dailyTraffic, summary.maxDailyTraffic);
        summary.maxMonthlyTraffic = maximumFor(summary.monthlyTraffic, summary.maxMonthlyTraffic);
        summary.maxDailyProcess = maximumFor(summary.dailyProcess, summary.maxDailyProcess);
        summary.maxMonthlyProcess = maximumFor(summary.monthlyProcess, summary.maxMonthlyProcess);
    }
    return summary;
}

QList<QDateTime> SandboxData::spikeHours(qint64 userId) const
{
    QList<QDateTime> out;
    if (!userById(userId))
        return out;
    for (const qint64 start :
         m_series.spikeHours(userId, m_people.keyIndicesOf(userId), m_series.clock(now())))
        out.append(BucketCalendar::toDateTime(start));
    return out;
}

} // namespace sandbox
