// The usage endpoints on the wire: parameter order, the date format, form
// encoding, covering limits and validation, pinned against what the Python
// SDK's own tests expect.

#include "clientconfig.h"
#include "usagerequest.h"
#include "wireformat.h"

#include <QTest>

using namespace geobox;

class TestWireFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkPinnedUrls_data();
    void sdkPinnedUrls();
    void dateFormat_data();
    void dateFormat();
    void formEncoding_data();
    void formEncoding();
    void coveringLimit_data();
    void coveringLimit();
    void validation_data();
    void validation();
    void endpointJoin_data();
    void endpointJoin();
    void redaction();
    void updateBody();
};

void TestWireFormat::sdkPinnedUrls_data()
{
    QTest::addColumn<QString>("eid");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<UsageRange>("range");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QByteArray>("expected");

    const QDateTime from(QDate(2025, 7, 7), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2025, 7, 12), QTime(23, 59, 59, 999), QTimeZone::utc());
    QTest::newRow("sdk test: days before now")
        << QStringLiteral("1") << Scale::Day << Metric::Calls << UsageRange::daysBeforeNow(5) << 0
        << QByteArray("eid=1&scale=day&param=calls&days_before_now=5");
    QTest::newRow("dates, traffic, hour, limit")
        << QStringLiteral("1") << Scale::Hour << Metric::Traffic << UsageRange::between(from, to)
        << 24
        << QByteArray("eid=1&scale=hour&param=traffic&from_date=2025-07-07T00%3A00%3A00.000000"
                      "&to_date=2025-07-12T23%3A59%3A59.999000&limit=24");
    QTest::newRow("api key as eid, month")
        << QStringLiteral("Ab_c-9") << Scale::Month << Metric::Calls
        << UsageRange::daysBeforeNow(365) << 13
        << QByteArray("eid=Ab_c-9&scale=month&param=calls&days_before_now=365&limit=13");
    QTest::newRow("week is asked as days")
        << QStringLiteral("7") << Scale::Week << Metric::Calls << UsageRange::daysBeforeNow(14) << 0
        << QByteArray("eid=7&scale=day&param=calls&days_before_now=14");
}

void TestWireFormat::sdkPinnedUrls()
{
    QFETCH(QString, eid);
    QFETCH(Scale, scale);
    QFETCH(Metric, metric);
    QFETCH(UsageRange, range);
    QFETCH(int, limit);
    QFETCH(QByteArray, expected);
    ApiUsageRequest request{.eid = eid, .scale = scale, .metric = metric, .range = range};
    const std::optional<qint64> sent = limit > 0 ? std::optional<qint64>(limit) : std::nullopt;
    QCOMPARE(formEncode(apiUsageQuery(request, QTimeZone::utc(), sent)), expected);
}

void TestWireFormat::dateFormat_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("midnight utc") << QDateTime(QDate(2025, 7, 7), QTime(0, 0), QTimeZone::utc())
                                  << QByteArray("UTC")
                                  << QStringLiteral("2025-07-07T00:00:00.000000");
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 2, 28), QTime(13, 5, 9, 42),
                                               QTimeZone::utc())
                                  << QByteArray("UTC")
                                  << QStringLiteral("2026-02-28T13:05:09.042000");
    QTest::newRow("converted to the service zone")
        << QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()) << QByteArray("Asia/Tehran")
        << QStringLiteral("2026-03-01T03:30:00.000000");
}

void TestWireFormat::dateFormat()
{
    QFETCH(QDateTime, instant);
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, expected);
    const QTimeZone zone(zoneId);
    QVERIFY(zone.isValid());
    QCOMPARE(formatWireDateTime(instant, zone), expected);
}

void TestWireFormat::formEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space as plus") << QStringLiteral("web map") << QByteArray("q=web+map");
    QTest::newRow("colon") << QStringLiteral("a:b") << QByteArray("q=a%3Ab");
    QTest::newRow("unreserved kept") << QStringLiteral("A-z_0.9~") << QByteArray("q=A-z_0.9~");
    QTest::newRow("reserved escaped")
        << QStringLiteral("a&b=c+d/e?") << QByteArray("q=a%26b%3Dc%2Bd%2Fe%3F");
    QTest::newRow("utf-8") << QStringLiteral("نقشه") << QByteArray("q=%D9%86%D9%82%D8%B4%D9%87");
}

void TestWireFormat::formEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(formEncode({{QStringLiteral("q"), value}}), expected);
}

