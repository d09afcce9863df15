#pragma once
// ChartCaptions: the words around the usage charts: the figures line above a
// chart ("Calls  total 41,208  avg 1,374/day  peak 5,112 (Tue 11 Nov)") and the
// tooltip of one bucket with both metrics, as rich text.

#include "dashboardsnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace geobox {

class ChartCaptions final
{
    Q_DECLARE_TR_FUNCTIONS(ChartCaptions)

public:
    ChartCaptions() = delete;

    static QString metricTitle(Metric metric);
    // The figures line; without a snapshot, "no data yet". `stats`: the snapshot's stats of
    // that metric where they are had already (else they are worked out).
    static QString statsLine(const DashboardSnapshot *snapshot, Metric metric,
                             const SeriesStats *stats = nullptr);
    // For a screen reader, plain text: "Calls per day, 21 Oct – 19 Nov 2026, 30 days: total
    // 41,208, average 1,374 per day, peak 5,112 on Tue 11 Nov. Fri 20 Nov is not finished yet."
    static QString accessibleSummary(const DashboardSnapshot *snapshot, Metric metric,
                                     const SeriesStats *stats = nullptr);
    // Why a bucket is not a whole, finished one, or empty: "not finished" for the bucket
    // that holds now; "part of November 2026: the range starts on 25 Nov" for a week or
    // month the range cuts (both, joined, when it is both).
    static QString bucketNote(const UsageRow &row, Scale scale,
                              Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    // "Fri 20 Nov 2026, 14:00 – 15:00 (not finished)", "25 Nov – 30 Nov 2026 (part of
    // November 2026: the range starts on 25 Nov)", then each metric's exact value, on a line
    // that does not wrap.
    static QString bucketTooltip(const UsageRow &row, Scale scale,
                                 Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    // Tooltip lines, rich text, each after a line break: every part of a stack with its
    // value ("web: 1,204"), and the matching bucket of the other period ("previous period:
    // 1,118"; `label` names another period). Empty without parts.
    static QString partLines(const QList<QPair<QString, qint64>> &parts, Metric metric);
    static QString previousLine(qint64 value, Metric metric, const QString &label = {});
};

} // namespace geobox
