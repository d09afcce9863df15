#include "checkcommand.h"

#include "clisession.h"
#include "forecasttext.h"
#include "formatting.h"
#include "insights/forecastjob.h"
#include "insights/hourlyhistory.h"
#include "insights/quotacheck.h"
#include "storedhourlyhistory.h"
#include "usageclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstdio>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::check)
};

constexpr int defaultTimeoutSeconds = 10;

// What the status line calls each quota, in CheckResult's order.
QString quotaName(const QString &label)
{
    if (label == QLatin1String("monthly_api_calls"))
        return CheckText::tr("monthly calls");
    if (label == QLatin1String("daily_api_calls"))
        return CheckText::tr("daily calls");
    if (label == QLatin1String("monthly_traffic"))
        return CheckText::tr("monthly traffic");
    if (label == QLatin1String("daily_traffic"))
        return CheckText::tr("daily traffic");
    if (label == QLatin1String("monthly_process"))
        return CheckText::tr("monthly processing");
    if (label == QLatin1String("daily_process"))
        return CheckText::tr("daily processing");
    return CheckText::tr("storage");
}

QString amount(CheckedQuota::Unit unit, double value)
{
    switch (unit) {
    case CheckedQuota::Unit::Bytes:
        return ForecastText::amount(ForecastText::Unit::Bytes, value);
    case CheckedQuota::Unit::Seconds:
        return ForecastText::amount(ForecastText::Unit::Seconds, value);
    case CheckedQuota::Unit::Calls:
        break;
    }
    return ForecastText::amount(ForecastText::Unit::Calls, value);
}

QString percentText(const Quota &quota)
{
    // As the window's card says it: rounded down, "<1%" for a sliver.
    return Formatting::quotaPercent(quota);
}

// "monthly calls 85% (2.55 M of 3 M)", with the forecast's crossing when that made it a
// warning: "..., at this rate 3.2 M by the month's end, over on 2026-12-28 14:00".
QString quotaText(const CheckedQuota &q)
{
    //: %1 the quota (monthly calls), %2 the share used, %3 used, %4 the limit.
    QString text = CheckText::tr("%1 %2 (%3 of %4)")
                       .arg(quotaName(q.label), percentText(q.quota),
                            amount(q.unit, static_cast<double>(q.quota.used)),
                            amount(q.unit, static_cast<double>(q.quota.maximum)));
    if (q.forecastCrosses && q.forecast) {
        const QString when =
            q.forecast->exceedsOn
                ? q.forecast->exceedsOn->toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : CheckText::tr("before the end");
        //: %1 the projected use at the period's end, %2 when the quota is crossed.
        text += CheckText::tr(", at this rate %1 by the end, over on %2")
                    .arg(amount(q.unit, q.forecast->projected), when);
    }
    return text;
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int unknown(const QString &why)
{
    printLine(QStringLiteral("GEOBOX USAGE UNKNOWN - ") + why.simplified());
    return static_cast<int>(CheckStatus::Unknown);
}

std::optional<double> percentOption(const QCommandLineParser &parser, const QString &name,
                                    double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0) || value > 100000)
        return std::nullopt;
    return value;
}

