// The pure parsers: every answer body the API documents, the sample bodies of
// the Python SDK's tests, and the ways a body can be wrong.

#include "parsers.h"

#include <QFile>
#include <QTest>

using namespace geobox;

static QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(GEOBOX_TEST_DATA_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

class TestParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void seriesFixture();
    void series_data();
    void series();
    void processSeconds_data();
    void processSeconds();
    void summaryFixtures();
    void summaryErrors_data();
    void summaryErrors();
    void apiKeys_data();
    void apiKeys();
    void user();
    void userErrors_data();
    void userErrors();
    void accessToken_data();
    void accessToken();
    void errorDetail_data();
    void errorDetail();
    void errorFromStatus_data();
    void errorFromStatus();
    void retryAfter_data();
    void retryAfter();
};

void TestParsers::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("plain") << QStringLiteral("2025-07-07T00:00:00")
                           << QDateTime(QDate(2025, 7, 7), QTime(0, 0), utc);
    QTest::newRow("six fraction digits")
        << QStringLiteral("2025-07-07T13:14:15.123456")
        << QDateTime(QDate(2025, 7, 7), QTime(13, 14, 15, 123), utc);
    QTest::newRow("one fraction digit")
        << QStringLiteral("2025-07-07T13:14:15.5")
        << QDateTime(QDate(2025, 7, 7), QTime(13, 14, 15, 500), utc);
    QTest::newRow("zulu") << QStringLiteral("2025-12-31T23:59:59Z")
                          << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), utc);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T01:00:00")
                              << QDateTime(QDate(2024, 2, 29), QTime(1, 0), utc);
    QTest::newRow("no such day") << QStringLiteral("2025-02-29T00:00:00") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2025-02-01T24:00:00") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2025-02-01") << QDateTime();
    QTest::newRow("trailing junk") << QStringLiteral("2025-02-01T00:00:00+03:30") << QDateTime();
    QTest::newRow("empty fraction") << QStringLiteral("2025-02-01T00:00:00.") << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2025-0a-01T00:00:00") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("arabic-indic digit in fraction")
        << QStringLiteral("2025-07-07T00:00:00.123\u0663") << QDateTime();
}

void TestParsers::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseTimestamp(text, QTimeZone::utc());
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void TestParsers::seriesFixture()
{
    const Result<QList<RawPoint>> points =
        parseUsageSeries(fixture("usage-api-day-calls.json"), QTimeZone::utc());
    QVERIFY(points.ok());
    const QList<RawPoint> &p = points.value();
    QCOMPARE(p.size(), 5);
    QCOMPARE(p[0].start, QDateTime(QDate(2025, 7, 7), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(p[0].value, 21);
    QCOMPARE(p[2].value, 1076);
    // The sample skips 10 July: the parser keeps what came, gap filling adds the zero.
    QCOMPARE(p[3].start.date(), QDate(2025, 7, 11));
    QCOMPARE(p[4].value, 79);
}

void TestParsers::series_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: rejected
    QTest::addColumn<qint64>("lastValue");
    QTest::newRow("empty list") << QByteArray("[]") << 0 << qint64(0);
    QTest::newRow("whitespace") << QByteArray(" [ [ \"2025-07-07T00:00:00\" , 5 ] ]\n") << 1
                                << qint64(5);
    QTest::newRow("integral double")
        << QByteArray("[[\"2025-07-07T00:00:00\", 21.0]]") << 1 << qint64(21);
    QTest::newRow("large exact") << QByteArray("[[\"2025-07-07T00:00:00\", 9007199254740993]]") << 1
                                 << qint64(9007199254740993LL);
    QTest::newRow("string value") << QByteArray("[[\"2025-07-07T00:00:00\", \"21\"]]") << -1
                                  << qint64(0);
    QTest::newRow("negative") << QByteArray("[[\"2025-07-07T00:00:00\", -1]]") << -1 << qint64(0);
    QTest::newRow("fraction") << QByteArray("[[\"2025-07-07T00:00:00\", 1.5]]") << -1 << qint64(0);
    QTest::newRow("beyond 64 bits")
        << QByteArray("[[\"2025-07-07T00:00:00\", 1e30]]") << -1 << qint64(0);
    QTest::newRow("null value") << QByteArray("[[\"2025-07-07T00:00:00\", null]]") << -1
                                << qint64(0);
    QTest::newRow("triple") << QByteArray("[[\"2025-07-07T00:00:00\", 1, 2]]") << -1 << qint64(0);
    QTest::newRow("bad time") << QByteArray("[[\"yesterday\", 1]]") << -1 << qint64(0);
    QTest::newRow("number time") << QByteArray("[[1751846400, 1]]") << -1 << qint64(0);
    QTest::newRow("object") << QByteArray("{\"2025-07-07T00:00:00\": 1}") << -1 << qint64(0);
    QTest::newRow("truncated") << QByteArray("[[\"2025-07-07T00:00:00\", 1], [\"2025-07-") << -1
                               << qint64(0);
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << -1 << qint64(0);
    QTest::newRow("empty body") << QByteArray("") << -1 << qint64(0);
    QTest::newRow("NaN") << QByteArray("[[\"2025-07-07T00:00:00\", NaN]]") << -1 << qint64(0);
}

void TestParsers::series()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(qint64, lastValue);
    const Result<QList<RawPoint>> points = parseUsageSeries(body, QTimeZone::utc());
    if (count < 0) {
        QVERIFY(!points.ok());
        QCOMPARE(points.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(!points.error().message().isEmpty());
        return;
    }
    if (!points.ok())
        QFAIL(qPrintable(points.error().message()));
    QCOMPARE(points.value().size(), count);
    if (count > 0)
        QCOMPARE(points.value().last().value, lastValue);
}

void TestParsers::processSeconds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("expected"); // < 0: rejected
    QTest::newRow("fixture") << fixture("usage-process.json") << 23.458457;
    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("integer with spaces") << QByteArray(" 42\n") << 42.0;
    QTest::newRow("string") << QByteArray("\"23.4\"") << -1.0;
    QTest::newRow("negative") << QByteArray("-1") << -1.0;
    QTest::newRow("beyond 64 bits") << QByteArray("18446744073709551616") << -1.0;
    QTest::newRow("huge exponent") << QByteArray("1e400") << -1.0;
    QTest::newRow("object") << QByteArray("{\"seconds\": 1}") << -1.0;
    QTest::newRow("two numbers") << QByteArray("1, 2") << -1.0;
    QTest::newRow("empty") << QByteArray() << -1.0;
    QTest::newRow("close bracket injection") << QByteArray("1] [2") << -1.0;
}