void TestWireFormat::coveringLimit_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<UsageRange>("range");
    QTest::addColumn<qint64>("expected");
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("30 whole days")
        << Scale::Day << UsageRange::wholeDays(QDate(2026, 3, 1), QDate(2026, 3, 30)) << qint64(30);
    QTest::newRow("one day of hours")
        << Scale::Hour << UsageRange::wholeDays(QDate(2026, 3, 1), QDate(2026, 3, 1)) << qint64(24);
    QTest::newRow("leap year of hours")
        << Scale::Hour << UsageRange::wholeDays(QDate(2024, 1, 1), QDate(2024, 12, 31))
        << qint64(8784);
    QTest::newRow("months across a year")
        << Scale::Month << UsageRange::wholeDays(QDate(2025, 11, 15), QDate(2026, 2, 2))
        << qint64(4);
    QTest::newRow("days before now: 5 days and today")
        << Scale::Day << UsageRange::daysBeforeNow(5) << qint64(6);
    QTest::newRow("week asks days") << Scale::Week << UsageRange::daysBeforeNow(13) << qint64(14);
    QTest::newRow("a mid-bucket range")
        << Scale::Hour
        << UsageRange::between(QDateTime(QDate(2026, 1, 1), QTime(10, 30), utc),
                               QDateTime(QDate(2026, 1, 1), QTime(12, 10), utc))
        << qint64(3);
}

void TestWireFormat::coveringLimit()
{
    QFETCH(Scale, scale);
    QFETCH(UsageRange, range);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 4, 10), QTime(15, 20), QTimeZone::utc());
    ApiUsageRequest request{.eid = QStringLiteral("1"), .scale = scale, .range = range};
    QCOMPARE(geobox::coveringLimit(request, now, QTimeZone::utc()), expected);
}

void TestWireFormat::validation_data()
{
    QTest::addColumn<ApiUsageRequest>("request");
    QTest::addColumn<QString>("messagePart");
    const QDateTime a(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc());
    const QDateTime b(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    const QString one = QStringLiteral("1");
    QTest::newRow("no range") << ApiUsageRequest{.eid = one} << QStringLiteral("date range");
    QTest::newRow("from after to")
        << ApiUsageRequest{.eid = one, .range = UsageRange::between(a, b)}
        << QStringLiteral("after its end");
    QTest::newRow("only from") << ApiUsageRequest{.eid = one,
                                                  .range = UsageRange::between(a, QDateTime())}
                               << QStringLiteral("both a start and an end");
    QTest::newRow("zero days") << ApiUsageRequest{.eid = one, .range = UsageRange::daysBeforeNow(0)}
                               << QStringLiteral("at least 1");
    QTest::newRow("negative days")
        << ApiUsageRequest{.eid = one, .range = UsageRange::daysBeforeNow(-3)}
        << QStringLiteral("at least 1");
    QTest::newRow("zero limit") << ApiUsageRequest{.eid = one,
                                                   .range = UsageRange::daysBeforeNow(3),
                                                   .limit = 0}
                                << QStringLiteral("limit");
    QTest::newRow("no eid") << ApiUsageRequest{.range = UsageRange::daysBeforeNow(3)}
                            << QStringLiteral("user id or an API key");
}

void TestWireFormat::validation()
{
    QFETCH(ApiUsageRequest, request);
    QFETCH(QString, messagePart);
    const std::optional<ApiError> error = request.validate();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::InvalidRequest);
    QVERIFY2(error->message().contains(messagePart), qPrintable(error->message()));

    ApiUsageRequest fixed = request;
    fixed.eid = QStringLiteral("1");
    fixed.range = UsageRange::daysBeforeNow(1);
    fixed.limit.reset();
    QVERIFY(!fixed.validate().has_value());
}

void TestWireFormat::endpointJoin_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default host") << QStringLiteral("https://api.geobox.ir")
                                  << QStringLiteral("https://api.geobox.ir/v1/usage/api");
    QTest::newRow("host with slash") << QStringLiteral("https://api.geobox.ir/")
                                     << QStringLiteral("https://api.geobox.ir/v1/usage/api");
    QTest::newRow("host with a path keeps it")
        << QStringLiteral("http://h:8080/geobox/")
        << QStringLiteral("http://h:8080/geobox/v1/usage/api");
    QTest::newRow("path without slash keeps it")
        << QStringLiteral("http://h:8080/geobox")
        << QStringLiteral("http://h:8080/geobox/v1/usage/api");
    QTest::newRow("query of the host dropped") << QStringLiteral("http://127.0.0.1:9/?x=1")
                                               << QStringLiteral("http://127.0.0.1:9/v1/usage/api");
}

void TestWireFormat::endpointJoin()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(endpointUrl(QUrl(host), QStringLiteral("v1/"), QStringLiteral("usage/api")).toString(),
             expected);
}

void TestWireFormat::redaction()
{
    const QString secret = QStringLiteral("s3cr3t-KEY_value");
    const QUrl url(QStringLiteral("https://user:pw@api.geobox.ir/v1/usage/api?eid=1&apikey=") +
                   secret);
    const QString shown = redactedUrl(url);
    QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("pw")));
    QVERIFY(shown.contains(QStringLiteral("apikey=REDACTED")));
    QVERIFY(shown.contains(QStringLiteral("eid=1")));
}

void TestWireFormat::updateBody()
{
    QCOMPARE(updateUsageBody(std::nullopt), QByteArray("{}"));
    QCOMPARE(updateUsageBody(42), QByteArray("{\"user_id\":42}"));
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
