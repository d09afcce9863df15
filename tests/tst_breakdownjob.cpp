// The per-key fan-out over real HTTP against geobox-sandbox: every key's series and the
// account's agree with the sandbox's own figures to the call, the parts add up to the
// account (with and without usage from no listed key), one call per key and metric covers
// the range and its previous period, at most six are in flight, a failing key is "not
// loaded" while the rest show, a 429 slows the fan-out instead of failing it, a newer query
// never gets an older one's answers, and cancel stops it.

#include "breakdownjob.h"
#include "breakdownstate.h"
#include "dashboardstate.h"
#include "historyseriessource.h"
#include "historystore.h"
#include "sandboxfixture.h"
#include "usageclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace geobox;

namespace {

// The real source, counting what it has in flight at once.
class CountingSource final : public SeriesSource
{
public:
    explicit CountingSource(UsageClient *client)
        : m_inner(client)
    {}

    SeriesFetch *fetch(const SeriesRequest &request) override
    {
        SeriesFetch *f = m_inner.fetch(request);
        ++started;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        QObject::connect(f, &SeriesFetch::succeeded, [this] { --inFlight; });
        QObject::connect(f, &SeriesFetch::failed, [this] { --inFlight; });
        return f;
    }

    int started = 0;
    int inFlight = 0;
    int maxInFlight = 0;

private:
    ClientSeriesSource m_inner;
};

} // namespace

class TestBreakdownJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void agreesWithTheSandbox_data();
    void agreesWithTheSandbox();
    void failingKeyIsNotLoaded();
    void rateLimitSlowsDown();
    void newerQueryWins();
    void cancelStops();
    void secondLookReadsTheHistory();

private:
    void startSandbox(int unattributed);
    BreakdownRequest request(const DateRange &range) const;
    // The sandbox's own figure for `owner` on the days of `span` at day scale.
    QList<std::pair<QDateTime, qint64>> truth(const QString &owner, const QString &metric,
                                              const DateRange &span) const;
    void verifyAgainstTruth(const BreakdownResult &result) const;
    int usageCalls() const;

    testing::SandboxFixture m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<CountingSource> m_source;
    int m_unattributed = -1;
};

void TestBreakdownJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    startSandbox(0);
}

void TestBreakdownJob::startSandbox(int unattributed)
{
    if (m_unattributed == unattributed)
        return;
    m_source.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.server.reset();
    m_sandbox.unattributedPercent = unattributed;
    QVERIFY(m_sandbox.start(11, 12));
    m_unattributed = unattributed;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<UsageClient>(m_network.get(), m_sandbox.clientConfig());
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_source = std::make_unique<CountingSource>(m_client.get());
}

void TestBreakdownJob::init()
{
    startSandbox(0);
    m_sandbox.server->clearFaults();
    m_sandbox.server->clearRequests();
    m_source->started = 0;
    m_source->maxInFlight = 0;
}

BreakdownRequest TestBreakdownJob::request(const DateRange &range) const
{
    const auto &data = m_sandbox.server->data();
    BreakdownRequest r;
    User me;
    me.id = data.mainUser().id;
    me.username = data.mainUser().username;
    r.account = Resource::account(me);
    for (const auto &k : data.apiKeysOf(me.id))
        r.keys.append({k.id, k.name, QString::fromLatin1(k.key), k.revoked});
    r.plan = BreakdownPlan::against(Scale::Day, range);
    r.zone = m_sandbox.timeZone;
    r.clock = m_sandbox.clientConfig().clock;
    return r;
}

QList<std::pair<QDateTime, qint64>>
TestBreakdownJob::truth(const QString &owner, const QString &metric, const DateRange &span) const
{
    QList<std::pair<QDateTime, qint64>> out;
    const QDateTime from(span.first, QTime(0, 0), m_sandbox.timeZone);
    const QDateTime to(span.last, QTime(23, 59, 59, 999), m_sandbox.timeZone);
    for (const auto &[start, value] :
         m_sandbox.server->data().series(owner, QStringLiteral("day"), metric, from, to)) {
        if (start <= m_sandbox.now)
            out.append({start, value});
    }
    return out;
}

