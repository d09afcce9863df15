#include "chartreduction.h"

#include <algorithm>
#include <cmath>

namespace geobox {

QList<QPointF> ChartReduction::m4(const QList<QPointF> &points)
{
    return m4(points.size(), [&points](qsizetype i) { return points[i]; });
}

QList<QRect> ChartReduction::columnRuns(const QList<QPointF> &points)
{
    QList<QRect> runs;
    runs.reserve(std::min<qsizetype>(points.size(), 4096));
    const qsizetype n = points.size();
    qsizetype i = 0;
    bool entered = false;
    qreal enter = 0; // where the segment from the previous column crosses into this one
    while (i < n) {
        const qint64 column = columnOf(points[i].x());
        qreal low = points[i].y();
        qreal high = low;
        if (entered) {
            low = std::min(low, enter);
            high = std::max(high, enter);
        }
        for (++i; i < n && columnOf(points[i].x()) == column; ++i) {
            low = std::min(low, points[i].y());
            high = std::max(high, points[i].y());
        }
        entered = i < n;
        if (entered) {
            // The join to the next column, up to the edge between the two (the left one when
            // time runs right to left).
            const QPointF a = points[i - 1];
            const QPointF b = points[i];
            const qreal edge = static_cast<qreal>(b.x() > a.x() ? column + 1 : column);
            const qreal t =
                b.x() != a.x() ? std::clamp((edge - a.x()) / (b.x() - a.x()), 0.0, 1.0) : 0.0;
            const qreal cross = a.y() + t * (b.y() - a.y());
            // A steep join lights a pixel per row, in the column where the row's centre
            // meets it: this column up to half a row before the edge, the next from there.
            const bool down = b.y() > a.y();
            const qreal exit = down ? std::max(a.y(), cross - 0.5) : std::min(a.y(), cross + 0.5);
            enter = down ? std::min(b.y(), cross + 0.5) : std::max(b.y(), cross - 0.5);
            low = std::min(low, exit);
            high = std::max(high, exit);
        }
        const int top = static_cast<int>(std::floor(low));
        const int bottom = static_cast<int>(std::floor(high));
        runs.append(QRect(static_cast<int>(column), top, 1, bottom - top + 1));
    }
    return runs;
}

} // namespace geobox
