#pragma once
// UsageChartView::Panel: one of the view's two charts (calls, traffic): the
// figures line above it, the chart and its view, the two axes, the series and
// the hover mark. Private to UsageChartView: usagechartview.cpp shows and
// follows the mouse, usagechartpanel.cpp fills, styles and lays them out.

#include "chart/usagechartview.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace geobox {

struct UsageChartView::Panel
{
    Metric metric = Metric::Calls;
    QLabel *header = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QCategoryAxis *xAxis = nullptr;
    QCategoryAxis *yAxis = nullptr;
    // Two stacked sets on the same slots: the finished buckets, and the running ones.
    QStackedBarSeries *bars = nullptr;
    QLineSeries *line = nullptr;
    QLineSeries *runningLine = nullptr;
    QGraphicsLineItem *hoverLine = nullptr;
};

} // namespace geobox
