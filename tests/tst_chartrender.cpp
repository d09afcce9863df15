// The charts draw no more than the pixels show, and it is the same picture: a line
// reduced per pixel column (M4) renders like the full line, and a reduction that drops
// each column's maximum does not (the negative control). Then the widget: a stack of
// parts and a dashed overlay, the tooltip that lists them, and three defects: the tooltip
// a moment after the pointer stops, old axis labels left on screen (a change repaints the
// whole view), and the value labels at the window's minimum size.

#include "chart/plotlayer.h"
#include "chart/usagechartview.h"
#include "chartreduction.h"
#include "settle.h"
#include "window/snapshotview.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QHelpEvent>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

#include <cmath>

using namespace geobox;

namespace {

// Hourly usage that is never zero and varies by hour and by day, with spikes.
QList<qreal> hourlyValues(qsizetype n, quint32 seed)
{
    QList<qreal> values;
    values.reserve(n);
    quint32 x = 2463534242u + seed;
    for (qsizetype i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        const double daily = 0.5 + 0.5 * std::sin(double(i % 24) / 24.0 * 2 * M_PI);
        const double weekly = (i / 24) % 7 >= 5 ? 0.4 : 1.0;
        qreal v = 20 + 800 * daily * weekly + double(x % 200);
        if (x % 997 == 0)
            v *= 4; // a spike
        values.append(v);
    }
    return values;
}

QList<QPointF> toPixels(const QList<qreal> &values, const QRectF &plot, bool reversed)
{
    qreal peak = 1;
    for (qreal v : values)
        peak = std::max(peak, v);
    QList<QPointF> points;
    points.reserve(values.size());
    const qreal n = static_cast<qreal>(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qreal t = (static_cast<qreal>(i) + 0.5) / n;
        const qreal x = reversed ? plot.right() - t * plot.width() : plot.left() + t * plot.width();
        points.append(QPointF(x, plot.bottom() - values[i] / peak * plot.height()));
    }
    return points;
}

// The same pen and painter settings as PlotLayer's line.
QImage render(const QList<QPointF> &points, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(PlotLayer::densePen(QColor(0x2f, 0x6f, 0xd6)));
    painter.drawPolyline(points.constData(), static_cast<int>(points.size()));
    return image;
}

double differingShare(const QImage &a, const QImage &b)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (std::abs(qRed(pa[x]) - qRed(pb[x])) > 64 ||
                std::abs(qGreen(pa[x]) - qGreen(pb[x])) > 64 ||
                std::abs(qBlue(pa[x]) - qBlue(pb[x])) > 64)
                ++differing;
        }
    }
    return double(differing) / double(qint64(a.width()) * a.height());
}

// The negative control: per column the first, the lowest value and the last, but not the
// highest value (the smallest y).
QList<QPointF> dropColumnMaximum(const QList<QPointF> &points)
{
    QList<QPointF> out;
    qsizetype i = 0;
    while (i < points.size()) {
        const qint64 column = ChartReduction::columnOf(points[i].x());
        qsizetype first = i, lowest = i, last = i;
        for (++i; i < points.size() && ChartReduction::columnOf(points[i].x()) == column; ++i) {
            last = i;
            if (points[i].y() > points[lowest].y())
                lowest = i;
        }
        out.append(points[first]);
        if (lowest != first && lowest != last)
            out.append(points[lowest]);
        if (last != first)
            out.append(points[last]);
    }
    return out;
}

