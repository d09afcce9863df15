// The read-through (HistorySeriesJob) against geobox-sandbox over HTTP and a real
// SQLite file: a second look asks nothing for final buckets and only the not-final
// span for the rest, the settle time decides which is which, weeks roll up from stored
// days, history alone names the days it lacks, a failed request keeps what the store
// answered, a range past the service's retention still comes from history, and a store
// that cannot be written loses nothing of the answer.

#include "historyseriesjob.h"
#include "historystore.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace geobox;
using namespace std::chrono_literals;

namespace {

struct Ended
{
    std::optional<UsageSeries> series;
    std::optional<ApiError> error;
    std::optional<UsageSeries> fromHistory;
    int requests = 0;
    QList<DateRange> missing;
    bool historyBeforeAnswer = false;
};

} // namespace

class TestHistorySync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void secondLookAsksNothingForFinalBuckets();
    void notFinalBucketsAreAskedAgain();
    void settleTimeDecidesWhatIsFinal_data();
    void settleTimeDecidesWhatIsFinal();
    void laterFetchMakesBucketsFinal();
    void weeksRollUpFromStoredDays();
    void historyOnlyNamesTheMissingDays();
    void failedRequestKeepsTheHistoryAnswer();
    void rangePastRetentionComesFromHistory();
    void withoutStoreEveryLookAsks();
    void unwritableStoreLosesNothingOfTheAnswer();

private:
    Ended run(HistoryStore *store, const HistorySeriesRequest &request,
              HistorySeriesJob::Mode mode = HistorySeriesJob::Mode::ReadThrough,
              UsageClient *client = nullptr);
    HistorySeriesRequest accountDays(const DateRange &days, Scale scale = Scale::Day) const;
    QList<qint64> truth(const HistorySeriesRequest &request,
                        const testing::SandboxFixture &sandbox) const;
    static QList<qint64> values(const UsageSeries &series);
    QList<QByteArray> usageQueries() const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    HistoryScope m_scope;
    qint64 m_userId = 0;
};

void TestHistorySync::initTestCase()
{
    QVERIFY(m_sandbox.start(5));
    m_userId = m_sandbox.server->data().mainUser().id;
    m_scope = {HistoryScope::serverKey(m_sandbox.url()), m_userId};
}

void TestHistorySync::init()
{
    m_sandbox.server->clearFaults();
    ClientConfig config = m_sandbox.clientConfig();
    config.retry.maxRetries = 0;
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
    m_sandbox.server->clearRequests();
}

HistorySeriesRequest TestHistorySync::accountDays(const DateRange &days, Scale scale) const
{
    return {.eid = QString::number(m_userId),
            .resource = QStringLiteral("account"),
            .scale = scale,
            .metric = Metric::Calls,
            .days = days};
}

Ended TestHistorySync::run(HistoryStore *store, const HistorySeriesRequest &request,
                           HistorySeriesJob::Mode mode, UsageClient *client)
{
    auto *job =
        new HistorySeriesJob(client ? client : m_client.get(), store, m_scope, request, mode);
    auto ended = std::make_shared<Ended>();
    auto done = std::make_shared<bool>(false);
    connect(job, &HistorySeriesJob::fromHistory, job,
            [ended](const UsageSeries &s) { ended->fromHistory = s; });
    connect(job, &HistorySeriesJob::succeeded, job, [ended](const UsageSeries &s) {
        ended->historyBeforeAnswer = ended->fromHistory.has_value();
        ended->series = s;
    });
    connect(job, &HistorySeriesJob::failed, job, [ended](const ApiError &e) { ended->error = e; });
    connect(job, &HistorySeriesJob::finished, job, [ended, done, job] {
        ended->requests = job->requestsSent();
        ended->missing = job->missingDays();
        *done = true;
    });
    job->start();
    if (!QTest::qWaitFor([done] { return *done; }, 20000))
        qWarning("the history job did not finish");
    return *ended;
}

QList<qint64> TestHistorySync::truth(const HistorySeriesRequest &request,
                                     const testing::SandboxFixture &sandbox) const
{
    const QDateTime from(request.days.first, QTime(0, 0), QTimeZone::utc());
    const QDateTime to =
        std::min(QDateTime(request.days.last, QTime(23, 59, 59), QTimeZone::utc()), sandbox.now);
    QList<qint64> out;
    for (const auto &b : sandbox.server->data().series(request.eid, scaleName(request.scale),
                                                       metricName(request.metric), from, to))
        out.append(b.second);
    return out;
}

