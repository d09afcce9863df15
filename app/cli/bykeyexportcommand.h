#pragma once
// `geobox-usage export --by key`: the signed-in account broken down by API key, one row per
// bucket per key (and the usage from no listed key), as CSV or JSON, to stdout or a file
// written atomically. export checks the arguments and hands over here.

#include "daterange.h"
#include "usageexport.h"
#include "usagetypes.h"

#include <QCommandLineParser>

#include <optional>

namespace geobox::cli {

struct ByKeyExportOptions
{
    Scale scale = Scale::Day;
    Qt::DayOfWeek weekStart = Qt::Monday;
    bool calls = true;
    bool traffic = true;
    std::optional<DateRange> range; // nullopt: the last `days` days, today included
    int days = 30;
    ExportFormat format = ExportFormat::Csv;
    QString output; // empty: standard output
};

// `parser` holds the connection options.
int runExportByKey(const QCommandLineParser &parser, const ByKeyExportOptions &options);

} // namespace geobox::cli
