#pragma once
// Every case of geobox-bench, one function each, and the data they share.

#include "benchreport.h"
#include "dashboardsnapshot.h"

namespace bench {

// `rows` hourly buckets from 1 Jan 2024 (a leap year: 8,784 hours), both metrics,
// values varied by `seed`, never zero, varying by hour and by day; the last bucket is running.
geobox::DashboardSnapshot hourlySnapshot(qsizetype rows, int seed = 1);

void runClientCallOverhead(const Options &options); // bench_client.cpp
void runRefreshFanout(const Options &options);
void runParseYearHourly(const Options &options); // bench_data.cpp
void runCsvExportRows(const Options &options);
void runChartUpdateYearHourly(const Options &options); // bench_gui.cpp
void runChartUpdate5yHourly(const Options &options);
void runChartUpdateStacked10(const Options &options);
void runChartHover5yHourly(const Options &options);
void runApiKeys1000(const Options &options);
void runBreakdown1000Keys(const Options &options); // bench_breakdown.cpp
void runBreakdownCachedBytes(const Options &options);
void runHistoryWriteBuckets(const Options &options); // bench_history.cpp
void runHistoryReadYearHourly(const Options &options);
void runRefreshIncrementalBytes(const Options &options);
void runStartupToChart(const Options &options);       // bench_process.cpp
void runStartupCachedToChart(const Options &options); // bench_process.cpp
void runPeakRssDemo(const Options &options);
void runForecastBacktest(const Options &options); // bench_insights.cpp
void runSpikeDetection(const Options &options);
// The --child-rss process: the window with a year of hourly data, then its VmHWM.
int childRss();

} // namespace bench
