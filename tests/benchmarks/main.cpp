// geobox-bench: Geobox Usage's performance benchmarks. One JSON object per line on stdout:
// {"name", "value", "unit"[, "baseline", "ratio"]}; notes for people go to stderr.
// Options: --case NAME (repeatable), --quick (fewer repetitions), --list.
// Runs the window offscreen unless QT_QPA_PLATFORM says otherwise.

#include "benchcases.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

using namespace bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nothing the window remembers (QSettings) may touch the user's own configuration.
    QTemporaryDir configDir;
    if (qEnvironmentVariableIsEmpty("GEOBOX_BENCH_CHILD")) {
        qputenv("XDG_CONFIG_HOME", configDir.path().toLocal8Bit());
        qputenv("GEOBOX_BENCH_CHILD", "1");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxBench"));
    QCoreApplication::setApplicationName(QStringLiteral("geobox-bench"));

    const std::pair<const char *, std::function<void(const Options &)>> cases[] = {
        {"client_call_overhead", runClientCallOverhead},
        {"parse_year_hourly", runParseYearHourly},
        {"refresh_fanout", runRefreshFanout},
        {"chart_update_year_hourly", runChartUpdateYearHourly},
        {"chart_update_5y_hourly", runChartUpdate5yHourly},
        {"chart_update_stacked_10", runChartUpdateStacked10},
        {"chart_hover_5y_hourly", runChartHover5yHourly},
        {"startup_to_chart", runStartupToChart},
        {"startup_cached_to_chart", runStartupCachedToChart},
        {"peak_rss_demo", runPeakRssDemo},
        {"csv_export_rows", runCsvExportRows},
        {"apikeys_1000", runApiKeys1000},
        {"breakdown_1000_keys", runBreakdown1000Keys},
        {"breakdown_cached_bytes", runBreakdownCachedBytes},
        {"forecast_backtest", runForecastBacktest},
        {"spike_detection", runSpikeDetection},
        {"history_write_buckets", runHistoryWriteBuckets},
        {"history_read_year_hourly", runHistoryReadYearHourly},
        {"refresh_incremental_bytes", runRefreshIncrementalBytes},
    };

    Options options;
    options.configDir = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QStringLiteral("--child-rss")) {
            return childRss();
        } else if (arg == QStringLiteral("--quick")) {
            options.quick = true;
        } else if (arg == QStringLiteral("--case") && i + 1 < args.size()) {
            options.cases.append(args.at(++i));
        } else if (arg == QStringLiteral("--list")) {
            for (const auto &[name, run] : cases)
                std::printf("%s\n", name);
            return 0;
        } else {
            std::fprintf(stderr, "usage: geobox-bench [--quick] [--case NAME]... [--list]\n");
            return 2;
        }
    }
    for (const QString &name : std::as_const(options.cases)) {
        bool known = false;
        for (const auto &[caseName, run] : cases)
            known = known || name == QLatin1String(caseName);
        if (!known) {
            std::fprintf(stderr, "geobox-bench: no case %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    for (const auto &[name, run] : cases) {
        if (options.wants(QLatin1String(name)))
            run(options);
    }
    return 0;
}
