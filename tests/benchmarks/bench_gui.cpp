// The window's cases (GUI thread, offscreen): a year of hours into the charts and the
// table (chart_update_year_hourly), and 1,000 API keys into the picker (apikeys_1000).

#include "benchcases.h"
#include "benchserver.h"
#include "chart/usagechartview.h"
#include "querybar/resourcepicker.h"
#include "window/mainwindow.h"
#include "window/snapshotview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QToolTip>

#include <functional>

namespace bench {

using namespace geobox;

namespace {

// "Shown": the view has taken the snapshot (and, for a stack, its parts), laid out, and
// painted one full frame. Median of the repetitions, two snapshots alternating.
void measureShown(const QString &name, const DashboardSnapshot (&snapshots)[2],
                  const std::function<void(SnapshotView &, int)> &extra, const Options &options,
                  bool reportSetOnly = false)
{
    SnapshotView view;
    view.resize(1280, 820);
    view.show();
    QCoreApplication::processEvents();
    auto show = [&](int which, double *setMs) {
        QElapsedTimer timer;
        timer.start();
        view.setSnapshot(snapshots[which]);
        if (extra)
            extra(view, which);
        *setMs = msSince(timer);
        QCoreApplication::processEvents(); // deferred layout, posted events
        const QPixmap frame = view.grab(); // a full paint of what is on screen
        return frame.isNull() ? -1.0 : msSince(timer);
    };
    double setMs = 0;
    for (int i = 0; i < 3; ++i)
        show(i % 2, &setMs);
    QList<double> shown, set;
    for (int i = 0; i < options.reps(20, 6); ++i) {
        shown.append(show(i % 2, &setMs));
        set.append(setMs);
    }
    report({.name = name, .value = median(shown), .unit = QStringLiteral("ms"), .decimals = 2});
    if (reportSetOnly)
        report({.name = name + QStringLiteral("_set_only"),
                .value = median(set),
                .unit = QStringLiteral("ms"),
                .decimals = 2});
}

// Ten keys and "other" sharing each hour's calls, in shares that vary by key and hour.
UsageChartView::Stack stackOf(const DashboardSnapshot &snapshot, int seed)
{
    UsageChartView::Stack parts;
    for (int k = 0; k <= 10; ++k) {
        PlotPart part;
        part.name = k < 10 ? QStringLiteral("key-%1").arg(k + 1) : QStringLiteral("Other keys");
        part.color = QColor::fromHsv((k * 33 + seed * 7) % 360, 160, 200);
        part.values.reserve(snapshot.rows.size());
        for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
            const qreal weight = static_cast<qreal>(1 + ((i + k * 7) % 11));
            part.values.append(qreal(snapshot.rows[i].calls.value_or(0)) * weight / 66.0);
        }
        parts.append(part);
    }
    return parts;
}

} // namespace

void runChartUpdateYearHourly(const Options &options)
{
    // The view the window draws a snapshot with (DashboardPage::showSnapshot hands it here):
    // the quota cards, both charts and the table model.
    const DashboardSnapshot snapshots[2] = {hourlySnapshot(8784, 1), hourlySnapshot(8784, 2)};
    measureShown(QStringLiteral("chart_update_year_hourly"), snapshots, {}, options, true);
}

void runChartUpdate5yHourly(const Options &options)
{
    const DashboardSnapshot snapshots[2] = {hourlySnapshot(43848, 1), hourlySnapshot(43848, 2)};
    measureShown(QStringLiteral("chart_update_5y_hourly"), snapshots, {}, options);
}

void runChartUpdateStacked10(const Options &options)
{
    const DashboardSnapshot snapshots[2] = {hourlySnapshot(8784, 1), hourlySnapshot(8784, 2)};
    const UsageChartView::Stack stacks[2] = {stackOf(snapshots[0], 1), stackOf(snapshots[1], 2)};
    measureShown(
        QStringLiteral("chart_update_stacked_10"), snapshots,
        [&stacks](SnapshotView &view, int which) {
            auto *chart = view.findChild<UsageChartView *>();
            chart->setStack(Metric::Calls, stacks[which]);
            chart->setStack(Metric::Traffic, stacks[which]);
        },
        options);
}

