#pragma once
// The exports of what the dashboard shows: CSV (RFC 4180, UTF-8, header row,
// one row per bucket, text cells guarded against spreadsheet formulas) and
// JSON (an array of objects with the CSV's fields), streamed to a device, and
// written to a file atomically. On request, a Jalali (Solar Hijri) column
// follows bucket_start.

#include "dashboardsnapshot.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <optional>

namespace geobox {

// The calendar of the extra date column: Gregorian adds none; Jalali adds
// bucket_start_jalali right after bucket_start (CSV column and JSON field).
enum class ExportCalendar
{
    Gregorian,
    Jalali
};
// "gregorian", "jalali" (the command line's --calendar); nullopt for anything else.
std::optional<ExportCalendar> exportCalendarFromName(QStringView name);
// False when this Qt was built without the Jalali calendar (QCalendar::availableCalendars()).
bool jalaliCalendarAvailable();

// bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial
// (Jalali: bucket_start,bucket_start_jalali,bucket_end,...)
QByteArray csvHeader(ExportCalendar calendar = ExportCalendar::Gregorian);
// One CSV field: quoted when it holds a comma, a quote, CR or LF; a text that starts with
// = + - @, a tab or a CR gets a leading apostrophe so no spreadsheet runs it.
QByteArray csvTextCell(const QString &text);
// A JSON string literal, quotes included, with quotes, backslashes and control characters
// escaped.
QByteArray jsonString(const QString &text);
// "2026-03-01T00:00:00Z", or with the offset ("+03:30") outside UTC.
QString isoTimestamp(const QDateTime &t);
// isoTimestamp(t) with its date written in the Jalali calendar: the wall-clock day of t in
// its own offset as a Jalali year (4 digits or more), month and day (2 digits each), Latin
// digits, then the same time and zone: "2026-11-27T14:00:00+03:30" gives
// "1405-09-06T14:00:00+03:30". Not ISO 8601 (which is Gregorian); sorts like it within a
// zone. Empty when Qt has no Jalali calendar.
QString jalaliTimestamp(const QDateTime &t);

enum class ExportFormat
{
    Csv,
    Json
};

// The columns `export --compare` appends after partial (and the JSON fields after it):
// previous_bucket_start, previous_calls, previous_traffic_bytes.
QByteArray csvCompareHeader();

// Streams the rows; false when the device refused a write. With `previous` (the rows of the
// period compared with), each row also carries the matching row's start and figures
// (matchingRow(); empty cells, or null, where the other period has none).
bool writeExport(QIODevice &device, const DashboardSnapshot &snapshot, ExportFormat format,
                 ExportCalendar calendar = ExportCalendar::Gregorian,
                 const QList<UsageRow> *previous = nullptr);
QByteArray exportBytes(const DashboardSnapshot &snapshot, ExportFormat format,
                       ExportCalendar calendar = ExportCalendar::Gregorian,
                       const QList<UsageRow> *previous = nullptr);

// Writes to `path` through a temporary file renamed on success: on any error nothing
// partial is left and an existing file is untouched. nullopt on success, else why.
std::optional<QString> saveExport(const QString &path, const DashboardSnapshot &snapshot,
                                  ExportFormat format,
                                  ExportCalendar calendar = ExportCalendar::Gregorian,
                                  const QList<UsageRow> *previous = nullptr);

} // namespace geobox
