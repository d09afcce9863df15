// The client's cases: the cost of UsageClient over a bare GET (client_call_overhead),
// and a whole refresh against one slow request (refresh_fanout).

#include "benchreport.h"
#include "benchserver.h"
#include "dashboardstate.h"

#include <QNetworkReply>

namespace bench {

using namespace geobox;

namespace {

// One usage/api call through the client, parsed and gap-filled; ms, or -1 on failure.
double timedClientCall(UsageClient &client, const ApiUsageRequest &request, qsizetype *buckets)
{
    Waiter waiter;
    QElapsedTimer timer;
    timer.start();
    UsageSeriesJob *job = client.apiUsage(request);
    bool ok = false;
    QObject::connect(job, &UsageSeriesJob::succeeded, job, [&](const UsageSeries &series) {
        ok = true;
        *buckets = series.buckets.size();
    });
    QObject::connect(job, &ApiJob::finished, job, [&waiter] { waiter.finish(); });
    waiter.wait();
    const double ms = msSince(timer);
    return ok ? ms : -1;
}

// The same GET with a bare QNetworkAccessManager: body read and dropped.
double timedBareCall(QNetworkAccessManager &network, const QUrl &url)
{
    Waiter waiter;
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);
    bool ok = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        ok = reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty();
        reply->deleteLater();
        waiter.finish();
    });
    waiter.wait();
    const double ms = msSince(timer);
    return ok ? ms : -1;
}

} // namespace

void runClientCallOverhead(const Options &options)
{
    ServerThread server;
    BenchClient bc(server);
    const std::optional<User> me = fetchMe(bc.client);
    if (!server.isListening() || !me)
        return;
    const QDate today = benchNow().date();
    const ApiUsageRequest request{.eid = Resource::account(*me).eid(),
                                  .scale = Scale::Day,
                                  .metric = Metric::Calls,
                                  .range = UsageRange::wholeDays(today.addDays(-399), today)};
    qsizetype buckets = 0;
    if (timedClientCall(bc.client, request, &buckets) < 0 || buckets != 400) {
        note(QStringLiteral("client_call_overhead: the warm-up call failed (%1 buckets)")
                 .arg(buckets));
        return;
    }
    // The exact URL the client sent, for the bare baseline.
    QUrl url;
    server.onServer([&url, &server](sandbox::SandboxServer &s) {
        const sandbox::RecordedRequest last = s.requests().constLast();
        url = QUrl::fromEncoded(server.url().toEncoded() + "v1/" + last.path.toUtf8() + '?' +
                                last.rawQuery);
        s.clearRequests();
    });
    QNetworkAccessManager bare;
    for (int i = 0; i < 20; ++i) { // warm-up: connections open, caches filled
        timedClientCall(bc.client, request, &buckets);
        timedBareCall(bare, url);
    }
    // Interleaved rounds, so drift on a busy machine hits both alike.
    const int total = options.reps(500, 100);
    const int rounds = 5;
    QList<double> client, baseline;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < total / rounds; ++i)
            client.append(timedClientCall(bc.client, request, &buckets));
        for (int i = 0; i < total / rounds; ++i)
            baseline.append(timedBareCall(bare, url));
        server.onServer([](sandbox::SandboxServer &s) { s.clearRequests(); });
    }
    if (client.contains(-1) || baseline.contains(-1))
        note(QStringLiteral("client_call_overhead: some calls failed"));
    report({.name = QStringLiteral("client_call_overhead"),
            .value = median(client),
            .unit = QStringLiteral("ms"),
            .baseline = median(baseline),
            .decimals = 4});
}

void runRefreshFanout(const Options &options)
{
    ServerThread server;
    BenchClient bc(server);
    const std::optional<User> me = fetchMe(bc.client);
    if (!server.isListening() || !me)
        return;
    DashboardState state(&bc.client);
    DashboardQuery query;
    query.resource = Resource::account(*me);
    query.scale = Scale::Day;
    query.range = {benchNow().date().addDays(-29), benchNow().date()};
    auto untilSnapshot = [&state](const std::function<void()> &start) {
        Waiter waiter;
        bool failed = false;
        const QMetaObject::Connection ok = QObject::connect(
            &state, &DashboardState::snapshotChanged, [&waiter] { waiter.finish(); });
        const QMetaObject::Connection bad = QObject::connect(&state, &DashboardState::failed, [&] {
            failed = true;
            waiter.finish();
        });
        QElapsedTimer timer;
        timer.start();
        start();
        waiter.wait();
        const double ms = msSince(timer);
        QObject::disconnect(ok);
        QObject::disconnect(bad);
        return failed ? -1.0 : ms;
    };
    untilSnapshot([&] { state.setQuery(query); }); // warm-up, before the delay
    QString error;
    server.onServer(
        [&error](sandbox::SandboxServer &s) { s.addFault(QStringLiteral("*=delay:200"), &error); });
    if (!error.isEmpty()) {
        note(QStringLiteral("refresh_fanout: bad fault rule: %1").arg(error));
        return;
    }
    auto oneRequest = [&bc] {
        Waiter waiter;
        QElapsedTimer timer;
        timer.start();
        SummaryJob *job = bc.client.usageSummary();
        QObject::connect(job, &ApiJob::finished, job, [&waiter] { waiter.finish(); });
        waiter.wait();
        return msSince(timer);
    };
    oneRequest();
    untilSnapshot([&] { state.refresh(); });
    QList<double> refresh, single;
    for (int i = 0; i < options.reps(7, 3); ++i) {
        refresh.append(untilSnapshot([&] { state.refresh(); }));
        single.append(oneRequest());
    }
    report({.name = QStringLiteral("refresh_fanout"),
            .value = median(refresh),
            .unit = QStringLiteral("ms"),
            .baseline = median(single),
            .decimals = 1});
}

} // namespace bench
