// The client library against geobox-sandbox over real HTTP on 127.0.0.1:
// every call, the three ways to sign in, exactly what goes on the wire, the
// typed errors of every fault, timeouts and aborts, and no secret in any text.

#include "sandboxfixture.h"
#include "usageclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace geobox;
using testing::await;

class TestUsageClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void seriesMatchSandbox_data();
    void seriesMatchSandbox();
    void weeksRollUpDays();
    void sdkPinnedUrlOnTheWire();
    void defaultLimitNeverTruncates();
    void callerLimitIsHonest();
    void processUsage();
    void summaryAndUpdate();
    void currentUserAndOtherUser();
    void viewerIsRefusedOtherUsers();
    void apiKeysArePaged();
    void apiKeysSearch();
    void accessToken();
    void usernamePasswordSignsInOnce();
    void wrongPasswordFailsQueuedCalls();
    void noCredentials();
    void validationSendsNothing_data();
    void validationSendsNothing();
    void faults_data();
    void faults();
    void timeout();
    void abort();
    void oversizedBody();
    void hostWithPath();
    void plainHttpElsewhereIsRefused();
    void retryDelays_data();
    void retryDelays();
    void retriesUntilAnswered();
    void retriesAreBounded();
    void postIsNeverRetried();
    void timeoutIsRetried();
    void otherErrorsAreNotRetried();
    void sameServerRedirectIsFollowed();

private:
    UsageClient *makeClient(const Credentials &credentials,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10));
    QString ownerEid(const QString &owner) const;

    testing::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<UsageClient> m_client;
};

void TestUsageClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestUsageClient::init()
{
    m_sandbox.server->clearFaults();
    m_sandbox.server->clearRequests();
    m_client.reset(makeClient(Credentials::apiKey(m_sandbox.apiKey)));
}

UsageClient *TestUsageClient::makeClient(const Credentials &credentials,
                                         std::chrono::milliseconds timeout)
{
    ClientConfig config = m_sandbox.clientConfig();
    config.timeout = timeout;
    config.retry.maxRetries = 0; // each error as it is; retries have tests of their own
    auto *client = new UsageClient(&m_network, config);
    client->setCredentials(credentials);
    return client;
}

QString TestUsageClient::ownerEid(const QString &owner) const
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    if (owner == QLatin1String("account"))
        return QString::number(data.mainUser().id);
    // The first key of the main user with usage: keys are listed by id.
    return QString::fromLatin1(data.apiKeysOf(data.mainUser().id).first().key);
}

void TestUsageClient::seriesMatchSandbox_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("buckets");
    const QDate today(2026, 11, 20);
    QTest::newRow("account, day, calls, last 30 days")
        << "account" << Scale::Day << Metric::Calls << today.addDays(-29) << today << 30;
    QTest::newRow("account, day, traffic, last 30 days")
        << "account" << Scale::Day << Metric::Traffic << today.addDays(-29) << today << 30;
    QTest::newRow("key, hour, calls, two days")
        << "key" << Scale::Hour << Metric::Calls << today.addDays(-1) << today << 24 + 15;
    QTest::newRow("account, month, traffic, a year")
        << "account" << Scale::Month << Metric::Traffic << QDate(2025, 12, 1) << today << 12;
    QTest::newRow("key, day, traffic, a past March")
        << "key" << Scale::Day << Metric::Traffic << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 31;
}

