#pragma once
// UsagePlot: one of the two usage charts (calls or traffic): the figures line
// above it, the Qt Charts view with its time and value axes and grid, our own
// data layer inside it (PlotLayer: bars, a reduced line, a stack, an overlay),
// its colours from the palette, and the mark of the bucket under the pointer.
// UsageChartView holds two and shares the hover between them.

#include "dashboardsnapshot.h"
#include "plotlayer.h"
#include "timeaxisticks.h"

#include <QCoreApplication>
#include <QPalette>

#include <optional>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QLabel;
class QLineSeries;
class QWidget;
QT_END_NAMESPACE

namespace geobox {

class UsagePlot final
{
    // The texts keep the view's context: they were always its words.
    Q_DECLARE_TR_FUNCTIONS(geobox::UsageChartView)

public:
    // The header and the view are made children of `owner`, which also filters the view's
    // events (hover, focus, menu).
    UsagePlot(Metric metric, QWidget *owner);
    ~UsagePlot();
    UsagePlot(const UsagePlot &) = delete;
    UsagePlot &operator=(const UsagePlot &) = delete;

    Metric metric() const { return m_metric; }
    QLabel *header() const { return m_header; }
    QChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }
    PlotLayer *layer() const { return m_layer; }

    // The snapshot's rows, `group` buckets a bar (1 for a line, at hour scale); the time
    // axis is set apart (setTimeAxis).
    void show(const DashboardSnapshot &snapshot, qsizetype group);
    void clear();
    // Stacked parts in place of the one series, bottom first, with a legend; empty: none.
    void setStack(const QList<PlotPart> &parts);
    // A note after the figures ("+12% vs November"), until the next snapshot; empty: none.
    void setChange(const QString &note);
    // A dashed series aligned bucket to bucket (the previous period); empty: none.
    void setOverlay(const QList<qreal> &values);
    // The time labels for a snapshot at this width (they thin out as the chart narrows):
    // computed once for both plots, which share the time axis.
    QList<TimeAxisTicks::Tick> timeTicks(const DashboardSnapshot *snapshot, int plotWidth) const;
    // The time axis: `slots` bars (or buckets) of `group` buckets each, and its labels.
    void setTimeAxis(const QList<TimeAxisTicks::Tick> &ticks, qsizetype slots, qsizetype group);
    void applyTheme(const QPalette &palette);
    // The value labels' widest, to line both plots up; then the plot area itself.
    int valueLabelWidth() const;
    void setInsets(qreal left, qreal right, qreal top);

    // The bucket under a point of the view's viewport, when it is over the plot.
    std::optional<qsizetype> bucketAt(const QPoint &viewPos) const;
    // The point of the view's viewport at the middle of a bucket's bar (or point).
    QPoint bucketPosition(qsizetype bucket) const;
    void markBucket(qsizetype bucket);
    void hideMark();

    qsizetype pointCount() const;
    QColor seriesColor() const { return m_color; }
    QColor axisLabelColor() const;

private:
    void setValueAxis(qreal peak, Scale scale);
    void placeLayer();
    void describe(const DashboardSnapshot *snapshot, const SeriesStats *stats = nullptr);
    void updateHeader();

    Metric m_metric;
    Scale m_scale = Scale::Day;
    bool m_line = false;
    qsizetype m_group = 1;
    qsizetype m_points = 0;
    qreal m_peak = 0; // the one series' highest value: the value axis without a stack
    QColor m_color;
    QPalette m_palette;
    // The header's parts: the range's figures, the change note, the stack's legend.
    QString m_figures;
    QString m_change;
    QString m_legend;
    QLabel *m_header = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QRectF m_axesArea; // the plot area the axes were last laid out for
    QCategoryAxis *m_yAxis = nullptr;
    // An empty series the axes are attached to: it gives Qt Charts' value <-> position
    // mapping; the data itself is the layer's.
    QLineSeries *m_anchor = nullptr;
    PlotLayer *m_layer = nullptr;
    QGraphicsLineItem *m_mark = nullptr;
};

} // namespace geobox
