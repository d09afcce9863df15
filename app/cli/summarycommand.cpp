#include "summarycommand.h"

#include "bytesize.h"
#include "clisession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::summary)
};

struct Figure
{
    const char *key;
    const char *label;
    enum Unit
    {
        Bytes,
        Calls,
        Seconds
    } unit;
    qint64 UsageSummary::*member;
};

const Figure figures[] = {
    {"available_storage", QT_TRANSLATE_NOOP("geobox::cli::summary", "Storage available"),
     Figure::Bytes, &UsageSummary::availableStorage},
    {"used_storage", QT_TRANSLATE_NOOP("geobox::cli::summary", "Storage used"), Figure::Bytes,
     &UsageSummary::usedStorage},
    {"max_daily_api_calls", QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls per day, limit"),
     Figure::Calls, &UsageSummary::maxDailyApiCalls},
    {"daily_api_calls", QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls today"), Figure::Calls,
     &UsageSummary::dailyApiCalls},
    {"max_monthly_api_calls", QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls per month, limit"),
     Figure::Calls, &UsageSummary::maxMonthlyApiCalls},
    {"monthly_api_calls", QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls this month"),
     Figure::Calls, &UsageSummary::monthlyApiCalls},
    {"max_daily_traffic", QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic per day, limit"),
     Figure::Bytes, &UsageSummary::maxDailyTraffic},
    {"daily_traffic", QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic today"), Figure::Bytes,
     &UsageSummary::dailyTraffic},
    {"max_monthly_traffic", QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic per month, limit"),
     Figure::Bytes, &UsageSummary::maxMonthlyTraffic},
    {"monthly_traffic", QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic this month"),
     Figure::Bytes, &UsageSummary::monthlyTraffic},
    {"max_daily_process", QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing per day, limit"),
     Figure::Seconds, &UsageSummary::maxDailyProcess},
    {"daily_process", QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing today"),
     Figure::Seconds, &UsageSummary::dailyProcess},
    {"max_monthly_process",
     QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing per month, limit"), Figure::Seconds,
     &UsageSummary::maxMonthlyProcess},
    {"monthly_process", QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing this month"),
     Figure::Seconds, &UsageSummary::monthlyProcess},
};

QString human(const Figure &f, qint64 value)
{
    const QLocale locale;
    const bool isLimit = QByteArray(f.key).startsWith("max_");
    if (isLimit && value == 0)
        return SummaryText::tr("no limit known");
    switch (f.unit) {
    case Figure::Bytes:
        return ByteSize::text(value, locale);
    case Figure::Calls:
        return locale.toString(value);
    case Figure::Seconds:
        return SummaryText::tr("%1 s").arg(locale.toString(value));
    }
    return {};
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SummaryText::tr(
        "Print today's and this month's calls, traffic and processing against the plan's "
        "limits, storage, days left, and the processing time of the last 30 days."));
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("user-id"),
                      SummaryText::tr("Another user's figures (an admin's right)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("format"), SummaryText::tr("text (default) or json."),
                      QStringLiteral("format"), QStringLiteral("text")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printError(SummaryText::tr("--format takes text or json."));
        return ExitUsage;
    }
    std::optional<qint64> userId;
    if (parser.isSet(QStringLiteral("user-id"))) {
        bool ok = false;
        userId = parser.value(QStringLiteral("user-id")).toLongLong(&ok);
        if (!ok || *userId <= 0) {
            printError(SummaryText::tr("--user-id takes a positive number."));
            return ExitUsage;
        }
    }

    CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;

    std::optional<UsageSummary> summary;
    std::optional<double> process;
    std::optional<ApiError> error;
    int pending = 2;
    SummaryJob *summaryJob = session.client()->usageSummary(userId);
    QObject::connect(summaryJob, &SummaryJob::succeeded,
                     [&](const UsageSummary &s) { summary = s; });
    QObject::connect(summaryJob, &ApiJob::failed,
                     [&](const ApiError &e) { error = error.value_or(e); });
    QObject::connect(summaryJob, &ApiJob::finished, [&] { --pending; });
    ProcessUsageJob *processJob =
        session.client()->processUsage({.userId = userId, .range = UsageRange::daysBeforeNow(30)});
    QObject::connect(processJob, &ProcessUsageJob::succeeded, [&](double s) { process = s; });
    QObject::connect(processJob, &ApiJob::failed,
                     [&](const ApiError &e) { error = error.value_or(e); });
    QObject::connect(processJob, &ApiJob::finished, [&] { --pending; });
    waitUntil([&] { return pending == 0; });
    if (error) {
        printError(error->message());
        return exitCodeFor(*error);
    }

    QByteArray out;
    if (format == QLatin1String("json")) {
        QJsonObject o;
        for (const Figure &f : figures)
            o.insert(QLatin1String(f.key), (*summary).*(f.member));
        o.insert(QStringLiteral("remaining_days"),
                 summary->remainingDays ? QJsonValue(*summary->remainingDays) : QJsonValue());
        o.insert(QStringLiteral("process_seconds_last_30_days"), *process);
        out = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        QString text;
        const QLocale locale;
        auto line = [&](const QString &label, const QString &value) {
            text += label.leftJustified(30, QLatin1Char(' ')) + value + QLatin1Char('\n');
        };
        for (const Figure &f : figures)
            line(QCoreApplication::translate("geobox::cli::summary", f.label),
                 human(f, (*summary).*(f.member)));
        line(SummaryText::tr("Days left on the plan"),
             summary->remainingDays ? locale.toString(*summary->remainingDays)
                                    : SummaryText::tr("not known"));
        line(SummaryText::tr("Processing, last 30 days"),
             SummaryText::tr("%1 s").arg(locale.toString(*process, 'f', 1)));
        out = text.toUtf8();
    }
    if (std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout) !=
            static_cast<size_t>(out.size()) ||
        std::fflush(stdout) != 0) {
        printError(SummaryText::tr("Cannot write to standard output."));
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace geobox::cli
