#include "seriesplan.h"

#include "timebuckets.h"

namespace geobox {

QList<SeriesPart> seriesParts(Scale scale, const DateRange &range, const QDate &today)
{
    if (!range.isValid())
        return {};
    if (scale != Scale::Month)
        return {{scale, range}};
    const CalendarSpan head = calendarSpan(range.first, Scale::Month);
    const CalendarSpan tail = calendarSpan(range.last, Scale::Month);
    const bool headCut = range.first > head.first;
    const bool tailCut = range.last < tail.last && range.last < today;
    if (head.first == tail.first) // one month
        return {{headCut || tailCut ? Scale::Day : Scale::Month, range}};

    QList<SeriesPart> parts;
    if (headCut)
        parts.append({Scale::Day, {range.first, head.last}});
    const DateRange whole{headCut ? head.last.addDays(1) : range.first,
                          tailCut ? tail.first.addDays(-1) : range.last};
    if (whole.isValid())
        parts.append({Scale::Month, whole});
    if (tailCut)
        parts.append({Scale::Day, {tail.first, range.last}});
    return parts;
}

QList<UsageBucket> joinParts(Scale scale, const QList<SeriesPart> &parts,
                             const QList<QList<UsageBucket>> &answers, const QDateTime &now,
                             const QTimeZone &zone)
{
    QList<UsageBucket> out;
    for (qsizetype i = 0; i < parts.size() && i < answers.size(); ++i) {
        const SeriesPart &part = parts[i];
        if (scale == Scale::Month && part.scale == Scale::Day)
            out.append(
                rollUpDays(answers[i], Scale::Month, part.days.first, part.days.last, now, zone));
        else
            out.append(answers[i]);
    }
    return out;
}

} // namespace geobox
