#include "formatting.h"

#include "bytesize.h"

#include <cmath>

namespace geobox {

QString Formatting::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString Formatting::bytes(qint64 bytes, const QLocale &locale)
{
    return ByteSize::text(bytes, locale);
}

QString Formatting::quotaPercent(const Quota &quota, const QLocale &locale)
{
    const std::optional<double> fraction = quota.fraction();
    if (!fraction)
        return {};
    const auto percentText = [&locale](qint64 percent) {
        //: The percentage of a quota used: %1 the number, %2 the locale's percent sign.
        return tr("%1%2").arg(locale.toString(percent), locale.percent());
    };
    // Something is used: "0%" would say nothing is.
    if (quota.used > 0 && *fraction < 0.01)
        //: A quota used above 0 and below 1%: %1 is "1%".
        return tr("<%1").arg(percentText(1));
    // Short of the limit: "100%" would say it is reached.
    if (*fraction > 0.99 && *fraction < 1.0)
        //: A quota used above 99% and below 100%: %1 is "99%".
        return tr(">%1").arg(percentText(99));
    // Rounded down, so "100%" is only said once the limit is reached.
    return percentText(static_cast<qint64>(std::floor(*fraction * 100.0)));
}

QString Formatting::duration(double seconds, const QLocale &locale)
{
    if (seconds > 0.0 && seconds < 1.0)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const qint64 total = std::llround(seconds);
    if (total < 60)
        return tr("%1 s").arg(locale.toString(total));
    if (total < 3600) {
        const qint64 s = total % 60;
        return s == 0 ? tr("%1 min").arg(locale.toString(total / 60))
                      : tr("%1 min %2 s").arg(locale.toString(total / 60), locale.toString(s));
    }
    if (total < 86400) {
        const qint64 m = (total % 3600) / 60;
        return m == 0 ? tr("%1 h").arg(locale.toString(total / 3600))
                      : tr("%1 h %2 min").arg(locale.toString(total / 3600), locale.toString(m));
    }
    const qint64 h = (total % 86400) / 3600;
    return h == 0 ? tr("%1 d").arg(locale.toString(total / 86400))
                  : tr("%1 d %2 h").arg(locale.toString(total / 86400), locale.toString(h));
}

namespace {

// True when t is the first day of a month in the calendar (always, for Gregorian months in
// the Gregorian calendar; rarely, for Gregorian months in the Jalali one).
bool startsMonth(const QDateTime &t, const QCalendar &calendar)
{
    return calendar.partsFromDate(t.date()).day == 1;
}

} // namespace

QString Formatting::bucketStart(const QDateTime &start, Scale scale, const QLocale &locale,
                                const QCalendar &calendar)
{
    const auto text = [&](const char *format) {
        return locale.toString(start, QString::fromLatin1(format), calendar);
    };
    switch (scale) {
    case Scale::Hour:
        return text("ddd d MMM HH:mm");
    case Scale::Day:
        return text("ddd d MMM");
    case Scale::Week:
        return tr("week of %1").arg(text("d MMM"));
    case Scale::Month:
        return startsMonth(start, calendar) ? text("MMM yyyy") : text("d MMM yyyy");
    }
    return {};
}

QString Formatting::bucketSpan(const QDateTime &start, const QDateTime &end, Scale scale,
                               const QLocale &locale, const QCalendar &calendar)
{
    const auto text = [&](const QDateTime &t, const char *format) {
        return locale.toString(t, QString::fromLatin1(format), calendar);
    };
    // A week, or a month that is not one of the calendar's: its first and last day.
    const auto days = [&] {
        const QDateTime last = end.addDays(-1);
        return tr("%1 – %2").arg(text(start, "d MMM"), text(last, "d MMM yyyy"));
    };
    switch (scale) {
    case Scale::Hour:
        return tr("%1, %2 – %3")
            .arg(text(start, "ddd d MMM yyyy"), text(start, "HH:mm"), text(end, "HH:mm"));
    case Scale::Day:
        return text(start, "ddd d MMM yyyy");
    case Scale::Week:
        return days();
    case Scale::Month:
        return startsMonth(start, calendar) && startsMonth(end, calendar) ? text(start, "MMMM yyyy")
                                                                          : days();
    }
    return {};
}

QString Formatting::day(const QDateTime &t, const QLocale &locale, const QCalendar &calendar)
{
    return locale.toString(t, QStringLiteral("d MMM"), calendar);
}

QString Formatting::tableTime(const QDateTime &t, const QLocale &locale, const QCalendar &calendar)
{
    return locale.toString(t, QStringLiteral("yyyy-MM-dd HH:mm"), calendar);
}

QString Formatting::perBucket(Scale scale)
{
    switch (scale) {
    case Scale::Hour:
        return tr("hour");
    case Scale::Day:
        return tr("day");
    case Scale::Week:
        return tr("week");
    case Scale::Month:
        return tr("month");
    }
    return {};
}

QString Formatting::clockTime(const QDateTime &t, const QLocale &locale)
{
    return locale.toString(t.toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString Formatting::ago(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%Ln min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        return tr("%Ln h ago", nullptr, static_cast<int>(seconds / 3600));
    const qint64 days = seconds / 86400;
    return days == 1 ? tr("1 day ago") : tr("%1 days ago").arg(QLocale().toString(days));
}

} // namespace geobox
