// The dashboard state shared by the window and the command line, against
// geobox-sandbox over HTTP: the calls of a query go out together, a newer
// query drops the older answers, a failure keeps the last good snapshot, and
// Refresh posts usage/update before fetching again.

#include "dashboardstate.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>

using namespace geobox;

class TestDashboardState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadAccount();
    void snapshotMatchesSandbox();
    void callsGoOutTogether();
    void newerQueryWins();
    void failureKeepsLastGoodData();
    void refreshIsOneRoundTrip();
    void updateFailsReadsStillShown();
    void invalidQuerySendsNothing();
    void otherUserAsAdmin();
    void thousandQueriesOnlyNewestShown();
    void cancelStopsAccountLoads();
    void failedUserLoadHasItsOwnSignal();
    void retryRepeatsWhatFailed();
    void snapshotCarriesUserAndPlan();
    void sameQuerySendsNothingTwice();
    void shownDiffersNamesWhatDiffers();
    void queryProblemIsSaidAndCleared();

private:
    DashboardQuery accountQuery(const DateRange &range, Scale scale = Scale::Day) const;
    bool waitForSnapshot(QSignalSpy &spy, int count = 1);

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    User m_me;
};

void TestDashboardState::initTestCase()
{
    QVERIFY(m_sandbox.start(11));
}

void TestDashboardState::init()
{
    m_sandbox.server->clearFaults();
    ClientConfig config = m_sandbox.clientConfig();
    config.retry.maxRetries = 0; // failures show at once; the client's tests cover retries
    m_client = std::make_unique<UsageClient>(&m_network, config);
    m_client->setCredentials(Credentials::apiKey(m_sandbox.apiKey));
    m_state = std::make_unique<DashboardState>(m_client.get());
    const sandbox::SandboxUser &main = m_sandbox.server->data().mainUser();
    m_me.id = main.id;
    m_me.username = main.username;
    m_sandbox.server->clearRequests();
}

void TestDashboardState::cleanup()
{
    m_state.reset();
    m_client.reset();
}

DashboardQuery TestDashboardState::accountQuery(const DateRange &range, Scale scale) const
{
    DashboardQuery q;
    q.resource = Resource::account(m_me);
    q.scale = scale;
    q.range = range;
    return q;
}

bool TestDashboardState::waitForSnapshot(QSignalSpy &spy, int count)
{
    return QTest::qWaitFor([&] { return spy.size() >= count; }, 20000);
}

void TestDashboardState::loadAccount()
{
    QSignalSpy loaded(m_state.get(), &DashboardState::accountLoaded);
    m_state->loadAccount();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_state->user()->id, m_me.id);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    QCOMPARE(m_state->apiKeys().size(), data.apiKeysOf(m_me.id).size());
}

void TestDashboardState::snapshotMatchesSandbox()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QSignalSpy loading(m_state.get(), &DashboardState::loadingChanged);
    const DateRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
    m_state->setQuery(accountQuery(range));
    QVERIFY(m_state->isLoading());
    QVERIFY(waitForSnapshot(changed));
    QVERIFY(!m_state->isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    const DashboardSnapshot s = *m_state->snapshot();
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString eid = QString::number(m_me.id);
    const QDateTime from(range.first, QTime(0, 0), QTimeZone::utc());
    const auto calls =
        data.series(eid, QStringLiteral("day"), QStringLiteral("calls"), from, m_sandbox.now);
    const auto traffic =
        data.series(eid, QStringLiteral("day"), QStringLiteral("traffic"), from, m_sandbox.now);
    QCOMPARE(s.rows.size(), 20);
    qint64 total = 0;
    for (qsizetype i = 0; i < s.rows.size(); ++i) {
        QCOMPARE(s.rows[i].start, calls[i].first);
        QCOMPARE(*s.rows[i].calls, calls[i].second);
        QCOMPARE(*s.rows[i].traffic, traffic[i].second);
        total += calls[i].second;
    }
    QVERIFY(s.rows.last().partial());
    QCOMPARE(s.stats(Metric::Calls).total, total);
    const double process = data.processSeconds(
        m_me.id, from, QDateTime(range.last, QTime(23, 59, 59, 999), QTimeZone::utc()));
    QVERIFY(std::abs(*s.processSeconds - process) < 1e-5);
    QCOMPARE(s.summary->monthlyApiCalls, data.summary(m_me.id).monthlyApiCalls);
    QVERIFY(!m_state->isStale());
}