void TestUsageClient::seriesMatchSandbox()
{
    QFETCH(QString, owner);
    QFETCH(Scale, scale);
    QFETCH(Metric, metric);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, buckets);

    const ApiUsageRequest request{.eid = ownerEid(owner),
                                  .scale = scale,
                                  .metric = metric,
                                  .range = UsageRange::wholeDays(first, last)};
    const auto out = await<UsageSeries>(m_client->apiUsage(request));
    if (out.error)
        QFAIL(qPrintable(out.error->message()));
    QCOMPARE(out.succeededCount, 1);
    QCOMPARE(out.failedCount, 0);
    QCOMPARE(out.finishedCount, 1);
    const UsageSeries &series = *out.value;
    QCOMPARE(series.buckets.size(), buckets);

    // The sandbox's own model is the truth, zero buckets included.
    const QDateTime to =
        std::min(m_sandbox.now, QDateTime(last, QTime(23, 59, 59, 999), QTimeZone::utc()));
    const auto truth =
        m_sandbox.server->data().series(ownerEid(owner), scaleName(scale), metricName(metric),
                                        QDateTime(first, QTime(0, 0), QTimeZone::utc()), to);
    QCOMPARE(series.buckets.size(), truth.size());
    int zeros = 0;
    for (qsizetype i = 0; i < truth.size(); ++i) {
        QCOMPARE(series.buckets[i].start, truth[i].first);
        QCOMPARE(series.buckets[i].value, truth[i].second);
        zeros += truth[i].second == 0 ? 1 : 0;
        // Only the bucket holding "now" is running.
        const bool running =
            series.buckets[i].start <= m_sandbox.now && m_sandbox.now < series.buckets[i].end;
        QCOMPARE(series.buckets[i].running, running);
    }
    if (scale == Scale::Day && first.month() == last.month())
        QVERIFY2(zeros > 0, "every month of the sandbox has a day without usage");
    QVERIFY(series.total() > 0);
}

void TestUsageClient::weeksRollUpDays()
{
    const QDate first(2026, 10, 5); // a Monday
    const QDate last(2026, 11, 20); // a Friday, today
    const ApiUsageRequest request{.eid = ownerEid(QStringLiteral("account")),
                                  .scale = Scale::Week,
                                  .range = UsageRange::wholeDays(first, last)};
    const auto out = await<UsageSeries>(m_client->apiUsage(request));
    QVERIFY(out.value);
    const QList<UsageBucket> &weeks = out.value->buckets;
    QCOMPARE(weeks.size(), 7);
    const auto days = m_sandbox.server->data().series(
        ownerEid(QStringLiteral("account")), QStringLiteral("day"), QStringLiteral("calls"),
        QDateTime(first, QTime(0, 0), QTimeZone::utc()), m_sandbox.now);
    for (const UsageBucket &week : weeks) {
        QCOMPARE(week.start.date().dayOfWeek(), int(Qt::Monday));
        qint64 sum = 0;
        for (const auto &[start, value] : days) {
            if (start >= week.start && start < week.end)
                sum += value;
        }
        QCOMPARE(week.value, sum);
    }
    QVERIFY(weeks.last().partial());
    QVERIFY(!weeks.first().partial());
    // The wire asked for days: the server has no week.
    const QByteArray query = m_sandbox.server->requests().last().rawQuery;
    QVERIFY2(query.contains("scale=day"), query.constData());
}

void TestUsageClient::sdkPinnedUrlOnTheWire()
{
    const QString eid = ownerEid(QStringLiteral("account"));
    const auto out =
        await<UsageSeries>(m_client->apiUsage({.eid = eid,
                                               .scale = Scale::Day,
                                               .metric = Metric::Calls,
                                               .range = UsageRange::daysBeforeNow(5)}));
    QVERIFY(out.value);
    QCOMPARE(out.value->buckets.size(), 6);
    const QList<sandbox::RecordedRequest> requests = m_sandbox.server->requests();
    QCOMPARE(requests.size(), 1);
    const sandbox::RecordedRequest &r = requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("usage/api"));
    // The SDK's own test URL, then the covering limit, then the key, last.
    QCOMPARE(r.rawQuery, "eid=" + eid.toLatin1() +
                             "&scale=day&param=calls&days_before_now=5&limit=6&apikey=" +
                             m_sandbox.apiKey.toLatin1());
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.header("Authorization").isNull());
    QVERIFY(r.body.isEmpty());

    // Dates go as six-digit fractions with ':' escaped, the key still last.
    await<UsageSeries>(m_client->apiUsage(
        {.eid = eid,
         .scale = Scale::Hour,
         .metric = Metric::Traffic,
         .range = UsageRange::wholeDays(QDate(2026, 11, 1), QDate(2026, 11, 1))}));
    QCOMPARE(m_sandbox.server->requests().last().rawQuery,
             "eid=" + eid.toLatin1() +
                 "&scale=hour&param=traffic&from_date=2026-11-01T00%3A00%3A00.000000"
                 "&to_date=2026-11-01T23%3A59%3A59.999000&limit=24&apikey=" +
                 m_sandbox.apiKey.toLatin1());
}

