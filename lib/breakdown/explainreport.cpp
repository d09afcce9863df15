#include "explainreport.h"

#include "usageexport.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace geobox {

namespace {

QByteArray day(const QDate &d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

QByteArray fraction(const std::optional<double> &share, const char *none)
{
    return share ? QByteArray::number(*share, 'g', QLocale::FloatingPointShortest)
                 : QByteArray(none);
}

QString signedNumber(qint64 v, const QLocale &locale)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + locale.toString(v);
}

QString signedBytes(qint64 v, const QLocale &locale)
{
    const QString sign = v > 0 ? QStringLiteral("+") : (v < 0 ? QStringLiteral("-") : QString());
    return sign + locale.formattedDataSize(std::llabs(v), 1, QLocale::DataSizeSIFormat);
}

// "38%", "-7%"; `sign`: "+38%". A share that rounds to 0 is "0%", never "-0%".
QString percent(const std::optional<double> &v, const QLocale &locale, bool sign = false)
{
    if (!v)
        return QStringLiteral("–");
    const double rounded = std::round(*v * 100.0);
    const QString text = locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 0) + locale.percent();
    return sign && rounded > 0.0 ? QStringLiteral("+") + text : text;
}

} // namespace

QString ExplainText::unattributedName()
{
    return tr("Not from a listed key");
}

QString ExplainText::sentence(const ChangeAttribution &change, Metric metric, int parts,
                              const QLocale &locale)
{
    const std::optional<double> relative =
        change.previousTotal == 0 ? std::nullopt
                                  : std::optional(static_cast<double>(change.delta()) /
                                                  static_cast<double>(change.previousTotal));
    const QString figure = metric == Metric::Calls ? signedNumber(change.delta(), locale) +
                                                         QLatin1Char(' ') + tr("calls")
                                                   : signedBytes(change.delta(), locale);
    QString out =
        figure + QStringLiteral(" (") + percent(relative, locale, true) + QLatin1Char(')');
    QStringList named;
    for (const ChangeEntry &e : change.entries) {
        if (named.size() >= parts || e.delta == 0)
            break;
        const QString amount =
            metric == Metric::Calls ? signedNumber(e.delta, locale) : signedBytes(e.delta, locale);
        const QString who = e.keyId ? tr("key '%1'").arg(e.keyName) : unattributedName();
        QString part = who + QLatin1Char(' ') + amount;
        if (named.isEmpty() && e.shareOfChange) {
            //: %1 a share of the change in percent.
            part += QStringLiteral(" (") +
                    tr("%1 of the change").arg(percent(e.shareOfChange, locale)) + QLatin1Char(')');
        }
        named.append(part);
    }
    if (named.isEmpty())
        return out;
    const bool more =
        std::count_if(change.entries.cbegin(), change.entries.cend(),
                      [](const ChangeEntry &e) { return e.delta != 0; }) > named.size();
    return out + QStringLiteral(": ") + named.join(QStringLiteral(", ")) +
           (more ? QStringLiteral(", …") : QString());
}

QByteArray ExplainText::json(const ExplainReport &report)
{
    QByteArray out;
    out.append("{\"metric\": \"").append(metricName(report.metric).toLatin1());
    out.append("\", \"from\": \"").append(day(report.range.first));
    out.append("\", \"to\": \"").append(day(report.range.last));
    out.append("\", \"vs_from\": \"").append(day(report.comparison.first));
    out.append("\", \"vs_to\": \"").append(day(report.comparison.last));
    out.append("\", \"current_total\": ").append(QByteArray::number(report.change.currentTotal));
    out.append(", \"previous_total\": ").append(QByteArray::number(report.change.previousTotal));
    out.append(", \"keys\": [");
    bool first = true;
    for (const ChangeEntry &e : report.change.entries) {
        out.append(first ? "\n  {" : ",\n  {");
        first = false;
        out.append("\"key_id\": ")
            .append(e.keyId ? QByteArray::number(*e.keyId) : QByteArrayLiteral("null"));
        out.append(", \"key_name\": ")
            .append(e.keyId ? jsonString(e.keyName) : QByteArrayLiteral("null"));
        out.append(", \"revoked\": ").append(e.revoked ? "true" : "false");
        out.append(", \"current\": ").append(QByteArray::number(e.current));
        out.append(", \"previous\": ").append(QByteArray::number(e.previous));
        out.append(", \"delta\": ").append(QByteArray::number(e.delta));
        out.append(", \"share_of_change\": ").append(fraction(e.shareOfChange, "null"));
        out.append('}');
    }
    out.append(first ? "]}\n" : "\n]}\n");
    return out;
}

QByteArray ExplainText::csv(const ExplainReport &report)
{
    QByteArray out("key_id,key_name,revoked,current,previous,delta,share_of_change\r\n");
    for (const ChangeEntry &e : report.change.entries) {
        out.append(e.keyId ? QByteArray::number(*e.keyId) : QByteArray()).append(',');
        out.append(e.keyId ? csvTextCell(e.keyName) : QByteArray()).append(',');
        out.append(e.revoked ? "true," : "false,");
        out.append(QByteArray::number(e.current)).append(',');
        out.append(QByteArray::number(e.previous)).append(',');
        out.append(QByteArray::number(e.delta)).append(',');
        out.append(fraction(e.shareOfChange, "")).append("\r\n");
    }
    return out;
}

QByteArray ExplainText::text(const ExplainReport &report, const QLocale &locale)
{
    const ChangeAttribution &c = report.change;
    const std::optional<double> relative =
        c.previousTotal == 0
            ? std::nullopt
            : std::optional(static_cast<double>(c.delta()) / static_cast<double>(c.previousTotal));
    const QString what = report.metric == Metric::Calls ? tr("calls") : tr("bytes");
    //: %1 the change ("+41,200"), %2 calls or bytes, %3 the change in percent, %4 and %5 the
    //: periods as dates.
    QString head = tr("%1 %2 (%3): %4 against %5")
                       .arg(signedNumber(c.delta(), locale), what, percent(relative, locale, true),
                            report.range.first.toString(Qt::ISODate) + QStringLiteral(" – ") +
                                report.range.last.toString(Qt::ISODate),
                            report.comparison.first.toString(Qt::ISODate) + QStringLiteral(" – ") +
                                report.comparison.last.toString(Qt::ISODate));

    QList<QStringList> table;
    table.append({tr("Key ID"), tr("Key"), tr("Revoked"), tr("Current"), tr("Previous"),
                  tr("Change"), tr("Share of change")});
    for (const ChangeEntry &e : c.entries) {
        table.append({e.keyId ? locale.toString(*e.keyId) : QString(),
                      e.keyId ? e.keyName : unattributedName(), e.revoked ? tr("yes") : QString(),
                      locale.toString(e.current), locale.toString(e.previous),
                      signedNumber(e.delta, locale), percent(e.shareOfChange, locale)});
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out = head + QLatin1Char('\n');
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            // Names left, figures right.
            line += i == 1 || i == 2 ? row.at(i).leftJustified(widths.at(i))
                                     : row.at(i).rightJustified(widths.at(i));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    if (c.notLoaded > 0)
        out += tr("%n key(s) could not be loaded and are not in the table.", nullptr, c.notLoaded) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace geobox
