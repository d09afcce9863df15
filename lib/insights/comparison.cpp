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

std::optional<double> changePercent(qint64 now, qint64 before)
{
    if (before == 0)
        return std::nullopt;
    return (static_cast<double>(now) - static_cast<double>(before)) / static_cast<double>(before) *
           100.0;
}

} // namespace geobox
