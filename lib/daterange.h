#pragma once
// DateRange: an inclusive range of whole days in the service's zone, the
// presets a user picks from, and the words that describe a range
// ("1 – 7 Mar 2026, 7 days").

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

namespace geobox {

struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

enum class RangePreset
{
    Today,
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    Last12Months, // the 365 days (366 across a 29 February) ending today
    ThisYear,     // 1 January (Jalali: 1 Farvardin) to today
    Custom
};

// The range a preset means on `today`. Custom gives an invalid range. The months and
// years of This month, Last month and This year are the calendar's (Jalali: 1 Azar –
// today); Last 12 months is the same days in either calendar (on 1 Dec 2026: 2 Dec 2025 –
// 1 Dec 2026), as Last 30 days is.
DateRange presetRange(RangePreset preset, const QDate &today,
                      const QCalendar &calendar = QCalendar());
// "today", "last-7-days", ... for settings and the command line.
QString presetId(RangePreset preset);
std::optional<RangePreset> presetFromId(QStringView id);
// "Last 7 days", for a menu.
QString presetLabel(RangePreset preset);

// "1 – 7 Mar 2026, 7 days", "28 Feb – 3 Mar 2026, 4 days", "5 Mar 2026, 1 day";
// in the calendar's days and months ("10 – 16 Esfand 1404, 7 days").
QString describeRange(const DateRange &range, const QLocale &locale = QLocale(),
                      const QCalendar &calendar = QCalendar());

} // namespace geobox

Q_DECLARE_METATYPE(geobox::DateRange)
Q_DECLARE_METATYPE(geobox::RangePreset)
