#pragma once

// The sandbox's usage history: the calls and traffic of every API key in every hour, made from
// the seed, and their sums over the service's buckets and as processing seconds. Every bucket
// is a sum of whole hours, so a day is its hours, a month its days, an account its keys.

#include "bucketcalendar.h"
#include "sandboxpeople.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sandbox {

class UsageSeries final
{
public:
    // Days of history before today; nothing exists before the start of that day.
    static constexpr int windowDays = 420;

    enum class Metric
    {
        Calls,
        Traffic
    };
    // "calls" or "traffic".
    static std::optional<Metric> metricFromName(const QString &name);

    // One reading of the clock and what follows from it, so that one answer sees one "now".
    struct Clock
    {
        qint64 nowMs = 0;
        qint64 nowHour = 0;     // start of the running hour (seconds since the epoch)
        qint64 today = 0;       // the local date of now, as days since 1970-01-01
        qint64 windowStart = 0; // first second with data
    };

    // In a list of keys: the account's usage that comes from no listed key (--unattributed).
    static constexpr int unattributedKey = -1;

    // Keeps references: both must outlive the series. unattributedPercent: the share of the
    // account's usage (0..90) that comes from no listed key, hour by hour.
    UsageSeries(quint64 seed, const SandboxPeople &people, const BucketCalendar &calendar,
                int unattributedPercent = 0);
    int unattributedPercent() const { return m_unattributedPercent; }
    Q_DISABLE_COPY_MOVE(UsageSeries)

    Clock clock(const QDateTime &now) const;

    // Whether that local day has no usage at all for that user's keys.
    bool isZeroDay(qint64 userId, QDate day) const;
    // The factor of the user's spike in that hour (1 outside a spike): about 3 hours in 1,000,
    // chosen from the seed, multiply every key of the user by 5 to 10.
    double spikeFactor(qint64 userId, qint64 hourIndex) const;
    // Start (seconds) of every hour from the window's start to the running one that is a
    // spike of that user with some use in it (keys: the user's).
    QList<qint64> spikeHours(qint64 userId, const QList<int> &keys, const Clock &clock) const;
    // Usage of one key in the hour that contains hourSecs; the running hour only has the part
    // that has elapsed, hours before the window or after now nothing.
    qint64 hourly(int keyIndex, qint64 hourSecs, Metric metric, const Clock &clock) const;
    // Sum over those keys and the hours starting in [beginSecs, endSecs) (both hour starts).
    // With unattributedKey among them, each hour adds its listed keys' sum x P / (100 - P),
    // rounded down, so that P% of the hour comes from no listed key.
    qint64 sum(const QList<int> &keys, Metric metric, qint64 beginSecs, qint64 endSecs,
               const Clock &clock) const;
    // Every bucket whose start is in [bucketStart(fromSecs), toSecs], zero buckets included.
    QList<QPair<QDateTime, qint64>> series(const QList<int> &keys, BucketCalendar::Scale scale,
                                           Metric metric, qint64 fromSecs, qint64 toSecs,
                                           const Clock &clock) const;
    // Processing seconds of a user over the hours whose start is in [hourStart(fromSecs),
    // toSecs].
    double processSeconds(const SandboxUser &user, const QList<int> &keys, qint64 fromSecs,
                          qint64 toSecs, const Clock &clock) const;

private:
    qint64 hourValue(int keyIndex, const BucketCalendar::Hour &hour, Metric metric,
                     const Clock &clock) const;

    quint64 m_seed = 1;
    int m_unattributedPercent = 0;
    const SandboxPeople &m_people;
    const BucketCalendar &m_calendar;
};

} // namespace sandbox