void TestDashboardState::callsGoOutTogether()
{
    // The server holds every answer: the calls can only all arrive if each went out
    // without waiting for another's answer.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=hold")));
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 10), QDate(2026, 11, 16)}));
    QVERIFY(QTest::qWaitFor([&] { return m_sandbox.server->heldCount() == 4; }, 20000));
    QCOMPARE(changed.size(), 0);
    m_sandbox.server->clearFaults();
    m_sandbox.server->releaseHeld();
    QVERIFY(waitForSnapshot(changed));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/api")), 2);
}

void TestDashboardState::newerQueryWins()
{
    // The older query's series are held at the server while the newer one is asked.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=hold#2")));
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    const DashboardQuery older = accountQuery({QDate(2026, 10, 1), QDate(2026, 10, 31)});
    const DashboardQuery newer =
        accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 7)}, Scale::Hour);
    m_state->setQuery(older);
    QVERIFY(QTest::qWaitFor([&] { return m_sandbox.server->heldCount() == 2; }, 20000));
    m_state->setQuery(newer);
    QVERIFY(waitForSnapshot(changed));
    // The older answers are sent now; every job has ended, so none can arrive later.
    m_sandbox.server->releaseHeld();
    QVERIFY(QTest::qWaitFor([&] { return m_client->findChildren<ApiJob *>().isEmpty(); }, 20000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_state->snapshot()->query, newer);
    QCOMPARE(m_state->snapshot()->rows.size(), 7 * 24);
}

void TestDashboardState::failureKeepsLastGoodData()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    const DashboardQuery good = accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 5)});
    m_state->setQuery(good);
    QVERIFY(waitForSnapshot(changed));
    const QList<UsageRow> rows = m_state->snapshot()->rows;

    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    const DashboardQuery next = accountQuery({QDate(2026, 10, 1), QDate(2026, 10, 5)});
    m_state->setQuery(next);
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 503);
    QCOMPARE(m_state->snapshot()->rows, rows); // the last good data stays
    QCOMPARE(m_state->snapshot()->query, good);
    QVERIFY(m_state->isStale());
    QVERIFY(!m_state->isLoading());
    QCOMPARE(m_state->lastError()->kind(), ApiError::Kind::Server);

    m_sandbox.server->clearFaults();
    m_state->retry();
    QVERIFY(waitForSnapshot(changed, 2));
    QCOMPARE(m_state->snapshot()->query, next);
    QVERIFY(!m_state->isStale());
    QVERIFY(!m_state->lastError().has_value());
}

void TestDashboardState::refreshIsOneRoundTrip()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 14), QDate(2026, 11, 20)}));
    QVERIFY(waitForSnapshot(changed));
    m_sandbox.server->clearRequests();
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=hold")));
    m_state->refresh();
    // The update and the reads reach the server together, before any is answered; the
    // update's answer is the summary, so usage/summary is not asked.
    QVERIFY(QTest::qWaitFor([&] { return m_sandbox.server->heldCount() == 4; }, 20000));
    QCOMPARE(changed.size(), 1);
    m_sandbox.server->clearFaults();
    m_sandbox.server->releaseHeld();
    QVERIFY(waitForSnapshot(changed, 2));
    const QList<sandbox::RecordedRequest> requests = m_sandbox.server->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), 1);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/summary")), 0);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/api")), 2);
    for (const sandbox::RecordedRequest &r : requests) {
        if (r.path == QLatin1String("usage/update"))
            QCOMPARE(r.method, QByteArray("POST"));
    }
    QCOMPARE(m_state->snapshot()->summary->monthlyApiCalls,
             m_sandbox.server->data().summary(m_me.id).monthlyApiCalls);
    QVERIFY(!m_state->snapshot()->summaryError.has_value());
}