QList<qint64> TestHistorySync::values(const UsageSeries &series)
{
    QList<qint64> out;
    for (const UsageBucket &b : series.buckets)
        out.append(b.value);
    return out;
}

QList<QByteArray> TestHistorySync::usageQueries() const
{
    QList<QByteArray> out;
    for (const sandbox::RecordedRequest &r : m_sandbox.server->requests()) {
        if (r.path == QLatin1String("usage/api"))
            out.append(r.rawQuery);
    }
    return out;
}

void TestHistorySync::secondLookAsksNothingForFinalBuckets()
{
    const HistorySeriesRequest request = accountDays({QDate(2026, 9, 1), QDate(2026, 10, 31)});
    const Ended first = run(m_store.get(), request);
    QVERIFY(first.series);
    QCOMPARE(first.requests, 1);
    QVERIFY(!first.fromHistory); // nothing stored yet
    QCOMPARE(values(*first.series), truth(request, m_sandbox));
    m_sandbox.server->clearRequests();

    const Ended second = run(m_store.get(), request);
    QVERIFY(second.series);
    QCOMPARE(second.requests, 0);
    QCOMPARE(usageQueries().size(), 0);
    QVERIFY(second.fromHistory);
    QCOMPARE(values(*second.series), truth(request, m_sandbox));
    QCOMPARE(second.series->buckets, first.series->buckets);
}

void TestHistorySync::notFinalBucketsAreAskedAgain()
{
    // The sandbox's now is 2026-11-20 14:30: with 48 h to settle, the days from
    // 2026-11-18 on (it ended less than 48 h before the fetch) are not final.
    const HistorySeriesRequest request = accountDays({QDate(2026, 11, 1), QDate(2026, 11, 20)});
    QVERIFY(run(m_store.get(), request).series);
    m_sandbox.server->clearRequests();
    const Ended second = run(m_store.get(), request);
    QVERIFY(second.series);
    QCOMPARE(second.requests, 1);
    QVERIFY(second.historyBeforeAnswer); // the stored answer came first
    QCOMPARE(values(*second.fromHistory), truth(request, m_sandbox));
    const QList<QByteArray> asked = usageQueries();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains("from_date=2026-11-18T00%3A00%3A00.000000"),
             asked.first().constData());
    QVERIFY(asked.first().contains("to_date=2026-11-20T23%3A59%3A59.999000"));
    QCOMPARE(values(*second.series), truth(request, m_sandbox));
    QVERIFY(second.series->buckets.last().running);
}

void TestHistorySync::settleTimeDecidesWhatIsFinal_data()
{
    QTest::addColumn<int>("settleHours");
    QTest::addColumn<QString>("askedFrom"); // empty: nothing asked
    QTest::newRow("48 h") << 48 << QStringLiteral("2026-11-18");
    QTest::newRow("12 h") << 12 << QStringLiteral("2026-11-20");
    QTest::newRow("0 h: only the running day") << 0 << QStringLiteral("2026-11-20");
    QTest::newRow("100 h") << 100 << QStringLiteral("2026-11-16");
}

void TestHistorySync::settleTimeDecidesWhatIsFinal()
{
    QFETCH(int, settleHours);
    QFETCH(QString, askedFrom);
    m_store->setSettleTime(std::chrono::hours(settleHours));
    const HistorySeriesRequest request = accountDays({QDate(2026, 11, 1), QDate(2026, 11, 20)});
    QVERIFY(run(m_store.get(), request).series);
    m_sandbox.server->clearRequests();
    QVERIFY(run(m_store.get(), request).series);
    const QList<QByteArray> asked = usageQueries();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains("from_date=" + askedFrom.toLatin1() + "T00%3A00%3A00"),
             asked.first().constData());
}

