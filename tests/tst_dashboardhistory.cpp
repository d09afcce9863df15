// DashboardState reading through the history store, against geobox-sandbox over HTTP
// and a real SQLite file: a query is answered at once from history (marked, with when
// it was updated) and then only the not-final span is asked; an old range costs no
// usage request; when the service cannot be reached the account and the query come
// from history, marked offline; history alone names the days it lacks, and credentials
// it never saw have no history.

#include "dashboardstate.h"
#include "historystore.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace geobox;

class TestDashboardHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void answersFromHistoryThenFresh();
    void oldRangeCostsNoUsageRequest();
    void unreachableServiceShowsHistoryOffline();
    void startShowsHistoryBeforeTheAccountAnswers();
    void refusedCredentialsClearTheHistoryShown();
    void historyOnlyNamesTheMissingDays();
    void unknownCredentialsHaveNoHistory();
    void summaryIsKeptForOffline();

private:
    std::unique_ptr<DashboardState> makeState(const QString &apiKey);
    bool loadAccount(DashboardState *state);
    DashboardQuery query(const DateRange &range, bool quotas = false) const;
    QList<QByteArray> usageQueries() const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::list<std::unique_ptr<UsageClient>> m_clients;
    User m_me;
};

void TestDashboardHistory::initTestCase()
{
    QVERIFY(m_sandbox.start(9));
    const sandbox::SandboxUser &main = m_sandbox.server->data().mainUser();
    m_me.id = main.id;
    m_me.username = main.username;
}

void TestDashboardHistory::init()
{
    m_sandbox.server->clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
}

void TestDashboardHistory::cleanup()
{
    m_clients.clear();
    m_store.reset();
}

std::unique_ptr<DashboardState> TestDashboardHistory::makeState(const QString &apiKey)
{
    ClientConfig config = m_sandbox.clientConfig();
    config.retry.maxRetries = 0;
    m_clients.push_back(std::make_unique<UsageClient>(&m_network, config));
    m_clients.back()->setCredentials(Credentials::apiKey(apiKey));
    auto state = std::make_unique<DashboardState>(m_clients.back().get());
    state->setHistory(m_store.get());
    state->setAccountFromHistoryFirst(true); // as the window does
    return state;
}

bool TestDashboardHistory::loadAccount(DashboardState *state)
{
    QSignalSpy loaded(state, &DashboardState::accountLoaded);
    state->loadAccount();
    return loaded.size() > 0 || loaded.wait(10000);
}

DashboardQuery TestDashboardHistory::query(const DateRange &range, bool quotas) const
{
    DashboardQuery q;
    q.resource = Resource::account(m_me);
    q.range = range;
    q.summary = quotas;
    q.process = false;
    return q;
}

QList<QByteArray> TestDashboardHistory::usageQueries() const
{
    QList<QByteArray> out;
    for (const sandbox::RecordedRequest &r : m_sandbox.server->requests()) {
        if (r.path == QLatin1String("usage/api"))
            out.append(r.rawQuery);
    }
    return out;
}

void TestDashboardHistory::answersFromHistoryThenFresh()
{
    const DateRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
    DashboardSnapshot first;
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query(range));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1); // nothing stored yet: one fresh answer
        first = *state->snapshot();
        QVERIFY(!first.fromHistory());
    }
    m_sandbox.server->clearRequests();
    auto state = makeState(m_sandbox.apiKey);
    QVERIFY(loadAccount(state.get()));
    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    state->setQuery(query(range));
    // At once, before any answer: from history, with when it was updated.
    QCOMPARE(changed.size(), 1);
    const auto fromHistory = changed.at(0).at(0).value<DashboardSnapshot>();
    QVERIFY(fromHistory.fromHistory());
    QVERIFY(!fromHistory.offline);
    QCOMPARE(fromHistory.rows, first.rows);
    QVERIFY(state->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!state->isLoading(), 10000);
    QCOMPARE(changed.size(), 2);
    const DashboardSnapshot fresh = *state->snapshot();
    QVERIFY(!fresh.fromHistory());
    QCOMPARE(fresh.rows, first.rows); // the sandbox's clock stands still
    // Only the days not yet final were asked, for each metric.
    const QList<QByteArray> asked = usageQueries();
    QCOMPARE(asked.size(), 2);
    for (const QByteArray &q : asked)
        QVERIFY2(q.contains("from_date=2026-11-18T00%3A00%3A00"), q.constData());
}