void runChartHover5yHourly(const Options &options)
{
    // One pointer move over the calls chart to the tooltip's new text: the bucket found
    // under the pointer, both charts marked, the text made and shown.
    SnapshotView view;
    view.resize(1280, 820);
    view.show();
    view.setSnapshot(hourlySnapshot(43848, 3));
    QCoreApplication::processEvents();
    view.grab();
    auto *chart = view.findChild<UsageChartView *>();
    auto *calls = chart->findChild<QWidget *>(QStringLiteral("callsChart"));
    QWidget *viewport = calls->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"));
    if (!viewport)
        viewport = calls;
    QList<double> times;
    const int width = viewport->width();
    const int y = viewport->height() / 2;
    for (int i = 0; i < options.reps(200, 50); ++i) {
        const QPoint at(120 + (i * 37) % std::max(1, width - 160), y);
        QElapsedTimer timer;
        timer.start();
        // A real pointer move through the window system's path, as QTest makes one: the
        // chart's hover finds the bucket, marks both charts and shows the tooltip's text.
        QTest::mouseMove(viewport, at);
        const double ms = msSince(timer);
        // Counted only when there was a bucket there (a tooltip to show).
        if (!chart->hoverText(Metric::Calls, at).isEmpty())
            times.append(ms);
    }
    if (times.isEmpty()) {
        note(QStringLiteral("chart_hover_5y_hourly: no tooltip came"));
        return;
    }
    report({.name = QStringLiteral("chart_hover_5y_hourly"),
            .value = median(times),
            .unit = QStringLiteral("ms"),
            .decimals = 3});
}

void runApiKeys1000(const Options &options)
{
    ServerThread server(1000);
    BenchClient bc(server);
    if (!server.isListening())
        return;
    DashboardState state(&bc.client);
    MainWindow window(&state, server.url().authority(), false);
    window.resize(1280, 820);
    window.show();
    QCoreApplication::processEvents();
    auto *picker = window.findChild<ResourcePicker *>();
    if (!picker) {
        note(QStringLiteral("apikeys_1000: no ResourcePicker in the window"));
        return;
    }
    // From loadAccount() to the picker holding the keys (the window's own slot, connected
    // first, has run when ours does).
    auto load = [&] {
        Waiter waiter;
        const QMetaObject::Connection done =
            QObject::connect(&state, &DashboardState::accountLoaded, &window, [&] {
                if (picker->resources().size() >= 1001 && picker->count() >= 1001)
                    waiter.finish();
            });
        const QMetaObject::Connection bad = QObject::connect(&state, &DashboardState::accountFailed,
                                                             &window, [&] { waiter.finish(); });
        QElapsedTimer timer;
        timer.start();
        state.loadAccount();
        waiter.wait();
        const double ms = msSince(timer);
        QObject::disconnect(done);
        QObject::disconnect(bad);
        const bool ok = picker->resources().size() >= 1001;
        // Let the query the window starts on an account settle before the next round.
        QElapsedTimer idle;
        idle.start();
        while ((state.isLoading() || idle.elapsed() < 50) && idle.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return ok ? ms : -1.0;
    };
    if (load() < 0) {
        note(QStringLiteral("apikeys_1000: the keys did not arrive (%1 listed)")
                 .arg(picker->resources().size()));
        return;
    }
    load();
    QList<double> times;
    for (int i = 0; i < options.reps(7, 3); ++i)
        times.append(load());
    report({.name = QStringLiteral("apikeys_1000"),
            .value = median(times),
            .unit = QStringLiteral("ms"),
            .decimals = 2});
}

} // namespace bench