DashboardSnapshot hourlySnapshot(qsizetype n)
{
    DashboardSnapshot s;
    s.query.scale = Scale::Hour;
    s.query.resource.userId = 1;
    const QDateTime first(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    s.query.range = {first.date(), first.addSecs(3600 * (n - 1)).date()};
    const QList<qreal> calls = hourlyValues(n, 1);
    for (qsizetype i = 0; i < n; ++i) {
        const QDateTime start = first.addSecs(3600 * i);
        s.rows.append(
            {start, start.addSecs(3600), qint64(calls[i]), qint64(calls[i]) * 3000, i == n - 1});
    }
    return s;
}

DashboardSnapshot dailySnapshot(qsizetype n)
{
    DashboardSnapshot s;
    s.query.scale = Scale::Day;
    s.query.resource.userId = 1;
    const QDate first(2026, 10, 1);
    s.query.range = {first, first.addDays(n - 1)};
    for (qsizetype i = 0; i < n; ++i) {
        const QDateTime start(first.addDays(i), QTime(0, 0), QTimeZone::utc());
        s.rows.append({start, start.addDays(1), 1000 + 37 * i, (1000 + 37 * i) * 1000});
    }
    return s;
}

QStringList sceneTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    return texts;
}

} // namespace

class TestChartRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samePicture_data();
    void samePicture();
    void widgetDrawsNoMoreThanThePixels();
    void stackAndOverlay();
    void stackRemovedGivesTheSeriesScale();
    void tooltipStaysWhilePointerRests();
    void chartChangeRepaintsWholeView();
    void valueLabelsAtMinimumSize();
};

void TestChartRender::samePicture_data()
{
    QTest::addColumn<qsizetype>("buckets");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("a year of hours, 1100 px") << qsizetype(8784) << 1100 << false << 1u;
    QTest::newRow("five years of hours, 1100 px") << qsizetype(43848) << 1100 << false << 2u;
    QTest::newRow("a year of hours, mirrored") << qsizetype(8784) << 1100 << true << 3u;
    QTest::newRow("a year of hours, narrow (600 px)") << qsizetype(8784) << 600 << false << 4u;
    QTest::newRow("fewer buckets than pixels") << qsizetype(720) << 1100 << false << 5u;
}

void TestChartRender::samePicture()
{
    QFETCH(qsizetype, buckets);
    QFETCH(int, width);
    QFETCH(bool, reversed);
    QFETCH(quint32, seed);
    const QSize size(width + 20, 300);
    const QRectF plot(10, 10, width, 280);
    const QList<QPointF> full = toPixels(hourlyValues(buckets, seed), plot, reversed);
    const QList<QPointF> reduced = ChartReduction::m4(full);
    QVERIFY(reduced.size() <= 4 * (width + 2));
    if (buckets > width)
        QVERIFY(reduced.size() < full.size());
    const QImage truth = render(full, size);
    const double share = differingShare(truth, render(reduced, size));
    // And as the layer draws a dense line: a filled rectangle per pixel column.
    if (buckets > width) {
        QImage columns(size, QImage::Format_ARGB32);
        columns.fill(Qt::white);
        {
            QPainter painter(&columns);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2f, 0x6f, 0xd6));
            const QList<QRect> runs = ChartReduction::columnRuns(reduced);
            QVERIFY(runs.size() <= width + 2);
            painter.drawRects(runs.constData(), static_cast<int>(runs.size()));
        }
        const double columnShare = differingShare(truth, columns);
        qInfo("as column rectangles: %.4f%%", columnShare * 100);
        QVERIFY2(columnShare <= 0.005, qPrintable(QString::number(columnShare * 100)));
    }
    qInfo("%lld points -> %lld, %.4f%% of the pixels differ", qlonglong(full.size()),
          qlonglong(reduced.size()), share * 100);
    QVERIFY2(share <= 0.005, qPrintable(QString::number(share * 100) + QStringLiteral("%")));
    // The negative control: without each column's maximum it is another picture.
    if (buckets > width) {
        const double dropped = differingShare(truth, render(dropColumnMaximum(full), size));
        QVERIFY2(dropped > 0.005, qPrintable(QString::number(dropped * 100) + QStringLiteral("%")));
    }
}