void TestUsageClient::defaultLimitNeverTruncates()
{
    // 90 days: the server's default of 10 would keep only the last ten.
    const auto out = await<UsageSeries>(m_client->apiUsage(
        {.eid = ownerEid(QStringLiteral("account")),
         .range = UsageRange::wholeDays(QDate(2026, 8, 23), QDate(2026, 11, 20))}));
    QVERIFY(out.value);
    QCOMPARE(out.value->buckets.size(), 90);
    QVERIFY(!out.value->truncated);
    const QUrlQuery sent(QString::fromLatin1(m_sandbox.server->requests().last().rawQuery));
    QCOMPARE(sent.queryItemValue(QStringLiteral("limit")), QStringLiteral("90"));
    int nonZeroEarly = 0;
    for (int i = 0; i < 80; ++i)
        nonZeroEarly += out.value->buckets[i].value > 0 ? 1 : 0;
    QVERIFY(nonZeroEarly > 60);
}

void TestUsageClient::callerLimitIsHonest()
{
    const auto out = await<UsageSeries>(
        m_client->apiUsage({.eid = ownerEid(QStringLiteral("account")),
                            .range = UsageRange::wholeDays(QDate(2026, 8, 23), QDate(2026, 11, 20)),
                            .limit = 5}));
    QVERIFY(out.value);
    QVERIFY(out.value->truncated);
    // No zeros invented before the first bucket the server returned.
    QVERIFY(out.value->buckets.size() >= 5);
    QVERIFY(out.value->buckets.size() < 10);
    QVERIFY(out.value->buckets.first().value > 0);
}

void TestUsageClient::processUsage()
{
    const auto out =
        await<double>(m_client->processUsage({.range = UsageRange::daysBeforeNow(30)}));
    QVERIFY(out.value);
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const double expected =
        data.processSeconds(data.mainUser().id, m_sandbox.now.addDays(-30), m_sandbox.now);
    QVERIFY(expected > 0);
    QVERIFY2(std::abs(*out.value - expected) < 1e-5,
             qPrintable(QStringLiteral("%1 vs %2").arg(*out.value).arg(expected)));
    QCOMPARE(m_sandbox.server->requests().last().rawQuery,
             "days_before_now=30&apikey=" + m_sandbox.apiKey.toLatin1());

    const qint64 other = data.otherUser().id;
    const auto forOther = await<double>(m_client->processUsage(
        {.userId = other,
         .range = UsageRange::wholeDays(QDate(2026, 11, 1), QDate(2026, 11, 19))}));
    QVERIFY(forOther.value);
    QVERIFY(m_sandbox.server->requests().last().rawQuery.startsWith(
        "user_id=" + QByteArray::number(other) + "&from_date=2026-11-01T00%3A00%3A00.000000&"));
}

void TestUsageClient::summaryAndUpdate()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const auto read = await<UsageSummary>(m_client->usageSummary());
    QVERIFY(read.value);
    const sandbox::UsageSummary truth = data.summary(data.mainUser().id);
    QCOMPARE(read.value->dailyApiCalls, truth.dailyApiCalls);
    QCOMPARE(read.value->monthlyApiCalls, truth.monthlyApiCalls);
    QCOMPARE(read.value->monthlyTraffic, truth.monthlyTraffic);
    QCOMPARE(read.value->maxMonthlyApiCalls, truth.maxMonthlyApiCalls);
    QVERIFY(read.value->remainingDays.has_value());

    const int updatesBefore = m_sandbox.server->requestCount(QStringLiteral("usage/update"));
    const auto updated = await<UsageSummary>(m_client->updateUsage());
    QVERIFY(updated.value);
    QCOMPARE(*updated.value, *read.value);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), updatesBefore + 1);
    const sandbox::RecordedRequest post = m_sandbox.server->requests().last();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.body, QByteArray("{}"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));

    const qint64 other = data.otherUser().id;
    const auto otherUpdate = await<UsageSummary>(m_client->updateUsage(other));
    QVERIFY(otherUpdate.value);
    QCOMPARE(m_sandbox.server->requests().last().body,
             "{\"user_id\":" + QByteArray::number(other) + "}");
    QVERIFY(!otherUpdate.value->remainingDays.has_value()); // the Viewer's plan says nothing
}

