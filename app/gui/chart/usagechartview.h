#pragma once
// UsageChartView: the calls and the traffic chart of a snapshot, one above the
// other on a shared time axis, each with the range's total, average and peak
// above it, a tooltip per bucket and a menu to copy or save the picture. Its
// colours follow the palette (dark or light), and each chart says what it shows
// to a screen reader. The only class that includes Qt Charts (deprecated from
// Qt 6.10 for Qt Graphs).

#include "dashboardsnapshot.h"

#include <QFrame>
#include <QImage>

#include <memory>

class QAction;

namespace geobox {

class ImageMenu;

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
    // Copy Chart as Image and Save Chart as PNG…, for the window's menus; enabled
    // while the charts are on screen with data.
    QAction *copyImageAction() const;
    QAction *saveImageAction() const;

    // The colours in use (they follow the palette): the plot's background, the
    // axis labels, a metric's series.
    QColor backgroundColor() const;
    QColor axisLabelColor() const;
    QColor seriesColor(Metric metric) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Panel;

    void setUpPanel(Panel &panel);
    void fill(Panel &panel);
    // The chart's accessible description: what it shows, in words.
    void describe(Panel &panel);
    // Colours from the palette: backgrounds, axes, grid, series.
    void applyTheme();
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
    ImageMenu *m_image = nullptr;
    QColor m_background; // the charts' background, from the palette
    qsizetype m_group = 1;
    bool m_inLayout = false;
    bool m_grabbing = false;
};

} // namespace geobox
