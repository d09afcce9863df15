#pragma once
// UsageChartView: the calls and the traffic chart of a snapshot (two UsagePlots),
// one above the other on a shared time axis, each with the range's total,
// average and peak above it; one hover for both (the bucket marked in each, a
// tooltip with both metrics, every part of a stack and the previous period) and
// a menu to copy or save the picture. Its colours follow the palette, and each
// chart says what it shows to a screen reader. A left click on a bar (or a point of the
// line) says which bucket was picked; with a chart focused, Left and Right step the pick. Its
// folder is the only code that includes Qt Charts (deprecated from Qt 6.10 for Qt Graphs).

#include "chart/plotlayer.h"
#include "dashboardsnapshot.h"

#include <QFrame>
#include <QImage>

#include <memory>

class QAction;

namespace geobox {

class ImageMenu;
class UsagePlot;

class UsageChartView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChartView)

public:
    // One metric's stack: its parts (bottom first) with a value per bucket of the snapshot.
    using Stack = QList<PlotPart>;

    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    void setSnapshot(const DashboardSnapshot &snapshot);
    void clear();
    // A stack of parts (the top keys and "other") in place of a metric's one series; its
    // parts are listed in the legend and the tooltip. Empty: the one series again.
    void setStack(Metric metric, const Stack &parts);
    // A dashed overlay aligned bucket to bucket (the previous period), a value per bucket of
    // the snapshot, named in the tooltip; empty: none.
    void setOverlay(Metric metric, const QList<qreal> &values, const QString &label = QString());
    // A note after a metric's totals ("+12% vs November"), until the next snapshot; empty:
    // none.
    void setChange(Metric metric, const QString &note);
    // The overlay of a metric as last given (empty: none).
    QList<qreal> overlay(Metric metric) const
    {
        return m_overlays[metric == Metric::Calls ? 0 : 1];
    }

    // The buckets (hours) or bars the chart of that metric stands for now.
    qsizetype pointCount(Metric metric) const;
    // How many buckets one bar stands for: 1 unless there are more buckets than pixels.
    qsizetype bucketsPerBar() const { return m_group; }
    // The points the line of a metric really draws after the pixel reduction (0 for bars).
    qsizetype drawnPoints(Metric metric) const;
    // Both charts with their figures, as on screen.
    QImage image();
    // The text the tooltip shows for the pointer at `viewPos` of a metric's chart viewport
    // (what hovering there shows); empty outside the plot.
    QString hoverText(Metric metric, const QPoint &viewPos);
    // The point of a metric's chart viewport at the middle of a bucket's bar (or its point
    // of the line), where a click picks that bucket; none without data or out of range.
    std::optional<QPoint> bucketPosition(Metric metric, qsizetype bucket) const;
    // The bucket last picked by a click or the arrow keys; none since the last snapshot.
    std::optional<qsizetype> pickedBucket() const { return m_picked; }
    // Copy Chart as Image and Save Chart as PNG…, for the window's menus; enabled
    // while the charts are on screen with data.
    QAction *copyImageAction() const;
    QAction *saveImageAction() const;

    // The colours in use (they follow the palette): the plot's background, the
    // axis labels, a metric's series.
    QColor backgroundColor() const;
    QColor axisLabelColor() const;
    QColor seriesColor(Metric metric) const;

Q_SIGNALS:
    // A left click on the plot of either chart, or Left/Right on a focused chart, picked
    // `bucket` (an index of the snapshot's rows).
    void bucketClicked(qsizetype bucket);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyTheme();
    void layoutPlots();
    void updateTimeAxes();
    int plotWidth() const;
    void hover(UsagePlot &plot, const QPoint &viewPos);
    void hideHover();
    void showMenu(const QPoint &globalPos);
    void pick(qsizetype bucket);
    bool stepPick(UsagePlot &plot, int key);
    UsagePlot &plotOf(Metric metric) const;

    std::unique_ptr<UsagePlot> m_calls;
    std::unique_ptr<UsagePlot> m_traffic;
    std::optional<DashboardSnapshot> m_snapshot;
    // Per metric: the stack's parts and the overlay, for the tooltip.
    Stack m_stacks[2];
    QList<qreal> m_overlays[2];
    QString m_overlayLabel;
    ImageMenu *m_image = nullptr;
    QColor m_background; // the charts' background, from the palette
    qsizetype m_group = 1;
    std::optional<qsizetype> m_picked;
    std::optional<qsizetype> m_pressed; // the bucket under a left press, picked on release
    bool m_inLayout = false;
    bool m_grabbing = false;
};

} // namespace geobox