void TestChartRender::widgetDrawsNoMoreThanThePixels()
{
    UsageChartView view;
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(hourlySnapshot(43848));
    const QImage picture = view.image();
    QVERIFY(!picture.isNull());
    // Every bucket stands in the chart (tooltip, table), but the line draws at most four
    // points a pixel column.
    QCOMPARE(view.pointCount(Metric::Calls), qsizetype(43848));
    QVERIFY(view.drawnPoints(Metric::Calls) > 0);
    QVERIFY2(view.drawnPoints(Metric::Calls) <= 4 * (view.width() + 4),
             qPrintable(QString::number(view.drawnPoints(Metric::Calls))));
    // And the series is on screen: the calls colour is in the picture.
    const QColor calls = view.seriesColor(Metric::Calls);
    int seen = 0;
    for (int y = 0; y < picture.height(); y += 2)
        for (int x = 0; x < picture.width(); x += 2)
            seen += picture.pixelColor(x, y) == calls ? 1 : 0;
    QVERIFY(seen > 100);
}

void TestChartRender::stackAndOverlay()
{
    UsageChartView view;
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const DashboardSnapshot snapshot = dailySnapshot(30);
    view.setSnapshot(snapshot);
    UsageChartView::Stack parts;
    const QList<QColor> colors{Qt::red, QColor(0, 160, 0), QColor(255, 170, 0), Qt::gray};
    const QStringList names{QStringLiteral("web"), QStringLiteral("etl"),
                            QStringLiteral("mobile-app"), QStringLiteral("Other keys")};
    for (int p = 0; p < 4; ++p) {
        PlotPart part{names[p], colors[p], {}};
        for (const UsageRow &row : snapshot.rows)
            part.values.append(qreal(*row.calls) * (p + 1) / 10.0);
        parts.append(part);
    }
    view.setStack(Metric::Calls, parts);
    QList<qreal> previous;
    for (const UsageRow &row : snapshot.rows)
        previous.append(qreal(*row.calls) * 0.8);
    view.setOverlay(Metric::Calls, previous);

    // The legend names each part; every part's colour is drawn.
    const QString header = view.findChild<QLabel *>(QStringLiteral("callsStats"))->text();
    for (const QString &name : names)
        QVERIFY2(header.contains(name), qPrintable(header));
    const QImage picture = view.image();
    for (const QColor &color : colors) {
        bool found = false;
        for (int y = 0; y < picture.height() && !found; ++y)
            for (int x = 0; x < picture.width() && !found; ++x)
                found = picture.pixelColor(x, y) == color;
        QVERIFY2(found, qPrintable(color.name()));
    }
    // The tooltip lists each part of the bucket under the pointer, and the previous period.
    auto *chart = view.findChild<QChartView *>(QStringLiteral("callsChart"));
    const QRectF area = chart->chart()->plotArea();
    const QPoint middle = chart->mapFromScene(chart->chart()->mapToScene(area.center()));
    const QString tip = view.hoverText(Metric::Calls, middle);
    QVERIFY(!tip.isEmpty());
    for (const QString &name : names)
        QVERIFY2(tip.contains(name + QStringLiteral(": ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("previous period")), qPrintable(tip));
}

void TestChartRender::stackRemovedGivesTheSeriesScale()
{
    // A stack's parts add up above the one series: its value axis goes higher, and once
    // the stack is taken away the axis is the series' own again.
    UsageChartView view;
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(dailySnapshot(30));
    auto *chart = view.findChild<QChartView *>(QStringLiteral("callsChart"));
    auto *axis = static_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first());
    const qreal seriesTop = axis->max();
    const QStringList seriesLabels = axis->categoriesLabels();
    UsageChartView::Stack parts;
    for (int p = 0; p < 3; ++p) {
        PlotPart part{QStringLiteral("key-%1").arg(p), QColor::fromHsv(p * 90, 200, 200), {}};
        for (int i = 0; i < 30; ++i)
            part.values.append(100000.0 + 500.0 * i);
        parts.append(part);
    }
    view.setStack(Metric::Calls, parts);
    QVERIFY2(axis->max() > seriesTop, qPrintable(QString::number(axis->max())));
    view.setStack(Metric::Calls, {});
    QCOMPARE(axis->max(), seriesTop);
    QCOMPARE(axis->categoriesLabels(), seriesLabels);
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("callsStats"))
                 ->text()
                 .contains(QStringLiteral("key-0")));
}