void TestParsers::processSeconds()
{
    QFETCH(QByteArray, body);
    QFETCH(double, expected);
    const Result<double> seconds = parseProcessSeconds(body);
    QCOMPARE(seconds.ok(), expected >= 0);
    if (seconds.ok())
        QCOMPARE(seconds.value(), expected);
}

void TestParsers::summaryFixtures()
{
    const Result<UsageSummary> summary = parseUsageSummary(fixture("usage-summary.json"));
    QVERIFY(summary.ok());
    const UsageSummary &s = summary.value();
    QCOMPARE(s.availableStorage, 396210733056LL);
    QCOMPARE(s.usedStorage, 1229062883LL);
    QCOMPARE(s.maxDailyApiCalls, 100000000LL);
    QCOMPARE(s.dailyApiCalls, 79);
    QCOMPARE(s.maxMonthlyApiCalls, 3000000000LL);
    QCOMPARE(s.monthlyApiCalls, 2865);
    QCOMPARE(s.maxDailyTraffic, 10737418240LL);
    QCOMPARE(s.dailyTraffic, 251705);
    QCOMPARE(s.maxMonthlyTraffic, 322122547200LL);
    QCOMPARE(s.monthlyTraffic, 50359396);
    QCOMPARE(s.maxDailyProcess, 576);
    QCOMPARE(s.dailyProcess, 0);
    QCOMPARE(s.maxMonthlyProcess, 17280);
    QCOMPARE(s.monthlyProcess, 23);
    QVERIFY(!s.remainingDays.has_value());
    QVERIFY(s.dailyCalls().hasLimit());
    QCOMPARE(*s.dailyCalls().fraction(), 79.0 / 100000000.0);

    const Result<UsageSummary> update = parseUsageSummary(fixture("usage-update.json"));
    QVERIFY(update.ok());
    QCOMPARE(update.value().dailyApiCalls, 82);
    // A maximum of 0 means no limit is known: no fraction, no bar.
    QVERIFY(!update.value().dailyCalls().hasLimit());
    QVERIFY(!update.value().monthlyTrafficQuota().fraction().has_value());
}

