#pragma once
// ChartReduction: draw no more than the pixels show. A line through more points
// than the plot has pixel columns is reduced, column by column, to the first,
// lowest, highest and last point that fall into it (M4): the polyline through
// what is left covers the same pixels as the polyline through every point, so
// the picture stays the same while a year or five of hours cost a few thousand
// points. Pure; points in device pixels.

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRect>

namespace geobox {

class ChartReduction final
{
public:
    ChartReduction() = delete;

    // `points` in device pixels, their x in order (rising, or falling when the chart is
    // mirrored). Each pixel column keeps its first, minimum-y, maximum-y and last point, in
    // their own order; a column of one or two points keeps them as they are.
    static QList<QPointF> m4(const QList<QPointF> &points);
    // The same pixels again as one whole-pixel rectangle per pixel column, for a line whose
    // columns follow one another (more points than pixel columns): the column's lowest to
    // highest point, and the joins to its neighbours up to where they cross into it. What a
    // one-pixel aliased pen lights for a point is the pixel it falls in (x and y rounded
    // down), so the rectangles cover what the polyline does; filling them is Qt's fast path,
    // where a pen lights pixel by pixel.
    static QList<QRect> columnRuns(const QList<QPointF> &points);
    // The pixel column of x.
    static qint64 columnOf(qreal x);
};

} // namespace geobox
