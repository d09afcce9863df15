#include "chartreduction.h"

#include <cmath>

namespace geobox {

qint64 ChartReduction::columnOf(qreal x)
{
    return static_cast<qint64>(std::floor(x));
}

QList<QPointF> ChartReduction::m4(const QList<QPointF> &points)
{
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(points.size(), 4096));
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const qint64 column = columnOf(points[i].x());
        qsizetype first = i, low = i, high = i, last = i;
        for (++i; i < n && columnOf(points[i].x()) == column; ++i) {
            last = i;
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
        }
        // In index order, each once: the polyline visits them as the full one would.
        qsizetype keep[4] = {first, std::min(low, high), std::max(low, high), last};
        qsizetype previous = -1;
        for (const qsizetype k : keep) {
            if (k != previous)
                out.append(points[k]);
            previous = k;
        }
    }
    return out;
}

QList<QLineF> ChartReduction::columnLines(const QList<QPointF> &points)
{
    QList<QLineF> lines;
    lines.reserve(2 * std::min<qsizetype>(points.size(), 4096));
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const qint64 column = columnOf(points[i].x());
        const qsizetype first = i;
        qreal low = points[i].y();
        qreal high = low;
        for (++i; i < n && columnOf(points[i].x()) == column; ++i) {
            low = std::min(low, points[i].y());
            high = std::max(high, points[i].y());
        }
        const qreal x = points[first].x();
        lines.append(QLineF(x, low, x, high));
        if (i < n)
            lines.append(QLineF(points[i - 1], points[i]));
    }
    return lines;
}

} // namespace geobox