void TestUsageClient::currentUserAndOtherUser()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const auto me = await<User>(m_client->currentUser());
    QVERIFY(me.value);
    QCOMPARE(me.value->id, data.mainUser().id);
    QCOMPARE(me.value->username, data.mainUser().username);
    QVERIFY(me.value->isAdmin());
    QVERIFY(me.value->plan.has_value());
    QCOMPARE(me.value->plan->monthlyApiCalls, data.mainUser().plan.monthlyApiCalls);
    QCOMPARE(m_sandbox.server->requests().last().path, QStringLiteral("users/me/"));
    QVERIFY(m_sandbox.server->requests().last().rawQuery.startsWith("f=json&apikey="));

    const auto other = await<User>(m_client->user(data.otherUser().id));
    QVERIFY(other.value);
    QCOMPARE(other.value->role, QStringLiteral("Viewer"));
    QVERIFY(!other.value->isAdmin());
}

void TestUsageClient::viewerIsRefusedOtherUsers()
{
    std::unique_ptr<UsageClient> viewer(makeClient(Credentials::apiKey(m_sandbox.viewerKey)));
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const auto series = await<UsageSeries>(viewer->apiUsage(
        {.eid = QString::number(data.mainUser().id), .range = UsageRange::daysBeforeNow(3)}));
    QVERIFY(series.error);
    QCOMPARE(series.error->kind(), ApiError::Kind::Permission);
    QCOMPARE(series.error->httpStatus(), 403);
    QVERIFY(!series.error->detail().isEmpty());

    const auto summary = await<UsageSummary>(viewer->usageSummary(data.mainUser().id));
    QVERIFY(summary.error);
    QCOMPARE(summary.error->kind(), ApiError::Kind::Permission);

    const auto own = await<User>(viewer->currentUser());
    QVERIFY(own.value);
    QCOMPARE(own.value->id, data.otherUser().id);
}

void TestUsageClient::apiKeysArePaged()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QList<sandbox::SandboxApiKey> truth = data.apiKeysOf(data.mainUser().id);
    QVERIFY(truth.size() >= 3);
    QList<ApiKey> keys;
    int pages = 0;
    {
        ApiKeysJob *job = m_client->apiKeys({}, 2);
        QObject::connect(job, &ApiKeysJob::succeeded, this, [&] { pages = job->pages(); });
        const auto out = await<QList<ApiKey>>(job);
        QVERIFY(out.value);
        keys = *out.value;
    }
    QCOMPARE(keys.size(), truth.size());
    QCOMPARE(pages, int(truth.size() / 2 + 1));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("apikeys/")), pages);
    bool anyRevoked = false;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(keys[i].id, truth[i].id);
        QCOMPARE(keys[i].name, truth[i].name);
        QCOMPARE(keys[i].key.toLatin1(), truth[i].key);
        QCOMPARE(keys[i].revoked, truth[i].revoked);
        anyRevoked = anyRevoked || keys[i].revoked;
    }
    QVERIFY(anyRevoked);
    QCOMPARE(m_sandbox.server->requests().first().rawQuery,
             "skip=0&limit=2&apikey=" + m_sandbox.apiKey.toLatin1());

    // A thousand keys come in ten full pages and one empty one.
    testing::SandboxFixture big;
    QVERIFY(big.start(3, 1000));
    ClientConfig config;
    config.host = big.url();
    UsageClient bigClient(&m_network, config);
    bigClient.setCredentials(Credentials::apiKey(big.apiKey));
    const auto many = await<QList<ApiKey>>(bigClient.apiKeys());
    QVERIFY(many.value);
    QCOMPARE(many.value->size(), 1000);
    QCOMPARE(big.server->requestCount(QStringLiteral("apikeys/")), 11);
}

void TestUsageClient::apiKeysSearch()
{
    const sandbox::SandboxData &data = m_sandbox.server->data();
    const QString name = data.apiKeysOf(data.mainUser().id).first().name;
    const QString word = name.split(QLatin1Char(' ')).first();
    const auto out = await<QList<ApiKey>>(m_client->apiKeys(word.toUpper()));
    QVERIFY(out.value);
    QVERIFY(!out.value->isEmpty());
    for (const ApiKey &k : *out.value)
        QVERIFY2(k.name.contains(word, Qt::CaseInsensitive), qPrintable(k.name));
    QVERIFY(m_sandbox.server->requests().last().rawQuery.startsWith(
        "search=" + QUrl::toPercentEncoding(word.toUpper(), " ").replace(' ', '+') + "&skip=0"));
}

