#include "usageplot.h"

#include "chart/headerlabel.h"
#include "chartcaptions.h"
#include "chartdata.h"
#include "displaycalendar.h"
#include "formatting.h"
#include "theme.h"
#include "timeaxisticks.h"
#include "valueaxisscale.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLineSeries>

#include <algorithm>

namespace geobox {

namespace {

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

// Whether the axis already has these categories (label and end value, in order) over this
// range: then setting them again would only make Qt Charts lay its labels out anew.
bool hasCategories(QCategoryAxis *axis, const QList<std::pair<QString, qreal>> &categories,
                   qreal start, qreal min, qreal max)
{
    const QStringList labels = axis->categoriesLabels();
    if (labels.size() != categories.size() || axis->startValue() != start || axis->min() != min ||
        axis->max() != max)
        return false;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i] != categories[i].first || axis->endValue(labels[i]) != categories[i].second)
            return false;
    }
    return true;
}

// Sets the axis's categories (label, end value, in order) over [min, max], from `start`.
void setCategories(QCategoryAxis *axis, const QList<std::pair<QString, qreal>> &categories,
                   qreal start, qreal min, qreal max)
{
    clearCategories(axis);
    axis->setStartValue(start);
    axis->setRange(min, max);
    for (const auto &[label, end] : categories)
        axis->append(label, end);
}

qreal valueOf(const UsageRow &row, Metric metric)
{
    return static_cast<qreal>((metric == Metric::Calls ? row.calls : row.traffic).value_or(0));
}

} // namespace

UsagePlot::UsagePlot(Metric metric, QWidget *owner)
    : m_metric(metric)
{
    const bool calls = metric == Metric::Calls;
    m_header = new HeaderLabel(owner);
    m_header->setObjectName(calls ? QStringLiteral("callsStats") : QStringLiteral("trafficStats"));
    m_header->setTextFormat(Qt::RichText);

    m_chart = new QChart; // owned by the view below
    m_view = new QChartView(m_chart, owner);
    m_view->setObjectName(calls ? QStringLiteral("callsChart") : QStringLiteral("trafficChart"));
    m_view->setAccessibleName(calls ? tr("Calls chart") : tr("Traffic chart"));
    // No antialiasing: the grid and the axes are straight lines, the data layer draws its
    // own way, and antialiased grid lines cost more than the data (text keeps its own).
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFrameShape(QFrame::NoFrame);
    // Every change repaints the whole view. Qt's minimal updates clean an item's old place
    // from where the view last painted it, and any render of the view records that: the
    // greying's opacity effect renders the whole snapshot view for a repaint of any part of
    // it, and so does a grab, though only that part reaches the window. When Qt Charts'
    // deferred layout has moved the axis labels (a resize, new categories) and such a render
    // comes before this scene's own update, the old places are forgotten and the old labels
    // stay on screen (tst_chartrepaint).
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setAutoFillBackground(false);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setMinimumHeight(110);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(owner);
    m_view->installEventFilter(owner);

    m_chart->legend()->hide();
    // No background of its own: the card's (UsageChartView::paintEvent) shows through.
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins());
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    const QFont font = axisFont(owner->font());
    m_xAxis = new QCategoryAxis(m_chart);
    m_yAxis = new QCategoryAxis(m_chart);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    // The value labels get the room they need (UsageChartView::layoutPlots gives the widest
    // its width); Qt's own check would cut them all to "…" in a short chart.
    m_yAxis->setTruncateLabels(false);
    m_xAxis->setLabelsVisible(!calls); // the bottom chart carries the shared time labels
    // Mirrored (Persian), time runs from right to left and the values stand on the right.
    const bool mirrored = owner->isRightToLeft();
    m_xAxis->setReverse(mirrored);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, mirrored ? Qt::AlignRight : Qt::AlignLeft);
    m_anchor = new QLineSeries(m_chart);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_xAxis);
    m_anchor->attachAxis(m_yAxis);

    m_layer = new PlotLayer(m_chart);
    m_mark = new QGraphicsLineItem(m_chart);
    m_mark->setZValue(100);
    m_mark->hide();
}

UsagePlot::~UsagePlot() = default;

