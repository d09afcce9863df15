#include "timeaxisticks.h"

#include <QSet>

#include <limits>

namespace geobox {

namespace {

// A bucket start as the picks read it: its hour, day, weekday, and day, month and year in
// the display calendar, worked out once (the picks read them many times a bucket).
struct Stamp
{
    QCalendar::YearMonthDay parts;
    int h = 0;
    qint64 jd = 0;
    bool monday = false;

    int hour() const { return h; }
    qint64 julianDay() const { return jd; }
    bool isMonday() const { return monday; }
};

// One choice of labelled buckets: which rule, and its step (every `n` hours, days or months).
struct Pick
{
    enum class Rule
    {
        Every,          // every bucket
        HourEvery,      // every n hours
        DayEvery,       // midnight of every n-th day
        MondayMidnight, // midnight of a Monday
        EvenDay,        // every second day (day buckets)
        Monday,         // a Monday (day buckets)
        EvenMonday,     // every second Monday (day buckets)
        EvenWeek,       // every second week (week buckets)
        MonthEvery,     // midnight of the first day of every n-th month
        WeekInMonth,    // the week holding the first of every n-th month (week buckets)
        MonthOf         // every n-th month (month buckets)
    };
    Rule rule;
    int n = 1;

    // Only buckets that start at midnight can match (so only those need looking at).
    bool midnightOnly() const
    {
        return rule == Rule::DayEvery || rule == Rule::MondayMidnight || rule == Rule::MonthEvery;
    }

