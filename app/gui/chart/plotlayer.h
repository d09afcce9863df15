#pragma once
// PlotLayer: the data of one usage chart, drawn by us inside the chart's scene
// (the axes and the grid stay Qt Charts'): bars, or for hours a line reduced to
// what the pixel columns show (ChartReduction::m4), the running bucket hatched
// or dashed, an optional stack of parts (bars, or areas for hours) and an
// optional dashed overlay aligned bucket to bucket. No antialiasing: a year or
// five of hours draw in a few milliseconds.

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPen>
#include <QString>

namespace geobox {

// One part of a stack: its name for the legend and the tooltip, its colour, and a value
// per bucket.
struct PlotPart
{
    QString name;
    QColor color;
    QList<qreal> values;
};

class PlotLayer final : public QGraphicsItem
{
public:
    enum class Kind
    {
        Bars,
        Line
    };

    explicit PlotLayer(QGraphicsItem *parent = nullptr);

    // Where the plot is (the chart's plot area) and what its axes span: x in bars (or
    // buckets for a line), y in the value's unit; reversed: time runs right to left.
    void setGeometry(const QRectF &plotArea, qreal xMin, qreal xMax, qreal yMax, bool reversed);
    // A value per bucket; `group` buckets share a bar (as tall as the busiest of them);
    // `firstRunning`: the first bucket not finished (values.size() when none is).
    void setData(Kind kind, const QList<qreal> &values, qsizetype group, qsizetype firstRunning);
    // Stacked parts instead of the one series (bottom first); empty: none.
    void setStack(const QList<PlotPart> &parts);
    // A dashed overlay, a value per bucket (the previous period); empty: none.
    void setOverlay(const QList<qreal> &values);
    void setColors(const QColor &series, const QColor &overlay);
    void clear();

    // The x of a bucket's centre in device pixels, and the bucket under a device x.
    qreal xOf(qsizetype bucket) const;
    qsizetype bucketAt(qreal x) const;
    qsizetype bucketCount() const { return m_values.size(); }
    // How many buckets one step along the axis covers: 1 for a line, the bar's group else.
    qsizetype bucketsPerPoint() const { return m_kind == Kind::Line ? 1 : m_group; }
    // The highest total of the stack's parts in one bucket; 0 without a stack.
    qreal stackPeak() const;
    // The points the line really draws (after the reduction), for tests; 0 for bars.
    qsizetype drawnPoints() const { return m_drawnPoints; }

    // The line's pen where buckets outnumber pixel columns: one pixel, no antialiasing, so
    // the reduced line covers exactly the pixels the full one would. Sparser lines are
    // 1.6 pixels wide and antialiased (nothing is reduced there).
    static QPen densePen(const QColor &color);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    qreal yOf(qreal value) const;
    qreal barX(qsizetype bar) const;
    // Device points of `values` from bucket `from` to `to` (exclusive), reduced.
    QList<QPointF> linePoints(const QList<qreal> &values, qsizetype from, qsizetype to) const;
    void paintContent(QPainter *painter);
    // Opaque whole-pixel rectangles: written into the frame directly while it is drawn.
    void fillRects(QPainter *painter, const QList<QRect> &rects, const QColor &color) const;
    void paintBars(QPainter *painter);
    void paintLine(QPainter *painter);
    void paintStack(QPainter *painter);
    void paintOverlay(QPainter *painter);
    // The bucket of each bar (or pixel column) whose total is the highest, so a stack shows
    // the busiest one as bars of one bucket show.
    qsizetype busiestIn(qsizetype from, qsizetype to) const;

    QRectF m_plot;
    qreal m_xMin = -0.5;
    qreal m_xMax = 0.5;
    qreal m_yMax = 1;
    bool m_reversed = false;
    Kind m_kind = Kind::Bars;
    QList<qreal> m_values;
    qsizetype m_group = 1;
    qsizetype m_firstRunning = 0;
    QList<PlotPart> m_stack;
    QList<qreal> m_stackTotals;
    QList<qreal> m_overlay;
    QColor m_color;
    QColor m_overlayColor;
    mutable qsizetype m_drawnPoints = 0;
    // The reduced lines, made again only when the data or the geometry changes: a repaint
    // (the hover mark moving) then draws a few thousand points and maps none.
    mutable bool m_linesDirty = true;
    mutable QList<QPointF> m_finishedLine;
    mutable QList<QRect> m_finishedColumns; // the same, a rectangle per pixel column (dense)
    mutable QList<QPointF> m_runningLine;
    mutable QList<QPointF> m_overlayLine;
    // The picture of the plot's pixels, drawn again only when something above changed, and
    // the scene pixel of its top left; m_target while it is being drawn.
    mutable QImage m_frame;
    mutable QPoint m_frameOrigin;
    mutable QImage *m_target = nullptr;
};

} // namespace geobox
