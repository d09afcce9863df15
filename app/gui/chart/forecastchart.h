#pragma once
// ForecastChart: the "this month" chart of one metric's monthly quota: the month so far as a
// cumulative line, the quota as a horizontal line, and the forecast as a dashed way on to the
// month's end inside its shaded 80% band (lib's ForecastCurve decides every point; this only
// draws). Its colours follow the palette; mirrored right to left. Qt Charts stays inside
// this folder (deprecated from Qt 6.10 for Qt Graphs).

#include "insights/forecastcurve.h"
#include "usagetypes.h"

#include <QFrame>
#include <QImage>

#include <optional>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
QT_END_NAMESPACE

namespace geobox {

class ForecastChart final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastChart)

public:
    explicit ForecastChart(Metric metric, QWidget *parent = nullptr);

    // nullopt: nothing drawn (no figures yet).
    void setCurve(const std::optional<ForecastCurve> &curve);
    bool hasCurve() const { return m_curve.has_value(); }
    // What a screen reader says of the chart (its focusable view and the frame): what it is
    // and, as the description, the forecast in words.
    void setSpoken(const QString &name, const QString &description);

    // What is drawn, for tests: the points of each line (x: ms since the epoch).
    QList<QPointF> soFarPoints() const;
    QList<QPointF> aheadPoints() const;
    QList<QPointF> bandLow() const;
    QList<QPointF> bandHigh() const;
    // The quota line's height, nullopt when none is drawn.
    std::optional<qreal> quotaLine() const;
    bool isAheadDashed() const;
    QColor bandColor() const;
    QColor soFarColor() const;

    QImage image();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void setValueAxis(double peak);

    Metric m_metric;
    std::optional<ForecastCurve> m_curve;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    QLineSeries *m_soFar = nullptr;
    QLineSeries *m_ahead = nullptr;
    QLineSeries *m_quota = nullptr;
    QLineSeries *m_high = nullptr;
    QLineSeries *m_low = nullptr;
    QAreaSeries *m_band = nullptr;
};

} // namespace geobox