void TestHistorySync::laterFetchMakesBucketsFinal()
{
    const HistorySeriesRequest request = accountDays({QDate(2026, 11, 1), QDate(2026, 11, 17)});
    // Fetched on 2026-11-18 12:00 (the client's clock): 11-17 and 11-16 are not settled.
    ClientConfig early = m_sandbox.clientConfig();
    early.clock = [] { return QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::utc()); };
    UsageClient earlyClient(&m_network, early);
    earlyClient.setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    QVERIFY(run(m_store.get(), request, HistorySeriesJob::Mode::ReadThrough, &earlyClient).series);
    m_sandbox.server->clearRequests();
    // Seen again at the sandbox's now (11-20 14:30): those two days are asked once more...
    const Ended again = run(m_store.get(), request);
    QCOMPARE(again.requests, 1);
    QVERIFY(usageQueries().first().contains("from_date=2026-11-16T00"));
    // ...and are final from then on.
    const Ended third = run(m_store.get(), request);
    QCOMPARE(third.requests, 0);
    QCOMPARE(values(*third.series), truth(request, m_sandbox));
}

void TestHistorySync::weeksRollUpFromStoredDays()
{
    const DateRange range{QDate(2026, 9, 3), QDate(2026, 10, 28)};
    QVERIFY(run(m_store.get(), accountDays(range)).series); // the days, stored
    HistorySeriesRequest weeks = accountDays(range, Scale::Week);
    weeks.firstDayOfWeek = Qt::Saturday;
    const Ended fromStore = run(m_store.get(), weeks);
    QCOMPARE(fromStore.requests, 0);
    // The same weeks as the client's own roll-up of the service's days.
    auto direct = testing::await<UsageSeries>(
        m_client->apiUsage({.eid = weeks.eid,
                            .scale = Scale::Week,
                            .metric = Metric::Calls,
                            .range = UsageRange::wholeDays(range.first, range.last),
                            .firstDayOfWeek = Qt::Saturday}));
    QVERIFY(direct.value);
    QCOMPARE(fromStore.series->buckets, direct.value->buckets);
}

void TestHistorySync::historyOnlyNamesTheMissingDays()
{
    QVERIFY(run(m_store.get(), accountDays({QDate(2026, 10, 1), QDate(2026, 10, 10)})).series);
    m_sandbox.server->clearRequests();
    const Ended offline = run(m_store.get(), accountDays({QDate(2026, 9, 28), QDate(2026, 10, 15)}),
                              HistorySeriesJob::Mode::HistoryOnly);
    QVERIFY(offline.error);
    QVERIFY(!offline.series);
    QCOMPARE(offline.requests, 0);
    QCOMPARE(usageQueries().size(), 0);
    const QList<DateRange> expected{{QDate(2026, 9, 28), QDate(2026, 9, 30)},
                                    {QDate(2026, 10, 11), QDate(2026, 10, 15)}};
    QCOMPARE(offline.missing, expected);
    QVERIFY2(offline.error->detail().contains(QStringLiteral("2026-10-11 – 2026-10-15")),
             qPrintable(offline.error->detail()));
    const Ended covered = run(m_store.get(), accountDays({QDate(2026, 10, 2), QDate(2026, 10, 9)}),
                              HistorySeriesJob::Mode::HistoryOnly);
    QVERIFY(covered.series);
    QCOMPARE(values(*covered.series),
             truth(accountDays({QDate(2026, 10, 2), QDate(2026, 10, 9)}), m_sandbox));
}

void TestHistorySync::failedRequestKeepsTheHistoryAnswer()
{
    const HistorySeriesRequest request = accountDays({QDate(2026, 11, 10), QDate(2026, 11, 20)});
    QVERIFY(run(m_store.get(), request).series);
    m_sandbox.server->addFault(QStringLiteral("usage/api=drop"));
    const Ended down = run(m_store.get(), request);
    QVERIFY(down.error);
    QCOMPARE(down.error->kind(), ApiError::Kind::Network);
    QVERIFY(down.fromHistory);
    QCOMPARE(values(*down.fromHistory), truth(request, m_sandbox));
    QVERIFY(down.missing.isEmpty());
}

