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

} // namespace geobox
