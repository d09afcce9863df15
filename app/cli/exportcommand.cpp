#include "exportcommand.h"

#include "bykeyexportcommand.h"
#include "historystore.h"

#include "clisession.h"
#include "dashboardstate.h"
#include "dayoption.h"
#include "insights/comparison.h"
#include "usageexport.h"

#include <QCalendar>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <variant>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::export)
};

struct ResourceSpec
{
    enum class Kind
    {
        Account,
        KeyName,
        KeyId,
        User
    } kind = Kind::Account;
    QString name;
    qint64 id = 0;
};

std::optional<ResourceSpec> parseResource(const QString &text)
{
    ResourceSpec spec;
    if (text == QLatin1String("account"))
        return spec;
    auto number = [](const QString &s) -> std::optional<qint64> {
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        return ok && v > 0 ? std::optional(v) : std::nullopt;
    };
    if (text.startsWith(QLatin1String("key:")) && text.size() > 4) {
        spec.kind = ResourceSpec::Kind::KeyName;
        spec.name = text.mid(4);
        return spec;
    }
    if (text.startsWith(QLatin1String("key-id:"))) {
        spec.kind = ResourceSpec::Kind::KeyId;
        if (const auto id = number(text.mid(7))) {
            spec.id = *id;
            return spec;
        }
    }
    if (text.startsWith(QLatin1String("user:"))) {
        spec.kind = ResourceSpec::Kind::User;
        if (const auto id = number(text.mid(5))) {
            spec.id = *id;
            return spec;
        }
    }
    return std::nullopt;
}