// Restores printError's stderr when the command ends, however it ends.
struct ErrorsOnStatusLine
{
    explicit ErrorsOnStatusLine(QString *last)
    {
        startup::setErrorSink([last](const QString &message) { *last = message; });
    }
    ~ErrorsOnStatusLine() { startup::setErrorSink({}); }
    Q_DISABLE_COPY_MOVE(ErrorsOnStatusLine)
};

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckText::tr(
        "Check the quotas for Nagios, Icinga or cron: one status line with performance data; "
        "exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("user-id"),
                      CheckText::tr("Another user's quotas (an admin's right)."),
                      QStringLiteral("id")});
    parser.addOption({{QStringLiteral("w"), QStringLiteral("warning")},
                      CheckText::tr("WARNING at this share of a quota (default 80)."),
                      QStringLiteral("percent")});
    parser.addOption({{QStringLiteral("c"), QStringLiteral("critical")},
                      CheckText::tr("CRITICAL at this share of a quota (default 100)."),
                      QStringLiteral("percent")});
    parser.addOption({QStringLiteral("forecast"),
                      CheckText::tr("Count a quota the forecast crosses before its period "
                                    "ends as WARNING.")});

    QString lastError;
    const ErrorsOnStatusLine sink(&lastError);
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode == ExitOk ? ExitOk : unknown(lastError);
    const std::optional<double> warning = percentOption(parser, QStringLiteral("warning"), 80);
    const std::optional<double> critical = percentOption(parser, QStringLiteral("critical"), 100);
    if (!warning)
        return unknown(CheckText::tr("--warning takes a percentage above 0, e.g. 80."));
    if (!critical)
        return unknown(CheckText::tr("--critical takes a percentage above 0, e.g. 100."));
    if (*warning > *critical)
        return unknown(CheckText::tr("--warning must not be above --critical."));
    std::optional<qint64> userId;
    if (parser.isSet(QStringLiteral("user-id"))) {
        bool ok = false;
        userId = parser.value(QStringLiteral("user-id")).toLongLong(&ok);
        if (!ok || *userId <= 0)
            return unknown(CheckText::tr("--user-id takes a positive number."));
    }

    CliSession session;
    if (session.open(parser))
        return unknown(lastError);
    ClientConfig config = session.client()->config();
    if (!parser.isSet(QStringLiteral("timeout")))
        config.timeout = std::chrono::seconds(defaultTimeoutSeconds);
    // A monitor waits for one answer; it asks again at its next interval.
    config.retry.maxRetries = 0;
    session.client()->setConfig(config);

    std::optional<UsageSummary> summary;
    std::optional<ApiError> error;
    SummaryJob *summaryJob = session.client()->usageSummary(userId);
    bool summaryDone = false;
    QObject::connect(summaryJob, &SummaryJob::succeeded,
                     [&](const UsageSummary &s) { summary = s; });
    QObject::connect(summaryJob, &ApiJob::failed, [&](const ApiError &e) { error = e; });
    QObject::connect(summaryJob, &ApiJob::finished, [&] { summaryDone = true; });
    // The forecast needs the account's id: the one asked for, or the caller's.
    std::optional<qint64> eid = userId;
    bool userDone = !parser.isSet(QStringLiteral("forecast")) || userId.has_value();
    if (!userDone) {
        UserJob *userJob = session.client()->currentUser();
        QObject::connect(userJob, &UserJob::succeeded, [&](const User &u) { eid = u.id; });
        QObject::connect(userJob, &ApiJob::failed,
                         [&](const ApiError &e) { error = error.value_or(e); });
        QObject::connect(userJob, &ApiJob::finished, [&] { userDone = true; });
    }
    waitUntil([&] { return summaryDone && userDone; });
    if (error || !summary)
        return unknown(error ? error->message() : CheckText::tr("no answer from the service."));

    std::optional<QuotaForecasts> forecasts;
    if (parser.isSet(QStringLiteral("forecast")) && eid) {
        StoredHourlyHistory history(session.client(), session.history());
        ForecastJob job(&history, QString::number(*eid), *summary, config.clock(),
                        config.serviceTimeZone);
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
        if (error)
            return unknown(error->message());
    }

    const CheckResult result = checkQuotas(*summary, *warning, *critical, forecasts);
    const QString detail = result.worst >= 0 ? quotaText(result.quotas.at(result.worst))
                                             : CheckText::tr("no quota has a known limit");
    printLine(QStringLiteral("GEOBOX USAGE %1 - %2 | %3")
                  .arg(checkStatusName(result.status), detail,
                       result.performanceData(*warning, *critical)));
    return static_cast<int>(result.status);
}

} // namespace geobox::cli
