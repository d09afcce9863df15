#include "collectcommand.h"

#include "clisession.h"
#include "collectalerts.h"
#include "collectjob.h"
#include "dashboardstate.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace geobox::cli {

namespace {

struct CollectText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

constexpr int kDefaultDays = 400;
constexpr int kMaxDays = 36'600;

// What --resource names: everything, the account, or a key by name or id.
struct Wanted
{
    bool all = false;
    bool account = false;
    QStringList keyNames;
    QList<qint64> keyIds;
};

std::optional<Wanted> parseResources(const QStringList &values)
{
    Wanted wanted;
    if (values.isEmpty())
        wanted.all = true;
    for (const QString &v : values) {
        if (v == QLatin1String("all")) {
            wanted.all = true;
        } else if (v == QLatin1String("account")) {
            wanted.account = true;
        } else if (v.startsWith(QLatin1String("key:")) && v.size() > 4) {
            wanted.keyNames.append(v.mid(4));
        } else if (v.startsWith(QLatin1String("key-id:"))) {
            bool ok = false;
            const qint64 id = v.mid(7).toLongLong(&ok);
            if (!ok || id <= 0)
                return std::nullopt;
            wanted.keyIds.append(id);
        } else {
            return std::nullopt;
        }
    }
    return wanted;
}

std::optional<QList<Scale>> parseScales(const QString &text)
{
    QList<Scale> scales;
    for (const QString &name : text.split(QLatin1Char(','))) {
        const std::optional<Scale> scale = scaleFromName(name.trimmed());
        if (!scale || *scale == Scale::Week) // weeks are rolled up from the stored days
            return std::nullopt;
        if (!scales.contains(*scale))
            scales.append(*scale);
    }
    return scales;
}

} // namespace

int runCollect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CollectText::tr(
        "Sync the usage history: the calls and traffic of the account and every API key, by "
        "hour, day and month; the first run fetches the last 400 days, later runs only what "
        "is missing or not final. It can run while the window is open."));
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("resource"),
                      CollectText::tr("What to collect: account, all (the default), key:NAME or "
                                      "key-id:ID; repeatable."),
                      QStringLiteral("resource")});
    parser.addOption({QStringLiteral("scales"),
                      CollectText::tr("The scales, comma-separated (default hour,day,month)."),
                      QStringLiteral("scales"), QStringLiteral("hour,day,month")});
    parser.addOption({QStringLiteral("days"),
                      CollectText::tr("The last N days, today included (default 400)."),
                      QStringLiteral("n"), QString::number(kDefaultDays)});
    parser.addOption({QStringLiteral("notify"),
                      CollectText::tr("After the sync, send a desktop notification for each alert "
                                      "rule that fires (once per day or month, remembered in the "
                                      "history, as the window's are).")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    const std::optional<Wanted> wanted = parseResources(parser.values(QStringLiteral("resource")));
    if (!wanted) {
        printError(CollectText::tr("--resource takes account, all, key:NAME or key-id:ID."));
        return ExitUsage;
    }
    const std::optional<QList<Scale>> scales = parseScales(parser.value(QStringLiteral("scales")));
    if (!scales) {
        printError(CollectText::tr("--scales takes hour, day and month, comma-separated."));
        return ExitUsage;
    }
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > kMaxDays) {
        const QLocale locale;
        //: %1 the value given, %2 and %3 the bounds.
        printError(CollectText::tr("--days %1: give a whole number of days from %2 to %3.")
                       .arg(parser.value(QStringLiteral("days")), locale.toString(1),
                            locale.toString(kMaxDays)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("no-history"))) {
        printError(parser.isSet(QStringLiteral("notify"))
                       ? CollectText::tr("collect --notify remembers what it said in the usage "
                                         "history: it cannot go with --no-history.")
                       : CollectText::tr("collect keeps the usage history: it cannot go with "
                                         "--no-history."));
        return ExitUsage;
    }

    CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;
    HistoryStore *store = session.history();
    if (!store || !store->isOpen()) {
        printError(CollectText::tr("There is no usage history to collect into."));
        return ExitOutput;
    }

    DashboardState state(session.client());
    state.setHistory(store);
    std::optional<ApiError> error;
    bool accountDone = false;
    QObject::connect(&state, &DashboardState::accountLoaded, [&] { accountDone = true; });
    QObject::connect(&state, &DashboardState::accountFailed, [&](const ApiError &e) {
        error = e;
        accountDone = true;
    });
    state.loadAccount();
    waitUntil([&] { return accountDone; });
    if (!error && state.isOffline())
        error = ApiError(ApiError::Kind::Network,
                         CollectText::tr("the server cannot be reached; nothing was collected"));
    if (error) {
        printError(error->message());
        return exitCodeFor(*error);
    }

    QList<CollectTarget> targets;
    const User me = *state.user();
    if (wanted->all || wanted->account)
        targets.append({QStringLiteral("account"), QString::number(me.id),
                        QStringLiteral("account:") + me.username});
    for (const QString &name : wanted->keyNames) {
        bool found = false;
        for (const ApiKey &key : state.apiKeys())
            found = found || key.name == name;
        if (!found) {
            printError(CollectText::tr("No API key is named \"%1\".").arg(name));
            return ExitUsage;
        }
    }
    for (const ApiKey &key : state.apiKeys()) {
        if (wanted->all || wanted->keyNames.contains(key.name) || wanted->keyIds.contains(key.id))
            targets.append(
                {Resource::apiKey(key).settingsId(), key.key, QStringLiteral("key:") + key.name});
    }

    const QDate today = session.client()->config().today();
    CollectJob job(session.client(), store, state.historyScope(), targets, *scales,
                   {Metric::Calls, Metric::Traffic}, {today.addDays(1 - days), today});
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QObject::connect(&job, &CollectJob::progress,
                     [terminal](const CollectTarget &target, int done, int total, bool failed) {
                         if (!terminal)
                             return;
                         //: %1 and %2: resources done and in all; %3 the resource.
                         const QString line = failed ? CollectText::tr("[%1/%2] %3: failed")
                                                     : CollectText::tr("[%1/%2] %3: collected");
                         std::fprintf(stderr, "%s\n",
                                      qPrintable(line.arg(done).arg(total).arg(target.label)));
                     });
    job.start();
    waitUntil([&] { return job.isFinished(); });

    if (!store->isOpen()) {
        printError(store->notice());
        return ExitOutput;
    }
    const auto failures = job.failures();
    if (!failures.isEmpty()) {
        QStringList names;
        for (const auto &[target, why] : failures)
            names.append(target.label);
        //: %1 the resources that failed, %2 the first error.
        printError(CollectText::tr("could not collect %1 (the rest is kept): %2")
                       .arg(names.join(QStringLiteral(", ")), failures.first().second.message()));
        return exitCodeFor(failures.first().second) == ExitCredentials ? ExitCredentials
                                                                       : ExitService;
    }
    if (parser.isSet(QStringLiteral("notify")))
        return notifyAlerts(state);
    return ExitOk;
}

} // namespace geobox::cli
