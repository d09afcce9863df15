#include "summarycommand.h"

#include "clisession.h"
#include "forecasttext.h"
#include "formatting.h"
#include "insights/forecastjob.h"
#include "insights/hourlyhistory.h"
#include "insights/quotaforecasts.h"
#include "storedhourlyhistory.h"
#include "usageclient.h"

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

// The service's figures for --format json, by the names it gives them.
struct Figure
{
    const char *key;
    qint64 UsageSummary::*member;
};

const Figure figures[] = {
    {"available_storage", &UsageSummary::availableStorage},
    {"used_storage", &UsageSummary::usedStorage},
    {"max_daily_api_calls", &UsageSummary::maxDailyApiCalls},
    {"daily_api_calls", &UsageSummary::dailyApiCalls},
    {"max_monthly_api_calls", &UsageSummary::maxMonthlyApiCalls},
    {"monthly_api_calls", &UsageSummary::monthlyApiCalls},
    {"max_daily_traffic", &UsageSummary::maxDailyTraffic},
    {"daily_traffic", &UsageSummary::dailyTraffic},
    {"max_monthly_traffic", &UsageSummary::maxMonthlyTraffic},
    {"monthly_traffic", &UsageSummary::monthlyTraffic},
    {"max_daily_process", &UsageSummary::maxDailyProcess},
    {"daily_process", &UsageSummary::dailyProcess},
    {"max_monthly_process", &UsageSummary::maxMonthlyProcess},
    {"monthly_process", &UsageSummary::monthlyProcess},
};

enum class Unit
{
    Bytes,
    Calls,
    Seconds
};

// A quota's line, as the window's card writes it: "4,120 of 10,000 (41%)", durations as
// "6 min 21 s", sizes in SI units; "4,120 (no limit known)" without a limit.
struct QuotaLine
{
    const char *label;
    Unit unit;
    Quota (UsageSummary::*quota)() const;
};

const QuotaLine quotaLines[] = {
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls today"), Unit::Calls,
     &UsageSummary::dailyCalls},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls this month"), Unit::Calls,
     &UsageSummary::monthlyCalls},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic today"), Unit::Bytes,
     &UsageSummary::dailyTrafficQuota},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic this month"), Unit::Bytes,
     &UsageSummary::monthlyTrafficQuota},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing today"), Unit::Seconds,
     &UsageSummary::dailyProcessQuota},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing this month"), Unit::Seconds,
     &UsageSummary::monthlyProcessQuota},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Storage"), Unit::Bytes, &UsageSummary::storage},
};

// A quota's forecast line: "Calls this month   At this rate: 2.9 M of 3 M calls by 31 Dec".
struct ForecastLine
{
    const char *label;
    ForecastText::Unit unit;
    std::optional<Forecast> QuotaForecasts::*forecast;
    qint64 UsageSummary::*maximum;
    bool monthly;
};

const ForecastLine forecastLines[] = {
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls today"), ForecastText::Unit::Calls,
     &QuotaForecasts::dailyCalls, &UsageSummary::maxDailyApiCalls, false},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Calls this month"), ForecastText::Unit::Calls,
     &QuotaForecasts::monthlyCalls, &UsageSummary::maxMonthlyApiCalls, true},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic today"), ForecastText::Unit::Bytes,
     &QuotaForecasts::dailyTraffic, &UsageSummary::maxDailyTraffic, false},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Traffic this month"), ForecastText::Unit::Bytes,
     &QuotaForecasts::monthlyTraffic, &UsageSummary::maxMonthlyTraffic, true},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing today"), ForecastText::Unit::Seconds,
     &QuotaForecasts::dailyProcess, &UsageSummary::maxDailyProcess, false},
    {QT_TRANSLATE_NOOP("geobox::cli::summary", "Processing this month"),
     ForecastText::Unit::Seconds, &QuotaForecasts::monthlyProcess, &UsageSummary::maxMonthlyProcess,
     true},
};

QString amount(Unit unit, qint64 value)
{
    switch (unit) {
    case Unit::Bytes:
        return Formatting::bytes(value);
    case Unit::Calls:
        return Formatting::count(value);
    case Unit::Seconds:
        return Formatting::duration(static_cast<double>(value));
    }
    return {};
}

QString quotaText(Unit unit, const Quota &quota)
{
    if (!quota.hasLimit())
        return SummaryText::tr("%1 (no limit known)").arg(amount(unit, quota.used));
    //: A quota: %1 used, %2 the limit, %3 the percentage used ("4,120 of 10,000 (41%)").
    return SummaryText::tr("%1 of %2 (%3)")
        .arg(amount(unit, quota.used), amount(unit, quota.maximum),
             Formatting::quotaPercent(quota));
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
    // The forecast reads the account's hours: the user asked for, or the caller.
    std::optional<qint64> eid = userId;
    int pending = eid ? 2 : 3;
    if (!eid) {
        UserJob *userJob = session.client()->currentUser();
        QObject::connect(userJob, &UserJob::succeeded, [&](const User &u) { eid = u.id; });
        QObject::connect(userJob, &ApiJob::failed,
                         [&](const ApiError &e) { error = error.value_or(e); });
        QObject::connect(userJob, &ApiJob::finished, [&] { --pending; });
    }
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
    std::optional<QuotaForecasts> forecasts;
    const ClientConfig &config = session.client()->config();
    const QDateTime now = config.clock();
    if (!error && summary && eid) {
        StoredHourlyHistory history(session.client(), session.history());
        ForecastJob job(&history, QString::number(*eid), *summary, now, config.serviceTimeZone);
        bool done = false;
        QObject::connect(&job, &ForecastJob::succeeded, [&](const QuotaForecasts &f) {
            forecasts = f;
            done = true;
        });
        QObject::connect(&job, &ForecastJob::failed, [&](const ApiError &e) {
            error = e;
            done = true;
        });
        job.start();
        waitUntil([&] { return done; });
    }
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
        o.insert(QStringLiteral("forecast"), forecastJson(*forecasts));
        out = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        QString text;
        const QLocale locale;
        auto line = [&](const QString &label, const QString &value) {
            text += label.leftJustified(30, QLatin1Char(' ')) + value + QLatin1Char('\n');
        };
        for (const QuotaLine &q : quotaLines)
            line(QCoreApplication::translate("geobox::cli::summary", q.label),
                 quotaText(q.unit, ((*summary).*(q.quota))()));
        line(SummaryText::tr("Days left on the plan"),
             summary->remainingDays ? locale.toString(*summary->remainingDays)
                                    : SummaryText::tr("not known"));
        line(SummaryText::tr("Processing, last 30 days"), Formatting::duration(*process));
        text += QLatin1Char('\n') + SummaryText::tr("Forecast") + QLatin1Char('\n');
        const QDateTime local = now.toTimeZone(config.serviceTimeZone);
        const QDateTime monthEnd = QDateTime(QDate(local.date().year(), local.date().month(), 1),
                                             QTime(0, 0), config.serviceTimeZone)
                                       .addMonths(1);
        const QDateTime midnight =
            QDateTime(local.date(), QTime(0, 0), config.serviceTimeZone).addDays(1);
        for (const ForecastLine &f : forecastLines) {
            const std::optional<Forecast> &forecast = (*forecasts).*(f.forecast);
            if (!forecast)
                continue;
            line(QCoreApplication::translate("geobox::cli::summary", f.label),
                 ForecastText::sentence(*forecast, f.unit, (*summary).*(f.maximum), f.monthly,
                                        f.monthly ? monthEnd : midnight));
        }
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
