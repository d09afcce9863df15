// UsageChartView's pick: the bucket a left click on a bar (or Left/Right on a focused
// chart) chose, marked in both charts and said with bucketClicked; and where a bucket is
// on screen, for the click.

#include "usagechartview.h"

#include "chart/usageplot.h"

#include <algorithm>

namespace geobox {

std::optional<QPoint> UsageChartView::bucketPosition(Metric metric, qsizetype bucket) const
{
    if (!m_snapshot || bucket < 0 || bucket >= m_snapshot->rows.size())
        return std::nullopt;
    return plotOf(metric).bucketPosition(bucket);
}

void UsageChartView::pick(qsizetype bucket)
{
    m_picked = bucket;
    m_calls->markBucket(bucket);
    m_traffic->markBucket(bucket);
    Q_EMIT bucketClicked(bucket);
}

bool UsageChartView::stepPick(UsagePlot &plot, int key)
{
    // Left and Right move the pick one bar along the time axis as it is drawn (time runs
    // right to left in a right-to-left layout); the first press picks the last bucket.
    if ((key != Qt::Key_Left && key != Qt::Key_Right) || !m_snapshot ||
        m_snapshot->rows.isEmpty() || plot.pointCount() == 0)
        return false;
    const qsizetype rows = m_snapshot->rows.size();
    const qsizetype step = plot.layer()->bucketsPerPoint();
    const bool later = (key == Qt::Key_Right) != isRightToLeft();
    qsizetype next = rows - 1;
    if (m_picked)
        next = std::clamp<qsizetype>(*m_picked + (later ? step : -step), 0, rows - 1);
    pick(next);
    return true;
}

} // namespace geobox