void TestDashboardHistory::oldRangeCostsNoUsageRequest()
{
    const DateRange range{QDate(2026, 6, 1), QDate(2026, 8, 31)};
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query(range));
        QVERIFY(changed.wait(10000));
    }
    m_sandbox.server->clearRequests();
    auto state = makeState(m_sandbox.apiKey);
    QVERIFY(loadAccount(state.get()));
    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    state->setQuery(query(range));
    QTRY_VERIFY_WITH_TIMEOUT(!state->isLoading(), 10000);
    QVERIFY(changed.size() >= 1);
    QVERIFY(!state->snapshot()->rows.isEmpty());
    QCOMPARE(usageQueries().size(), 0);
}

void TestDashboardHistory::unreachableServiceShowsHistoryOffline()
{
    const DateRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
    DashboardSnapshot online;
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query(range));
        QVERIFY(changed.wait(10000));
        online = *state->snapshot();
    }
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=drop")));
    auto state = makeState(m_sandbox.apiKey);
    QSignalSpy offline(state.get(), &DashboardState::offlineChanged);
    QSignalSpy accountFailed(state.get(), &DashboardState::accountFailed);
    QVERIFY(loadAccount(state.get())); // the account as the history keeps it, at once
    QVERIFY(state->isAccountFromHistory());
    QVERIFY(offline.wait(10000)); // users/me/ could not be reached: it stays, offline
    QCOMPARE(accountFailed.size(), 0);
    QVERIFY(state->isOffline());
    QVERIFY(state->isAccountFromHistory());
    QCOMPARE(offline.size(), 1);
    QCOMPARE(state->user()->id, m_me.id);
    QCOMPARE(state->apiKeys().size(), m_sandbox.server->data().apiKeysOf(m_me.id).size());
    QVERIFY(state->apiKeys().first().key.isEmpty());

    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    QSignalSpy failed(state.get(), &DashboardState::failed);
    state->setQuery(query(range));
    QVERIFY(failed.wait(10000));
    const DashboardSnapshot shown = *state->snapshot();
    QVERIFY(shown.fromHistory());
    QVERIFY(shown.offline);
    QCOMPARE(shown.rows, online.rows);
    QVERIFY(state->isStale()); // never claimed to be fresh
}

// At start the account and the last query come from the store at once, before users/me/
// answers (held back here), marked as history; the answers then confirm them.
void TestDashboardHistory::startShowsHistoryBeforeTheAccountAnswers()
{
    const DateRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
    DashboardSnapshot online;
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QVERIFY(!state->isAccountFromHistory());
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query(range));
        QVERIFY(changed.wait(10000));
        online = *state->snapshot();
    }
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("users/me=delay:1500")));
    m_sandbox.server->clearRequests();
    auto state = makeState(m_sandbox.apiKey);
    QSignalSpy loaded(state.get(), &DashboardState::accountLoaded);
    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    state->loadAccount();
    // Within the call, so before any answer could have come.
    QCOMPARE(loaded.size(), 1);
    QVERIFY(state->isAccountFromHistory());
    QCOMPARE(state->user()->id, m_me.id);
    QCOMPARE(state->apiKeys().size(), m_sandbox.server->data().apiKeysOf(m_me.id).size());
    QVERIFY(state->isLoadingAccount()); // and users/me/ and apikeys/ are asked
    state->setQuery(query(range));
    QCOMPARE(changed.size(), 1);
    QVERIFY(state->snapshot()->fromHistory());
    QCOMPARE(state->snapshot()->rows, online.rows);

    QVERIFY(loaded.wait(10000)); // users/me/ confirms
    QCOMPARE(loaded.size(), 2);
    QVERIFY(!state->isAccountFromHistory());
    QVERIFY(!state->isOffline());
    QCOMPARE(state->user()->id, m_me.id);
    QTRY_VERIFY_WITH_TIMEOUT(!state->isLoading(), 10000);
    QVERIFY(!state->snapshot()->fromHistory());

    // A command's state waits for the service's account (its keys can be asked for).
    auto command = makeState(m_sandbox.apiKey);
    command->setAccountFromHistoryFirst(false);
    QSignalSpy commandLoaded(command.get(), &DashboardState::accountLoaded);
    command->loadAccount();
    QCOMPARE(commandLoaded.size(), 0);
    QVERIFY(commandLoaded.wait(10000));
    QVERIFY(!command->isAccountFromHistory());
}

