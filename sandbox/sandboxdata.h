#pragma once

// The sandbox's deterministic data model: users, API keys and hourly usage derived from a seed
// and a clock. Tests use it as the truth to compare the HTTP answers (and any client) against.

#include "bucketcalendar.h"
#include "sandboxapikey.h"
#include "sandboxpeople.h"
#include "sandboxuser.h"
#include "usageseries.h"
#include "usagesummary.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sandbox {

class SandboxData final
{
public:
    // Days of history before now; nothing exists before the start of that day.
    static constexpr int windowDays = UsageSeries::windowDays;

    // keyCount: number of API keys of the main user, 0 = chosen from the seed (3..12).
    // now: the clock (UTC); without it the real current time, read at every call.
    // timeZone: the service's zone, in which buckets start at midnight (see BucketCalendar);
    // an invalid one is UTC.
    // unattributedPercent: the share of the main user's account usage from no listed key.
    explicit SandboxData(quint64 seed, int keyCount = 0, std::optional<QDateTime> now = {},
                         const QTimeZone &timeZone = QTimeZone::utc(), int unattributedPercent = 0);
    Q_DISABLE_COPY_MOVE(SandboxData)

    quint64 seed() const { return m_seed; }
    QDateTime now() const;
    // The service's zone and its buckets.
    const QTimeZone &timeZone() const { return m_calendar.timeZone(); }
    const BucketCalendar &calendar() const { return m_calendar; }
    // First hour with data: midnight (in the zone) of the day windowDays before today.
    QDateTime windowStart() const;

    const SandboxUser &mainUser() const { return m_people.mainUser(); }
    const SandboxUser &otherUser() const { return m_people.otherUser(); }
    const SandboxUser *userById(qint64 id) const { return m_people.userById(id); }

    // Every key: the main user's first (by id), then the second user's.
    const QList<SandboxApiKey> &apiKeys() const { return m_people.apiKeys(); }
    QList<SandboxApiKey> apiKeysOf(qint64 userId) const { return m_people.apiKeysOf(userId); }
    // Index into apiKeys() of the key with that secret, or -1.
    int keyIndex(const QByteArray &secret) const { return m_people.keyIndex(secret); }
    // When a revoked key stopped being used (invalid for a key that is not revoked).
    QDateTime revokedAt(int keyIndex) const;

    // Whether the whole (local) day has no usage at all for that user's keys.
    bool isZeroDay(qint64 userId, QDate day) const { return m_series.isZeroDay(userId, day); }

    // Usage of one key in the (zone's) hour that holds hourStartUtc; metric "calls" or
    // "traffic".
    qint64 hourly(int keyIndex, const QDateTime &hourStartUtc,
                  const QString &metric = QStringLiteral("calls")) const;

    // Every bucket whose start is in [bucketStart(from), to], zero buckets included.
    // owner: a user id (the account: the sum of that user's keys, revoked ones included, and
    // for the main user the usage from no listed key) or a key secret. scale: "hour", "day" or
    // "month"; metric: "calls" or "traffic". Unknown owner, scale or metric: an empty list.
    QList<QPair<QDateTime, qint64>> series(const QString &owner, const QString &scale,
                                           const QString &metric, const QDateTime &from,
                                           const QDateTime &to) const;

    // Processing seconds of a user over the hours whose start is in [hourStart(from), to].
    double processSeconds(qint64 userId, const QDateTime &from, const QDateTime &to) const;

    // The usage/summary figures of a user (zeros for an unknown user). With a quota use set,
    // the plan's six daily and monthly maxima are those that put today's and this month's use
    // at that share, in whole units: never above it up to 100%, never below it over 100% (a
    // quota with no use yet keeps the plan's figure).
    UsageSummary summary(qint64 userId) const;
    // --quota-use: the share in percent (> 0), or nullopt for the plan's own figures.
    void setQuotaUse(std::optional<double> percent) { m_quotaUse = percent; }
    std::optional<double> quotaUse() const { return m_quotaUse; }

    // The hours (UTC starts) from the window's start to now that the generator made into
    // spikes of that user's account: every key of the user at 5 to 10 times its usual use in
    // that hour; about 3 hours in 1,000, chosen from the seed. Hours with no use (an idle day)
    // are left out.
    QList<QDateTime> spikeHours(qint64 userId) const;

private:
    // The keys whose sum is an owner's usage; the main user's account adds the unattributed.
    QList<int> ownerKeys(const QString &owner) const;
    QList<int> userKeys(qint64 userId) const;

    quint64 m_seed = 1;
    std::optional<QDateTime> m_fixedNow;
    BucketCalendar m_calendar;
    SandboxPeople m_people;
    UsageSeries m_series;
    std::optional<double> m_quotaUse;
};

} // namespace sandbox
