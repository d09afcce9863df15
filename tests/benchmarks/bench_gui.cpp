// The window's cases (GUI thread, offscreen): a year of hours into the charts and the
// table (chart_update_year_hourly), and 1,000 API keys into the picker (apikeys_1000).

#include "benchcases.h"
#include "benchserver.h"
#include "querybar/resourcepicker.h"
#include "window/mainwindow.h"
#include "window/snapshotview.h"

#include <QApplication>

namespace bench {

using namespace geobox;

void runChartUpdateYearHourly(const Options &options)
{
    // The view the window draws a snapshot with (DashboardPage::showSnapshot hands it here):
    // the quota cards, both charts and the table model.
    SnapshotView view;
    view.resize(1280, 820);
    view.show();
    QCoreApplication::processEvents();
    const DashboardSnapshot snapshots[2] = {hourlySnapshot(8784, 1), hourlySnapshot(8784, 2)};
    // "Shown": the view has taken the snapshot, laid out, and painted a frame.
    auto show = [&view](const DashboardSnapshot &snapshot, double *setMs) {
        QElapsedTimer timer;
        timer.start();
        view.setSnapshot(snapshot);
        *setMs = msSince(timer);
        QCoreApplication::processEvents(); // deferred layout, posted events
        const QPixmap frame = view.grab(); // a full paint of what is on screen
        return frame.isNull() ? -1.0 : msSince(timer);
    };
    double setMs = 0;
    for (int i = 0; i < 3; ++i)
        show(snapshots[i % 2], &setMs);
    QList<double> shown, set;
    for (int i = 0; i < options.reps(20, 6); ++i) {
        shown.append(show(snapshots[i % 2], &setMs));
        set.append(setMs);
    }
    report({.name = QStringLiteral("chart_update_year_hourly"),
            .value = median(shown),
            .unit = QStringLiteral("ms"),
            .decimals = 2});
    report({.name = QStringLiteral("chart_update_year_hourly_set_only"),
            .value = median(set),
            .unit = QStringLiteral("ms"),
            .decimals = 2});
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
