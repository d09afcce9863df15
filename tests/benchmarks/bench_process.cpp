// The whole-process cases: `geobox-usage --demo --screenshot` from start to exit
// (startup_to_chart), the same from the history store with every server answer 2 s late
// (startup_cached_to_chart) and the peak memory of the window with a year of hours
// (peak_rss_demo), each against geobox-bench-minimal (one empty QChartView).

#include "benchcases.h"
#include "benchrss.h"
#include "benchserver.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace bench {

using namespace geobox;

namespace {

struct ChildRun
{
    double ms = -1;
    QByteArray out;
};

ChildRun runChild(const Options &options, const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.configDir);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        note(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(u' '),
                      QString::fromLocal8Bit(process.readAllStandardError())));
        return {};
    }
    return {msSince(timer), process.readAllStandardOutput()};
}

qint64 rssFrom(const QByteArray &out)
{
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("VmHWM_kB "))
            return line.mid(9).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

void runStartupToChart(const Options &options)
{
    QTemporaryDir dir;
    const QString app = QStringLiteral(GEOBOX_USAGE_BIN);
    const QString minimal = QStringLiteral(GEOBOX_BENCH_MINIMAL_BIN);
    const QStringList appArgs = {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                 dir.filePath(QStringLiteral("demo.png"))};
    const QStringList minimalArgs = {dir.filePath(QStringLiteral("minimal.png"))};
    runChild(options, app, appArgs); // warm-up: the page cache, fontconfig's cache
    runChild(options, minimal, minimalArgs);
    QList<double> appMs, minimalMs;
    for (int i = 0; i < options.reps(5, 3); ++i) {
        appMs.append(runChild(options, app, appArgs).ms);
        minimalMs.append(runChild(options, minimal, minimalArgs).ms);
    }
    if (appMs.contains(-1) || minimalMs.contains(-1))
        return;
    report({.name = QStringLiteral("startup_to_chart"),
            .value = median(appMs),
            .unit = QStringLiteral("ms"),
            .baseline = median(minimalMs),
            .decimals = 1});
}

void runStartupCachedToChart(const Options &options)
{
    // The sandbox on the real clock: the app is not the demo and keeps its own.
    ServerThread server(0, false);
    if (!server.isListening())
        return;
    QTemporaryDir dir;
    const QString app = QStringLiteral(GEOBOX_USAGE_BIN);
    const QString minimal = QStringLiteral(GEOBOX_BENCH_MINIMAL_BIN);
    const QStringList appArgs = {
        QStringLiteral("--server"),     server.url().toString(),
        QStringLiteral("--history"),    dir.filePath(QStringLiteral("history.sqlite")),
        QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("cached.png"))};
    const QStringList minimalArgs = {dir.filePath(QStringLiteral("minimal.png"))};
    QProcessEnvironment env;
    env.insert(QStringLiteral("GEOBOX_APIKEY"), server.apiKey());
    // The first run fills the store (and warms the page cache), at the server's pace.
    if (runChild(options, app, appArgs, env).ms < 0)
        return;
    runChild(options, minimal, minimalArgs);
    server.onServer([](sandbox::SandboxServer &s) { s.addFault(QStringLiteral("*=delay:2000")); });
    QList<double> appMs, minimalMs;
    for (int i = 0; i < options.reps(5, 3); ++i) {
        appMs.append(runChild(options, app, appArgs, env).ms);
        minimalMs.append(runChild(options, minimal, minimalArgs).ms);
    }
    if (appMs.contains(-1) || minimalMs.contains(-1))
        return;
    report({.name = QStringLiteral("startup_cached_to_chart"),
            .value = median(appMs),
            .unit = QStringLiteral("ms"),
            .baseline = median(minimalMs),
            .decimals = 1});
}

void runPeakRssDemo(const Options &options)
{
    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal = QStringLiteral(GEOBOX_BENCH_MINIMAL_BIN);
    QList<double> demoMb, minimalMb;
    for (int i = 0; i < options.reps(3, 1); ++i) {
        const qint64 demo = rssFrom(runChild(options, self, {QStringLiteral("--child-rss")}).out);
        const qint64 base =
            rssFrom(runChild(options, minimal,
                             {dir.filePath(QStringLiteral("m.png")), QStringLiteral("--rss")})
                        .out);
        if (demo < 0 || base < 0) {
            note(QStringLiteral("peak_rss_demo: a child did not report its VmHWM"));
            return;
        }
        demoMb.append(static_cast<double>(demo) / 1024.0);
        minimalMb.append(static_cast<double>(base) / 1024.0);
    }
    report({.name = QStringLiteral("peak_rss_demo"),
            .value = median(demoMb),
            .unit = QStringLiteral("MB"),
            .baseline = median(minimalMb),
            .decimals = 1});
}

// As `geobox-usage --demo` does it: the sandbox in-process on a thread of its own and the
// window over a DashboardState, here asked for a year of hours; once it is painted, the peak.
int childRss()
{
    ServerThread server;
    BenchClient bc(server);
    if (!server.isListening())
        return 1;
    DashboardState state(&bc.client);
    MainWindow window(&state, server.url().authority(), true);
    window.resize(1280, 820);
    window.show();
    DashboardQuery year;
    year.scale = Scale::Hour;
    year.range = {benchNow().date().addDays(-365), benchNow().date()};
    QObject::connect(&state, &DashboardState::accountLoaded, &window, [&](const User &me) {
        year.resource = Resource::account(me);
        state.setQuery(year); // after the window's own query: this one wins
    });
    Waiter waiter;
    QObject::connect(&state, &DashboardState::snapshotChanged, &window,
                     [&](const DashboardSnapshot &snapshot) {
                         if (snapshot.query.scale == Scale::Hour)
                             waiter.finish();
                     });
    QObject::connect(&state, &DashboardState::failed, &window, [&] { waiter.finish(); });
    state.loadAccount();
    waiter.wait();
    const std::optional<DashboardSnapshot> shown = state.snapshot();
    if (!shown || shown->rows.size() < 8000) {
        std::fprintf(stderr, "the year of hours was not shown\n");
        return 1;
    }
    QCoreApplication::processEvents();
    if (window.grab().isNull())
        return 1;
    std::printf("rows %lld\nVmHWM_kB %lld\n", static_cast<long long>(shown->rows.size()),
                static_cast<long long>(peakRssKb()));
    return 0;
}

} // namespace bench
