#include "querymismatch.h"

#include "displaycalendar.h"

#include <QLocale>
#include <QStringList>

namespace geobox {

QString QueryMismatch::resourceName(const Resource &resource)
{
    switch (resource.kind) {
    case Resource::Kind::Account:
        return tr("my account");
    case Resource::Kind::ApiKey:
        return tr("the key “%1”").arg(resource.name);
    case Resource::Kind::User:
        return tr("user %1").arg(resource.name);
    }
    return {};
}

QString QueryMismatch::byScale(Scale scale)
{
    switch (scale) {
    case Scale::Hour:
        return tr("by hour");
    case Scale::Day:
        return tr("by day");
    case Scale::Week:
        return tr("by week");
    case Scale::Month:
        return tr("by month");
    }
    return {};
}

QString QueryMismatch::describe(const DashboardQuery &shown, const DashboardQuery &chosen,
                                QueryAspects differs)
{
    const auto days = [](const DateRange &range) {
        return describeRange(range, QLocale(), DisplayCalendar::current());
    };
    const auto weekday = [](Qt::DayOfWeek day) { return QLocale().dayName(day); };
    QStringList parts;
    if (differs.testFlag(QueryAspect::Resource))
        parts.append(
            tr("of %1, not %2").arg(resourceName(shown.resource), resourceName(chosen.resource)));
    if (differs.testFlag(QueryAspect::Scale))
        parts.append(tr("%1, not %2").arg(byScale(shown.scale), byScale(chosen.scale)));
    if (differs.testFlag(QueryAspect::Range))
        parts.append(tr("for %1, not %2").arg(days(shown.range), days(chosen.range)));
    if (differs.testFlag(QueryAspect::WeekStart))
        parts.append(tr("in weeks from %1, not from %2")
                         .arg(weekday(shown.firstDayOfWeek), weekday(chosen.firstDayOfWeek)));
    if (differs.testFlag(QueryAspect::Metrics))
        parts.append(tr("with other figures than chosen"));
    return parts.join(tr("; "));
}

} // namespace geobox