void TestChartRender::tooltipStaysWhilePointerRests()
{
    UsageChartView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(dailySnapshot(30));
    auto *chart = view.findChild<QChartView *>(QStringLiteral("callsChart"));
    const QRectF area = chart->chart()->plotArea();
    const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(area.center()));
    QTest::mouseMove(chart->viewport(), at);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString shown = QToolTip::text();
    // What Qt sends when the pointer rests: it must not reach the scene, which has no
    // tooltip of its own and so hides ours (after a short delay: watched at the scene).
    struct SceneHelp final : QObject
    {
        int seen = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            seen += event->type() == QEvent::GraphicsSceneHelp ? 1 : 0;
            return false;
        }
    } sceneHelp;
    chart->scene()->installEventFilter(&sceneHelp);
    QHelpEvent rest(QEvent::ToolTip, at, chart->viewport()->mapToGlobal(at));
    QApplication::sendEvent(chart->viewport(), &rest);
    QCOMPARE(sceneHelp.seen, 0);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), shown);
}

namespace {
// The regions each watched viewport was painted with, in order.
class PaintWatch final : public QObject
{
public:
    QHash<QObject *, QList<QRegion>> painted;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted[watched].append(static_cast<QPaintEvent *>(event)->region());
        return false;
    }
};
} // namespace

void TestChartRender::chartChangeRepaintsWholeView()
{
    // Qt's minimal updates would repaint only the labels' old and new places, taking the
    // old ones from where the view last painted them; a render of the view outside the
    // window (the greying's effect, a grab) records the new places before that, and the
    // old labels stayed on screen (tst_chartrepaint). A change repaints each view whole.
    SnapshotView content;
    content.resize(1280, 820);
    content.show();
    QVERIFY(QTest::qWaitForWindowExposed(&content));
    content.setSnapshot(dailySnapshot(30));
    testing::settle();
    PaintWatch watch;
    QList<QWidget *> viewports;
    for (const char *name : {"callsChart", "trafficChart"}) {
        QWidget *viewport = content.findChild<QChartView *>(QLatin1String(name))->viewport();
        viewport->installEventFilter(&watch);
        viewports.append(viewport);
    }
    // New value labels (a thousand times the traffic) and their axis laid out again.
    DashboardSnapshot bigger = dailySnapshot(30);
    for (UsageRow &row : bigger.rows)
        row.traffic = *row.traffic * 1000;
    content.setSnapshot(bigger);
    for (QWidget *viewport : viewports) {
        QTRY_VERIFY(!watch.painted.value(viewport).isEmpty());
        for (const QRegion &region : watch.painted.value(viewport))
            QCOMPARE(region, QRegion(viewport->rect()));
    }
}

void TestChartRender::valueLabelsAtMinimumSize()
{
    // The window's minimum size leaves the charts about 960 x 110 pixels: every value label
    // is still written out, none cut to "…".
    UsageChartView view;
    view.resize(960, 290);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DashboardSnapshot big = dailySnapshot(30);
    for (UsageRow &row : big.rows)
        row.traffic = *row.traffic * 1000; // GB a day: the widest labels
    view.setSnapshot(big);
    QCoreApplication::processEvents();
    view.grab();
    for (const char *name : {"callsChart", "trafficChart"}) {
        auto *chart = view.findChild<QChartView *>(QLatin1String(name));
        const QStringList texts = sceneTexts(chart);
        auto *axis = static_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first());
        for (const QString &label : axis->categoriesLabels())
            QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not among: ") +
                                                       texts.join(QStringLiteral(" | "))));
        for (const QString &text : texts)
            QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text));
    }
}

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"
