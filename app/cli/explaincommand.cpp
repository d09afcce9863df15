#include "explaincommand.h"

#include "breakdownrun.h"
#include "changeattribution.h"
#include "dayoption.h"
#include "explainreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>

namespace geobox::cli {

namespace {

struct ExplainCommandText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::explain)
};
using Text = ExplainCommandText;

// --NAME-from and --NAME-to (or --from and --to) as a range, or an error line; nullopt
// range when neither is given.
struct RangeOption
{
    std::optional<DateRange> range;
    QString error;
};

RangeOption readRange(const QCommandLineParser &parser, const QString &fromName,
                      const QString &toName)
{
    RangeOption out;
    const bool hasFrom = parser.isSet(fromName);
    const bool hasTo = parser.isSet(toName);
    const QString from = QStringLiteral("--") + fromName;
    const QString to = QStringLiteral("--") + toName;
    if (hasFrom != hasTo) {
        //: %1 the option missing, %2 the one given, %1 and %2 go together.
        out.error = Text::tr("%1 is missing: %2 and %1 go together.")
                        .arg(hasFrom ? to : from, hasFrom ? from : to);
        return out;
    }
    if (!hasFrom)
        return out;
    const auto first = parseDay(from, parser.value(fromName));
    const auto last = parseDay(to, parser.value(toName));
    for (const auto *day : {&first, &last}) {
        if (const QString *why = std::get_if<QString>(day)) {
            out.error = *why;
            return out;
        }
    }
    if (std::get<QDate>(first) > std::get<QDate>(last)) {
        out.error = Text::tr("%1 %2 is after %3 %4.")
                        .arg(from, parser.value(fromName), to, parser.value(toName));
        return out;
    }
    out.range = DateRange{std::get<QDate>(first), std::get<QDate>(last)};
    return out;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Say which API keys made the account's calls or traffic change: each key's "
                 "figure in a range and in the period before it (or the one given with "
                 "--vs-from and --vs-to), its change and its share of the account's change, "
                 "and the usage from no listed key."));
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("from"), Text::tr("First day, inclusive (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), Text::tr("Last day, inclusive (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("days"),
                      Text::tr("The last N days, today included (default 30)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("vs-from"),
         Text::tr("First day of the period to compare with (default: the period before)."),
         QStringLiteral("date")});
    parser.addOption({QStringLiteral("vs-to"), Text::tr("Last day of the period to compare with."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("metric"), Text::tr("calls (default) or traffic (bytes)."),
                      QStringLiteral("metric"), QStringLiteral("calls")});
    parser.addOption({QStringLiteral("format"), Text::tr("text (default), csv or json."),
                      QStringLiteral("format"), QStringLiteral("text")});

    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    const std::optional<Metric> metric = metricFromName(parser.value(QStringLiteral("metric")));
    if (!metric) {
        printError(Text::tr("--metric takes calls or traffic."));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json")) {
        printError(Text::tr("--format takes text, csv or json."));
        return ExitUsage;
    }
    const RangeOption range = readRange(parser, QStringLiteral("from"), QStringLiteral("to"));
    if (!range.error.isEmpty()) {
        printError(range.error);
        return ExitUsage;
    }
    const bool hasDays = parser.isSet(QStringLiteral("days"));
    if (range.range && hasDays) {
        printError(Text::tr("Give either --from and --to, or --days, not both."));
        return ExitUsage;
    }
    int days = 30;
    if (hasDays) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > maxDays) {
            const QLocale locale;
            printError(Text::tr("--days %1: give a whole number of days from %2 to %3.")
                           .arg(parser.value(QStringLiteral("days")), locale.toString(1),
                                locale.toString(maxDays)));
            return ExitUsage;
        }
    }
    const RangeOption versus =
        readRange(parser, QStringLiteral("vs-from"), QStringLiteral("vs-to"));
    if (!versus.error.isEmpty()) {
        printError(versus.error);
        return ExitUsage;
    }

    CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;
    DateRange current;
    if (range.range) {
        current = *range.range;
    } else {
        const QDate today = session.client()->config().today();
        current = {today.addDays(1 - days), today};
    }
    BreakdownPlan plan = BreakdownPlan::against(Scale::Day, current);
    if (versus.range)
        plan.comparison = *versus.range;

    const BreakdownRun run =
        runBreakdown(session, plan, *metric == Metric::Calls, *metric == Metric::Traffic);
    if (!run.result)
        return run.exitCode;
    const std::optional<ChangeAttribution> change = attributeChange(*run.result->of(*metric));
    if (!change) {
        printError(run.result->of(*metric)->accountError.value_or(ApiError()).message());
        return ExitService;
    }
    const ExplainReport report{*metric, plan.range, plan.comparison, *change};
    const QByteArray bytes = format == QLatin1String("json")  ? ExplainText::json(report)
                             : format == QLatin1String("csv") ? ExplainText::csv(report)
                                                              : ExplainText::text(report);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.flush()) {
        printError(Text::tr("Cannot write to standard output: %1").arg(out.errorString()));
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace geobox::cli
