#include "insights/quotachange.h"

#include "insights/comparison.h"

namespace geobox {

QuotaChangeSpans quotaChangeSpans(const QDateTime &now, const QTimeZone &zone)
{
    QuotaChangeSpans s;
    const QDateTime local = now.toTimeZone(zone);
    const QDate today = local.date();
    s.cutoff = QDateTime(today, QTime(local.time().hour(), 0), zone);
    s.dayStart = QDateTime(today, QTime(0, 0), zone);
    s.yesterdayStart = QDateTime(today.addDays(-1), QTime(0, 0), zone);
    s.yesterdayCutoff = QDateTime(today.addDays(-1), s.cutoff.time(), zone);
    const QDate first(today.year(), today.month(), 1);
    const QDate previousFirst = first.addMonths(-1);
    s.monthStart = QDateTime(first, QTime(0, 0), zone);
    s.previousMonthStart = QDateTime(previousFirst, QTime(0, 0), zone);
    if (today.day() > previousFirst.daysInMonth())
        s.previousMonthCutoff = s.monthStart; // all of the shorter month
    else
        s.previousMonthCutoff = QDateTime(
            QDate(previousFirst.year(), previousFirst.month(), today.day()), s.cutoff.time(), zone);
    return s;
}

qint64 sumOfHours(const QList<UsageBucket> &hours, const QDateTime &from, const QDateTime &to)
{
    qint64 sum = 0;
    for (const UsageBucket &b : hours) {
        if (b.start >= from && b.start < to)
            sum += b.value;
    }
    return sum;
}

namespace {

std::optional<double> change(const QList<UsageBucket> &hours, const QDateTime &start,
                             const QDateTime &cutoff, const QDateTime &otherStart,
                             const QDateTime &otherCutoff)
{
    if (cutoff <= start)
        return std::nullopt; // not one finished hour yet
    return changePercent(sumOfHours(hours, start, cutoff),
                         sumOfHours(hours, otherStart, otherCutoff));
}

} // namespace

QuotaChanges quotaChanges(const QList<UsageBucket> &callsHours,
                          const QList<UsageBucket> &trafficHours, const QDateTime &now,
                          const QTimeZone &zone)
{
    const QuotaChangeSpans s = quotaChangeSpans(now, zone);
    QuotaChanges out;
    out.previousMonth = s.previousMonthStart.date();
    out.monthlyCalls =
        change(callsHours, s.monthStart, s.cutoff, s.previousMonthStart, s.previousMonthCutoff);
    out.monthlyTraffic =
        change(trafficHours, s.monthStart, s.cutoff, s.previousMonthStart, s.previousMonthCutoff);
    out.dailyCalls = change(callsHours, s.dayStart, s.cutoff, s.yesterdayStart, s.yesterdayCutoff);
    out.dailyTraffic =
        change(trafficHours, s.dayStart, s.cutoff, s.yesterdayStart, s.yesterdayCutoff);
    return out;
}

} // namespace geobox