void TestDashboardState::updateFailsReadsStillShown()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QSignalSpy updateFailed(m_state.get(), &DashboardState::updateFailed);
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    m_state->setQuery(accountQuery({QDate(2026, 11, 14), QDate(2026, 11, 20)}));
    QVERIFY(waitForSnapshot(changed));
    const UsageSummary before = *m_state->snapshot()->summary;
    const QDateTime summaryTime = m_state->snapshot()->summaryFetchedAt;
    QVERIFY(summaryTime.isValid());
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/update=status:503")));
    m_state->refresh();
    QVERIFY(updateFailed.wait(10000));
    QCOMPARE(changed.size(), 2); // the new series are shown
    QCOMPARE(failed.size(), 0);
    const DashboardSnapshot s = *m_state->snapshot();
    QCOMPARE(s.summaryError->httpStatus(), 503);
    QCOMPARE(*s.summary, before); // the last quotas, marked as not refreshed
    QCOMPARE(s.summaryFetchedAt, summaryTime);
    QVERIFY(!m_state->isStale());
    QCOMPARE(m_state->retryTarget(), DashboardState::RetryTarget::Refresh);
    QVERIFY(m_state->canRetry());
    m_sandbox.server->clearFaults();
    m_sandbox.server->clearRequests();
    m_state->retry(); // the refresh again
    QVERIFY(waitForSnapshot(changed, 3));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), 1);
    QVERIFY(!m_state->snapshot()->summaryError.has_value());
}

void TestDashboardState::invalidQuerySendsNothing()
{
    QSignalSpy invalid(m_state.get(), &DashboardState::queryInvalid);
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 5), QDate(2026, 11, 1)}));
    QCOMPARE(invalid.size(), 1);
    QVERIFY(invalid.first().first().value<ApiError>().message().contains(QStringLiteral("after")));
    // No job was made, so nothing can reach the server later.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QCOMPARE(m_sandbox.server->requests().size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_state->isLoading());
}

void TestDashboardState::otherUserAsAdmin()
{
    const sandbox::SandboxUser &other = m_sandbox.server->data().otherUser();
    QSignalSpy userLoaded(m_state.get(), &DashboardState::userLoaded);
    m_state->loadUser(other.id);
    QVERIFY(userLoaded.wait(10000));
    const User user = userLoaded.first().first().value<User>();
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    DashboardQuery q = accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 3)});
    q.resource = Resource::otherUser(user);
    m_sandbox.server->clearRequests();
    m_state->setQuery(q);
    QVERIFY(waitForSnapshot(changed));
    const QByteArray id = QByteArray::number(other.id);
    int withUserId = 0;
    for (const sandbox::RecordedRequest &r : m_sandbox.server->requests()) {
        if (r.path == QLatin1String("usage/api"))
            QVERIFY(r.rawQuery.startsWith("eid=" + id + "&"));
        else if (r.rawQuery.startsWith("user_id=" + id + "&"))
            ++withUserId;
    }
    QCOMPARE(withUserId, 2); // process and summary
    QCOMPARE(m_state->snapshot()->summary->monthlyApiCalls,
             m_sandbox.server->data().summary(other.id).monthlyApiCalls);
}

