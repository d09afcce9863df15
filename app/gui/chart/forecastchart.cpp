#include "forecastchart.h"

#include "formatting.h"
#include "theme.h"
#include "valueaxisscale.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace geobox {

namespace {

qreal msOf(const QDateTime &t)
{
    return static_cast<qreal>(t.toMSecsSinceEpoch());
}

void clearCategories(QCategoryAxis *axis)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

} // namespace

ForecastChart::ForecastChart(Metric metric, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QChart;
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(metric == Metric::Calls ? QStringLiteral("forecastCallsView")
                                                  : QStringLiteral("forecastTrafficView"));
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setFrameShape(QFrame::NoFrame);
    // Whole repaints, as the usage charts have (UsagePlot): no old axis labels left on screen.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setMinimumHeight(180);
    m_view->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_view);

    m_chart->setBackgroundVisible(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true);

    m_xAxis = new QCategoryAxis(m_chart);
    m_yAxis = new QCategoryAxis(m_chart);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis->setTruncateLabels(false);
    // Mirrored (Persian), the month runs from right to left and the values stand on the right.
    const bool mirrored = isRightToLeft();
    m_xAxis->setReverse(mirrored);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, mirrored ? Qt::AlignRight : Qt::AlignLeft);

    m_high = new QLineSeries(m_chart);
    m_low = new QLineSeries(m_chart);
    m_band = new QAreaSeries(m_high, m_low);
    m_band->setName(tr("80% range"));
    m_soFar = new QLineSeries(m_chart);
    m_soFar->setName(tr("This month so far"));
    m_ahead = new QLineSeries(m_chart);
    m_ahead->setName(tr("At this rate"));
    m_quota = new QLineSeries(m_chart);
    m_quota->setName(tr("Quota"));
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_band, m_quota, m_soFar, m_ahead}) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    applyTheme();
    setCurve(std::nullopt);
}

void ForecastChart::setCurve(const std::optional<ForecastCurve> &curve)
{
    m_curve = curve;
    QList<QPointF> soFar;
    QList<QPointF> ahead;
    QList<QPointF> low;
    QList<QPointF> high;
    QList<QPointF> quota;
    clearCategories(m_xAxis);
    if (curve) {
        for (const CumulativePoint &p : curve->soFar)
            soFar.append({msOf(p.at), p.value});
        for (const ForecastPoint &p : curve->ahead) {
            ahead.append({msOf(p.at), p.expected});
            low.append({msOf(p.at), p.low});
            high.append({msOf(p.at), p.high});
        }
        if (curve->quota > 0)
            quota = {{msOf(curve->periodStart), curve->quota},
                     {msOf(curve->periodEnd), curve->quota}};
        // The days of the month every week from its first, and its last day.
        const QDateTime last = curve->periodEnd.addDays(-1);
        m_xAxis->setStartValue(msOf(curve->periodStart));
        for (QDateTime d = curve->periodStart; d <= last; d = d.addDays(7)) {
            if (d.daysTo(last) >= 3 || d == last)
                m_xAxis->append(Formatting::day(d), msOf(d));
        }
        if (curve->periodStart.daysTo(last) % 7 != 0)
            m_xAxis->append(Formatting::day(last), msOf(last));
        m_xAxis->setRange(msOf(curve->periodStart), msOf(curve->periodEnd));
    } else {
        m_xAxis->setRange(0, 1);
    }
    m_soFar->replace(soFar);
    m_ahead->replace(ahead);
    m_low->replace(low);
    m_high->replace(high);
    m_quota->replace(quota);
    // A run rate has no interval: no band, and none named in the legend.
    const bool band = curve && curve->method == Forecast::Method::Profile && !ahead.isEmpty();
    m_band->setVisible(band);
    m_chart->legend()->markers(m_band).value(0)->setVisible(band);
    m_chart->legend()->markers(m_quota).value(0)->setVisible(!quota.isEmpty());
    m_chart->legend()->setVisible(curve.has_value());
    setValueAxis(curve ? curve->peak() : 0);
}

void ForecastChart::setSpoken(const QString &name, const QString &description)
{
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_view)}) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(description);
    }
}

void ForecastChart::setValueAxis(double peak)
{
    const qint64 top = static_cast<qint64>(std::ceil(peak * 1.05));
    const ValueAxisScale values =
        m_metric == Metric::Calls ? ValueAxisScale::forCounts(top) : ValueAxisScale::forBytes(top);
    clearCategories(m_yAxis);
    m_yAxis->setStartValue(0);
    if (m_curve) {
        for (const ValueAxisScale::Tick &tick : values.ticks())
            m_yAxis->append(tick.label, tick.value);
    }
    m_yAxis->setRange(0, values.maximum());
    m_yAxis->setTitleText(m_metric == Metric::Calls ? tr("calls") : values.unit());
}

void ForecastChart::applyTheme()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(text);
        axis->setGridLinePen(QPen(Theme::gridLine(pal), 1));
        axis->setLinePen(QPen(Theme::axisLine(pal), 1));
    }
    m_chart->legend()->setLabelColor(text);
    const QColor color = Theme::series(m_metric == Metric::Calls ? 0 : 1, pal);
    m_soFar->setPen(QPen(color, 2.5));
    QPen dashed(color, 2.0, Qt::DashLine);
    m_ahead->setPen(dashed);
    QColor fill = color;
    fill.setAlphaF(Theme::isDark(pal) ? 0.30f : 0.22f);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    m_quota->setPen(QPen(Theme::levelText(Theme::Level::Alarm, pal), 1.5, Qt::SolidLine));
}

void ForecastChart::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        applyTheme();
}

QList<QPointF> ForecastChart::soFarPoints() const
{
    return m_soFar->points();
}

QList<QPointF> ForecastChart::aheadPoints() const
{
    return m_ahead->points();
}

QList<QPointF> ForecastChart::bandLow() const
{
    return m_band->isVisible() ? m_low->points() : QList<QPointF>{};
}

QList<QPointF> ForecastChart::bandHigh() const
{
    return m_band->isVisible() ? m_high->points() : QList<QPointF>{};
}

std::optional<qreal> ForecastChart::quotaLine() const
{
    const QList<QPointF> points = m_quota->points();
    return points.isEmpty() ? std::nullopt : std::optional<qreal>(points.first().y());
}

bool ForecastChart::isAheadDashed() const
{
    return m_ahead->pen().style() == Qt::DashLine;
}

QColor ForecastChart::bandColor() const
{
    return m_band->brush().color();
}

QColor ForecastChart::soFarColor() const
{
    return m_soFar->pen().color();
}

QImage ForecastChart::image()
{
    return m_view->grab().toImage();
}

} // namespace geobox