void TestBreakdownJob::verifyAgainstTruth(const BreakdownResult &result) const
{
    const auto &data = m_sandbox.server->data();
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const MetricBreakdown *b = result.of(metric);
        QVERIFY(b);
        QVERIFY(b->isComplete());
        const QString name = metricName(metric);
        auto check = [&](const BreakdownPart &part, const QString &owner) {
            const auto current = truth(owner, name, result.plan.range);
            QCOMPARE(part.current.size(), current.size());
            for (qsizetype i = 0; i < current.size(); ++i) {
                QCOMPARE(part.current.at(i).start, current.at(i).first);
                QCOMPARE(part.current.at(i).value, current.at(i).second);
            }
            qint64 previous = 0;
            for (const auto &[start, value] : truth(owner, name, result.plan.comparison))
                previous += value;
            QCOMPARE(part.previousTotal, previous);
        };
        check(*b->account, QString::number(data.mainUser().id));
        QCOMPARE(b->keys.size(), data.apiKeysOf(data.mainUser().id).size());
        for (const BreakdownPart &key : b->keys) {
            const auto it = std::find_if(data.apiKeys().cbegin(), data.apiKeys().cend(),
                                         [&](const auto &k) { return k.id == key.keyId; });
            QVERIFY(it != data.apiKeys().cend());
            QCOMPARE(key.name, it->name);
            QCOMPARE(key.revoked, it->revoked);
            check(key, QString::fromLatin1(it->key));
        }
        // The parts add up to the account, bucket by bucket, in both periods.
        QVERIFY(b->unattributed);
        for (qsizetype i = 0; i < b->account->current.size(); ++i) {
            qint64 sum = b->unattributed->current.at(i).value;
            for (const BreakdownPart &key : b->keys)
                sum += key.current.at(i).value;
            QCOMPARE(sum, b->account->current.at(i).value);
        }
        qint64 previous = b->unattributed->previousTotal;
        for (const BreakdownPart &key : b->keys)
            previous += key.previousTotal;
        QCOMPARE(previous, b->account->previousTotal);
        if (m_unattributed == 0) {
            QCOMPARE(b->unattributed->currentTotal, 0);
        } else {
            // About that share of the account, never more.
            QVERIFY(b->unattributed->currentTotal > 0);
            QVERIFY(b->unattributed->currentTotal * 100 <=
                    b->account->currentTotal * m_unattributed);
            QVERIFY(b->unattributed->currentTotal * 100 >=
                    b->account->currentTotal * (m_unattributed - 1));
        }
    }
}

int TestBreakdownJob::usageCalls() const
{
    int n = 0;
    for (const auto &r : m_sandbox.server->requests())
        n += r.path == QLatin1String("usage/api") ? 1 : 0;
    return n;
}

void TestBreakdownJob::agreesWithTheSandbox_data()
{
    QTest::addColumn<int>("unattributed");
    QTest::newRow("every call from a key") << 0;
    QTest::newRow("15% from no listed key") << 15;
}

