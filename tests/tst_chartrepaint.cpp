// What reaches the screen when the error banner moves the charts: the window's own backing
// store (what the platform shows, QScreen::grabWindow), not a fresh render of the widgets
// (QWidget::grab paints everything anew and so never shows a trace of an earlier frame). The
// old value-axis labels and titles must not stay drawn beside the new ones. They did: Qt's
// minimal viewport updates clean an item's old place from where the view last painted it,
// and a render outside the window (the greying's opacity effect renders the whole snapshot
// view for any repaint, and a grab renders it too) records the labels' new places before
// the scene has asked for the old ones to be cleaned. Greyed or not (the grab here alone
// did it), the screen must end as the widgets paint; so must it after the pointer moved
// the hover mark over greyed charts (the old marks stayed as dotted lines).

#include "banners/errorbanner.h"
#include "settle.h"
#include "window/snapshotview.h"

#include <QChartView>
#include <QDir>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace geobox;

namespace {

DashboardSnapshot dailySnapshot(qsizetype n, qint64 scale)
{
    DashboardSnapshot s;
    s.query.scale = Scale::Day;
    s.query.resource.userId = 1;
    const QDate first(2026, 10, 1);
    s.query.range = {first, first.addDays(n - 1)};
    for (qsizetype i = 0; i < n; ++i) {
        const QDateTime start(first.addDays(i), QTime(0, 0), QTimeZone::utc());
        const qint64 calls = (10 + i % 7) * scale;
        s.rows.append({start, start.addDays(1), calls, calls * 1000});
    }
    return s;
}

// Pixels (of the region) that differ by more than 64 in a channel.
qint64 differing(const QImage &a, const QImage &b, const QRect &region)
{
    qint64 count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            const QRgb pa = a.pixel(x, y);
            const QRgb pb = b.pixel(x, y);
            if (std::abs(qRed(pa) - qRed(pb)) > 64 || std::abs(qGreen(pa) - qGreen(pb)) > 64 ||
                std::abs(qBlue(pa) - qBlue(pb)) > 64)
                ++count;
        }
    }
    return count;
}

// The window as the platform has it on screen.
QImage onScreen(QWidget &window)
{
    return window.screen()
        ->grabWindow(window.winId())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

// True when, once every pending paint is done, the screen shows what the widgets paint;
// else both pictures are saved and the count of pixels that differ is said.
bool screenShowsWhatWidgetsPaint(QWidget &window)
{
    QImage truth;
    QImage shown;
    qint64 ghosts = 0;
    const auto settled = [&] {
        shown = onScreen(window);
        truth = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        ghosts = differing(shown, truth, window.rect());
        return ghosts == 0;
    };
    if (QTest::qWaitFor(settled, 3000))
        return true;
    const QString dir = QDir::tempPath();
    shown.save(dir + QStringLiteral("/tst_chartrepaint-screen.png"));
    truth.save(dir + QStringLiteral("/tst_chartrepaint-widgets.png"));
    qWarning("%s", qPrintable(QStringLiteral("%1 pixels on screen are not what the widgets paint "
                                             "(both saved in %2)")
                                  .arg(ghosts)
                                  .arg(dir)));
    return false;
}

} // namespace

class TestChartRepaint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerLeavesNoGhosts_data();
    void bannerLeavesNoGhosts();
    void hoverOverGreyedChartsLeavesNoMarks();
};

void TestChartRepaint::bannerLeavesNoGhosts_data()
{
    QTest::addColumn<bool>("greyed");
    QTest::newRow("greyed") << true;
    QTest::newRow("not greyed") << false;
}

void TestChartRepaint::bannerLeavesNoGhosts()
{
    QFETCH(bool, greyed);
    // As the dashboard page has it: the error banner above the snapshot, hidden until a
    // fetch fails.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new ErrorBanner(&window);
    layout->addWidget(banner);
    auto *content = new SnapshotView(&window);
    layout->addWidget(content, 1);
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    content->setSnapshot(dailySnapshot(30, 1000));
    QVERIFY(screenShowsWhatWidgetsPaint(window));

    // A fetch fails: the banner comes, the charts move down and (as the window has it) are
    // greyed.
    banner->showError(QStringLiteral("Server error (HTTP 503)"));
    content->setStale(greyed);
    QVERIFY(screenShowsWhatWidgetsPaint(window));
}

void TestChartRepaint::hoverOverGreyedChartsLeavesNoMarks()
{
    // The pointer moving over a greyed chart moves the hover mark in both charts; each
    // repaint of one chart renders the other (the effect's source is the whole view), and
    // with minimal updates the other chart's old marks stayed on screen as dotted lines.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *content = new SnapshotView(&window);
    layout->addWidget(content);
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    content->setSnapshot(dailySnapshot(30, 1000));
    content->setStale(true);
    QVERIFY(screenShowsWhatWidgetsPaint(window));
    QWidget *viewport = content->findChild<QChartView *>(QStringLiteral("callsChart"))->viewport();
    for (int i = 0; i < 12; ++i) {
        QTest::mouseMove(viewport, QPoint(140 + 80 * i, viewport->height() / 2));
        testing::settle(); // each move painted before the next
    }
    QVERIFY(screenShowsWhatWidgetsPaint(window));
}

QTEST_MAIN(TestChartRepaint)
#include "tst_chartrepaint.moc"