void TestDashboardState::thousandQueriesOnlyNewestShown()
{
    // Answers take a little while, so replies of older queries are still on their way
    // when newer ones start; events run between changes, so some of them do arrive.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("*=delay:15")));
    int shown = 0;
    int wrong = 0;
    connect(m_state.get(), &DashboardState::snapshotChanged, this, [&](const DashboardSnapshot &s) {
        ++shown;
        if (!(s.query == m_state->query()))
            ++wrong; // an older query's answer reached the screen
    });
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    const QDate last(2026, 11, 20);
    DashboardQuery q = accountQuery({last, last});
    for (int i = 0; i < 1000; ++i) {
        q.range.first = last.addDays(-(i % 60));
        q.scale = i % 3 == 0 ? Scale::Hour : (i % 3 == 1 ? Scale::Day : Scale::Week);
        m_state->setQuery(q);
        if (i % 7 == 0)
            QCoreApplication::processEvents();
    }
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QVERIFY(changed.wait(20000));
    // Every job of the older queries has ended (aborted, or answered and dropped), so no
    // late answer can come any more.
    QVERIFY(QTest::qWaitFor([&] { return m_client->findChildren<ApiJob *>().isEmpty(); }, 20000));
    qInfo("1000 query changes: %d snapshots shown, %d requests reached the sandbox", shown,
          int(m_sandbox.server->requests().size()));
    QCOMPARE(wrong, 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_state->snapshot()->query, q);
    QVERIFY(!m_state->isLoading());
    QVERIFY(!m_state->isStale());
}

void TestDashboardState::cancelStopsAccountLoads()
{
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("users/me=hold")));
    QSignalSpy loaded(m_state.get(), &DashboardState::accountLoaded);
    QSignalSpy failed(m_state.get(), &DashboardState::accountFailed);
    m_state->loadAccount();
    QVERIFY(m_state->isLoadingAccount());
    m_state->cancel();
    QVERIFY(!m_state->isLoadingAccount());
    // Once every job has ended, nothing more can arrive from them.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().size(), 0, 10000);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_state->user().has_value());
}

void TestDashboardState::failedUserLoadHasItsOwnSignal()
{
    QSignalSpy userFailed(m_state.get(), &DashboardState::userFailed);
    QSignalSpy accountFailed(m_state.get(), &DashboardState::accountFailed);
    m_state->loadUser(987654);
    QVERIFY(userFailed.wait(10000));
    QCOMPARE(userFailed.first().at(0).toLongLong(), 987654);
    QCOMPARE(userFailed.first().at(1).value<ApiError>().kind(), ApiError::Kind::NotFound);
    QCOMPARE(accountFailed.size(), 0);
    QCOMPARE(m_state->retryTarget(), DashboardState::RetryTarget::User);
    QVERIFY2(!m_state->canRetry(), "asking again for a user that does not exist cannot help");
}

void TestDashboardState::retryRepeatsWhatFailed()
{
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("apikeys=status:503#1")));
    QSignalSpy failed(m_state.get(), &DashboardState::accountFailed);
    QSignalSpy loaded(m_state.get(), &DashboardState::accountLoaded);
    m_state->loadAccount();
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_state->retryTarget(), DashboardState::RetryTarget::Account);
    QVERIFY(m_state->canRetry());
    m_sandbox.server->clearRequests();
    m_state->retry();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("users/me")), 1);
    QCOMPARE(m_state->retryTarget(), DashboardState::RetryTarget::Query);

    // A failed query is what Retry repeats next, and it fetches only the query.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/process=status:500#1")));
    QSignalSpy queryFailed(m_state.get(), &DashboardState::failed);
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 5)}));
    QVERIFY(queryFailed.wait(10000));
    QCOMPARE(m_state->retryTarget(), DashboardState::RetryTarget::Query);
    m_sandbox.server->clearRequests();
    m_state->retry();
    QVERIFY(waitForSnapshot(changed));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("users/me")), 0);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/process")), 1);
}