void TestUsageClient::accessToken()
{
    const auto token = await<QString>(m_client->login(m_sandbox.username, m_sandbox.password));
    if (token.error)
        QFAIL(qPrintable(token.error->message()));
    const sandbox::RecordedRequest login = m_sandbox.server->requests().last();
    QCOMPARE(login.method, QByteArray("POST"));
    QCOMPARE(login.path, QStringLiteral("auth/token/"));
    QCOMPARE(login.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(login.body, "username=ana&password=" +
                             QUrl::toPercentEncoding(m_sandbox.password, " ").replace(' ', '+'));
    QVERIFY(login.rawQuery.isEmpty()); // no key on the sign-in

    std::unique_ptr<UsageClient> bearer(makeClient(Credentials::accessToken(*token.value)));
    const auto me = await<User>(bearer->currentUser());
    QVERIFY(me.value);
    const sandbox::RecordedRequest r = m_sandbox.server->requests().last();
    QCOMPARE(r.header("Authorization"), "Bearer " + token.value->toLatin1());
    QCOMPARE(r.rawQuery, QByteArray("f=json"));

    std::unique_ptr<UsageClient> forged(
        makeClient(Credentials::accessToken(testing::randomSecret())));
    const auto refused = await<User>(forged->currentUser());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), ApiError::Kind::Authentication);
}

void TestUsageClient::usernamePasswordSignsInOnce()
{
    std::unique_ptr<UsageClient> client(
        makeClient(Credentials::usernamePassword(m_sandbox.username, m_sandbox.password)));
    QSignalSpy signedIn(client.get(), &UsageClient::signedIn);
    // Three calls at once share one sign-in.
    auto a = testing::watch<User>(client->currentUser());
    auto b = testing::watch<UsageSummary>(client->usageSummary());
    auto c = testing::watch<double>(client->processUsage({.range = UsageRange::daysBeforeNow(2)}));
    const auto outA = testing::wait(a);
    const auto outB = testing::wait(b);
    const auto outC = testing::wait(c);
    QVERIFY(outA.value && outB.value && outC.value);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("auth/token/")), 1);
    const QList<sandbox::RecordedRequest> requests = m_sandbox.server->requests();
    QCOMPARE(requests.first().path, QStringLiteral("auth/token/"));
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(requests[i].header("Authorization").startsWith("Bearer "));
}

void TestUsageClient::wrongPasswordFailsQueuedCalls()
{
    std::unique_ptr<UsageClient> client(
        makeClient(Credentials::usernamePassword(m_sandbox.username, QStringLiteral("wrong"))));
    QSignalSpy failedSignIn(client.get(), &UsageClient::signInFailed);
    auto a = testing::watch<User>(client->currentUser());
    auto b = testing::watch<UsageSummary>(client->usageSummary());
    const auto outA = testing::wait(a);
    const auto outB = testing::wait(b);
    QVERIFY(outA.error && outB.error);
    QCOMPARE(outA.error->kind(), ApiError::Kind::Authentication);
    QCOMPARE(outA.error->httpStatus(), 401);
    QVERIFY2(outA.error->message().contains(QStringLiteral("Incorrect")),
             qPrintable(outA.error->message()));
    QCOMPARE(outB.error->kind(), ApiError::Kind::Authentication);
    QCOMPARE(failedSignIn.size(), 1);
    QCOMPARE(m_sandbox.server->requests().size(), 1); // only the sign-in went out
}

void TestUsageClient::noCredentials()
{
    std::unique_ptr<UsageClient> client(makeClient(Credentials()));
    const auto out = await<User>(client->currentUser());
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::Authentication);
    QCOMPARE(out.error->httpStatus(), 401);
    QVERIFY(!out.error->detail().isEmpty());
    QCOMPARE(out.error->endpoint(), QStringLiteral("users/me/"));
}

