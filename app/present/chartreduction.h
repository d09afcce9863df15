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

#include <algorithm>

namespace geobox {

class ChartReduction final
{
public:
    ChartReduction() = delete;

    // `points` in device pixels, their x in order (rising, or falling when the chart is
    // mirrored). Each pixel column keeps its first, minimum-y, maximum-y and last point, in
    // their own order; a column of one or two points keeps them as they are.
    static QList<QPointF> m4(const QList<QPointF> &points);
    // The same for `count` points made one at a time, `pointAt(i)` the i-th: a long series
    // is reduced straight from its values, with no list of every point in between.
    template<typename PointAt> static QList<QPointF> m4(qsizetype count, PointAt pointAt);
    // The same pixels again as one whole-pixel rectangle per pixel column, for a line whose
    // columns follow one another (more points than pixel columns): the column's lowest to
    // highest point, and the joins to its neighbours up to where they cross into it. What a
    // one-pixel aliased pen lights for a point is the pixel it falls in (x and y rounded
    // down), so the rectangles cover what the polyline does; filling them is Qt's fast path,
    // where a pen lights pixel by pixel.
    static QList<QRect> columnRuns(const QList<QPointF> &points);
    // The pixel column of x (std::floor without the library call: it runs per bucket).
    static qint64 columnOf(qreal x)
    {
        const auto column = static_cast<qint64>(x);
        return static_cast<qreal>(column) > x ? column - 1 : column;
    }
};

template<typename PointAt> QList<QPointF> ChartReduction::m4(qsizetype count, PointAt pointAt)
{
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(count, 4096));
    qsizetype i = 0;
    QPointF next = count > 0 ? pointAt(0) : QPointF();
    while (i < count) {
        const qint64 column = columnOf(next.x());
        const qsizetype first = i;
        qsizetype low = i, high = i;
        const QPointF firstPoint = next;
        QPointF lowPoint = next, highPoint = next, lastPoint = next;
        for (++i; i < count; ++i) {
            next = pointAt(i);
            if (columnOf(next.x()) != column)
                break;
            lastPoint = next;
            if (next.y() < lowPoint.y()) {
                low = i;
                lowPoint = next;
            }
            if (next.y() > highPoint.y()) {
                high = i;
                highPoint = next;
            }
        }
        const qsizetype last = i - 1;
        // In index order, each once: the polyline visits them as the full one would.
        const bool lowFirst = low <= high;
        const qsizetype keep[4] = {first, lowFirst ? low : high, lowFirst ? high : low, last};
        const QPointF kept[4] = {firstPoint, lowFirst ? lowPoint : highPoint,
                                 lowFirst ? highPoint : lowPoint, lastPoint};
        qsizetype previous = -1;
        for (int k = 0; k < 4; ++k) {
            if (keep[k] != previous)
                out.append(kept[k]);
            previous = keep[k];
        }
    }
    return out;
}

} // namespace geobox
