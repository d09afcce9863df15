// The per-key breakdown's cases: the fan-out of a thousand keys against the pool's floor,
// and the bytes a second look at the same breakdown receives against the first.

#include "benchcases.h"
#include "benchserver.h"
#include "breakdownjob.h"
#include "dashboardstate.h"
#include "historyseriessource.h"
#include "historystore.h"

#include <QNetworkReply>
#include <QTemporaryDir>

#include <cmath>

using namespace geobox;

namespace bench {

namespace {

// The keys of the sandbox's main user, as apikeys/ lists them.
QList<ApiKey> keysOf(ServerThread &server, qint64 userId)
{
    QList<ApiKey> keys;
    server.onServer([&](sandbox::SandboxServer &s) {
        for (const auto &k : s.data().apiKeysOf(userId))
            keys.append({k.id, k.name, QString::fromLatin1(k.key), k.revoked});
    });
    return keys;
}

// Runs one breakdown to its end; its wall time in ms, or -1 when it did not end well.
double runOnce(SeriesSource &source, const BreakdownRequest &request)
{
    BreakdownJob job(&source, request);
    Waiter waiter;
    bool complete = false;
    QObject::connect(&job, &BreakdownJob::finished, [&](const BreakdownResult &result) {
        complete = result.calls && result.calls->isComplete() &&
                   (!request.traffic || (result.traffic && result.traffic->isComplete()));
        waiter.finish();
    });
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!waiter.wait(600000))
        return -1;
    const double ms = msSince(timer);
    return complete ? ms : -1;
}

BreakdownRequest requestFor(const User &me, const QList<ApiKey> &keys, Scale scale)
{
    BreakdownRequest request;
    request.account = Resource::account(me);
    request.keys = keys;
    request.plan =
        BreakdownPlan::against(scale, {benchNow().date().addDays(-29), benchNow().date()});
    request.clock = [] { return benchNow(); };
    return request;
}

} // namespace

void runBreakdown1000Keys(const Options &)
{
    ServerThread server(1000);
    BenchClient bc(server);
    const std::optional<User> me = fetchMe(bc.client);
    if (!server.isListening() || !me)
        return;
    const BreakdownRequest request = requestFor(*me, keysOf(server, me->id), Scale::Day);
    QString error;
    server.onServer([&error](sandbox::SandboxServer &s) {
        s.addFault(QStringLiteral("usage/api=delay:50"), &error);
    });
    if (!error.isEmpty()) {
        note(QStringLiteral("breakdown_1000_keys: bad fault rule: %1").arg(error));
        return;
    }
    ClientSeriesSource source(&bc.client);
    const double ms = runOnce(source, request);
    if (ms < 0) {
        note(QStringLiteral("breakdown_1000_keys: the breakdown did not complete"));
        return;
    }
    // The pool's floor: every call 50 ms late, six at a time. The account's two calls come
    // on top of the keys' 2,000 (2,002 / 6 rounds up to the same 334 rounds).
    const double calls = 2.0 * static_cast<double>(request.keys.size());
    note(QStringLiteral("breakdown_1000_keys: %1 keys, %2 calls")
             .arg(request.keys.size())
             .arg(2 * (request.keys.size() + 1)));
    report({.name = QStringLiteral("breakdown_1000_keys"),
            .value = ms,
            .unit = QStringLiteral("ms"),
            .baseline = std::ceil(calls / 6.0) * 50.0,
            .decimals = 1});
}

// The breakdown as the window and `explain` run it: through the history store the
// dashboard state reads through (HistorySeriesSource), signed in first so that the
// history knows whose it is.
double runThroughHistory(UsageClient &client, HistoryStore *store, const BreakdownRequest &request)
{
    DashboardState state(&client);
    state.setHistory(store);
    Waiter signedIn;
    QObject::connect(&state, &DashboardState::accountLoaded, [&] { signedIn.finish(); });
    QObject::connect(&state, &DashboardState::accountFailed, [&] { signedIn.finish(); });
    state.loadAccount();
    if (!signedIn.wait(60000) || !state.historyScope().isValid())
        return -1;
    HistorySeriesSource source(&state);
    return runOnce(source, request);
}

void runBreakdownCachedBytes(const Options &)
{
    ServerThread server;
    BenchClient bc(server);
    const std::optional<User> me = fetchMe(bc.client);
    if (!server.isListening() || !me)
        return;
    BreakdownRequest request = requestFor(*me, keysOf(server, me->id), Scale::Hour);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    if (!store.isOpen())
        return note(
            QStringLiteral("breakdown_cached_bytes: no history store: %1").arg(store.notice()));
    qint64 bytes = 0;
    const auto count = [&bytes](QNetworkReply *r) {
        if (r->url().path().endsWith(QLatin1String("usage/api")))
            bytes += r->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    };
    QObject::connect(&bc.network, &QNetworkAccessManager::finished, count);
    if (runThroughHistory(bc.client, &store, request) < 0)
        return note(QStringLiteral("breakdown_cached_bytes: the first breakdown did not complete"));
    const qint64 first = bytes;
    bytes = 0;
    // The same breakdown an hour later: a client whose clock is an hour on, and the same
    // store. Only the hours not yet final are asked again.
    ClientConfig later = bc.client.config();
    later.clock = [] { return benchNow().addSecs(3600); };
    QNetworkAccessManager network;
    UsageClient client(&network, later);
    client.setCredentials(bc.client.credentials());
    QObject::connect(&network, &QNetworkAccessManager::finished, count);
    request.clock = later.clock;
    if (runThroughHistory(client, &store, request) < 0)
        return note(
            QStringLiteral("breakdown_cached_bytes: the second breakdown did not complete"));
    note(QStringLiteral("breakdown_cached_bytes: %1 keys, usage/api bytes %2 the first time, %3 "
                        "an hour later through the history")
             .arg(request.keys.size())
             .arg(first)
             .arg(bytes));
    report({.name = QStringLiteral("breakdown_cached_bytes"),
            .value = static_cast<double>(bytes),
            .unit = QStringLiteral("bytes"),
            .baseline = static_cast<double>(first),
            .decimals = 0});
}

} // namespace bench