void UsagePlot::show(const DashboardSnapshot &snapshot, qsizetype group)
{
    const QList<UsageRow> &rows = snapshot.rows;
    m_scale = snapshot.query.scale;
    m_line = m_scale == Scale::Hour;
    m_group = m_line ? 1 : std::max<qsizetype>(1, group);
    QList<qreal> values;
    values.reserve(rows.size());
    qreal peak = 0;
    qsizetype firstRunning = rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        values.append(valueOf(rows[i], m_metric));
        peak = std::max(peak, values.last());
    }
    // The running bucket(s) at the end: dashed or hatched.
    while (firstRunning > 0 && rows[firstRunning - 1].running)
        --firstRunning;
    m_points = m_line ? rows.size() : (rows.size() + m_group - 1) / m_group;
    m_layer->setData(m_line ? PlotLayer::Kind::Line : PlotLayer::Kind::Bars, values, m_group,
                     firstRunning);
    m_layer->setStack({});
    m_layer->setOverlay({});
    m_peak = peak;
    setValueAxis(peak, snapshot.query.scale);
    // The range's figures, worked out once for the header and the screen reader's text.
    const SeriesStats stats = snapshot.stats(m_metric);
    m_figures = ChartCaptions::statsLine(&snapshot, m_metric, &stats);
    m_change.clear();
    m_legend.clear();
    updateHeader();
    describe(&snapshot, &stats);
    placeLayer();
}

void UsagePlot::clear()
{
    m_points = 0;
    m_peak = 0;
    m_layer->clear();
    setValueAxis(0, Scale::Day);
    setTimeAxis({}, 0, 1);
    m_figures = ChartCaptions::statsLine(nullptr, m_metric);
    m_change.clear();
    m_legend.clear();
    updateHeader();
    describe(nullptr);
    placeLayer();
}

void UsagePlot::setStack(const QList<PlotPart> &parts)
{
    m_layer->setStack(parts);
    // The stack's highest total, or without one the series' own peak again.
    setValueAxis(parts.isEmpty() ? m_peak : m_layer->stackPeak(), m_scale);
    // The legend: a swatch and a name per part, after the figures.
    m_legend.clear();
    for (const PlotPart &part : parts)
        m_legend += QStringLiteral("&nbsp;&nbsp;<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                        .arg(part.color.name(), part.name.toHtmlEscaped());
    updateHeader();
    placeLayer();
}

void UsagePlot::setChange(const QString &note)
{
    m_change = note;
    updateHeader();
}

void UsagePlot::updateHeader()
{
    // The figures, the change against the other period, then the stack's legend.
    QString text = m_figures;
    if (!m_change.isEmpty())
        text += QStringLiteral("&nbsp;&nbsp;&nbsp;") + m_change.toHtmlEscaped();
    if (!m_legend.isEmpty())
        text += QStringLiteral("<!--legend-->") + m_legend;
    m_header->setText(text);
}

void UsagePlot::setOverlay(const QList<qreal> &values)
{
    m_layer->setOverlay(values);
}

void UsagePlot::describe(const DashboardSnapshot *snapshot, const SeriesStats *stats)
{
    const QString summary = ChartCaptions::accessibleSummary(snapshot, m_metric, stats);
    if (m_view->accessibleDescription() != summary)
        m_view->setAccessibleDescription(summary);
}

void UsagePlot::applyTheme(const QPalette &pal)
{
    m_palette = pal;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);
    QColor hover = text;
    hover.setAlphaF(0.6f);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(text);
        axis->setGridLinePen(QPen(Theme::gridLine(pal), 1));
        axis->setLinePen(QPen(Theme::axisLine(pal), 1));
    }
    m_color = Theme::series(m_metric == Metric::Calls ? 0 : 1, pal);
    QColor overlay = Theme::mix(m_color, text, 0.45);
    m_layer->setColors(m_color, overlay);
    m_mark->setPen(QPen(hover, 1, Qt::DotLine));
}

QList<TimeAxisTicks::Tick> UsagePlot::timeTicks(const DashboardSnapshot *snapshot,
                                                int plotWidth) const
{
    if (!snapshot || snapshot->rows.isEmpty())
        return {};
    const QFontMetrics metrics(m_xAxis->labelsFont());
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
    const int maxLabels = std::max(2, plotWidth / labelWidth);
    return TimeAxisTicks::compute(snapshot->rows, snapshot->query.scale, maxLabels);
}

