#include "comparison.h"

#include "previousperiod.h"

namespace geobox {

std::optional<ComparePeriod> comparePeriodFromName(QStringView name)
{
    if (name == u"previous")
        return ComparePeriod::Previous;
    if (name == u"year")
        return ComparePeriod::Year;
    return std::nullopt;
}

DateRange comparedRange(const DateRange &range, ComparePeriod period, const QCalendar &calendar)
{
    return period == ComparePeriod::Previous ? previousPeriod(range, calendar)
                                             : samePeriodLastYear(range, calendar);
}

std::optional<UsageRow> matchingRow(const QList<UsageRow> &other, qsizetype index)
{
    if (index < 0 || index >= other.size())
        return std::nullopt;
    return other.at(index);
}

std::optional<double> totalChange(const QList<UsageRow> &shown, const QList<UsageRow> &other,
                                  Metric metric)
{
    qint64 now = 0;
    qint64 before = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const std::optional<UsageRow> match = matchingRow(other, i);
        const std::optional<qint64> a =
            metric == Metric::Calls ? shown.at(i).calls : shown.at(i).traffic;
        const std::optional<qint64> b =
            match ? (metric == Metric::Calls ? match->calls : match->traffic) : std::nullopt;
        if (!a || !b)
            continue;
        now += *a;
        before += *b;
    }
    return changePercent(now, before);
}

std::optional<double> changePercent(qint64 now, qint64 before)
{
    if (before == 0)
        return std::nullopt;
    return (static_cast<double>(now) - static_cast<double>(before)) / static_cast<double>(before) *
           100.0;
}

} // namespace geobox
