// The per-key breakdown's cases: the fan-out of a thousand keys against the pool's floor,
// and the bytes a second look at the same breakdown receives against the first.

#include "benchcases.h"
#include "benchserver.h"
#include "breakdownjob.h"

#include <QNetworkReply>

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
double runOnce(BenchClient &bc, const BreakdownRequest &request)
{
    ClientSeriesSource source(&bc.client);
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
    const double ms = runOnce(bc, request);
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

void runBreakdownCachedBytes(const Options &)
{
    ServerThread server;
    BenchClient bc(server);
    const std::optional<User> me = fetchMe(bc.client);
    if (!server.isListening() || !me)
        return;
    const BreakdownRequest request = requestFor(*me, keysOf(server, me->id), Scale::Hour);
    qint64 bytes = 0;
    QObject::connect(&bc.network, &QNetworkAccessManager::finished, [&bytes](QNetworkReply *r) {
        bytes += r->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    });
    if (runOnce(bc, request) < 0)
        return;
    const qint64 first = bytes;
    bytes = 0;
    // The same breakdown again. (The sandbox's clock is pinned: "an hour later" matters
    // once a store answers the finished buckets; without one every byte comes again.)
    if (runOnce(bc, request) < 0)
        return;
    note(QStringLiteral("breakdown_cached_bytes: %1 keys, %2 bytes the first time, %3 the second")
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
