// What reaches the screen when the charts are greyed: the window's own backing store
// (what the platform shows, QScreen::grabWindow), not a fresh render of the widgets
// (QWidget::grab paints everything anew and so never shows a trace of an earlier frame).
// When the error banner appears above greyed charts, the old value-axis labels must not
// stay drawn under the new ones. They do (an expected failure, until the cause is found).

#include "banners/errorbanner.h"
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

} // namespace

class TestChartRepaint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerOverGreyedChartsLeavesNoGhosts();
};

void TestChartRepaint::bannerOverGreyedChartsLeavesNoGhosts()
{
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
    QTRY_COMPARE(differing(onScreen(window),
                           window.grab().toImage().convertToFormat(QImage::Format_RGB32),
                           window.rect()),
                 0);

    // A fetch fails: the banner comes, the charts move down and are greyed.
    banner->showError(QStringLiteral("Server error (HTTP 503)"));
    content->setStale(true);
    // What the screen shows, once every pending paint is done, is what the widgets paint.
    QImage truth;
    QImage shown;
    qint64 ghosts = 0;
    const auto settled = [&] {
        shown = onScreen(window);
        truth = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        ghosts = differing(shown, truth, window.rect());
        return ghosts == 0;
    };
    const bool same = QTest::qWaitFor(settled, 3000);
    if (!same) {
        const QString dir = QDir::tempPath();
        shown.save(dir + QStringLiteral("/tst_chartrepaint-screen.png"));
        truth.save(dir + QStringLiteral("/tst_chartrepaint-widgets.png"));
        qWarning("%s",
                 qPrintable(QStringLiteral("%1 pixels on screen are not what the widgets paint "
                                           "(both saved in %2)")
                                .arg(ghosts)
                                .arg(dir)));
    }
    // This failed (the old value labels and axis titles stayed on screen beside the new ones)
    // until the time axis stopped being set again with the same labels and the quota cards
    // stopped restyling themselves on every snapshot; which of the two it was is not known.
    QVERIFY(same);
}

QTEST_MAIN(TestChartRepaint)
#include "tst_chartrepaint.moc"
