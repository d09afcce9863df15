#include "daterange.h"

#include <QCoreApplication>

namespace geobox {

DateRange presetRange(RangePreset preset, const QDate &today, const QCalendar &calendar)
{
    const QCalendar::YearMonthDay parts = calendar.partsFromDate(today);
    const QDate monthStart = calendar.dateFromParts(parts.year, parts.month, 1);
    switch (preset) {
    case RangePreset::Today:
        return {today, today};
    case RangePreset::Last7Days:
        return {today.addDays(-6), today};
    case RangePreset::Last30Days:
        return {today.addDays(-29), today};
    case RangePreset::ThisMonth:
        return {monthStart, today};
    case RangePreset::LastMonth:
        return {monthStart.addMonths(-1, calendar), monthStart.addDays(-1)};
    case RangePreset::Last12Months:
        // A year of days ending today: the day after the same date a year ago.
        return {today.addYears(-1).addDays(1), today};
    case RangePreset::ThisYear:
        return {calendar.dateFromParts(parts.year, 1, 1), today};
    case RangePreset::Custom:
        return {};
    }
    return {};
}

static constexpr struct
{
    RangePreset preset;
    const char *id;
    const char *label;
} presets[] = {
    {RangePreset::Today, "today", QT_TRANSLATE_NOOP("geobox::DateRange", "Today")},
    {RangePreset::Last7Days, "last-7-days", QT_TRANSLATE_NOOP("geobox::DateRange", "Last 7 days")},
    {RangePreset::Last30Days, "last-30-days",
     QT_TRANSLATE_NOOP("geobox::DateRange", "Last 30 days")},
    {RangePreset::ThisMonth, "this-month", QT_TRANSLATE_NOOP("geobox::DateRange", "This month")},
    {RangePreset::LastMonth, "last-month", QT_TRANSLATE_NOOP("geobox::DateRange", "Last month")},
    {RangePreset::Last12Months, "last-12-months",
     QT_TRANSLATE_NOOP("geobox::DateRange", "Last 12 months")},
    {RangePreset::ThisYear, "this-year", QT_TRANSLATE_NOOP("geobox::DateRange", "This year")},
    {RangePreset::Custom, "custom", QT_TRANSLATE_NOOP("geobox::DateRange", "Custom")},
};

QString presetId(RangePreset preset)
{
    for (const auto &p : presets) {
        if (p.preset == preset)
            return QLatin1String(p.id);
    }
    return {};
}

std::optional<RangePreset> presetFromId(QStringView id)
{
    for (const auto &p : presets) {
        if (id == QLatin1String(p.id))
            return p.preset;
    }
    return std::nullopt;
}

QString presetLabel(RangePreset preset)
{
    for (const auto &p : presets) {
        if (p.preset == preset)
            return QCoreApplication::translate("geobox::DateRange", p.label);
    }
    return {};
}

QString describeRange(const DateRange &range, const QLocale &locale, const QCalendar &calendar)
{
    if (!range.isValid())
        return QCoreApplication::translate("geobox::DateRange", "No valid range");
    const QDate &a = range.first;
    const QDate &b = range.last;
    const QCalendar::YearMonthDay pa = calendar.partsFromDate(a);
    const QCalendar::YearMonthDay pb = calendar.partsFromDate(b);
    const auto text = [&](const QDate &d, const QString &format) {
        return locale.toString(d, format, calendar);
    };
    const QString full = QStringLiteral("d MMM yyyy");
    QString span;
    if (a == b)
        span = text(a, full);
    else if (pa.year == pb.year && pa.month == pb.month)
        span = QStringLiteral("%1 – %2").arg(text(a, QStringLiteral("d")), text(b, full));
    else if (pa.year == pb.year)
        span = QStringLiteral("%1 – %2").arg(text(a, QStringLiteral("d MMM")), text(b, full));
    else
        span = QStringLiteral("%1 – %2").arg(text(a, full), text(b, full));
    const int days = static_cast<int>(range.days());
    const QString count = days == 1 ? QCoreApplication::translate("geobox::DateRange", "1 day")
                                    : QCoreApplication::translate("geobox::DateRange", "%1 days")
                                          .arg(locale.toString(days));
    // A comma, not a middle dot: under Persian a dot beside the digits reads as a zero
    // ("۱۴۰۵ · ۷ روز" as "۱۴۰۵۰۷").
    //: The range and its number of days: "1 – 7 Mar 2026, 7 days".
    return QCoreApplication::translate("geobox::DateRange", "%1, %2").arg(span, count);
}

} // namespace geobox