// --week-start: the days a week may start on. Not the language's: an export is the same
// bytes in every language.
std::optional<Qt::DayOfWeek> parseWeekStart(const QString &text)
{
    if (text == QLatin1String("monday"))
        return Qt::Monday;
    if (text == QLatin1String("saturday"))
        return Qt::Saturday;
    if (text == QLatin1String("sunday"))
        return Qt::Sunday;
    return std::nullopt;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportText::tr(
        "Export the calls and traffic of an account, an API key or (for an admin) another "
        "user, one row per hour, day, week or month, as CSV or JSON."));
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("offline"),
                      ExportText::tr("Read only the usage history, send nothing; days it does not "
                                     "hold are an error (exit code 4), never zeros.")});
    parser.addOption({QStringLiteral("resource"),
                      ExportText::tr("account (default), key:NAME, key-id:ID, or user:ID."),
                      QStringLiteral("resource"), QStringLiteral("account")});
    parser.addOption({QStringLiteral("scale"),
                      ExportText::tr("hour, day (default), week or month."),
                      QStringLiteral("scale"), QStringLiteral("day")});
    parser.addOption({QStringLiteral("metric"), ExportText::tr("calls, traffic or both (default)."),
                      QStringLiteral("metric"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("from"), ExportText::tr("First day, inclusive (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), ExportText::tr("Last day, inclusive (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("days"),
                      ExportText::tr("The last N days, today included (default 30)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("week-start"),
         ExportText::tr("The day weeks start on at --scale week: monday (default), saturday or "
                        "sunday, in every language."),
         QStringLiteral("day"), QStringLiteral("monday")});
    parser.addOption({QStringLiteral("format"), ExportText::tr("csv (default) or json."),
                      QStringLiteral("format"), QStringLiteral("csv")});
    parser.addOption(
        {QStringLiteral("calendar"),
         ExportText::tr(
             "gregorian (default) or jalali: jalali adds bucket_start_jalali, the bucket's "
             "start with its date in the Jalali (Solar Hijri) calendar."),
         QStringLiteral("calendar"), QStringLiteral("gregorian")});
    parser.addOption(
        {QStringLiteral("by"),
         ExportText::tr("key: the signed-in account broken down by API key, one row per bucket "
                        "per key, and one for the usage from no listed key."),
         QStringLiteral("what")});
    parser.addOption(
        {QStringLiteral("compare"),
         ExportText::tr("previous or year: append previous_bucket_start, previous_calls and "
                        "previous_traffic_bytes, the matching bucket of the period before or "
                        "of the same period a year earlier."),
         QStringLiteral("period")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      ExportText::tr("Write to this file (atomically) instead of standard output."),
                      QStringLiteral("file")});

    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    // Everything the arguments say is checked before anything is sent.
    const std::optional<ResourceSpec> resource =
        parseResource(parser.value(QStringLiteral("resource")));
    if (!resource) {
        printError(ExportText::tr("--resource takes account, key:NAME, key-id:ID or user:ID."));
        return ExitUsage;
    }
    const std::optional<Scale> scale = scaleFromName(parser.value(QStringLiteral("scale")));
    if (!scale) {
        printError(ExportText::tr("--scale takes hour, day, week or month."));
        return ExitUsage;
    }
    const QString metric = parser.value(QStringLiteral("metric"));
    if (metric != QLatin1String("calls") && metric != QLatin1String("traffic") &&
        metric != QLatin1String("both")) {
        printError(ExportText::tr("--metric takes calls, traffic or both."));
        return ExitUsage;
    }
    const std::optional<Qt::DayOfWeek> weekStart =
        parseWeekStart(parser.value(QStringLiteral("week-start")));
    if (!weekStart) {
        printError(ExportText::tr("--week-start takes monday, saturday or sunday, not \"%1\".")
                       .arg(parser.value(QStringLiteral("week-start"))));
        return ExitUsage;
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json")) {
        printError(ExportText::tr("--format takes csv or json."));
        return ExitUsage;
    }
    const std::optional<ExportCalendar> calendar =
        exportCalendarFromName(parser.value(QStringLiteral("calendar")));
    if (!calendar) {
        printError(ExportText::tr("--calendar takes gregorian or jalali."));
        return ExitUsage;
    }
    if (*calendar == ExportCalendar::Jalali && !jalaliCalendarAvailable()) {
        printError(ExportText::tr("--calendar jalali: this build of Qt has no Jalali calendar."));
        return ExitUsage;
    }
    std::optional<ComparePeriod> compare;
    if (parser.isSet(QStringLiteral("compare"))) {
        compare = comparePeriodFromName(parser.value(QStringLiteral("compare")));
        if (!compare) {
            printError(ExportText::tr("--compare takes previous or year, not \"%1\".")
                           .arg(parser.value(QStringLiteral("compare"))));
            return ExitUsage;
        }
    }
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    const bool hasDays = parser.isSet(QStringLiteral("days"));
    if (hasFrom != hasTo) {
        printError(hasFrom ? ExportText::tr("--to is missing: --from and --to go together.")
                           : ExportText::tr("--from is missing: --from and --to go together."));
        return ExitUsage;
    }
    if (hasFrom && hasDays) {
        printError(ExportText::tr("Give either --from and --to, or --days, not both."));
        return ExitUsage;
    }
    DateRange range;
    int days = 30;
    if (hasFrom) {
        const auto from = parseDay(QStringLiteral("--from"), parser.value(QStringLiteral("from")));
        const auto to = parseDay(QStringLiteral("--to"), parser.value(QStringLiteral("to")));
        for (const auto *day : {&from, &to}) {
            if (const QString *why = std::get_if<QString>(day)) {
                printError(*why);
                return ExitUsage;
            }
        }
        if (std::get<QDate>(from) > std::get<QDate>(to)) {
            printError(
                ExportText::tr("--from %1 is after --to %2.")
                    .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));
            return ExitUsage;
        }
        range = {std::get<QDate>(from), std::get<QDate>(to)};
    } else if (hasDays) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > maxDays) {
            const QLocale locale;
            //: %1 the value given, %2 and %3 the bounds.
            printError(ExportText::tr("--days %1: give a whole number of days from %2 to %3.")
                           .arg(parser.value(QStringLiteral("days")), locale.toString(1),
                                locale.toString(maxDays)));
            return ExitUsage;
        }
    }

    const bool offline = parser.isSet(QStringLiteral("offline"));
    if (offline && parser.isSet(QStringLiteral("no-history"))) {
        printError(ExportText::tr("--offline reads the history: it cannot go with --no-history."));
        return ExitUsage;
    }
    if (offline && parser.isSet(QStringLiteral("demo"))) {
        printError(ExportText::tr("--offline reads the history, which --demo does not keep."));
        return ExitUsage;
    }

    if (parser.isSet(QStringLiteral("by"))) {
        if (parser.value(QStringLiteral("by")) != QLatin1String("key")) {
            printError(ExportText::tr("--by takes key."));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("resource"))) {
            printError(ExportText::tr("--by key breaks down the signed-in account: leave out "
                                      "--resource."));
            return ExitUsage;
        }
        if (*calendar != ExportCalendar::Gregorian) {
            printError(ExportText::tr("--by key has no --calendar jalali column."));
            return ExitUsage;
        }
        if (offline) {
            printError(ExportText::tr("--by key asks the service for every key: it cannot go "
                                      "with --offline."));
            return ExitUsage;
        }
        if (compare) {
            printError(ExportText::tr("--by key has no --compare columns: explain compares "
                                      "the keys with another period."));
            return ExitUsage;
        }
        ByKeyExportOptions byKey;
        byKey.scale = *scale;
        byKey.weekStart = *weekStart;
        byKey.calls = metric != QLatin1String("traffic");
        byKey.traffic = metric != QLatin1String("calls");
        if (hasFrom)
            byKey.range = range;
        byKey.days = days;
        byKey.format = formatName == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv;
        byKey.output = parser.value(QStringLiteral("output"));
        return runExportByKey(parser, byKey);
    }

    CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;
    if (offline && (!session.history() || !session.history()->isOpen())) {
        printError(ExportText::tr("--offline: there is no usage history to read."));
        return ExitService;
    }
    // Offline, the errors of history are said as they are (which days, whose history).
    auto say = [offline](const ApiError &e) {
        printError(offline && !e.detail().isEmpty() ? e.detail() : e.message());
    };
    if (!hasFrom) {
        const QDate today = session.client()->config().today();
        range = {today.addDays(1 - days), today};
    }

    DashboardState state(session.client());
    state.setHistory(session.history());
    state.setHistoryOnly(offline);
    std::optional<ApiError> error;
    bool accountDone = false;
    QObject::connect(&state, &DashboardState::accountLoaded, [&] { accountDone = true; });
    QObject::connect(&state, &DashboardState::accountFailed, [&](const ApiError &e) {
        error = e;
        accountDone = true;
    });
    state.loadAccount();
    waitUntil([&] { return accountDone; });
    if (error) {
        say(*error);
        return exitCodeFor(*error);
    }

    DashboardQuery query;
    query.scale = *scale;
    query.range = range;
    query.firstDayOfWeek = *weekStart;
    query.calls = metric != QLatin1String("traffic");
    query.traffic = metric != QLatin1String("calls");
    query.summary = false;
    query.process = false;
    switch (resource->kind) {
    case ResourceSpec::Kind::Account:
        query.resource = Resource::account(*state.user());
        break;
    case ResourceSpec::Kind::KeyName:
    case ResourceSpec::Kind::KeyId: {
        QList<ApiKey> matches;
        for (const ApiKey &key : state.apiKeys()) {
            if (resource->kind == ResourceSpec::Kind::KeyName ? key.name == resource->name
                                                              : key.id == resource->id)
                matches.append(key);
        }
        if (matches.isEmpty()) {
            printError(resource->kind == ResourceSpec::Kind::KeyName
                           ? ExportText::tr("No API key is named \"%1\".").arg(resource->name)
                           : ExportText::tr("No API key has the id %1.").arg(resource->id));
            return ExitUsage;
        }
        if (matches.size() > 1) {
            printError(ExportText::tr("%1 API keys are named \"%2\": use key-id:ID.")
                           .arg(matches.size())
                           .arg(resource->name));
            return ExitUsage;
        }
        query.resource = Resource::apiKey(matches.first());
        break;
    }
    case ResourceSpec::Kind::User: {
        bool userDone = false;
        QObject::connect(&state, &DashboardState::userLoaded, [&](const User &user) {
            query.resource = Resource::otherUser(user);
            userDone = true;
        });
        QObject::connect(&state, &DashboardState::userFailed, [&](qint64, const ApiError &e) {
            error = e;
            userDone = true;
        });
        state.loadUser(resource->id);
        waitUntil([&] { return userDone; });
        if (error) {
            say(*error);
            return exitCodeFor(*error);
        }
        break;
    }
    }

    bool fetched = false;
    // The answer from history comes first while the rest is asked: wait for the whole.
    QObject::connect(&state, &DashboardState::snapshotChanged,
                     [&] { fetched = fetched || !state.isLoading(); });
    QObject::connect(&state, &DashboardState::failed, [&](const ApiError &e) {
        error = e;
        fetched = true;
    });
    QObject::connect(&state, &DashboardState::queryInvalid, [&](const ApiError &e) {
        error = e;
        fetched = true;
    });
    state.setQuery(query);
    waitUntil([&] { return fetched; });
    if (error) {
        say(*error);
        return exitCodeFor(*error);
    }

    const ExportFormat format =
        formatName == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv;
    const DashboardSnapshot snapshot = *state.snapshot();
    // The other period: the same query over the compared range, its rows matched row for row.
    std::optional<QList<UsageRow>> previousRows;
    if (compare) {
        DashboardQuery other = query;
        other.range = comparedRange(query.range, *compare);
        fetched = false;
        state.setQuery(other);
        waitUntil([&] { return fetched; });
        if (error) {
            printError(error->message());
            return exitCodeFor(*error);
        }
        previousRows = state.snapshot()->rows;
    }
    const QList<UsageRow> *previous = previousRows ? &*previousRows : nullptr;
    if (parser.isSet(QStringLiteral("output"))) {
        if (const std::optional<QString> why = saveExport(parser.value(QStringLiteral("output")),
                                                          snapshot, format, *calendar, previous)) {
            printError(*why);
            return ExitOutput;
        }
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) ||
        !writeExport(out, snapshot, format, *calendar, previous) || !out.flush()) {
        printError(ExportText::tr("Cannot write to standard output: %1").arg(out.errorString()));
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace geobox::cli