void TestUsageClient::validationSendsNothing_data()
{
    QTest::addColumn<ApiUsageRequest>("request");
    const QDateTime a(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("no range") << ApiUsageRequest{.eid = QStringLiteral("1")};
    QTest::newRow("from after to") << ApiUsageRequest{
        .eid = QStringLiteral("1"), .range = UsageRange::between(a, a.addDays(-1))};
    QTest::newRow("zero days") << ApiUsageRequest{.eid = QStringLiteral("1"),
                                                  .range = UsageRange::daysBeforeNow(0)};
    QTest::newRow("negative limit") << ApiUsageRequest{
        .eid = QStringLiteral("1"), .range = UsageRange::daysBeforeNow(2), .limit = -1};
}

void TestUsageClient::validationSendsNothing()
{
    QFETCH(ApiUsageRequest, request);
    const auto out = await<UsageSeries>(m_client->apiUsage(request));
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::InvalidRequest);
    QCOMPARE(out.finishedCount, 1);
    // Refused by the client; no call is left that could still send it.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiJob *>().isEmpty(), 10000);
    QCOMPARE(m_sandbox.server->requests().size(), 0);
}

void TestUsageClient::faults_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryAfter");
    using K = ApiError::Kind;
    QTest::newRow("401") << "status:401" << K::Authentication << 401 << false;
    QTest::newRow("403") << "status:403" << K::Permission << 403 << false;
    QTest::newRow("404") << "status:404" << K::NotFound << 404 << false;
    QTest::newRow("422") << "status:422" << K::Validation << 422 << false;
    QTest::newRow("429") << "status:429" << K::RateLimited << 429 << true;
    QTest::newRow("500") << "status:500" << K::Server << 500 << false;
    QTest::newRow("502") << "status:502" << K::Server << 502 << false;
    QTest::newRow("503") << "status:503" << K::Server << 503 << true;
    QTest::newRow("504") << "status:504" << K::Server << 504 << false;
    QTest::newRow("400") << "status:400" << K::HttpStatus << 400 << false;
    QTest::newRow("malformed") << "malformed" << K::BadResponse << 200 << false;
    QTest::newRow("html page") << "html" << K::Server << 502 << false;
    QTest::newRow("truncated body") << "truncate" << K::Network << 200 << false;
    QTest::newRow("dropped") << "drop" << K::Network << 0 << false;
    QTest::newRow("wrong types") << R"(body:[["2026-11-01T00:00:00", "many"]])" << K::BadResponse
                                 << 200 << false;
    QTest::newRow("object for array") << R"(body:{"a": 1})" << K::BadResponse << 200 << false;
    QTest::newRow("empty body") << "body:" << K::BadResponse << 200 << false;
    QTest::newRow("redirect elsewhere")
        << "redirect:http://127.0.0.2:9/v1/usage/api" << K::HttpStatus << 307 << false;
}

void TestUsageClient::faults()
{
    QFETCH(QString, rule);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(bool, retryAfter);
    QString why;
    QVERIFY2(m_sandbox.server->addFault(QStringLiteral("usage/api=") + rule, &why),
             qPrintable(why));
    const auto out = await<UsageSeries>(m_client->apiUsage(
        {.eid = ownerEid(QStringLiteral("account")), .range = UsageRange::daysBeforeNow(3)}));
    QVERIFY(!out.value);
    QVERIFY(out.error);
    QCOMPARE(out.failedCount, 1);
    QCOMPARE(out.finishedCount, 1);
    QCOMPARE(out.error->kind(), kind);
    QCOMPARE(out.error->httpStatus(), status);
    QCOMPARE(out.error->retryAfter().has_value(), retryAfter);
    if (retryAfter)
        QCOMPARE(out.error->retryAfter()->count(), 1);
    const QString message = out.error->message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(m_sandbox.apiKey), "the key must never be in an error message");
    QVERIFY(message.contains(QStringLiteral("usage/api")));
    if (kind == ApiError::Kind::Validation)
        QVERIFY(!out.error->validationIssues().isEmpty());
    if (status >= 400 && rule.startsWith(QLatin1String("status:")))
        QVERIFY2(!out.error->detail().isEmpty(), qPrintable(message));
    // One request, or two where Qt resent a GET whose reused connection closed unanswered;
    // never a second for the redirect: it was not followed with the key.
    const qsizetype sent = m_sandbox.server->requests().size();
    QVERIFY2(sent == 1 || (rule == QLatin1String("drop") && sent == 2),
             qPrintable(QString::number(sent)));
}

void TestUsageClient::timeout()
{
    std::unique_ptr<UsageClient> client(
        makeClient(Credentials::apiKey(m_sandbox.apiKey), std::chrono::milliseconds(300)));
    // The server never answers: only the client's own timeout can end the call.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/summary=hold")));
    const auto out = await<UsageSummary>(client->usageSummary());
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::Timeout);
    QCOMPARE(m_sandbox.server->heldCount(), 1);
    m_sandbox.server->clearFaults();
    m_sandbox.server->releaseHeld();
}

