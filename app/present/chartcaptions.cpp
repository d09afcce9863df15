#include "chartcaptions.h"

#include "daterange.h"
#include "formatting.h"
#include "timebuckets.h"

#include <cmath>

namespace geobox {

QString ChartCaptions::metricTitle(Metric metric)
{
    return metric == Metric::Calls ? tr("Calls") : tr("Traffic");
}

QString ChartCaptions::statsLine(const DashboardSnapshot *snapshot, Metric metric,
                                 const SeriesStats *known)
{
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    const QString title =
        QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>")
            .arg(metricTitle(metric).toHtmlEscaped()) +
        gap;
    if (!snapshot || snapshot->rows.isEmpty())
        return title + tr("no data yet").toHtmlEscaped();
    const bool calls = metric == Metric::Calls;
    const auto amount = [calls](qint64 v) {
        return QStringLiteral("<b>%1</b>")
            .arg((calls ? Formatting::count(v) : Formatting::bytes(v)).toHtmlEscaped());
    };
    const SeriesStats stats = known ? *known : snapshot->stats(metric);
    const Scale scale = snapshot->query.scale;
    QString text = title + tr("total %1").arg(amount(stats.total)) + gap +
                   tr("avg %1/%2")
                       .arg(amount(std::llround(stats.averagePerBucket)),
                            Formatting::perBucket(scale).toHtmlEscaped());
    if (stats.peakStart.isValid())
        text += gap + tr("peak %1 (%2)")
                          .arg(amount(stats.peak),
                               Formatting::bucketStart(stats.peakStart, scale).toHtmlEscaped());
    return text;
}

QString ChartCaptions::accessibleSummary(const DashboardSnapshot *snapshot, Metric metric,
                                         const SeriesStats *known)
{
    if (!snapshot || snapshot->rows.isEmpty())
        return tr("%1: no data yet.").arg(metricTitle(metric));
    const bool calls = metric == Metric::Calls;
    const auto amount = [calls](qint64 v) {
        return calls ? Formatting::count(v) : Formatting::bytes(v);
    };
    const SeriesStats stats = known ? *known : snapshot->stats(metric);
    const Scale scale = snapshot->query.scale;
    const QString per = Formatting::perBucket(scale);
    QString text = tr("%1 per %2, %3: total %4, average %5 per %2")
                       .arg(metricTitle(metric), per, describeRange(snapshot->query.range),
                            amount(stats.total), amount(std::llround(stats.averagePerBucket)));
    if (stats.peakStart.isValid())
        text = tr("%1, peak %2 on %3")
                   .arg(text, amount(stats.peak), Formatting::bucketStart(stats.peakStart, scale));
    text = tr("%1.").arg(text);
    const UsageRow &last = snapshot->rows.last();
    if (last.running)
        text += QLatin1Char(' ') +
                tr("%1 is not finished yet.").arg(Formatting::bucketStart(last.start, scale));
    return text;
}

QString ChartCaptions::bucketNote(const UsageRow &row, Scale scale, Qt::DayOfWeek firstDayOfWeek)
{
    QStringList notes;
    if (row.cut) {
        const QDate first = row.start.date();
        const QDate last = row.end.addSecs(-1).date();
        const CalendarSpan whole = calendarSpan(first, scale, firstDayOfWeek);
        const QTimeZone zone = row.start.timeZone();
        const QDateTime wholeStart(whole.first, QTime(0, 0), zone);
        const QDateTime wholeEnd(whole.last.addDays(1), QTime(0, 0), zone);
        const QString bucket = scale == Scale::Week
                                   ? tr("the week of %1").arg(Formatting::day(wholeStart))
                                   : Formatting::bucketSpan(wholeStart, wholeEnd, scale);
        const bool cutStart = first > whole.first;
        const bool cutEnd = last < whole.last;
        if (cutStart && cutEnd)
            notes.append(
                tr("part of %1: the range starts on %2 and ends on %3")
                    .arg(bucket, Formatting::day(row.start), Formatting::day(row.end.addSecs(-1))));
        else if (cutStart)
            notes.append(
                tr("part of %1: the range starts on %2").arg(bucket, Formatting::day(row.start)));
        else
            notes.append(tr("part of %1: the range ends on %2")
                             .arg(bucket, Formatting::day(row.end.addSecs(-1))));
    }
    if (row.running)
        notes.append(tr("not finished"));
    return notes.join(tr("; "));
}

QString ChartCaptions::partLines(const QList<QPair<QString, qint64>> &parts, Metric metric)
{
    QString text;
    for (const auto &[name, value] : parts) {
        const QString amount =
            metric == Metric::Calls ? Formatting::count(value) : Formatting::bytes(value);
        text += QStringLiteral("<br>") + tr("%1: %2").arg(name, amount).toHtmlEscaped();
    }
    return text;
}

QString ChartCaptions::previousLine(qint64 value, Metric metric, const QString &label)
{
    const QString amount =
        metric == Metric::Calls ? Formatting::count(value) : Formatting::bytes(value);
    const QString period = label.isEmpty() ? tr("previous period") : label;
    return QStringLiteral("<br>") +
           tr("%1, %2: %3").arg(metricTitle(metric), period, amount).toHtmlEscaped();
}

QString ChartCaptions::bucketTooltip(const UsageRow &row, Scale scale, Qt::DayOfWeek firstDayOfWeek)
{
    QString text = QStringLiteral("<b>%1</b>")
                       .arg(Formatting::bucketSpan(row.start, row.end, scale).toHtmlEscaped());
    if (const QString note = bucketNote(row, scale, firstDayOfWeek); !note.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(note).toHtmlEscaped();
    // A figure's line never wraps: a tooltip picks its own width, and "bytes)" alone on a
    // line of its own reads as a mistake. Its spaces are non-breaking.
    const auto figure = [](const QString &line) {
        return QStringLiteral("<br>") +
               QString(line).replace(QLatin1Char(' '), QChar::Nbsp).toHtmlEscaped();
    };
    if (row.calls)
        text += figure(tr("Calls: %1").arg(Formatting::count(*row.calls)));
    if (row.traffic)
        text += figure(tr("Traffic: %1 (%2 bytes)")
                           .arg(Formatting::bytes(*row.traffic), Formatting::count(*row.traffic)));
    return text;
}

} // namespace geobox
