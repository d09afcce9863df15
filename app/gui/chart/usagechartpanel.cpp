// UsageChartView's charts one by one (UsageChartView::Panel): set up, filled
// from the snapshot, styled from the palette, their axes labelled and their
// plot areas lined up. (The widget itself is in usagechartview.cpp.)

#include "chart/usagechartpanel.h"

#include "chartcaptions.h"
#include "chartdata.h"
#include "displaycalendar.h"
#include "formatting.h"
#include "theme.h"
#include "timeaxisticks.h"
#include "valueaxisscale.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>

#include <algorithm>

namespace geobox {

namespace {

QColor colorOf(Metric metric, const QPalette &palette)
{
    return Theme::series(metric == Metric::Calls ? 0 : 1, palette);
}

// A finished bucket's bar is filled; a running one is hatched and outlined, so
// "not finished" is seen without telling colours apart.
void styleBars(QBarSet *set, const QColor &color, bool running)
{
    set->setColor(color);
    if (running) {
        set->setBrush(QBrush(color, Qt::BDiagPattern));
        set->setPen(QPen(color, 1));
    } else {
        set->setBrush(color);
        set->setPen(Qt::NoPen);
    }
}

QFont axisFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() - 1.0));
    return font;
}

void clearCategories(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

} // namespace

void UsageChartView::setUpPanel(Panel &panel)
{
    const bool calls = panel.metric == Metric::Calls;
    panel.header = new QLabel(this);
    panel.header->setObjectName(calls ? QStringLiteral("callsStats")
                                      : QStringLiteral("trafficStats"));
    panel.header->setTextFormat(Qt::RichText);

    panel.chart = new QChart; // owned by the view below
    panel.view = new QChartView(panel.chart, this);
    panel.view->setObjectName(calls ? QStringLiteral("callsChart")
                                    : QStringLiteral("trafficChart"));
    panel.view->setAccessibleName(calls ? tr("Calls chart") : tr("Traffic chart"));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->setAutoFillBackground(false);
    panel.view->viewport()->setAutoFillBackground(false);
    panel.view->setMinimumHeight(110);
    panel.view->setFocusPolicy(Qt::StrongFocus);
    panel.view->viewport()->setMouseTracking(true);
    panel.view->viewport()->installEventFilter(this);
    panel.view->installEventFilter(this);

    QChart *chart = panel.chart;
    chart->legend()->hide();
    // No background of its own: the card's (paintEvent) shows through. (With a fixed plot
    // area, the chart's background item is never given a size; an opaque view leaves
    // traces under the stale data's opacity effect.)
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);

    const QFont font = axisFont(this->font());
    panel.xAxis = new QCategoryAxis(chart);
    panel.yAxis = new QCategoryAxis(chart);
    for (QCategoryAxis *axis : {panel.xAxis, panel.yAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    panel.xAxis->setLabelsVisible(!calls); // the bottom chart carries the shared time labels
    // Mirrored (Persian), time runs from right to left and the values stand on the right.
    const bool mirrored = isRightToLeft();
    panel.xAxis->setReverse(mirrored);
    chart->addAxis(panel.xAxis, Qt::AlignBottom);
    chart->addAxis(panel.yAxis, mirrored ? Qt::AlignRight : Qt::AlignLeft);

    panel.bars = new QStackedBarSeries(chart);
    panel.bars->setBarWidth(0.78);
    panel.line = new QLineSeries(chart);
    panel.runningLine = new QLineSeries(chart);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{panel.bars, panel.line, panel.runningLine}) {
        chart->addSeries(series);
        series->attachAxis(panel.xAxis);
        series->attachAxis(panel.yAxis);
    }

    panel.hoverLine = new QGraphicsLineItem(chart);
    panel.hoverLine->setZValue(100);
    panel.hoverLine->hide();

    connect(chart, &QGraphicsWidget::geometryChanged, this, &UsageChartView::layoutPlots);
}

void UsageChartView::fill(Panel &panel)
{
    const QList<UsageRow> &rows = m_snapshot->rows;
    const QColor color = colorOf(panel.metric, palette());
    panel.bars->clear();
    panel.line->clear();
    panel.runningLine->clear();
    if (isLine()) {
        // A line for hours (bars would be thinner than a pixel); the running tail dashed.
        const ChartData::Line line = ChartData::line(rows, panel.metric);
        panel.line->replace(line.finished);
        panel.runningLine->replace(line.running);
        setValueAxis(panel, line.peak);
    } else {
        const ChartData::Bars bars = ChartData::bars(rows, panel.metric, m_group);
        QList<qreal> finished = bars.heights;
        QList<qreal> running(bars.heights.size(), 0.0);
        for (int bar : bars.running) {
            running[bar] = bars.heights[bar];
            finished[bar] = 0.0;
        }
        const QString title = ChartCaptions::metricTitle(panel.metric);
        auto *done = new QBarSet(title, panel.bars);
        done->append(finished);
        styleBars(done, color, false);
        auto *open = new QBarSet(tr("%1 (not finished)").arg(title), panel.bars);
        open->append(running);
        styleBars(open, color, true);
        panel.bars->append({done, open});
        setValueAxis(panel, bars.peak);
    }
    panel.bars->setVisible(!isLine());
    panel.line->setVisible(isLine());
    panel.runningLine->setVisible(isLine());
    setTimeAxis(panel);
    panel.header->setText(ChartCaptions::statsLine(&*m_snapshot, panel.metric));
    describe(panel);
}

