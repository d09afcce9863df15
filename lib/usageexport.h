#pragma once
// The exports of what the dashboard shows: CSV (RFC 4180, UTF-8, header row,
// one row per bucket, text cells guarded against spreadsheet formulas) and
// JSON (an array of objects with the CSV's fields), streamed to a device, and
// written to a file atomically.

#include "dashboardsnapshot.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace geobox {

// bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial
QByteArray csvHeader();
// One CSV field: quoted when it holds a comma, a quote, CR or LF; a text that starts with
// = + - @, a tab or a CR gets a leading apostrophe so no spreadsheet runs it.
QByteArray csvTextCell(const QString &text);
// "2026-03-01T00:00:00Z", or with the offset ("+03:30") outside UTC.
QString isoTimestamp(const QDateTime &t);

enum class ExportFormat
{
    Csv,
    Json
};

// Streams the rows; false when the device refused a write.
bool writeExport(QIODevice &device, const DashboardSnapshot &snapshot, ExportFormat format);
QByteArray exportBytes(const DashboardSnapshot &snapshot, ExportFormat format);

// Writes to `path` through a temporary file renamed on success: on any error nothing
// partial is left and an existing file is untouched. nullopt on success, else why.
std::optional<QString> saveExport(const QString &path, const DashboardSnapshot &snapshot,
                                  ExportFormat format);

} // namespace geobox