void TestParsers::summaryErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart"); // empty: accepted
    QByteArray good = fixture("usage-summary.json");
    auto replaced = [&](const char *from, const char *to) {
        QByteArray b = good;
        b.replace(from, to);
        return b;
    };
    QTest::newRow("remaining days set")
        << replaced("\"remaining_days\": null", "\"remaining_days\": 12") << QString();
    QTest::newRow("fractional process rounds")
        << replaced("\"monthly_process\": 23", "\"monthly_process\": 23.6") << QString();
    QTest::newRow("missing key") << replaced("\"daily_api_calls\": 79, ", "")
                                 << QStringLiteral("daily_api_calls");
    QTest::newRow("string number")
        << replaced("\"daily_api_calls\": 79", "\"daily_api_calls\": \"79\"")
        << QStringLiteral("daily_api_calls");
    QTest::newRow("negative") << replaced("\"used_storage\": 1229062883", "\"used_storage\": -5")
                              << QStringLiteral("used_storage");
    QTest::newRow("remaining days text")
        << replaced("\"remaining_days\": null", "\"remaining_days\": \"soon\"")
        << QStringLiteral("remaining_days");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("object");
    QTest::newRow("malformed") << QByteArray("{\"available_storage\": ") << QStringLiteral("JSON");
}

void TestParsers::summaryErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Result<UsageSummary> summary = parseUsageSummary(body);
    if (messagePart.isEmpty()) {
        if (!summary.ok())
            QFAIL(qPrintable(summary.error().message()));
        return;
    }
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(summary.error().message().contains(messagePart),
             qPrintable(summary.error().message()));
}

void TestParsers::apiKeys_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: rejected
    QTest::newRow("fixture") << fixture("apikeys.json") << 1;
    QTest::newRow("empty") << QByteArray("[]") << 0;
    QTest::newRow("revoked and null name")
        << QByteArray(R"([{"id": 2, "name": null, "key": "k", "revoked": true},
                          {"id": 3, "name": "b", "key": "k2"}])")
        << 2;
    QTest::newRow("no key") << QByteArray(R"([{"id": 2, "name": "a", "revoked": false}])") << -1;
    QTest::newRow("string id") << QByteArray(R"([{"id": "2", "name": "a", "key": "k"}])") << -1;
    QTest::newRow("revoked as text")
        << QByteArray(R"([{"id": 2, "name": "a", "key": "k", "revoked": "no"}])") << -1;
    QTest::newRow("object") << QByteArray(R"({"items": []})") << -1;
    QTest::newRow("number item") << QByteArray("[1]") << -1;
}

void TestParsers::apiKeys()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    const Result<QList<ApiKey>> keys = parseApiKeys(body);
    QCOMPARE(keys.ok(), count >= 0);
    if (!keys.ok())
        return;
    QCOMPARE(keys.value().size(), count);
    if (QTest::currentDataTag() == QByteArray("fixture")) {
        const ApiKey &k = keys.value().first();
        QCOMPARE(k.id, 1);
        QCOMPARE(k.name, QStringLiteral("test"));
        QCOMPARE(k.key.size(), 43);
        QVERIFY(!k.revoked);
    }
    if (QTest::currentDataTag() == QByteArray("revoked and null name")) {
        QVERIFY(keys.value().at(0).revoked);
        QVERIFY(!keys.value().at(1).revoked);
    }
}

void TestParsers::user()
{
    const QByteArray body = R"({"id": 17, "username": "ana", "email": "ana@example.com",
        "first_name": "Ana", "last_name": "Rahimi", "role": "Account Admin", "status": "Active",
        "expiration_date": "2027-01-31T10:00:00.000000",
        "plan": {"id": 3, "name": "pro", "display_name": "Pro", "description": "d",
                 "plan_color": "#123456", "storage": 1000, "concurrent_tasks": 4,
                 "daily_api_calls": 100, "monthly_api_calls": 3000, "daily_traffic": 10,
                 "monthly_traffic": 300, "daily_process": 576, "monthly_process": 17280,
                 "number_of_days": 30}})";
    const Result<User> parsed = parseUser(body, QTimeZone::utc());
    if (!parsed.ok())
        QFAIL(qPrintable(parsed.error().message()));
    const User &u = parsed.value();
    QCOMPARE(u.id, 17);
    QCOMPARE(u.username, QStringLiteral("ana"));
    QCOMPARE(u.displayName(), QStringLiteral("Ana Rahimi"));
    QVERIFY(u.isAdmin());
    QVERIFY(u.plan.has_value());
    QCOMPARE(u.plan->id, std::optional<qint64>(3));
    QCOMPARE(u.plan->monthlyProcess, 17280);
    QCOMPARE(u.plan->numberOfDays, 30);
    QCOMPARE(u.expirationDate, QDateTime(QDate(2027, 1, 31), QTime(10, 0), QTimeZone::utc()));

    const Result<User> viewer =
        parseUser(R"({"id": 18, "username": "bo", "role": "Viewer", "plan": {"name": "x"}})",
                  QTimeZone::utc());
    QVERIFY(viewer.ok());
    QVERIFY(!viewer.value().isAdmin());
    QCOMPARE(viewer.value().displayName(), QStringLiteral("bo"));
    // The SDK keeps a plan without an id as a raw dictionary.
    QVERIFY(!viewer.value().plan->id.has_value());
    QCOMPARE(viewer.value().plan->raw.value(QStringLiteral("name")).toString(),
             QStringLiteral("x"));
}