void TestBreakdownJob::agreesWithTheSandbox()
{
    QFETCH(int, unattributed);
    startSandbox(unattributed);
    m_sandbox.server->clearRequests();
    m_source->started = 0;
    m_source->maxInFlight = 0;
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=delay:20")));
    const BreakdownRequest r = request({QDate(2026, 11, 14), QDate(2026, 11, 20)});
    BreakdownJob job(m_source.get(), r);
    QSignalSpy finished(&job, &BreakdownJob::finished);
    QSignalSpy progress(&job, &BreakdownJob::progress);
    job.start();
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<BreakdownResult>();
    verifyAgainstTruth(result);
    // One call per key and metric, and one for the account, each over both periods.
    const int expected = 2 * (static_cast<int>(r.keys.size()) + 1);
    QCOMPARE(job.total(), expected);
    QCOMPARE(usageCalls(), expected);
    for (const auto &req : m_sandbox.server->requests()) {
        if (req.path != QLatin1String("usage/api"))
            continue;
        const QUrlQuery q(QString::fromLatin1(req.rawQuery));
        QCOMPARE(q.queryItemValue(QStringLiteral("from_date"), QUrl::FullyDecoded),
                 QStringLiteral("2026-11-07T00:00:00.000000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("to_date"), QUrl::FullyDecoded),
                 QStringLiteral("2026-11-20T23:59:59.999000"));
    }
    QCOMPARE(m_source->maxInFlight, 6);
    QCOMPARE(progress.last().at(0).toInt(), expected);
    QCOMPARE(progress.last().at(1).toInt(), expected);
}

void TestBreakdownJob::failingKeyIsNotLoaded()
{
    BreakdownRequest r = request({QDate(2026, 11, 14), QDate(2026, 11, 20)});
    // A key deleted since the list was read: the service no longer knows it.
    r.keys.append({999999, QStringLiteral("deleted"), testing::randomSecret(), false});
    BreakdownJob job(m_source.get(), r);
    QSignalSpy finished(&job, &BreakdownJob::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<BreakdownResult>();
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const MetricBreakdown *b = result.of(metric);
        QVERIFY(b);
        QCOMPARE(b->notLoadedCount(), 1);
        const BreakdownPart &gone = b->keys.constLast();
        QCOMPARE(gone.keyId, 999999);
        QVERIFY(!gone.isLoaded());
        QCOMPARE(gone.error->kind(), ApiError::Kind::NotFound);
        QVERIFY(gone.error->message().contains(QStringLiteral("API key not found")));
        QVERIFY(!gone.error->message().contains(r.keys.constLast().key));
        // The rest are shown; what no key explains is then not known.
        QVERIFY(b->account);
        QCOMPARE(rankedKeys(*b).size(), r.keys.size() - 1);
        QVERIFY(!b->unattributed);
    }
}

void TestBreakdownJob::rateLimitSlowsDown()
{
    // The first three calls are refused with 429 and Retry-After: 1.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:429#3")));
    const BreakdownRequest r = request({QDate(2026, 11, 14), QDate(2026, 11, 20)});
    BreakdownJob job(m_source.get(), r);
    QSignalSpy finished(&job, &BreakdownJob::finished);
    QSignalSpy slowed(&job, &BreakdownJob::slowedDown);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(!slowed.isEmpty());
    QVERIFY(slowed.first().at(0).toInt() < 6);
    QVERIFY(slowed.first().at(1).value<std::chrono::milliseconds>() >= std::chrono::seconds(1));
    // Nothing failed: every key is there, right to the call.
    verifyAgainstTruth(finished.first().first().value<BreakdownResult>());
    QCOMPARE(usageCalls(), job.total() + 3);
}

void TestBreakdownJob::newerQueryWins()
{
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=delay:40")));
    BreakdownState state(m_source.get());
    QSignalSpy results(&state, &BreakdownState::resultChanged);
    QSignalSpy progress(&state, &BreakdownState::progress);
    state.setRequest(request({QDate(2026, 11, 14), QDate(2026, 11, 20)}));
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() >= 3);
    const BreakdownRequest newer = request({QDate(2026, 11, 1), QDate(2026, 11, 10)});
    state.setRequest(newer);
    QVERIFY(results.wait(20000));
    QCOMPARE(results.size(), 1);
    const auto result = results.first().first().value<BreakdownResult>();
    QCOMPARE(result.plan, newer.plan);
    verifyAgainstTruth(result);
    QVERIFY(!state.isLoading());
}

void TestBreakdownJob::cancelStops()
{
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=delay:100")));
    BreakdownState state(m_source.get());
    QSignalSpy cancelled(&state, &BreakdownState::cancelled);
    QSignalSpy progress(&state, &BreakdownState::progress);
    QSignalSpy loading(&state, &BreakdownState::loadingChanged);
    const BreakdownRequest r = request({QDate(2026, 11, 14), QDate(2026, 11, 20)});
    state.setRequest(r);
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() >= 1);
    state.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!state.isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QVERIFY(!state.result());
    // Nothing more was started after the cancel.
    QVERIFY(m_source->started < 2 * (static_cast<int>(r.keys.size()) + 1));
    QTRY_COMPARE(m_source->inFlight, 0);
}

// Through the history store (as the window and explain run it): a second look at a range
// long settled asks the service nothing and shows the same figures, to the call.
void TestBreakdownJob::secondLookReadsTheHistory()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    DashboardState state(m_client.get());
    state.setHistory(&store);
    QSignalSpy loaded(&state, &DashboardState::accountLoaded);
    state.loadAccount();
    QVERIFY(loaded.wait(20000));
    QVERIFY(state.historyScope().isValid());
    HistorySeriesSource source(&state);
    const QDate today = m_sandbox.now.date();
    const BreakdownRequest settled = request({today.addDays(-60), today.addDays(-31)});
    const auto look = [&]() -> std::optional<BreakdownResult> {
        BreakdownJob job(&source, settled);
        std::optional<BreakdownResult> out;
        connect(&job, &BreakdownJob::finished, this,
                [&out](const BreakdownResult &result) { out = result; });
        job.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return std::nullopt;
        return out;
    };
    m_sandbox.server->clearRequests();
    const std::optional<BreakdownResult> first = look();
    QVERIFY(first);
    verifyAgainstTruth(*first);
    if (QTest::currentTestFailed())
        return;
    // One call per key and metric, and the account's.
    QCOMPARE(usageCalls(), 2 * (int(settled.keys.size()) + 1));
    m_sandbox.server->clearRequests();
    const std::optional<BreakdownResult> second = look();
    QVERIFY(second);
    QCOMPARE(usageCalls(), 0);
    verifyAgainstTruth(*second);
}

QTEST_GUILESS_MAIN(TestBreakdownJob)
#include "tst_breakdownjob.moc"
