// The data cases, no network and no window: parsing a year of hours
// (parse_year_hourly) and the CSV export of a million rows (csv_export_rows).

#include "benchcases.h"
#include "parsers.h"
#include "usageexport.h"

#include <QFile>

namespace bench {

using namespace geobox;

DashboardSnapshot hourlySnapshot(qsizetype rows, int seed)
{
    DashboardSnapshot snapshot;
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    snapshot.query.scale = Scale::Hour;
    snapshot.query.resource.kind = Resource::Kind::Account;
    snapshot.query.resource.userId = 1;
    snapshot.query.resource.name = QStringLiteral("ana");
    snapshot.query.range = {first.date(), first.addSecs(3600 * (rows - 1)).date()};
    snapshot.rows.reserve(rows);
    quint32 x = 2463534242u + static_cast<quint32>(seed);
    for (qsizetype i = 0; i < rows; ++i) {
        x ^= x << 13; // xorshift: cheap, repeatable "usage"
        x ^= x >> 17;
        x ^= x << 5;
        const QDateTime start = first.addSecs(3600 * i);
        // Never zero, and varying by hour and by day.
        const qint64 calls = 1 + ((i % 24 < 7) ? x % 40 : x % 900) + (i / 24) % 7 * 25;
        snapshot.rows.append(
            {start, start.addSecs(3600), calls, calls * 2048 + (x % 4096), i == rows - 1});
    }
    snapshot.summary = UsageSummary{.availableStorage = 10'000'000'000,
                                    .usedStorage = 2'500'000'000,
                                    .maxDailyApiCalls = 20'000,
                                    .dailyApiCalls = 5'300,
                                    .maxMonthlyApiCalls = 400'000,
                                    .monthlyApiCalls = 120'000};
    snapshot.processSeconds = 4321;
    snapshot.fetchedAt = first.addSecs(3600 * rows);
    return snapshot;
}

void runParseYearHourly(const Options &options)
{
    // The wire form of usage/api (compact JSON, as FastAPI sends it): 8,784 hours of 2024.
    const DashboardSnapshot year = hourlySnapshot(8784);
    QByteArray body = "[";
    for (const UsageRow &row : year.rows) {
        if (body.size() > 1)
            body += ',';
        body += "[\"" + row.start.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")).toLatin1() +
                "\"," + QByteArray::number(*row.calls) + ']';
    }
    body += ']';
    const QTimeZone zone = QTimeZone::utc();
    for (int i = 0; i < 3; ++i) { // warm-up
        if (!parseUsageSeries(body, zone) || parseUsageSeries(body, zone).value().size() != 8784) {
            note(QStringLiteral("parse_year_hourly: the body did not parse"));
            return;
        }
    }
    QList<double> mbPerSecond;
    for (int i = 0; i < options.reps(50, 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QList<RawPoint>> points = parseUsageSeries(body, zone);
        const qint64 ns = timer.nsecsElapsed();
        if (!points)
            return;
        mbPerSecond.append(static_cast<double>(body.size()) / 1e6 /
                           (static_cast<double>(ns) / 1e9));
    }
    report({.name = QStringLiteral("parse_year_hourly"),
            .value = median(mbPerSecond),
            .unit = QStringLiteral("MB/s"),
            .decimals = 1});
}

void runCsvExportRows(const Options &options)
{
    const qsizetype rows = 1'000'000;
    const DashboardSnapshot snapshot = hourlySnapshot(rows);
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly)) {
        note(QStringLiteral("csv_export_rows: cannot open /dev/null"));
        return;
    }
    writeExport(sink, hourlySnapshot(10'000), ExportFormat::Csv); // warm-up
    QList<double> rowsPerSecond;
    for (int i = 0; i < options.reps(5, 2); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!writeExport(sink, snapshot, ExportFormat::Csv)) {
            note(QStringLiteral("csv_export_rows: the write failed"));
            return;
        }
        rowsPerSecond.append(static_cast<double>(rows) /
                             (static_cast<double>(timer.nsecsElapsed()) / 1e9));
    }
    report({.name = QStringLiteral("csv_export_rows"),
            .value = median(rowsPerSecond),
            .unit = QStringLiteral("rows/s"),
            .decimals = 0});
}

} // namespace bench