void TestUsageClient::abort()
{
    // Aborted while the server holds the answer: the job ends at once, cancelled.
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/summary=hold#1")));
    SummaryJob *job = m_client->usageSummary();
    auto inFlight = testing::watch<UsageSummary>(job);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.server->heldCount(), 1, 20000);
    job->abort();
    const auto out = testing::wait(inFlight);
    m_sandbox.server->releaseHeld();
    QVERIFY(!out.value);
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::Cancelled);
    QCOMPARE(out.finishedCount, 1);

    // Aborted before it was even sent: nothing goes out.
    m_sandbox.server->clearRequests();
    const qsizetype replies = m_network.findChildren<QNetworkReply *>().size();
    UserJob *early = m_client->currentUser();
    auto watched = testing::watch<User>(early);
    early->abort();
    // No reply was ever made for it, so nothing can reach the server later.
    QCOMPARE(m_network.findChildren<QNetworkReply *>().size(), replies);
    const auto earlyOut = testing::wait(watched);
    QCOMPARE(earlyOut.error->kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_sandbox.server->requests().size(), 0);
}

void TestUsageClient::oversizedBody()
{
    ClientConfig config = m_client->config();
    config.maxBodyBytes = 512;
    m_client->setConfig(config);
    const auto out =
        await<UsageSeries>(m_client->apiUsage({.eid = ownerEid(QStringLiteral("account")),
                                               .scale = Scale::Hour,
                                               .range = UsageRange::daysBeforeNow(20)}));
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::BadResponse);
    QVERIFY2(out.error->message().contains(QStringLiteral("larger than")),
             qPrintable(out.error->message()));
}

void TestUsageClient::hostWithPath()
{
    // A host with a path keeps it: the sandbox only serves /v1/, so this 404s there,
    // and the path on the wire proves the join.
    ClientConfig config = m_client->config();
    config.host = QUrl(m_sandbox.url().toString() + QStringLiteral("geobox/"));
    m_client->setConfig(config);
    const auto out = await<User>(m_client->currentUser());
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::NotFound);
    QCOMPARE(m_sandbox.server->requests().last().path, QStringLiteral("/geobox/v1/users/me/"));
}

void TestUsageClient::plainHttpElsewhereIsRefused()
{
    ClientConfig config = m_client->config();
    config.host = QUrl(QStringLiteral("http://api.geobox.invalid/"));
    m_client->setConfig(config);
    const qsizetype replies = m_network.findChildren<QNetworkReply *>().size();
    UserJob *job = m_client->currentUser();
    // Refused before anything is sent: no reply, so no name lookup and no connection.
    QCOMPARE(m_network.findChildren<QNetworkReply *>().size(), replies);
    const auto out = await<User>(job);
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::InsecureUrl);
    QVERIFY2(out.error->message().contains(QStringLiteral("https://api.geobox.invalid")),
             qPrintable(out.error->message()));
    QVERIFY(!out.error->message().contains(m_sandbox.apiKey));
}

void TestUsageClient::sameServerRedirectIsFollowed()
{
    // FastAPI's slash redirect, on the same server: followed, with the key kept.
    const QString target =
        m_sandbox.url().toString() + QStringLiteral("v1/usage/summary?apikey=") + m_sandbox.apiKey;
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/summary=redirect:") + target +
                                       QStringLiteral("#1")));
    const auto out = await<UsageSummary>(m_client->usageSummary());
    if (out.error)
        QFAIL(qPrintable(out.error->message()));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/summary")), 2);
}

void TestUsageClient::retryDelays_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expectedMs"); // -1: no retry
    QTest::newRow("first, no jitter") << 0 << -1 << 0.0 << 250;
    QTest::newRow("first, full jitter") << 0 << -1 << 0.999999 << 499;
    QTest::newRow("second doubles") << 1 << -1 << 0.0 << 500;
    QTest::newRow("third doubles") << 2 << -1 << 1.0 << 2000;
    QTest::newRow("capped") << 10 << -1 << 1.0 << 8000;
    QTest::newRow("capped, half") << 10 << -1 << 0.0 << 4000;
    QTest::newRow("huge attempt stays capped") << 1000 << -1 << 0.5 << 6000;
    QTest::newRow("retry-after wins") << 0 << 3 << 0.5 << 3000;
    QTest::newRow("backoff wins over short retry-after") << 4 << 1 << 1.0 << 8000;
    QTest::newRow("retry-after too long: give up") << 0 << 31 << 0.5 << -1;
    QTest::newRow("retry-after at the cap") << 0 << 30 << 0.5 << 30000;
}