void TestHistorySync::rangePastRetentionComesFromHistory()
{
    // The same service, once keeping everything (m_sandbox), later keeping 30 days.
    const HistorySeriesRequest old = accountDays({QDate(2026, 8, 1), QDate(2026, 8, 31)});
    const Ended collected = run(m_store.get(), old);
    QVERIFY(collected.series);
    const QList<qint64> asFetched = values(*collected.series);
    QVERIFY(std::any_of(asFetched.begin(), asFetched.end(), [](qint64 v) { return v > 0; }));

    // A first collect against a service keeping 30 days stores no false zeros before it.
    testing::SandboxFixture limited;
    limited.apiKey = m_sandbox.apiKey;
    limited.retentionDays = 30;
    QVERIFY(limited.start(5));
    ClientConfig config = limited.clientConfig();
    UsageClient limitedClient(&m_network, config);
    limitedClient.setCredentials(Credentials::apiKey(limited.apiKey));
    QTemporaryDir dir;
    HistoryStore fresh(dir.filePath(QStringLiteral("h.sqlite")));
    const HistorySeriesRequest year = accountDays({QDate(2025, 10, 17), QDate(2026, 11, 20)});
    QVERIFY(run(&fresh, year, HistorySeriesJob::Mode::ReadThrough, &limitedClient).series);
    const Ended before = run(&fresh, accountDays({QDate(2026, 9, 1), QDate(2026, 10, 15)}),
                             HistorySeriesJob::Mode::HistoryOnly, &limitedClient);
    QVERIFY(before.error); // unknown, not zero
    QVERIFY(!before.missing.isEmpty());
    QVERIFY(before.missing.first().first == QDate(2026, 9, 1));
    const Ended within = run(&fresh, accountDays({QDate(2026, 10, 25), QDate(2026, 11, 15)}),
                             HistorySeriesJob::Mode::HistoryOnly, &limitedClient);
    QVERIFY(within.series);
    // The next collect asks only for what is not final: the empty days past the
    // retention were asked once and are not asked again.
    limited.server->clearRequests();
    const Ended next = run(&fresh, year, HistorySeriesJob::Mode::ReadThrough, &limitedClient);
    QVERIFY(next.series);
    QCOMPARE(next.requests, 1);
    const QList<sandbox::RecordedRequest> asked = limited.server->requests();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().rawQuery.contains("from_date=2026-11-18T00"),
             asked.first().rawQuery.constData());

    // The August collected from the service that kept it still comes from history,
    // exactly as it was fetched, though the limited service answers nothing for it.
    auto gone = testing::await<UsageSeries>(
        limitedClient.apiUsage({.eid = old.eid,
                                .scale = Scale::Day,
                                .metric = Metric::Calls,
                                .range = UsageRange::wholeDays(old.days.first, old.days.last)}));
    QVERIFY(gone.value);
    QCOMPARE(gone.value->total(), 0);
    const Ended later =
        run(m_store.get(), old, HistorySeriesJob::Mode::ReadThrough, &limitedClient);
    QVERIFY(later.series);
    QCOMPARE(later.requests, 0);
    QCOMPARE(values(*later.series), asFetched);
}

void TestHistorySync::withoutStoreEveryLookAsks()
{
    const HistorySeriesRequest request = accountDays({QDate(2026, 9, 1), QDate(2026, 9, 30)});
    HistoryStore none(m_dir->filePath(QStringLiteral("x.sqlite")), nullptr,
                      QStringLiteral("QNOSUCHDRIVER"));
    for (HistoryStore *store : {static_cast<HistoryStore *>(nullptr), &none}) {
        for (int i = 0; i < 2; ++i) {
            const Ended e = run(store, request);
            QVERIFY(e.series);
            QCOMPARE(e.requests, 1);
            QVERIFY(!e.fromHistory);
            QCOMPARE(values(*e.series), truth(request, m_sandbox));
        }
    }
}

void TestHistorySync::unwritableStoreLosesNothingOfTheAnswer()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small file system");
    QTemporaryDir dir;
    const QString place = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(place));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=200k"), QStringLiteral("tmpfs"), place}) != 0)
        QSKIP("cannot mount a small tmpfs here");
    {
        HistoryStore store(QDir(place).filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store.isOpen());
        QSignalSpy closed(&store, &HistoryStore::closedOnError);
        const HistorySeriesRequest year =
            accountDays({QDate(2025, 11, 20), QDate(2026, 11, 20)}, Scale::Hour);
        const Ended e = run(&store, year);
        QVERIFY(e.series);
        QCOMPARE(values(*e.series), truth(year, m_sandbox));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!store.isOpen());
        const Ended again = run(&store, year); // works on without history
        QVERIFY(again.series);
        QCOMPARE(again.requests, 1);
        QCOMPARE(closed.size(), 1);
    }
    QCOMPARE(QProcess::execute(QStringLiteral("umount"), {place}), 0);
}

QTEST_GUILESS_MAIN(TestHistorySync)
#include "tst_historysync.moc"