void TestParsers::userErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no id") << QByteArray(R"({"username": "ana"})");
    QTest::newRow("string id") << QByteArray(R"({"id": "17"})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("malformed") << QByteArray("{");
}

void TestParsers::userErrors()
{
    QFETCH(QByteArray, body);
    const Result<User> parsed = parseUser(body, QTimeZone::utc());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), ApiError::Kind::BadResponse);
}

void TestParsers::accessToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("token") << QByteArray(R"({"access_token": "abc", "token_type": "bearer"})")
                           << true;
    QTest::newRow("empty token") << QByteArray(R"({"access_token": ""})") << false;
    QTest::newRow("no token") << QByteArray(R"({"token_type": "bearer"})") << false;
    QTest::newRow("number token") << QByteArray(R"({"access_token": 5})") << false;
}

void TestParsers::accessToken()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<QString> token = parseAccessToken(body);
    QCOMPARE(token.ok(), ok);
    if (ok)
        QCOMPARE(token.value(), QStringLiteral("abc"));
}

void TestParsers::errorDetail_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("issues");
    QTest::newRow("401 fixture") << fixture("error-401.json") << QStringLiteral("Invalid API key")
                                 << 0;
    QTest::newRow("422 fixture")
        << fixture("error-422.json")
        << QStringLiteral("query.scale: value is not a valid enumeration member; permitted: "
                          "'hour', 'day', 'month'")
        << 1;
    QTest::newRow("two issues")
        << QByteArray(R"({"detail": [{"loc": ["query", "eid"], "msg": "field required"},
                                     {"loc": ["body", 0], "msg": "bad"}]})")
        << QStringLiteral("query.eid: field required; body.0: bad") << 2;
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QString() << 0;
    QTest::newRow("empty") << QByteArray() << QString() << 0;
    QTest::newRow("other json") << QByteArray(R"({"error": "x"})") << QString() << 0;
    QTest::newRow("long detail is cut")
        << (QByteArray("{\"detail\": \"") + QByteArray(5000, 'x') + "\"}")
        << QString(500, QLatin1Char('x')) << 0;
}

void TestParsers::errorDetail()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(int, issues);
    const ErrorDetail detail = parseErrorDetail(body);
    QCOMPARE(detail.text, text);
    QCOMPARE(detail.issues.size(), issues);
}

void TestParsers::errorFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::HttpStatus;
    QTest::newRow("401") << 401 << ApiError::Kind::Authentication;
    QTest::newRow("403") << 403 << ApiError::Kind::Permission;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::HttpStatus;
    QTest::newRow("422") << 422 << ApiError::Kind::Validation;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("502") << 502 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
    QTest::newRow("504") << 504 << ApiError::Kind::Server;
}

void TestParsers::errorFromStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = ApiError::fromHttpStatus(status, R"({"detail": "Nope"})", "7");
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.detail(), QStringLiteral("Nope"));
    QVERIFY(error.message().contains(QString::number(status)));
    QVERIFY(error.message().contains(QStringLiteral("Nope")));
    QCOMPARE(error.retryAfter(), std::optional(std::chrono::seconds(7)));

    // A Retry-After far beyond 32 bits is said as it is.
    const ApiError late = ApiError::fromHttpStatus(status, {}, "99999999999");
    QVERIFY2(late.message().contains(QLocale().toString(99999999999LL)),
             qPrintable(late.message()));
    QVERIFY(!late.message().contains(QStringLiteral("%n")));
}

void TestParsers::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("seconds"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("1") << qint64(1);
    QTest::newRow("spaces") << QByteArray(" 120 ") << qint64(120);
    QTest::newRow("http date") << QByteArray("Fri, 27 Nov 2026 10:00:30 GMT") << qint64(30);
    QTest::newRow("past date") << QByteArray("Fri, 27 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-4") << qint64(-1);
    QTest::newRow("beyond 32 bits") << QByteArray("99999999999") << 99999999999LL;
    QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
}

void TestParsers::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
    const std::optional<std::chrono::seconds> after = parseRetryAfter(header, now);
    QCOMPARE(after.has_value(), seconds >= 0);
    if (after)
        QCOMPARE(after->count(), seconds);
}

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