void UsageChartView::describe(Panel &panel)
{
    const QString summary =
        ChartCaptions::accessibleSummary(m_snapshot ? &*m_snapshot : nullptr, panel.metric);
    if (panel.view->accessibleDescription() == summary)
        return;
    panel.view->setAccessibleDescription(summary);
}

void UsageChartView::applyTheme()
{
    const QPalette pal = palette();
    m_background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);
    QColor hover = text;
    hover.setAlphaF(0.6f);
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        for (QCategoryAxis *axis : {panel->xAxis, panel->yAxis}) {
            axis->setLabelsBrush(muted);
            axis->setTitleBrush(text);
            axis->setGridLinePen(QPen(Theme::gridLine(pal), 1));
            axis->setLinePen(QPen(Theme::axisLine(pal), 1));
        }
        const QColor color = colorOf(panel->metric, pal);
        panel->line->setPen(QPen(color, 1.6));
        panel->runningLine->setPen(QPen(color, 1.6, Qt::DashLine));
        const QList<QBarSet *> sets = panel->bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i)
            styleBars(sets[i], color, i == 1);
        panel->hoverLine->setPen(QPen(hover, 1, Qt::DotLine));
    }
    update();
}

void UsageChartView::setTimeAxis(Panel &panel)
{
    QCategoryAxis *axis = panel.xAxis;
    clearCategories(axis);
    axis->setStartValue(-0.5);
    if (!m_snapshot || m_snapshot->rows.isEmpty()) {
        axis->setRange(-0.5, 0.5);
        return;
    }
    const QList<UsageRow> &rows = m_snapshot->rows;
    const qsizetype slots = (rows.size() + m_group - 1) / m_group;
    axis->setRange(-0.5, static_cast<double>(slots) - 0.5);

    QList<QDateTime> starts;
    starts.reserve(rows.size());
    for (const UsageRow &row : rows)
        starts.append(row.start);
    const QFontMetrics metrics(axis->labelsFont());
    // Room for the longest label: a day, the calendar's widest month name, a year.
    const QLocale locale;
    const QCalendar calendar = DisplayCalendar::current();
    int month = 0;
    for (int m = 1; m <= calendar.maximumMonthsInYear(); ++m)
        month = std::max(month, metrics.horizontalAdvance(calendar.monthName(
                                    locale, m, QCalendar::Unspecified, QLocale::ShortFormat)));
    const QString zero = locale.zeroDigit();
    const int labelWidth =
        metrics.horizontalAdvance(zero.repeated(2) + QStringLiteral("  ") + zero.repeated(4)) +
        month + 24;
    const int maxLabels = std::max(2, plotWidth() / labelWidth);
    for (const TimeAxisTicks::Tick &tick :
         TimeAxisTicks::compute(starts, m_snapshot->query.scale, maxLabels))
        axis->append(tick.label, ChartData::position(tick.bucket, m_group));
}

void UsageChartView::setValueAxis(Panel &panel, qint64 peak)
{
    const Scale scale = m_snapshot ? m_snapshot->query.scale : Scale::Day;
    const ValueAxisScale values = panel.metric == Metric::Calls ? ValueAxisScale::forCounts(peak)
                                                                : ValueAxisScale::forBytes(peak);
    QCategoryAxis *axis = panel.yAxis;
    clearCategories(axis);
    axis->setStartValue(0);
    for (const ValueAxisScale::Tick &tick : values.ticks())
        axis->append(tick.label, tick.value);
    axis->setRange(0, values.maximum());
    const QString per = Formatting::perBucket(scale);
    axis->setTitleText(panel.metric == Metric::Calls ? tr("calls / %1").arg(per)
                                                     : tr("%1 / %2").arg(values.unit(), per));
}

void UsageChartView::layoutPlots()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    // One inset on the value axis's side for both charts, so their time axes line up
    // bucket for bucket.
    const QFontMetrics metrics(m_calls->yAxis->labelsFont());
    int labelWidth = 0;
    for (const Panel *panel : {m_calls.get(), m_traffic.get()}) {
        for (const QString &label : panel->yAxis->categoriesLabels())
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    }
    const qreal valueSide = labelWidth + metrics.height() + 22;
    const qreal otherSide = 12;
    const qreal left = isRightToLeft() ? otherSide : valueSide;
    const qreal right = isRightToLeft() ? valueSide : otherSide;
    const qreal top = metrics.height() / 2 + 2;
    for (const Panel *panel : {m_calls.get(), m_traffic.get()}) {
        const QSizeF size = panel->chart->size();
        // Room below for the time labels, or for half of the lowest value label.
        const qreal bottom = panel->xAxis->labelsVisible() ? metrics.height() + 12 : top;
        panel->chart->setPlotArea(QRectF(left, top,
                                         std::max<qreal>(10, size.width() - left - right),
                                         std::max<qreal>(10, size.height() - top - bottom)));
    }
    m_inLayout = false;
}

} // namespace geobox