void TestDashboardState::snapshotCarriesUserAndPlan()
{
    QSignalSpy loaded(m_state.get(), &DashboardState::accountLoaded);
    m_state->loadAccount();
    QVERIFY(loaded.wait(10000));
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 2)}));
    QVERIFY(waitForSnapshot(changed));
    const sandbox::SandboxData &data = m_sandbox.server->data();
    QCOMPARE(m_state->snapshot()->user->id, data.mainUser().id);
    QCOMPARE(m_state->snapshot()->plan()->name, data.mainUser().plan.name);

    QSignalSpy userLoaded(m_state.get(), &DashboardState::userLoaded);
    m_state->loadUser(data.otherUser().id);
    QVERIFY(userLoaded.wait(10000));
    DashboardQuery q = accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 2)});
    q.resource = Resource::otherUser(userLoaded.first().first().value<User>());
    m_state->setQuery(q);
    QVERIFY(waitForSnapshot(changed, 2));
    QCOMPARE(m_state->snapshot()->user->id, data.otherUser().id);
    QCOMPARE(m_state->snapshot()->plan()->name, data.otherUser().plan.name);
    QCOMPARE(m_state->otherUsers().size(), 1);
}

void TestDashboardState::sameQuerySendsNothingTwice()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    const DashboardQuery q = accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 2)});
    m_state->setQuery(q);
    m_state->setQuery(q); // while it loads
    QVERIFY(waitForSnapshot(changed));
    const qsizetype sent = m_sandbox.server->requests().size();
    m_state->setQuery(q); // answered and fresh
    QVERIFY(!m_state->isLoading());
    // The week start changes nothing at day scale.
    DashboardQuery sunday = q;
    sunday.firstDayOfWeek = Qt::Sunday;
    m_state->setQuery(sunday);
    QVERIFY(!m_state->isLoading());
    QCOMPARE(m_sandbox.server->requests().size(), sent);
    QCOMPARE(changed.size(), 1);
    // reload() fetches it again all the same.
    m_state->reload();
    QVERIFY(m_state->isLoading());
    QVERIFY(waitForSnapshot(changed, 2));
}

void TestDashboardState::shownDiffersNamesWhatDiffers()
{
    QSignalSpy changed(m_state.get(), &DashboardState::snapshotChanged);
    QSignalSpy failed(m_state.get(), &DashboardState::failed);
    m_state->setQuery(accountQuery({QDate(2026, 11, 14), QDate(2026, 11, 20)}, Scale::Hour));
    QVERIFY(waitForSnapshot(changed));
    QCOMPARE(m_state->shownDiffers(), QueryAspects());
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:503")));
    m_state->setQuery(accountQuery({QDate(2026, 11, 14), QDate(2026, 11, 20)}, Scale::Day));
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_state->shownDiffers(), QueryAspects(QueryAspect::Scale));
    QVERIFY(m_state->isStale());
    m_state->setQuery(accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 20)}, Scale::Day));
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_state->shownDiffers(), QueryAspect::Scale | QueryAspect::Range);
    QCOMPARE(m_state->snapshot()->query.scale, Scale::Hour);
}

void TestDashboardState::queryProblemIsSaidAndCleared()
{
    QSignalSpy problem(m_state.get(), &DashboardState::queryProblemChanged);
    m_state->setQuery(accountQuery({QDate(2026, 11, 5), QDate(2026, 11, 1)}));
    QCOMPARE(problem.size(), 1);
    QVERIFY(!problem.last().first().toString().isEmpty());
    QVERIFY(m_state->queryProblem().has_value());
    QVERIFY(!m_state->canRetry());
    m_state->setQuery(accountQuery({QDate(2026, 11, 6), QDate(2026, 11, 1)}));
    QCOMPARE(problem.size(), 1); // the same problem is not said twice
    m_state->setQuery(accountQuery({QDate(2026, 11, 1), QDate(2026, 11, 5)}));
    QCOMPARE(problem.size(), 2);
    QVERIFY(problem.last().first().toString().isEmpty());
    QVERIFY(!m_state->queryProblem().has_value());
}

QTEST_GUILESS_MAIN(TestDashboardState)
#include "tst_dashboardstate.moc"