    bool matches(const Stamp &s) const
    {
        switch (rule) {
        case Rule::Every:
            return true;
        case Rule::HourEvery:
            return s.hour() % n == 0;
        case Rule::DayEvery:
            return s.hour() == 0 && s.julianDay() % n == 0;
        case Rule::MondayMidnight:
            return s.hour() == 0 && s.isMonday();
        case Rule::EvenDay:
            return s.julianDay() % 2 == 0;
        case Rule::Monday:
            return s.isMonday();
        case Rule::EvenMonday:
            return s.isMonday() && (s.julianDay() / 7) % 2 == 0;
        case Rule::EvenWeek:
            return (s.julianDay() / 7) % 2 == 0;
        case Rule::MonthEvery:
            return s.parts.day == 1 && s.hour() == 0 && (s.parts.month - 1) % n == 0;
        case Rule::WeekInMonth:
            return s.parts.day <= 7 && (s.parts.month - 1) % n == 0;
        case Rule::MonthOf:
            return (s.parts.month - 1) % n == 0;
        }
        return false;
    }
};

// From the densest to the sparsest choice of labelled buckets, for each scale.
QList<Pick> candidates(Scale scale)
{
    using Rule = Pick::Rule;
    QList<Pick> out;
    switch (scale) {
    case Scale::Hour:
        for (int every : {1, 2, 3, 6, 12})
            out.append({Rule::HourEvery, every});
        for (int days : {1, 2})
            out.append({Rule::DayEvery, days});
        out.append({Rule::MondayMidnight});
        for (int months : {1, 2, 3, 6, 12})
            out.append({Rule::MonthEvery, months});
        break;
    case Scale::Day:
        out.append({Rule::Every});
        out.append({Rule::EvenDay});
        out.append({Rule::Monday});
        out.append({Rule::EvenMonday});
        for (int months : {1, 2, 3, 6, 12})
            out.append({Rule::MonthEvery, months});
        break;
    case Scale::Week:
        out.append({Rule::Every});
        out.append({Rule::EvenWeek});
        for (int months : {1, 2, 3, 6, 12})
            out.append({Rule::WeekInMonth, months});
        break;
    case Scale::Month:
        // The service's months are Gregorian; each starts in a different Jalali month, so
        // picking by the calendar's month gives quarters and years of that calendar.
        for (int months : {1, 2, 3, 6, 12})
            out.append({Rule::MonthOf, months});
        break;
    }
    return out;
}

QString labelFor(const QDateTime &t, const Stamp &s, Scale scale, bool first, const QLocale &locale,
                 const QCalendar &calendar)
{
    const auto text = [&](const char *format) {
        return locale.toString(t, QString::fromLatin1(format), calendar);
    };
    const int day = s.parts.day;
    const int month = s.parts.month;
    switch (scale) {
    case Scale::Hour:
        if (s.hour() != 0)
            return text("HH:mm");
        if (day == 1 && month == 1)
            return text("d MMM yyyy");
        return text("d MMM");
    case Scale::Day:
    case Scale::Week:
        if (day <= 7 && month == 1 && !first)
            return text("d MMM yyyy");
        return text("d MMM");
    case Scale::Month:
        if (day != 1) // a Gregorian month under another calendar: its first day
            return first || month == 1 ? text("d MMM yyyy") : text("d MMM");
        if (first || month == 1)
            return text("MMM yyyy");
        return text("MMM");
    }
    return {};
}

// The ticks of `count` buckets whose starts startOf(i) gives.
template<typename StartOf>
QList<TimeAxisTicks::Tick> ticksOf(qsizetype count, StartOf startOf, Scale scale, int maxLabels,
                                   const QLocale &locale, const QCalendar &calendar)
{
    QList<TimeAxisTicks::Tick> out;
    if (count <= 0)
        return out;
    maxLabels = std::max(1, maxLabels);
    // One pass over the buckets: each one's stamp, and which of them start at midnight (the
    // only ones most picks of hours can take, a 24th of them).
    QList<Stamp> stamps;
    stamps.reserve(count);
    QList<qsizetype> midnights;
    qint64 lastDay = std::numeric_limits<qint64>::min();
    QCalendar::YearMonthDay lastParts;
    constexpr qint64 msPerDay = 86'400'000;
    constexpr qint64 epochJulianDay = 2'440'588; // 1970-01-01
    for (qsizetype i = 0; i < count; ++i) {
        const QDateTime &t = startOf(i);
        // The local wall time from the instant and its offset (what date() and time() work
        // out, each on its own, for every call).
        const qint64 local = t.toMSecsSinceEpoch() + qint64(t.offsetFromUtc()) * 1000;
        const qint64 dayMs = ((local % msPerDay) + msPerDay) % msPerDay;
        const qint64 day = (local - dayMs) / msPerDay + epochJulianDay;
        if (day != lastDay) { // hours share their day's calendar parts
            lastParts = calendar.partsFromDate(QDate::fromJulianDay(day));
            lastDay = day;
        }
        const int hour = static_cast<int>(dayMs / 3'600'000);
        if (hour == 0)
            midnights.append(i);
        // Julian day 0 was a Monday.
        stamps.append({lastParts, hour, day, day % 7 == 0});
    }
    QList<qsizetype> chosen;
    for (const Pick &pick : candidates(scale)) {
        chosen.clear();
        const auto take = [&](qsizetype i) {
            if (pick.matches(stamps[i]))
                chosen.append(i);
            return chosen.size() <= maxLabels;
        };
        if (pick.midnightOnly()) {
            for (qsizetype k = 0; k < midnights.size() && take(midnights[k]); ++k) {
            }
        } else {
            for (qsizetype i = 0; i < count && take(i); ++i) {
            }
        }
        if (!chosen.isEmpty() && chosen.size() <= maxLabels)
            break;
    }
    // Nothing round in range, or still too many: evenly spaced buckets.
    if (chosen.isEmpty() || chosen.size() > maxLabels) {
        chosen.clear();
        const qsizetype every = (count + maxLabels - 1) / maxLabels;
        for (qsizetype i = 0; i < count; i += every)
            chosen.append(i);
    }
    QSet<QString> used;
    for (qsizetype i : chosen) {
        QString label = labelFor(startOf(i), stamps[i], scale, out.isEmpty(), locale, calendar);
        while (used.contains(label)) // an axis keys its categories by label
            label.append(QChar(0x200B));
        used.insert(label);
        out.append({i, label});
    }
    return out;
}

} // namespace

QList<TimeAxisTicks::Tick> TimeAxisTicks::compute(const QList<QDateTime> &starts, Scale scale,
                                                  int maxLabels, const QLocale &locale,
                                                  const QCalendar &calendar)
{
    return ticksOf(
        starts.size(), [&starts](qsizetype i) -> const QDateTime & { return starts[i]; }, scale,
        maxLabels, locale, calendar);
}

QList<TimeAxisTicks::Tick> TimeAxisTicks::compute(const QList<UsageRow> &rows, Scale scale,
                                                  int maxLabels, const QLocale &locale,
                                                  const QCalendar &calendar)
{
    return ticksOf(
        rows.size(), [&rows](qsizetype i) -> const QDateTime & { return rows[i].start; }, scale,
        maxLabels, locale, calendar);
}

} // namespace geobox