void UsagePlot::setTimeAxis(const QList<TimeAxisTicks::Tick> &ticks, qsizetype slots,
                            qsizetype group)
{
    QCategoryAxis *axis = m_xAxis;
    QList<std::pair<QString, qreal>> categories;
    categories.reserve(ticks.size());
    for (const TimeAxisTicks::Tick &tick : ticks)
        categories.append({tick.label, ChartData::position(tick.bucket, group)});
    const qreal max = slots > 0 ? static_cast<double>(slots) - 0.5 : 0.5;
    if (!hasCategories(axis, categories, -0.5, -0.5, max))
        setCategories(axis, categories, -0.5, -0.5, max);
    placeLayer();
}

void UsagePlot::setValueAxis(qreal peak, Scale scale)
{
    const qint64 top = static_cast<qint64>(std::ceil(peak));
    const ValueAxisScale values =
        m_metric == Metric::Calls ? ValueAxisScale::forCounts(top) : ValueAxisScale::forBytes(top);
    // Set again each time, even when the same: Qt Charts shows the label at the axis's
    // minimum ("0") only when the categories come before the range (skipping hid it).
    clearCategories(m_yAxis);
    m_yAxis->setStartValue(0);
    for (const ValueAxisScale::Tick &tick : values.ticks())
        m_yAxis->append(tick.label, tick.value);
    m_yAxis->setRange(0, values.maximum());
    const QString per = Formatting::perBucket(scale);
    m_yAxis->setTitleText(m_metric == Metric::Calls ? tr("calls / %1").arg(per)
                                                    : tr("%1 / %2").arg(values.unit(), per));
}

int UsagePlot::valueLabelWidth() const
{
    const QFontMetrics metrics(m_yAxis->labelsFont());
    int width = 0;
    for (const QString &label : m_yAxis->categoriesLabels())
        width = std::max(width, metrics.horizontalAdvance(label));
    return width;
}

void UsagePlot::setInsets(qreal left, qreal right, qreal top)
{
    const QFontMetrics metrics(m_yAxis->labelsFont());
    const QSizeF size = m_chart->size();
    // Room below for the time labels, or for half of the lowest value label.
    const qreal bottom = m_xAxis->labelsVisible() ? metrics.height() + 12 : top;
    const QRectF area(left, top, std::max<qreal>(10, size.width() - left - right),
                      std::max<qreal>(10, size.height() - top - bottom));
    m_chart->setPlotArea(area);
    // Qt Charts lays its axes' labels out again when an axis changes, not when the plot area
    // alone does: with the same time labels kept (setTimeAxis), a narrower window left the
    // value labels where the wider chart had them (tst_persianwindow). So once per new plot
    // area the time axis is set again as it is.
    if (area != m_axesArea) {
        m_axesArea = area;
        QList<std::pair<QString, qreal>> categories;
        for (const QString &label : m_xAxis->categoriesLabels())
            categories.append({label, m_xAxis->endValue(label)});
        setCategories(m_xAxis, categories, m_xAxis->startValue(), m_xAxis->min(), m_xAxis->max());
    }
    placeLayer();
}

void UsagePlot::placeLayer()
{
    m_layer->setGeometry(m_chart->plotArea(), m_xAxis->min(), m_xAxis->max(), m_yAxis->max(),
                         m_xAxis->isReverse());
}

std::optional<qsizetype> UsagePlot::bucketAt(const QPoint &viewPos) const
{
    if (m_layer->bucketCount() == 0)
        return std::nullopt;
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(viewPos));
    if (!m_chart->plotArea().contains(inChart))
        return std::nullopt;
    return m_layer->bucketAt(inChart.x());
}

QPoint UsagePlot::bucketPosition(qsizetype bucket) const
{
    const QPointF inChart(m_layer->xOf(bucket), m_chart->plotArea().center().y());
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

void UsagePlot::markBucket(qsizetype bucket)
{
    const qreal x = m_layer->xOf(bucket);
    const QRectF area = m_chart->plotArea();
    m_mark->setLine(x, area.top(), x, area.bottom());
    m_mark->show();
}

void UsagePlot::hideMark()
{
    m_mark->hide();
}

qsizetype UsagePlot::pointCount() const
{
    return m_points;
}

QColor UsagePlot::axisLabelColor() const
{
    return m_yAxis->labelsBrush().color();
}

} // namespace geobox