// Credentials the service now refuses: what the history showed for them goes.
void TestDashboardHistory::refusedCredentialsClearTheHistoryShown()
{
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
    }
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("users/me=status:401")));
    auto state = makeState(m_sandbox.apiKey);
    QSignalSpy failed(state.get(), &DashboardState::accountFailed);
    QVERIFY(loadAccount(state.get()));
    QVERIFY(state->isAccountFromHistory());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Authentication);
    QVERIFY(!state->user());
    QVERIFY(state->apiKeys().isEmpty());
    QVERIFY(!state->isAccountFromHistory());
    QVERIFY(!state->isOffline());
}

void TestDashboardHistory::historyOnlyNamesTheMissingDays()
{
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query({QDate(2026, 10, 1), QDate(2026, 10, 31)}));
        QVERIFY(changed.wait(10000));
    }
    m_sandbox.server->clearRequests();
    auto state = makeState(m_sandbox.apiKey);
    state->setHistoryOnly(true);
    QVERIFY(loadAccount(state.get()));
    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    QSignalSpy failed(state.get(), &DashboardState::failed);
    state->setQuery(query({QDate(2026, 10, 5), QDate(2026, 10, 12)}));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 5000);
    QVERIFY(state->snapshot()->fromHistory());
    QCOMPARE(state->snapshot()->rows.size(), 8);
    state->setQuery(query({QDate(2026, 9, 25), QDate(2026, 10, 12)}));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 5000);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QVERIFY2(error.detail().contains(QStringLiteral("2026-09-25 – 2026-09-30")),
             qPrintable(error.detail()));
    QCOMPARE(m_sandbox.server->requests().size(), 0); // nothing was sent at all
}

void TestDashboardHistory::unknownCredentialsHaveNoHistory()
{
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
    }
    auto state = makeState(testing::randomSecret());
    state->setHistoryOnly(true);
    QSignalSpy failed(state.get(), &DashboardState::accountFailed);
    state->loadAccount();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QVERIFY(error.detail().startsWith(QStringLiteral("no history for these credentials on")));
    // The key that was seen does have history.
    auto known = makeState(m_sandbox.apiKey);
    known->setHistoryOnly(true);
    QVERIFY(loadAccount(known.get()));
}

void TestDashboardHistory::summaryIsKeptForOffline()
{
    const DateRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
    UsageSummary had;
    {
        auto state = makeState(m_sandbox.apiKey);
        QVERIFY(loadAccount(state.get()));
        QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
        state->setQuery(query(range, true));
        QVERIFY(changed.wait(10000));
        QVERIFY(state->snapshot()->summary);
        had = *state->snapshot()->summary;
    }
    auto state = makeState(m_sandbox.apiKey);
    state->setHistoryOnly(true);
    QVERIFY(loadAccount(state.get()));
    QSignalSpy changed(state.get(), &DashboardState::snapshotChanged);
    state->setQuery(query(range, true));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 5000);
    QVERIFY(state->snapshot()->summary);
    QCOMPARE(*state->snapshot()->summary, had);
    QVERIFY(state->snapshot()->summaryFetchedAt.isValid());
    QVERIFY(!state->snapshot()->processSeconds); // not kept: never shown as a zero
}

QTEST_GUILESS_MAIN(TestDashboardHistory)
#include "tst_dashboardhistory.moc"
