#pragma once
// UsageChartView: the calls and the traffic chart of a snapshot, one above the
// other on a shared time axis, each with the range's total, average and peak
// above it, a tooltip per bucket and a menu to copy or save the picture. The
// only class that includes Qt Charts (deprecated from Qt 6.10 for Qt Graphs).

#include "dashboardsnapshot.h"

#include <QFrame>
#include <QImage>

#include <memory>

namespace geobox {

class UsageChartView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChartView)

public:
    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    void setSnapshot(const DashboardSnapshot &snapshot);
    void clear();

    // The points (hours) or bars the chart of that metric draws now.
    qsizetype pointCount(Metric metric) const;
    // How many buckets one bar stands for: 1 unless there are more buckets than pixels.
    qsizetype bucketsPerBar() const { return m_group; }
    // Both charts with their figures, as on screen.
    QImage image();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Panel;

    void setUpPanel(Panel &panel);
    void fill(Panel &panel);
    void setTimeAxis(Panel &panel);
    void setValueAxis(Panel &panel, qint64 peak);
    void layoutPlots();
    bool isLine() const;
    int plotWidth() const;
    void hover(Panel &panel, const QPoint &viewPos);
    void hideHover();
    void showMenu(const QPoint &globalPos);
    Panel &panelOf(Metric metric) const;

    std::unique_ptr<Panel> m_calls;
    std::unique_ptr<Panel> m_traffic;
    std::optional<DashboardSnapshot> m_snapshot;
    qsizetype m_group = 1;
    bool m_inLayout = false;
};

} // namespace geobox
