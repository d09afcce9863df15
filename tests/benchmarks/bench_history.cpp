// The history's cases: writing a year of hours for 50 keys into an empty store
// (history_write_buckets), reading a year of hours of one resource back
// (history_read_year_hourly), and the bytes a refresh an hour after a full sync receives
// against a full fetch (refresh_incremental_bytes).

#include "benchcases.h"
#include "benchreport.h"
#include "benchserver.h"
#include "historyseriesjob.h"
#include "historystore.h"

#include <QNetworkReply>
#include <QTemporaryDir>

namespace bench {

using namespace geobox;

namespace {

const HistoryScope kScope{QStringLiteral("http://127.0.0.1:1"), 7};

QList<UsageBucket> yearOfHours(int seed)
{
    QList<UsageBucket> out;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    out.reserve(8784);
    for (int i = 0; i < 8784; ++i)
        out.append({start.addSecs(3600LL * i), start.addSecs(3600LL * (i + 1)),
                    1 + (i * 7 + seed * 13) % 997});
    return out;
}

// Bytes of usage/api answers the client's network receives while `run` runs.
qint64 usageBytes(QNetworkAccessManager &network, const std::function<void()> &run)
{
    qint64 bytes = 0;
    const QMetaObject::Connection c =
        QObject::connect(&network, &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
            if (reply->url().path().endsWith(QLatin1String("usage/api")))
                bytes += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        });
    run();
    QObject::disconnect(c);
    return bytes;
}

bool readThrough(UsageClient &client, HistoryStore *store, const HistoryScope &scope,
                 const HistorySeriesRequest &request)
{
    Waiter waiter;
    bool ok = false;
    auto *job = new HistorySeriesJob(&client, store, scope, request);
    QObject::connect(job, &HistorySeriesJob::succeeded, job, [&ok] { ok = true; });
    QObject::connect(job, &HistorySeriesJob::finished, job, [&waiter] { waiter.finish(); });
    job->start();
    waiter.wait();
    return ok;
}

} // namespace

void runHistoryWriteBuckets(const Options &options)
{
    const int keys = options.reps(50, 10);
    QList<QList<UsageBucket>> series;
    for (int k = 0; k < keys; ++k)
        series.append(yearOfHours(k));
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    for (int k = 0; k < keys; ++k) {
        for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
            const QList<UsageBucket> &b = series[k];
            if (!store.storeSeries(kScope, QStringLiteral("key-id:%1").arg(k + 1), Scale::Hour,
                                   metric, b, b.first().start, b.last().end, b.last().end))
                return note(QStringLiteral("history_write_buckets: the store could not write"));
            written += b.size();
        }
    }
    const double seconds = msSince(timer) / 1000.0;
    note(QStringLiteral("history_write_buckets: %1 buckets (%2 keys, both metrics) in %3 s, "
                        "file %4 MB")
             .arg(written)
             .arg(keys)
             .arg(seconds, 0, 'f', 2)
             .arg(double(store.sizeOnDisk()) / 1e6, 0, 'f', 1));
    report({QStringLiteral("history_write_buckets"), double(written) / seconds,
            QStringLiteral("buckets/s"), std::nullopt, 0});
}

void runHistoryReadYearHourly(const Options &options)
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    const QList<UsageBucket> b = yearOfHours(1);
    store.storeSeries(kScope, QStringLiteral("account"), Scale::Hour, Metric::Calls, b,
                      b.first().start, b.last().end, b.last().end);
    QList<double> times;
    for (int i = 0; i < options.reps(50, 10) + 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const StoredSeries s = store.series(kScope, QStringLiteral("account"), Scale::Hour,
                                            Metric::Calls, b.first().start, b.last().end);
        const double ms = msSince(timer);
        if (s.buckets.size() != b.size())
            return note(QStringLiteral("history_read_year_hourly: read back %1 buckets, not %2")
                            .arg(s.buckets.size())
                            .arg(b.size()));
        if (i >= 3) // warm-up
            times.append(ms);
    }
    report({QStringLiteral("history_read_year_hourly"), median(times), QStringLiteral("ms")});
}

void runRefreshIncrementalBytes(const Options &)
{
    ServerThread server;
    BenchClient full(server);
    const std::optional<User> me = fetchMe(full.client);
    if (!me)
        return note(QStringLiteral("refresh_incremental_bytes: no users/me/"));
    const QDate today = benchNow().date();
    const HistorySeriesRequest request{QString::number(me->id), QStringLiteral("account"),
                                       Scale::Hour, Metric::Calls,
                                       DateRange{today.addDays(-365), today}};
    const HistoryScope scope{HistoryScope::serverKey(server.url()), me->id};
    // A full fetch (no history) is the baseline; the same fetch fills a store.
    const qint64 fullBytes =
        usageBytes(full.network, [&] { readThrough(full.client, nullptr, scope, request); });
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    usageBytes(full.network, [&] { readThrough(full.client, &store, scope, request); });
    // An hour later: a client whose clock is an hour on.
    ClientConfig later = full.client.config();
    later.clock = [] { return benchNow().addSecs(3600); };
    QNetworkAccessManager network;
    UsageClient client(&network, later);
    client.setCredentials(full.client.credentials());
    const qint64 refreshBytes =
        usageBytes(network, [&] { readThrough(client, &store, scope, request); });
    if (fullBytes <= 0)
        return note(QStringLiteral("refresh_incremental_bytes: the full fetch received nothing"));
    note(QStringLiteral("refresh_incremental_bytes: %1 bytes against %2 for a full fetch")
             .arg(refreshBytes)
             .arg(fullBytes));
    report({QStringLiteral("refresh_incremental_bytes"), double(refreshBytes),
            QStringLiteral("bytes"), double(fullBytes), 0});
}

} // namespace bench
