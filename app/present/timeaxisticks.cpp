#include "timeaxisticks.h"

#include <QSet>

#include <functional>
#include <limits>

namespace geobox {

namespace {

// A bucket start as the picks read it: its hour, day, weekday, and day, month and year in
// the display calendar, worked out once (the picks read them many times a bucket).
struct Stamp
{
    QDateTime t;
    QCalendar::YearMonthDay parts;
    int h = 0;
    qint64 jd = 0;
    bool monday = false;

    int hour() const { return h; }
    qint64 julianDay() const { return jd; }
    bool isMonday() const { return monday; }
};

using Pick = std::function<bool(const Stamp &)>;

bool startsMonth(const Stamp &s, int every)
{
    return s.parts.day == 1 && s.hour() == 0 && (s.parts.month - 1) % every == 0;
}

// From the densest to the sparsest choice of labelled buckets, for each scale.
QList<Pick> candidates(Scale scale)
{
    QList<Pick> out;
    switch (scale) {
    case Scale::Hour:
        for (int every : {1, 2, 3, 6, 12})
            out.append([every](const Stamp &s) { return s.hour() % every == 0; });
        for (int days : {1, 2})
            out.append(
                [days](const Stamp &s) { return s.hour() == 0 && s.julianDay() % days == 0; });
        out.append([](const Stamp &s) { return s.hour() == 0 && s.isMonday(); });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const Stamp &s) { return startsMonth(s, months); });
        break;
    case Scale::Day:
        out.append([](const Stamp &) { return true; });
        out.append([](const Stamp &s) { return s.julianDay() % 2 == 0; });
        out.append([](const Stamp &s) { return s.isMonday(); });
        out.append([](const Stamp &s) { return s.isMonday() && (s.julianDay() / 7) % 2 == 0; });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const Stamp &s) { return startsMonth(s, months); });
        break;
    case Scale::Week:
        out.append([](const Stamp &) { return true; });
        out.append([](const Stamp &s) { return (s.julianDay() / 7) % 2 == 0; });
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const Stamp &s) {
                return s.parts.day <= 7 && (s.parts.month - 1) % months == 0;
            });
        break;
    case Scale::Month:
        // The service's months are Gregorian; each starts in a different Jalali month, so
        // picking by the calendar's month gives quarters and years of that calendar.
        for (int months : {1, 2, 3, 6, 12})
            out.append([months](const Stamp &s) { return (s.parts.month - 1) % months == 0; });
        break;
    }
    return out;
}

QString labelFor(const Stamp &s, Scale scale, bool first, const QLocale &locale,
                 const QCalendar &calendar)
{
    const auto text = [&](const char *format) {
        return locale.toString(s.t, QString::fromLatin1(format), calendar);
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

} // namespace

QList<TimeAxisTicks::Tick> TimeAxisTicks::compute(const QList<QDateTime> &starts, Scale scale,
                                                  int maxLabels, const QLocale &locale,
                                                  const QCalendar &calendar)
{
    QList<Tick> out;
    if (starts.isEmpty())
        return out;
    maxLabels = std::max(1, maxLabels);
    QList<Stamp> stamps;
    stamps.reserve(starts.size());
    qint64 lastDay = std::numeric_limits<qint64>::min();
    QCalendar::YearMonthDay lastParts;
    constexpr qint64 msPerDay = 86'400'000;
    constexpr qint64 epochJulianDay = 2'440'588; // 1970-01-01
    for (const QDateTime &t : starts) {
        // The local wall time from the instant and its offset (what date() and time() work
        // out, each on its own, for every call).
        const qint64 local = t.toMSecsSinceEpoch() + qint64(t.offsetFromUtc()) * 1000;
        const qint64 dayMs = ((local % msPerDay) + msPerDay) % msPerDay;
        const qint64 day = (local - dayMs) / msPerDay + epochJulianDay;
        if (day != lastDay) { // hours share their day's calendar parts
            lastParts = calendar.partsFromDate(QDate::fromJulianDay(day));
            lastDay = day;
        }
        // Julian day 0 was a Monday.
        stamps.append({t, lastParts, static_cast<int>(dayMs / 3'600'000), day, day % 7 == 0});
    }
    QList<qsizetype> chosen;
    for (const Pick &pick : candidates(scale)) {
        chosen.clear();
        for (qsizetype i = 0; i < stamps.size() && chosen.size() <= maxLabels; ++i) {
            if (pick(stamps[i]))
                chosen.append(i);
        }
        if (!chosen.isEmpty() && chosen.size() <= maxLabels)
            break;
    }
    // Nothing round in range, or still too many: evenly spaced buckets.
    if (chosen.isEmpty() || chosen.size() > maxLabels) {
        chosen.clear();
        const qsizetype every = (starts.size() + maxLabels - 1) / maxLabels;
        for (qsizetype i = 0; i < starts.size(); i += every)
            chosen.append(i);
    }
    QSet<QString> used;
    for (qsizetype i : chosen) {
        QString label = labelFor(stamps[i], scale, out.isEmpty(), locale, calendar);
        while (used.contains(label)) // an axis keys its categories by label
            label.append(QChar(0x200B));
        used.insert(label);
        out.append({i, label});
    }
    return out;
}

} // namespace geobox