void TestUsageClient::retryDelays()
{
    QFETCH(int, attempt);
    QFETCH(int, retryAfter);
    QFETCH(double, random);
    QFETCH(int, expectedMs);
    const RetryPolicy policy; // 500 ms base, 8 s cap, 30 s longest Retry-After
    const auto delay = retryDelay(
        policy, attempt,
        retryAfter >= 0 ? std::optional(std::chrono::seconds(retryAfter)) : std::nullopt, random);
    QCOMPARE(delay.has_value(), expectedMs >= 0);
    if (delay)
        QCOMPARE(delay->count(), expectedMs);
}

static ClientConfig withRetries(ClientConfig config, int retries)
{
    config.retry.maxRetries = retries;
    config.retry.baseDelay = std::chrono::milliseconds(20);
    return config;
}

void TestUsageClient::retriesUntilAnswered()
{
    m_client->setConfig(withRetries(m_client->config(), 3));
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/summary=status:503#2")));
    SummaryJob *job = m_client->usageSummary();
    QList<std::chrono::milliseconds> waits;
    connect(job, &ApiJob::retrying, this,
            [&](int, std::chrono::milliseconds delay, const ApiError &error) {
                QCOMPARE(error.httpStatus(), 503);
                waits.append(delay);
            });
    QElapsedTimer timer;
    timer.start();
    const auto out = await<UsageSummary>(job);
    if (out.error)
        QFAIL(qPrintable(out.error->message()));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/summary")), 3);
    QCOMPARE(waits.size(), 2);
    // The sandbox says Retry-After: 1, and the client waits that long each time.
    for (const auto &w : waits)
        QVERIFY(w >= std::chrono::seconds(1));
    QVERIFY(timer.elapsed() >= 2000);
}

void TestUsageClient::retriesAreBounded()
{
    m_client->setConfig(withRetries(m_client->config(), 2));
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/api=status:429")));
    const auto out = await<UsageSeries>(m_client->apiUsage(
        {.eid = ownerEid(QStringLiteral("account")), .range = UsageRange::daysBeforeNow(2)}));
    QVERIFY(out.error);
    QCOMPARE(out.error->kind(), ApiError::Kind::RateLimited);
    QCOMPARE(out.failedCount, 1);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/api")), 3); // 1 + 2 retries
}

void TestUsageClient::postIsNeverRetried()
{
    m_client->setConfig(withRetries(m_client->config(), 3));
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/update=status:503")));
    const auto out = await<UsageSummary>(m_client->updateUsage());
    QVERIFY(out.error);
    QCOMPARE(out.error->httpStatus(), 503);
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/update")), 1);
}

void TestUsageClient::timeoutIsRetried()
{
    std::unique_ptr<UsageClient> client(
        makeClient(Credentials::apiKey(m_sandbox.apiKey), std::chrono::milliseconds(300)));
    client->setConfig(withRetries(client->config(), 2));
    QVERIFY(m_sandbox.server->addFault(QStringLiteral("usage/summary=hold#1")));
    const auto out = await<UsageSummary>(client->usageSummary());
    if (out.error)
        QFAIL(qPrintable(out.error->message()));
    QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/summary")), 2);
}

void TestUsageClient::otherErrorsAreNotRetried()
{
    m_client->setConfig(withRetries(m_client->config(), 3));
    for (const char *fault : {"usage/summary=status:500", "usage/summary=status:401",
                              "usage/summary=malformed", "usage/summary=status:422"}) {
        m_sandbox.server->clearFaults();
        m_sandbox.server->clearRequests();
        QVERIFY(m_sandbox.server->addFault(QLatin1String(fault)));
        const auto out = await<UsageSummary>(m_client->usageSummary());
        QVERIFY2(out.error, fault);
        QCOMPARE(m_sandbox.server->requestCount(QStringLiteral("usage/summary")), 1);
    }
}

QTEST_GUILESS_MAIN(TestUsageClient)
#include "tst_usageclient.moc"
