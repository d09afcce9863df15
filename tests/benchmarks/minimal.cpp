// geobox-bench-minimal: the baseline of startup_to_chart and peak_rss_demo: a
// QApplication with one empty QChartView, shown, grabbed and saved, then exit.
// Usage: geobox-bench-minimal FILE.png [--rss]  (--rss: print VmHWM_kB on stdout)

#include "benchrss.h"

#include <QApplication>
#include <QChart>
#include <QChartView>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto *chart = new QChart;
    QChartView view(chart);
    view.resize(1280, 820);
    view.show();
    QCoreApplication::processEvents();
    if (args.size() < 2 || !view.grab().save(args.at(1)))
        return 1;
    if (args.contains(QStringLiteral("--rss")))
        std::printf("VmHWM_kB %lld\n", static_cast<long long>(peakRssKb()));
    return 0;
}
