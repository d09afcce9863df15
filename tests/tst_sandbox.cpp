// Tests of geobox-sandbox, the local stand-in for the Geobox usage API: its data model, its
// endpoints over real HTTP (a plain QNetworkAccessManager, no client library), its faults, its
// service time zone and its executable.

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <map>
#include <memory>

using sandbox::SandboxData;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

using Series = QList<QPair<QString, qint64>>;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QString detailText() const
    {
        return json().object().value(QStringLiteral("detail")).toString();
    }
};

// A secret made up at run time: never a literal in the source.
QByteArray randomSecret(int length)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet[QRandomGenerator::global()->bounded(64)]);
    return out;
}

// application/x-www-form-urlencoded, as the client sends it: space as '+', ':' as %3A.
QByteArray formEncode(const QList<QPair<QString, QString>> &pairs)
{
    QList<QByteArray> parts;
    for (const auto &[name, value] : pairs) {
        parts.append(QUrl::toPercentEncoding(name).replace("%20", "+") + '=' +
                     QUrl::toPercentEncoding(value).replace("%20", "+"));
    }
    return parts.join('&');
}

QString wireDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("000");
}

QString bucketName(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

// A from_date/to_date on the service zone's clock (the wire carries no zone).
QString localWire(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           QStringLiteral("000");
}

// The name of a bucket that starts at local midnight of that date.
QString localName(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd'T'00:00:00"));
}

Series parseSeries(const QByteArray &body, bool *ok)
{
    Series out;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    for (const QJsonValue &item : document.array()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isDouble())
            *ok = false;
        out.append({pair.at(0).toString(), pair.at(1).toInteger()});
    }
    return out;
}

// The truth from the data model, zero buckets left out (as the service does).
Series nonZero(const QList<QPair<QDateTime, qint64>> &buckets)
{
    Series out;
    for (const auto &[start, value] : buckets) {
        if (value != 0)
            out.append({bucketName(start), value});
    }
    return out;
}

QMap<QString, qint64> groupBy(const Series &series, qsizetype prefixLength)
{
    QMap<QString, qint64> totals;
    for (const auto &[name, value] : series)
        totals[name.left(prefixLength)] += value;
    return totals;
}

QMap<QString, qint64> toMap(const Series &series)
{
    QMap<QString, qint64> map;
    for (const auto &[name, value] : series)
        map.insert(name, value);
    return map;
}

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void dataModelKeys();
    void dataModelRunningHour();
    void dataModelWindow();
    void usersMe_data();
    void usersMe();
    void dayIsSumOfHours_data();
    void dayIsSumOfHours();
    void monthIsSumOfDays_data();
    void monthIsSumOfDays();
    void accountIsSumOfKeys_data();
    void accountIsSumOfKeys();
    void limitKeepsMostRecent_data();
    void limitKeepsMostRecent();
    void zeroDaysAbsent_data();
    void zeroDaysAbsent();
    void unauthenticated_data();
    void unauthenticated();
    void validation_data();
    void validation();
    void viewerForbidden_data();
    void viewerForbidden();
    void adminSeesOtherUser();
    void notFound_data();
    void notFound();
    void redirectsOtherSlashSpelling();
    void apiKeysPaging();
    void apiKeysSearch_data();
    void apiKeysSearch();
    void authToken_data();
    void authToken();
    void summaryMatchesSeries_data();
    void summaryMatchesSeries();
    void usageUpdate();
    void processMatchesData_data();
    void processMatchesData();
    void faults_data();
    void faults();
    void faultDelay();
    void faultHold();
    void faultCountIsSpent();
    void faultBeforeAuthentication();
    void faultRuleSyntax_data();
    void faultRuleSyntax();
    void latencyOption();
    void recordsRequests();
    void keepAlive();
    void zoneDayIsSumOfHours_data();
    void zoneDayIsSumOfHours();
    void zoneMonthIsSumOfDays_data();
    void zoneMonthIsSumOfDays();
    void zoneAccountIsSumOfKeys_data();
    void zoneAccountIsSumOfKeys();
    void zoneBucketStarts_data();
    void zoneBucketStarts();
    void zoneReadsLocalDates_data();
    void zoneReadsLocalDates();
    void zoneDaysBeforeNow_data();
    void zoneDaysBeforeNow();
    void zoneWindowStart_data();
    void zoneWindowStart();
    void zoneSummaryMatchesBuckets_data();
    void zoneSummaryMatchesBuckets();
    void binaryServesAndStops();
    void binaryRefusesRemoteHost();
    void binaryRejectsBadOptions_data();
    void binaryRejectsBadOptions();
    void binaryTimeZone();
    void binaryRejectsBadTimeZone_data();
    void binaryRejectsBadTimeZone();
    void binaryHelpNamesTimeZone();

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &pathAndQuery,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply post(const QString &pathAndQuery, const QByteArray &body,
               const QByteArray &contentType = QByteArrayLiteral("application/json"));
    QUrl url(const QString &pathAndQuery, quint16 port = 0) const;
    // GET usage/api with these parameters and the admin key (to m_port unless a port is
    // given); a bad answer is one "<error>" bucket, which fails any comparison.
    Series usage(const QList<QPair<QString, QString>> &params, const QByteArray &key = {},
                 quint16 port = 0);
    // A sandbox like m_server (seed, admin key) in that time zone with that clock, started on
    // first use; nullptr if the zone is unknown here or it cannot listen.
    SandboxServer *zoned(const QString &zone, const QDateTime &now);
    static quint16 portOf(SandboxServer *server) { return server->serverPorts().value(0); }
    QByteArray keyOfUser(qint64 userId) const;

    const SandboxData &data() const { return m_server->data(); }

    std::unique_ptr<SandboxServer> m_server;
    std::map<QString, std::unique_ptr<SandboxServer>> m_zoned;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QByteArray m_adminKey;
    QByteArray m_viewerKey;
    QString m_username = QStringLiteral("ana");
    QString m_password;
    const QDateTime m_now = QDateTime(QDate(2025, 7, 15), QTime(13, 37, 21), Qt::UTC);
    const quint64 m_seed = 42;
};

QUrl TestSandbox::url(const QString &pathAndQuery, quint16 port) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1/v1/%2").arg(port ? port : m_port).arg(pathAndQuery));
}

Reply TestSandbox::send(const QByteArray &method, const QUrl &target, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    Reply out;
    out.elapsedMs = timer.elapsed();
    if (!finished) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return out;
}

Reply TestSandbox::get(const QString &pathAndQuery,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(QByteArrayLiteral("GET"), url(pathAndQuery), {}, headers);
}

Reply TestSandbox::post(const QString &pathAndQuery, const QByteArray &body,
                        const QByteArray &contentType)
{
    return send(QByteArrayLiteral("POST"), url(pathAndQuery), body,
                {{QByteArrayLiteral("Content-Type"), contentType}});
}

Series TestSandbox::usage(const QList<QPair<QString, QString>> &params, const QByteArray &key,
                          quint16 port)
{
    QList<QPair<QString, QString>> all = params;
    all.append({QStringLiteral("apikey"), QString::fromLatin1(key.isEmpty() ? m_adminKey : key)});
    const Reply reply =
        send(QByteArrayLiteral("GET"),
             url(QStringLiteral("usage/api?") + QString::fromLatin1(formEncode(all)), port));
    bool ok = false;
    const Series series = parseSeries(reply.body, &ok);
    if (reply.status != 200 || !ok || reply.header("Content-Type") != "application/json") {
        qWarning("usage/api answered %d: %s", reply.status, reply.body.constData());
        return {{QStringLiteral("<error>"), -1}};
    }
    return series;
}

QByteArray TestSandbox::keyOfUser(qint64 userId) const
{
    return data().apiKeysOf(userId).constFirst().key;
}

void TestSandbox::initTestCase()
{
    m_adminKey = randomSecret(43);
    m_viewerKey = randomSecret(43);
    m_password = QString::fromLatin1(randomSecret(12)) + QStringLiteral(" &:+%");
    SandboxOptions options;
    options.seed = m_seed;
    options.apiKeys = {m_adminKey};
    options.viewerApiKey = m_viewerKey;
    options.username = m_username;
    options.password = m_password;
    options.now = m_now;
    m_server = std::make_unique<SandboxServer>(options);
    m_port = m_server->listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    QCOMPARE(data().now(), m_now);
}

void TestSandbox::init()
{
    m_server->clearFaults();
}

void TestSandbox::dataModelKeys()
{
    static const QRegularExpression secretPattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    for (quint64 seed = 1; seed <= 40; ++seed) {
        const SandboxData model(seed, 0, m_now);
        const QList<sandbox::SandboxApiKey> keys = model.apiKeysOf(model.mainUser().id);
        QVERIFY2(keys.size() >= 3 && keys.size() <= 12, qPrintable(QString::number(keys.size())));
        QSet<QString> names;
        QSet<qint64> ids;
        bool anyRevoked = false;
        for (const auto &key : keys) {
            QVERIFY(secretPattern.match(QString::fromLatin1(key.key)).hasMatch());
            names.insert(key.name);
            ids.insert(key.id);
            anyRevoked = anyRevoked || key.revoked;
        }
        QCOMPARE(names.size(), keys.size());
        QCOMPARE(ids.size(), keys.size());
        QVERIFY(anyRevoked);
        const auto viewerKeys = model.apiKeysOf(model.otherUser().id);
        QVERIFY(viewerKeys.size() >= 1 && viewerKeys.size() <= 3);
        QVERIFY(model.mainUser().id != model.otherUser().id);
        QCOMPARE(model.mainUser().role, QStringLiteral("Account Admin"));
        QCOMPARE(model.otherUser().role, QStringLiteral("Viewer"));
    }
    // The same seed gives the same data; another seed other keys.
    QCOMPARE(SandboxData(7, 0, m_now).apiKeys().constFirst().key,
             SandboxData(7, 0, m_now).apiKeys().constFirst().key);
    QVERIFY(SandboxData(7, 0, m_now).apiKeys().constFirst().key !=
            SandboxData(8, 0, m_now).apiKeys().constFirst().key);
    // An explicit key count, larger than the name pool: names stay unique.
    const SandboxData many(3, 30, m_now);
    const auto keys = many.apiKeysOf(many.mainUser().id);
    QCOMPARE(keys.size(), qsizetype(30));
    QSet<QString> names;
    for (const auto &key : keys)
        names.insert(key.name);
    QCOMPARE(names.size(), qsizetype(30));
}

void TestSandbox::dataModelRunningHour()
{
    // The running hour holds only the elapsed part of what the complete hour holds.
    const QDateTime hour(QDate(2025, 7, 15), QTime(10, 0), Qt::UTC);
    const SandboxData half(m_seed, 0, hour.addSecs(1800));
    const SandboxData later(m_seed, 0, hour.addSecs(3600 + 1800));
    qint64 total = 0;
    for (int k = 0; k < later.apiKeys().size(); ++k) {
        const qint64 full = later.hourly(k, hour);
        QCOMPARE(half.hourly(k, hour), full * 1800 / 3600);
        QCOMPARE(half.hourly(k, hour.addSecs(3600)), qint64(0)); // after now
        total += full;
    }
    QVERIFY(total > 0);
}

void TestSandbox::dataModelWindow()
{
    const QString owner = QString::number(data().mainUser().id);
    const QDateTime start = data().windowStart();
    QCOMPARE(start,
             QDateTime(m_now.date().addDays(-SandboxData::windowDays), QTime(0, 0), Qt::UTC));
    const auto before = data().series(owner, QStringLiteral("day"), QStringLiteral("calls"),
                                      start.addDays(-20), start.addSecs(-1));
    QCOMPARE(before.size(), qsizetype(20));
    for (const auto &bucket : before)
        QCOMPARE(bucket.second, qint64(0));
    const auto after = data().series(owner, QStringLiteral("hour"), QStringLiteral("traffic"),
                                     m_now.addSecs(3600), m_now.addDays(2));
    for (const auto &bucket : after)
        QCOMPARE(bucket.second, qint64(0));
    // Every bucket of the range is listed, zeros included.
    const auto days = data().series(owner, QStringLiteral("day"), QStringLiteral("calls"),
                                    m_now.addDays(-30), m_now);
    QCOMPARE(days.size(), qsizetype(31));
    QCOMPARE(days.constFirst().first, QDateTime(m_now.date().addDays(-30), QTime(0, 0), Qt::UTC));
}

void TestSandbox::usersMe_data()
{
    QTest::addColumn<bool>("viewer");
    QTest::newRow("admin") << false;
    QTest::newRow("viewer") << true;
}

void TestSandbox::usersMe()
{
    QFETCH(bool, viewer);
    const sandbox::SandboxUser &expected = viewer ? data().otherUser() : data().mainUser();
    const Reply reply = get(QStringLiteral("users/me/?f=json&apikey=") +
                            QString::fromLatin1(viewer ? m_viewerKey : m_adminKey));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));
    const QJsonObject user = reply.json().object();
    QCOMPARE(user.value(QStringLiteral("id")).toInteger(), expected.id);
    QCOMPARE(user.value(QStringLiteral("username")).toString(), expected.username);
    QCOMPARE(user.value(QStringLiteral("role")).toString(),
             viewer ? QStringLiteral("Viewer") : QStringLiteral("Account Admin"));
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    const QJsonObject plan = user.value(QStringLiteral("plan")).toObject();
    QVERIFY(plan.value(QStringLiteral("id")).isDouble());
    for (const char *field : {"name", "display_name", "description", "plan_color"})
        QVERIFY2(plan.value(QLatin1String(field)).isString(), field);
    for (const char *field :
         {"storage", "concurrent_tasks", "daily_api_calls", "monthly_api_calls", "daily_traffic",
          "monthly_traffic", "daily_process", "monthly_process", "number_of_days"})
        QVERIFY2(plan.value(QLatin1String(field)).isDouble(), field);
    if (viewer) {
        QVERIFY(user.value(QStringLiteral("expiration_date")).isNull());
    } else {
        static const QRegularExpression format(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
        QVERIFY(format.match(user.value(QStringLiteral("expiration_date")).toString()).hasMatch());
        QVERIFY(plan.value(QStringLiteral("daily_api_calls")).toInteger() > 0);
    }
}

void TestSandbox::dayIsSumOfHours_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("metric");
    const QString account = QString::number(data().mainUser().id);
    const QString bigKey = QString::fromLatin1(data().apiKeys().constFirst().key);
    QTest::newRow("account calls") << account << QStringLiteral("calls");
    QTest::newRow("account traffic") << account << QStringLiteral("traffic");
    QTest::newRow("key calls") << bigKey << QStringLiteral("calls");
    QTest::newRow("key traffic") << bigKey << QStringLiteral("traffic");
    QTest::newRow("viewer account calls")
        << QString::number(data().otherUser().id) << QStringLiteral("calls");
}

void TestSandbox::dayIsSumOfHours()
{
    QFETCH(QString, owner);
    QFETCH(QString, metric);
    const QDateTime from(m_now.date().addDays(-9), QTime(0, 0), Qt::UTC);
    const QList<QPair<QString, QString>> range = {{QStringLiteral("from_date"), wireDate(from)},
                                                  {QStringLiteral("to_date"), wireDate(m_now)}};
    const Series days = usage({{QStringLiteral("eid"), owner},
                               {QStringLiteral("scale"), QStringLiteral("day")},
                               {QStringLiteral("param"), metric},
                               range.at(0),
                               range.at(1),
                               {QStringLiteral("limit"), QStringLiteral("100")}});
    const Series hours = usage({{QStringLiteral("eid"), owner},
                                {QStringLiteral("scale"), QStringLiteral("hour")},
                                {QStringLiteral("param"), metric},
                                range.at(0),
                                range.at(1),
                                {QStringLiteral("limit"), QStringLiteral("1000")}});
    QVERIFY(days.size() >= 5);
    QVERIFY(hours.size() > days.size());
    QMap<QString, qint64> fromHours;
    for (const auto &[day, total] : groupBy(hours, 10).asKeyValueRange())
        fromHours.insert(day + QStringLiteral("T00:00:00"), total);
    QCOMPARE(toMap(days), fromHours);
}

void TestSandbox::monthIsSumOfDays_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("metric");
    const QString account = QString::number(data().mainUser().id);
    QTest::newRow("account calls") << account << QStringLiteral("calls");
    QTest::newRow("account traffic") << account << QStringLiteral("traffic");
    QTest::newRow("revoked key calls")
        << QString::fromLatin1(std::find_if(data().apiKeys().cbegin(), data().apiKeys().cend(),
                                            [](const auto &k) { return k.revoked; })
                                   ->key)
        << QStringLiteral("calls");
}

void TestSandbox::monthIsSumOfDays()
{
    QFETCH(QString, owner);
    QFETCH(QString, metric);
    const QDateTime from(QDate(2024, 9, 1), QTime(0, 0), Qt::UTC);
    const QList<QPair<QString, QString>> common = {
        {QStringLiteral("eid"), owner},
        {QStringLiteral("param"), metric},
        {QStringLiteral("from_date"), wireDate(from)},
        {QStringLiteral("to_date"), wireDate(m_now)},
        {QStringLiteral("limit"), QStringLiteral("1000")}};
    const Series months = usage(common + QList<QPair<QString, QString>>{
                                             {QStringLiteral("scale"), QStringLiteral("month")}});
    const Series days = usage(
        common + QList<QPair<QString, QString>>{{QStringLiteral("scale"), QStringLiteral("day")}});
    QVERIFY(months.size() >= 6);
    QMap<QString, qint64> fromDays;
    for (const auto &[month, total] : groupBy(days, 7).asKeyValueRange())
        fromDays.insert(month + QStringLiteral("-01T00:00:00"), total);
    QCOMPARE(toMap(months), fromDays);
    // And the HTTP answer is the data model's truth.
    QCOMPARE(months, nonZero(data().series(owner, QStringLiteral("month"), metric, from, m_now)));
}

void TestSandbox::accountIsSumOfKeys_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("scale");
    QTest::newRow("calls per day") << QStringLiteral("calls") << QStringLiteral("day");
    QTest::newRow("traffic per day") << QStringLiteral("traffic") << QStringLiteral("day");
    QTest::newRow("calls per month") << QStringLiteral("calls") << QStringLiteral("month");
}

void TestSandbox::accountIsSumOfKeys()
{
    QFETCH(QString, metric);
    QFETCH(QString, scale);
    const QList<QPair<QString, QString>> common = {
        {QStringLiteral("scale"), scale},
        {QStringLiteral("param"), metric},
        {QStringLiteral("days_before_now"), QStringLiteral("120")},
        {QStringLiteral("limit"), QStringLiteral("500")}};
    const qint64 userId = data().mainUser().id;
    const Series account = usage(
        common + QList<QPair<QString, QString>>{{QStringLiteral("eid"), QString::number(userId)}});
    QVERIFY(account.size() > 3);
    QMap<QString, qint64> sum;
    bool revokedSeen = false;
    for (const auto &key : data().apiKeysOf(userId)) {
        revokedSeen = revokedSeen || key.revoked;
        const Series one =
            usage(common + QList<QPair<QString, QString>>{
                               {QStringLiteral("eid"), QString::fromLatin1(key.key)}});
        for (const auto &[name, value] : one)
            sum[name] += value;
    }
    QVERIFY(revokedSeen);
    QCOMPARE(toMap(account), sum);
}

void TestSandbox::limitKeepsMostRecent_data()
{
    QTest::addColumn<QString>("limit"); // empty: none sent
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("no limit: 10") << QString() << qsizetype(10);
    QTest::newRow("limit 1") << QStringLiteral("1") << qsizetype(1);
    QTest::newRow("limit 3") << QStringLiteral("3") << qsizetype(3);
    QTest::newRow("limit 25") << QStringLiteral("25") << qsizetype(25);
    QTest::newRow("limit 1000: all") << QStringLiteral("1000") << qsizetype(-1);
}

void TestSandbox::limitKeepsMostRecent()
{
    QFETCH(QString, limit);
    QFETCH(qsizetype, expected);
    const QString owner = QString::number(data().mainUser().id);
    QList<QPair<QString, QString>> params = {
        {QStringLiteral("eid"), owner},
        {QStringLiteral("scale"), QStringLiteral("day")},
        {QStringLiteral("param"), QStringLiteral("calls")},
        {QStringLiteral("days_before_now"), QStringLiteral("60")}};
    if (!limit.isEmpty())
        params.append({QStringLiteral("limit"), limit});
    const Series got = usage(params);
    const Series truth = nonZero(data().series(owner, QStringLiteral("day"),
                                               QStringLiteral("calls"), m_now.addDays(-60), m_now));
    QVERIFY(truth.size() > 30);
    const qsizetype count = expected < 0 ? truth.size() : expected;
    QCOMPARE(got.size(), count);
    // The most recent ones, oldest first.
    QCOMPARE(got, truth.mid(truth.size() - count));
    QCOMPARE(got.constLast().first, bucketName(QDateTime(m_now.date(), QTime(0, 0), Qt::UTC)));
}

void TestSandbox::zeroDaysAbsent_data()
{
    QTest::addColumn<qint64>("userId");
    QTest::newRow("admin account") << data().mainUser().id;
    QTest::newRow("viewer account") << data().otherUser().id;
}

void TestSandbox::zeroDaysAbsent()
{
    QFETCH(qint64, userId);
    const QString owner = QString::number(userId);
    const QDateTime from = m_now.addDays(-400);
    const auto truth =
        data().series(owner, QStringLiteral("day"), QStringLiteral("calls"), from, m_now);
    QCOMPARE(truth.size(), qsizetype(401));

    // At least one idle day in every calendar month wholly inside the 400 days.
    QMap<QString, int> zeroDaysPerMonth;
    QMap<QString, int> daysPerMonth;
    QSet<QString> zeroDays;
    for (const auto &[day, value] : truth) {
        const QString month = day.toString(QStringLiteral("yyyy-MM"));
        ++daysPerMonth[month];
        if (value == 0) {
            ++zeroDaysPerMonth[month];
            zeroDays.insert(bucketName(day));
        }
    }
    int wholeMonths = 0;
    for (const auto &[month, days] : daysPerMonth.asKeyValueRange()) {
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (days != first.daysInMonth())
            continue;
        ++wholeMonths;
        QVERIFY2(zeroDaysPerMonth.value(month) >= 1, qPrintable(month));
    }
    QVERIFY(wholeMonths >= 12);

    // Over HTTP, the idle days are absent and every other day is there.
    const Series got = usage({{QStringLiteral("eid"), owner},
                              {QStringLiteral("scale"), QStringLiteral("day")},
                              {QStringLiteral("param"), QStringLiteral("calls")},
                              {QStringLiteral("from_date"), wireDate(from)},
                              {QStringLiteral("to_date"), wireDate(m_now)},
                              {QStringLiteral("limit"), QStringLiteral("1000")}});
    QCOMPARE(got.size(), truth.size() - zeroDays.size());
    for (const auto &[day, value] : got) {
        QVERIFY2(!zeroDays.contains(day), qPrintable(day));
        QVERIFY(value > 0);
    }
    QCOMPARE(got, nonZero(truth));
}

void TestSandbox::unauthenticated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detailContains");
    const QString base = QStringLiteral("usage/api?eid=%1&scale=day&param=calls&days_before_now=5")
                             .arg(data().mainUser().id);
    const auto revoked = std::find_if(data().apiKeys().cbegin(), data().apiKeys().cend(),
                                      [](const auto &k) { return k.revoked; });
    QTest::newRow("no credentials") << base << QByteArray() << QStringLiteral("Not authenticated");
    QTest::newRow("unknown key") << base + QStringLiteral("&apikey=") +
                                        QString::fromLatin1(randomSecret(43))
                                 << QByteArray() << QStringLiteral("Invalid API key");
    QTest::newRow("revoked key") << base + QStringLiteral("&apikey=") +
                                        QString::fromLatin1(revoked->key)
                                 << QByteArray() << QStringLiteral("revoked");
    QTest::newRow("viewer's seeded key is no credential")
        << base + QStringLiteral("&apikey=") + QString::fromLatin1(keyOfUser(data().otherUser().id))
        << QByteArray() << QStringLiteral("Invalid API key");
    QTest::newRow("unknown bearer token")
        << base << QByteArray("Bearer " + randomSecret(40)) << QStringLiteral("credentials");
    QTest::newRow("basic scheme") << base << QByteArray("Basic " + randomSecret(20))
                                  << QStringLiteral("Bearer");
    QTest::newRow("users/me/ without credentials")
        << QStringLiteral("users/me/?f=json") << QByteArray()
        << QStringLiteral("Not authenticated");
}

void TestSandbox::unauthenticated()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detailContains);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const Reply reply = get(query, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));
    QVERIFY2(reply.detailText().contains(detailContains), reply.body.constData());
}

void TestSandbox::validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field"); // empty: a range error without a field
    QTest::addColumn<QString>("type");
    const QString eid = QStringLiteral("eid=%1").arg(data().mainUser().id);
    const QString dates = QStringLiteral(
        "&from_date=2025-07-01T00%3A00%3A00.000000&to_date=2025-07-02T00%3A00%3A00.000000");
    QTest::newRow("scale=week") << eid + QStringLiteral("&scale=week&param=calls&days_before_now=5")
                                << QStringLiteral("scale") << QStringLiteral("type_error.enum");
    QTest::newRow("param=bytes") << eid + QStringLiteral("&scale=day&param=bytes&days_before_now=5")
                                 << QStringLiteral("param") << QStringLiteral("type_error.enum");
    QTest::newRow("missing scale")
        << eid + QStringLiteral("&param=calls&days_before_now=5") << QStringLiteral("scale")
        << QStringLiteral("value_error.missing");
    QTest::newRow("missing eid") << QStringLiteral("scale=day&param=calls&days_before_now=5")
                                 << QStringLiteral("eid") << QStringLiteral("value_error.missing");
    QTest::newRow("date without time")
        << eid + QStringLiteral("&scale=day&param=calls&from_date=2025-07-01&to_date=2025-07-02")
        << QStringLiteral("from_date") << QStringLiteral("value_error.datetime");
    QTest::newRow("three fractional digits")
        << eid + QStringLiteral("&scale=day&param=calls&from_date=2025-07-01T00%3A00%3A00.000"
                                "&to_date=2025-07-02T00%3A00%3A00")
        << QStringLiteral("from_date") << QStringLiteral("value_error.datetime");
    QTest::newRow("limit=abc") << eid + QStringLiteral("&scale=day&param=calls&limit=abc") + dates
                               << QStringLiteral("limit") << QStringLiteral("type_error.integer");
    QTest::newRow("limit=0") << eid + QStringLiteral("&scale=day&param=calls&limit=0") + dates
                             << QStringLiteral("limit")
                             << QStringLiteral("value_error.number.not_gt");
    QTest::newRow("days_before_now=x")
        << eid + QStringLiteral("&scale=day&param=calls&days_before_now=x")
        << QStringLiteral("days_before_now") << QStringLiteral("type_error.integer");
    QTest::newRow("no range") << eid + QStringLiteral("&scale=day&param=calls") << QString()
                              << QStringLiteral("value_error");
    QTest::newRow("days_before_now=0 is no range")
        << eid + QStringLiteral("&scale=day&param=calls&days_before_now=0") << QString()
        << QStringLiteral("value_error");
    QTest::newRow("only from_date")
        << eid + QStringLiteral("&scale=day&param=calls&from_date=2025-07-01T00%3A00%3A00")
        << QString() << QStringLiteral("value_error");
}

void TestSandbox::validation()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, type);
    const Reply reply = get(QStringLiteral("usage/api?") + query + QStringLiteral("&apikey=") +
                            QString::fromLatin1(m_adminKey));
    QCOMPARE(reply.status, 422);
    const QJsonArray detail = reply.json().object().value(QStringLiteral("detail")).toArray();
    QVERIFY2(!detail.isEmpty(), reply.body.constData());
    const QJsonObject issue = detail.first().toObject();
    const QJsonArray loc = issue.value(QStringLiteral("loc")).toArray();
    QCOMPARE(loc.first().toString(), QStringLiteral("query"));
    if (!field.isEmpty())
        QCOMPARE(loc.at(1).toString(), field);
    QVERIFY(!issue.value(QStringLiteral("msg")).toString().isEmpty());
    QCOMPARE(issue.value(QStringLiteral("type")).toString(), type);
    if (field == QStringLiteral("scale") && type == QStringLiteral("type_error.enum"))
        QCOMPARE(issue.value(QStringLiteral("msg")).toString(),
                 QStringLiteral("value is not a valid enumeration member; permitted: 'hour', "
                                "'day', 'month'"));
}

void TestSandbox::viewerForbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    const qint64 admin = data().mainUser().id;
    QTest::newRow("usage/api eid=admin id")
        << QByteArrayLiteral("GET")
        << QStringLiteral("usage/api?eid=%1&scale=day&param=calls&days_before_now=5").arg(admin)
        << QByteArray();
    QTest::newRow("usage/api eid=admin's key")
        << QByteArrayLiteral("GET")
        << QStringLiteral("usage/api?eid=%1&scale=day&param=calls&days_before_now=5")
               .arg(QString::fromLatin1(data().apiKeys().constFirst().key))
        << QByteArray();
    QTest::newRow("usage/process user_id")
        << QByteArrayLiteral("GET")
        << QStringLiteral("usage/process?user_id=%1&days_before_now=5").arg(admin) << QByteArray();
    QTest::newRow("usage/summary user_id")
        << QByteArrayLiteral("GET") << QStringLiteral("usage/summary?user_id=%1").arg(admin)
        << QByteArray();
    QTest::newRow("usage/update user_id")
        << QByteArrayLiteral("POST") << QStringLiteral("usage/update?x=1")
        << QStringLiteral("{\"user_id\": %1}").arg(admin).toUtf8();
    QTest::newRow("users/{id}/") << QByteArrayLiteral("GET")
                                 << QStringLiteral("users/%1/?f=json").arg(admin) << QByteArray();
}

void TestSandbox::viewerForbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    const QUrl target = url(query + QStringLiteral("&apikey=") + QString::fromLatin1(m_viewerKey));
    const Reply reply =
        send(method, target, body,
             {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(reply.status, 403);
    QVERIFY2(!reply.detailText().isEmpty(), reply.body.constData());
}

void TestSandbox::adminSeesOtherUser()
{
    const qint64 viewer = data().otherUser().id;
    const QString key = QStringLiteral("&apikey=") + QString::fromLatin1(m_adminKey);
    Reply reply = get(QStringLiteral("users/%1/?f=json").arg(viewer) + key);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("role")).toString(),
             QStringLiteral("Viewer"));
    reply = get(QStringLiteral("usage/summary?user_id=%1").arg(viewer) + key);
    QCOMPARE(reply.status, 200);
    const Series viewerDays = usage({{QStringLiteral("eid"), QString::number(viewer)},
                                     {QStringLiteral("scale"), QStringLiteral("day")},
                                     {QStringLiteral("param"), QStringLiteral("calls")},
                                     {QStringLiteral("days_before_now"), QStringLiteral("30")},
                                     {QStringLiteral("limit"), QStringLiteral("40")}});
    QCOMPARE(viewerDays,
             nonZero(data().series(QString::number(viewer), QStringLiteral("day"),
                                   QStringLiteral("calls"), m_now.addDays(-30), m_now)));
    // The viewer may read its own usage and its own keys.
    const Series own = usage({{QStringLiteral("eid"), QString::fromLatin1(keyOfUser(viewer))},
                              {QStringLiteral("scale"), QStringLiteral("day")},
                              {QStringLiteral("param"), QStringLiteral("traffic")},
                              {QStringLiteral("days_before_now"), QStringLiteral("30")}},
                             m_viewerKey);
    QVERIFY(!own.isEmpty() && own.constFirst().second >= 0);
}

void TestSandbox::notFound_data()
{
    QTest::addColumn<QString>("rawUrl"); // after http://host:port
    QTest::addColumn<QString>("detail");
    const QString key = QStringLiteral("apikey=") + QString::fromLatin1(m_adminKey);
    QTest::newRow("outside /v1/") << QStringLiteral("/v2/usage/api?") + key
                                  << QStringLiteral("Not Found");
    QTest::newRow("unknown path") << QStringLiteral("/v1/nothing/here?") + key
                                  << QStringLiteral("Not Found");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("Not Found");
    QTest::newRow("unknown user") << QStringLiteral("/v1/users/99999999/?") + key
                                  << QStringLiteral("User not found");
    QTest::newRow("unknown eid id")
        << QStringLiteral("/v1/usage/api?eid=99999999&scale=day&param=calls&days_before_now=3&") +
               key
        << QStringLiteral("User not found");
    QTest::newRow("unknown eid key")
        << QStringLiteral("/v1/usage/api?eid=%1&scale=day&param=calls&days_before_now=3&")
                   .arg(QString::fromLatin1(randomSecret(43))) +
               key
        << QStringLiteral("API key not found");
}

void TestSandbox::notFound()
{
    QFETCH(QString, rawUrl);
    QFETCH(QString, detail);
    const Reply reply = send(QByteArrayLiteral("GET"),
                             QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + rawUrl));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detailText(), detail);
}

void TestSandbox::redirectsOtherSlashSpelling()
{
    const QString query = QStringLiteral("?f=json&apikey=") + QString::fromLatin1(m_adminKey);
    Reply reply = get(QStringLiteral("users/me") + query);
    QCOMPARE(reply.status, 307);
    QCOMPARE(QUrl::fromEncoded(reply.header("Location")).path(), QStringLiteral("/v1/users/me/"));
    reply = get(QStringLiteral("usage/summary/") + query);
    QCOMPARE(reply.status, 307);
    QCOMPARE(QUrl::fromEncoded(reply.header("Location")).path(),
             QStringLiteral("/v1/usage/summary"));
    reply = send(QByteArrayLiteral("POST"), url(QStringLiteral("usage/api") + query));
    QCOMPARE(reply.status, 405);
}

void TestSandbox::apiKeysPaging()
{
    const QString key = QStringLiteral("apikey=") + QString::fromLatin1(m_adminKey);
    const auto expected = data().apiKeysOf(data().mainUser().id);
    QCOMPARE(expected.size(), qsizetype(12)); // seed 42 has 12 keys: more than one default page

    const auto fetch = [&](const QString &query) {
        const Reply reply = get(QStringLiteral("apikeys/?") + query);
        [&] { QCOMPARE(reply.status, 200); }();
        return reply.json().array();
    };
    const QJsonArray all = fetch(QStringLiteral("limit=100&") + key);
    QCOMPARE(all.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject item = all.at(i).toObject();
        QCOMPARE(item.keys().size(), qsizetype(4));
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), expected.at(i).id);
        QCOMPARE(item.value(QStringLiteral("name")).toString(), expected.at(i).name);
        QCOMPARE(item.value(QStringLiteral("key")).toString().toLatin1(), expected.at(i).key);
        QCOMPARE(item.value(QStringLiteral("revoked")).toBool(), expected.at(i).revoked);
    }
    // No limit: the first page of 10 only.
    const QJsonArray first = fetch(key);
    QCOMPARE(first.size(), qsizetype(10));
    QCOMPARE(first, QJsonArray::fromVariantList(all.toVariantList().mid(0, 10)));
    const QJsonArray rest = fetch(QStringLiteral("skip=10&") + key);
    QCOMPARE(rest.size(), qsizetype(2));
    // Pages of 5 until a short page: the whole list, in order.
    QJsonArray paged;
    for (int skip = 0;; skip += 5) {
        const QJsonArray page = fetch(QStringLiteral("skip=%1&limit=5&").arg(skip) + key);
        for (const QJsonValue &item : page)
            paged.append(item);
        if (page.size() < 5)
            break;
    }
    QCOMPARE(paged, all);
    QCOMPARE(fetch(QStringLiteral("skip=100&") + key).size(), qsizetype(0));
    // The viewer sees its own keys only.
    const QJsonArray viewers =
        fetch(QStringLiteral("limit=100&apikey=") + QString::fromLatin1(m_viewerKey));
    QCOMPARE(viewers.size(), data().apiKeysOf(data().otherUser().id).size());
    // Bad paging values are validation errors.
    QCOMPARE(get(QStringLiteral("apikeys/?skip=-1&") + key).status, 422);
    QCOMPARE(get(QStringLiteral("apikeys/?limit=ten&") + key).status, 422);
}

void TestSandbox::apiKeysSearch_data()
{
    QTest::addColumn<QString>("encodedSearch");
    QTest::addColumn<QString>("needle");
    // Every name of seed 42 with a space in it, searched with '+' and in another case.
    for (const auto &key : data().apiKeysOf(data().mainUser().id)) {
        if (!key.name.contains(QLatin1Char(' ')))
            continue;
        const QString lower = key.name.toLower();
        QTest::newRow(qPrintable(key.name))
            << QString(lower).replace(QLatin1Char(' '), QLatin1Char('+')) << lower;
    }
    QTest::newRow("percent-encoded upper case")
        << QStringLiteral("WEB%20MAP") << QStringLiteral("web map");
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringLiteral("zzz");
}

void TestSandbox::apiKeysSearch()
{
    QFETCH(QString, encodedSearch);
    QFETCH(QString, needle);
    const Reply reply = get(QStringLiteral("apikeys/?search=") + encodedSearch +
                            QStringLiteral("&limit=100&apikey=") + QString::fromLatin1(m_adminKey));
    QCOMPARE(reply.status, 200);
    QSet<QString> got;
    for (const QJsonValue &item : reply.json().array())
        got.insert(item.toObject().value(QStringLiteral("name")).toString());
    QSet<QString> expected;
    for (const auto &key : data().apiKeysOf(data().mainUser().id)) {
        if (key.name.contains(needle, Qt::CaseInsensitive))
            expected.insert(key.name);
    }
    QCOMPARE(got, expected);
}

void TestSandbox::authToken_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("good");
    QTest::newRow("good") << m_username << m_password << true;
    QTest::newRow("wrong password") << m_username << m_password + QStringLiteral("x") << false;
    QTest::newRow("unknown user") << QStringLiteral("nobody") << m_password << false;
    QTest::newRow("password without its escapes")
        << m_username << m_password.left(m_password.size() - 5) << false;
}

void TestSandbox::authToken()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, good);
    const Reply reply = post(QStringLiteral("auth/token/"),
                             formEncode({{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}}),
                             QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!good) {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.detailText(), QStringLiteral("Incorrect username or password"));
        return;
    }
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.json().object();
    const QString token = object.value(QStringLiteral("access_token")).toString();
    QVERIFY(token.size() >= 32);
    QCOMPARE(object.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    const Reply me = get(QStringLiteral("users/me/?f=json"),
                         {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().object().value(QStringLiteral("id")).toInteger(), data().mainUser().id);
    // The header wins over a bad apikey.
    const Reply both =
        get(QStringLiteral("users/me/?f=json&apikey=") + QString::fromLatin1(randomSecret(43)),
            {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}});
    QCOMPARE(both.status, 200);
    // A second login gives another token; both stay valid.
    const Reply again = post(QStringLiteral("auth/token/"),
                             formEncode({{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}}),
                             QByteArrayLiteral("application/x-www-form-urlencoded"));
    QVERIFY(again.json().object().value(QStringLiteral("access_token")).toString() != token);
}

void TestSandbox::summaryMatchesSeries_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("userIdParam");
    QTest::addColumn<bool>("viewer");
    QTest::newRow("admin, own") << m_adminKey << QString() << false;
    QTest::newRow("viewer, own") << m_viewerKey << QString() << true;
    QTest::newRow("admin asks for viewer")
        << m_adminKey << QString::number(data().otherUser().id) << true;
}

void TestSandbox::summaryMatchesSeries()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, userIdParam);
    QFETCH(bool, viewer);
    const sandbox::SandboxUser &user = viewer ? data().otherUser() : data().mainUser();
    QString query = QStringLiteral("usage/summary?apikey=") + QString::fromLatin1(key);
    if (!userIdParam.isEmpty())
        query = QStringLiteral("usage/summary?user_id=%1&apikey=%2")
                    .arg(userIdParam, QString::fromLatin1(key));
    const Reply reply = get(query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));

    // Exactly the 15 keys of the fixture, in its order.
    static const QRegularExpression member(QStringLiteral("\"([a-z_]+)\":"));
    QStringList order;
    for (const auto &m : member.globalMatch(QString::fromUtf8(reply.body)))
        order.append(m.captured(1));
    const QStringList expectedOrder = {
        QStringLiteral("available_storage"),     QStringLiteral("used_storage"),
        QStringLiteral("max_daily_api_calls"),   QStringLiteral("daily_api_calls"),
        QStringLiteral("max_monthly_api_calls"), QStringLiteral("monthly_api_calls"),
        QStringLiteral("max_daily_traffic"),     QStringLiteral("daily_traffic"),
        QStringLiteral("max_monthly_traffic"),   QStringLiteral("monthly_traffic"),
        QStringLiteral("max_daily_process"),     QStringLiteral("daily_process"),
        QStringLiteral("max_monthly_process"),   QStringLiteral("monthly_process"),
        QStringLiteral("remaining_days")};
    QCOMPARE(order, expectedOrder);

    const QJsonObject s = reply.json().object();
    const auto field = [&s](const char *name) {
        return s.value(QLatin1String(name)).toInteger(-1);
    };

    // Today and this month from the day buckets of the truth.
    const QString owner = QString::number(user.id);
    const QDateTime monthStart(QDate(m_now.date().year(), m_now.date().month(), 1), QTime(0, 0),
                               Qt::UTC);
    const QDateTime dayStart(m_now.date(), QTime(0, 0), Qt::UTC);
    qint64 monthCalls = 0;
    qint64 monthTraffic = 0;
    const auto calls =
        data().series(owner, QStringLiteral("day"), QStringLiteral("calls"), monthStart, m_now);
    const auto traffic =
        data().series(owner, QStringLiteral("day"), QStringLiteral("traffic"), monthStart, m_now);
    for (const auto &bucket : calls)
        monthCalls += bucket.second;
    for (const auto &bucket : traffic)
        monthTraffic += bucket.second;
    QCOMPARE(field("daily_api_calls"), calls.constLast().second);
    QCOMPARE(field("monthly_api_calls"), monthCalls);
    QCOMPARE(field("daily_traffic"), traffic.constLast().second);
    QCOMPARE(field("monthly_traffic"), monthTraffic);
    QVERIFY(monthCalls > field("daily_api_calls"));
    QCOMPARE(field("daily_process"),
             static_cast<qint64>(std::floor(data().processSeconds(user.id, dayStart, m_now))));
    QCOMPARE(field("monthly_process"),
             static_cast<qint64>(std::floor(data().processSeconds(user.id, monthStart, m_now))));

    // The same numbers over HTTP, from usage/api.
    if (!viewer) {
        const Series today = usage({{QStringLiteral("eid"), owner},
                                    {QStringLiteral("scale"), QStringLiteral("day")},
                                    {QStringLiteral("param"), QStringLiteral("calls")},
                                    {QStringLiteral("from_date"), wireDate(dayStart)},
                                    {QStringLiteral("to_date"), wireDate(m_now)}});
        QCOMPARE(today.size(), qsizetype(1));
        QCOMPARE(field("daily_api_calls"), today.constFirst().second);
    }

    if (viewer) {
        QCOMPARE(field("max_daily_api_calls"), qint64(0));
        QCOMPARE(field("available_storage"), qint64(0));
        QVERIFY(s.value(QStringLiteral("remaining_days")).isNull());
    } else {
        QCOMPARE(field("max_daily_api_calls"), user.plan.dailyApiCalls);
        QCOMPARE(field("max_monthly_traffic"), user.plan.monthlyTraffic);
        QCOMPARE(field("max_monthly_process"), user.plan.monthlyProcess);
        QCOMPARE(field("available_storage") + field("used_storage"), user.plan.storage);
        QVERIFY(field("remaining_days") > 0);
    }
}

void TestSandbox::usageUpdate()
{
    const QString query = QStringLiteral("usage/update?apikey=") + QString::fromLatin1(m_adminKey);
    const int before = m_server->requestCount(QStringLiteral("usage/update"));
    Reply reply = post(query, QByteArrayLiteral("{}"));
    QCOMPARE(reply.status, 200);
    const Reply summary =
        get(QStringLiteral("usage/summary?apikey=") + QString::fromLatin1(m_adminKey));
    QCOMPARE(reply.body, summary.body);

    const QByteArray forViewer =
        QStringLiteral("{\"user_id\": %1}").arg(data().otherUser().id).toUtf8();
    reply = post(query, forViewer);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().object().value(QStringLiteral("remaining_days")).isNull());

    QCOMPARE(post(query, QByteArrayLiteral("{\"user_id\": ")).status, 422);
    QCOMPARE(post(query, QByteArrayLiteral("{\"user_id\": \"me\"}")).status, 422);
    QCOMPARE(post(query, QByteArrayLiteral("[1]")).status, 422);
    QCOMPARE(m_server->requestCount(QStringLiteral("usage/update")), before + 5);

    const auto requests = m_server->requests();
    const auto lastUpdate = std::find_if(requests.crbegin(), requests.crend(), [](const auto &r) {
        return r.path == QStringLiteral("usage/update") && r.body.contains("user_id\": ");
    });
    QVERIFY(lastUpdate != requests.crend());
    QCOMPARE(lastUpdate->method, QByteArrayLiteral("POST"));
}

void TestSandbox::processMatchesData_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    const qint64 admin = data().mainUser().id;
    const qint64 viewer = data().otherUser().id;
    QTest::newRow("days_before_now=5")
        << QStringLiteral("days_before_now=5") << admin << m_now.addDays(-5) << m_now;
    const QDateTime from(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2025, 6, 30), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("dates") << QStringLiteral("from_date=%1&to_date=%2")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(wireDate(from))),
                                       QString::fromLatin1(QUrl::toPercentEncoding(wireDate(to))))
                           << admin << from << to;
    QTest::newRow("viewer by user_id")
        << QStringLiteral("user_id=%1&days_before_now=30").arg(viewer) << viewer
        << m_now.addDays(-30) << m_now;
}

void TestSandbox::processMatchesData()
{
    QFETCH(QString, query);
    QFETCH(qint64, userId);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const Reply reply = get(QStringLiteral("usage/process?") + query + QStringLiteral("&apikey=") +
                            QString::fromLatin1(m_adminKey));
    QCOMPARE(reply.status, 200);
    static const QRegularExpression bareNumber(QStringLiteral("^\\d+\\.\\d{6}$"));
    QVERIFY2(bareNumber.match(QString::fromLatin1(reply.body)).hasMatch(), reply.body.constData());
    const double expected = data().processSeconds(userId, from, to);
    QVERIFY(expected > 0.0);
    QCOMPARE(reply.body, QByteArray::number(expected, 'f', 6));
    QVERIFY(std::abs(reply.json().isNull() ? reply.body.toDouble() - expected : 0.0) < 1e-6);
}

void TestSandbox::faults_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("status"); // 0: a network error
    QTest::addColumn<QString>("check");
    const QString summary = QStringLiteral("usage/summary");
    QTest::newRow("status:503") << QStringLiteral("usage/summary=status:503") << summary << 503
                                << QStringLiteral("retry-after");
    QTest::newRow("status:429") << QStringLiteral("usage/summary=status:429") << summary << 429
                                << QStringLiteral("retry-after");
    QTest::newRow("status:500") << QStringLiteral("usage/summary=status:500") << summary << 500
                                << QStringLiteral("detail");
    QTest::newRow("status:401") << QStringLiteral("usage/summary=status:401") << summary << 401
                                << QStringLiteral("detail");
    QTest::newRow("status:422") << QStringLiteral("usage/summary=status:422") << summary << 422
                                << QStringLiteral("detail-list");
    QTest::newRow("malformed") << QStringLiteral("usage/summary=malformed") << summary << 200
                               << QStringLiteral("malformed");
    QTest::newRow("truncate") << QStringLiteral("usage/summary=truncate") << summary << 0
                              << QString();
    QTest::newRow("drop") << QStringLiteral("usage/summary=drop") << summary << 0 << QString();
    QTest::newRow("html") << QStringLiteral("usage/summary=html") << summary << 502
                          << QStringLiteral("html");
    QTest::newRow("body:TEXT") << QStringLiteral(
                                      "usage/summary=body:{\"daily_api_calls\": \"many\"}")
                               << summary << 200 << QStringLiteral("body");
    QTest::newRow("redirect") << QStringLiteral(
                                     "usage/summary=redirect:http://127.0.0.1:9/elsewhere")
                              << summary << 307 << QStringLiteral("redirect");
    QTest::newRow("path with slash, request without")
        << QStringLiteral("users/me=status:503") << QStringLiteral("users/me/") << 503
        << QStringLiteral("retry-after");
    QTest::newRow("wildcard") << QStringLiteral("*=status:502") << QStringLiteral("apikeys/") << 502
                              << QStringLiteral("detail");
}

void TestSandbox::faults()
{
    QFETCH(QString, rule);
    QFETCH(QString, request);
    QFETCH(int, status);
    QFETCH(QString, check);
    QString error;
    QVERIFY2(m_server->addFault(rule, &error), qPrintable(error));
    const Reply reply = get(request + QStringLiteral("?apikey=") + QString::fromLatin1(m_adminKey));
    m_server->clearFaults();

    if (status == 0) {
        QVERIFY2(reply.error != QNetworkReply::NoError, reply.body.constData());
        QVERIFY(reply.error != QNetworkReply::TimeoutError);
    } else {
        QCOMPARE(reply.status, status);
    }
    if (check == QStringLiteral("retry-after")) {
        QCOMPARE(reply.header("Retry-After"), QByteArrayLiteral("1"));
        QCOMPARE(reply.detailText(),
                 QString::fromLatin1(sandbox::HttpAnswer::reasonPhrase(status)));
    } else if (check == QStringLiteral("detail")) {
        QVERIFY(reply.header("Retry-After").isNull());
        QCOMPARE(reply.detailText(),
                 QString::fromLatin1(sandbox::HttpAnswer::reasonPhrase(status)));
    } else if (check == QStringLiteral("detail-list")) {
        QVERIFY(reply.json().object().value(QStringLiteral("detail")).isArray());
    } else if (check == QStringLiteral("malformed")) {
        QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));
        QJsonParseError parseError{};
        QJsonDocument::fromJson(reply.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
    } else if (check == QStringLiteral("html")) {
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("<html>"));
    } else if (check == QStringLiteral("body")) {
        QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json"));
        QCOMPARE(reply.body, QByteArrayLiteral("{\"daily_api_calls\": \"many\"}"));
    } else if (check == QStringLiteral("redirect")) {
        QCOMPARE(reply.header("Location"), QByteArrayLiteral("http://127.0.0.1:9/elsewhere"));
    }
    // Once the rule is gone the path answers normally again.
    QCOMPARE(get(request + QStringLiteral("?apikey=") + QString::fromLatin1(m_adminKey)).status,
             200);
}

void TestSandbox::faultDelay()
{
    // The delay is a precise timer started when the request arrives: no answer sooner.
    QVERIFY(m_server->addFault(QStringLiteral("usage/summary=delay:400")));
    const QString key = QStringLiteral("?apikey=") + QString::fromLatin1(m_adminKey);
    const Reply late = get(QStringLiteral("usage/summary") + key);
    QCOMPARE(late.status, 200);
    QVERIFY2(late.elapsedMs >= 400, qPrintable(QString::number(late.elapsedMs)));
    QVERIFY(late.json().isObject());
}

void TestSandbox::faultHold()
{
    // A held answer waits for the test, and holds up no other path.
    QVERIFY(m_server->addFault(QStringLiteral("usage/summary=hold#1")));
    const QString key = QStringLiteral("?apikey=") + QString::fromLatin1(m_adminKey);
    QNetworkRequest request(url(QStringLiteral("usage/summary") + key));
    QNetworkReply *held = m_nam.get(request);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 20000);
    const Reply other = get(QStringLiteral("users/me/") + key);
    QCOMPARE(other.status, 200);
    QVERIFY(!held->isFinished());
    QCOMPARE(m_server->heldCount(), 1);
    m_server->releaseHeld();
    QCOMPARE(m_server->heldCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 20000);
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(QJsonDocument::fromJson(held->readAll()).isObject());
    held->deleteLater();
}

void TestSandbox::faultCountIsSpent()
{
    QVERIFY(m_server->addFault(QStringLiteral("usage/summary=status:503#2")));
    const QString query = QStringLiteral("usage/summary?apikey=") + QString::fromLatin1(m_adminKey);
    const int before = m_server->requestCount(QStringLiteral("usage/summary"));
    QCOMPARE(get(query).status, 503);
    QCOMPARE(get(query).status, 503);
    QCOMPARE(get(query).status, 200);
    QCOMPARE(get(query).status, 200);
    QCOMPARE(m_server->requestCount(QStringLiteral("usage/summary")), before + 4);
    // Only matching requests use up the count.
    QVERIFY(m_server->addFault(QStringLiteral("usage/summary=status:500#1")));
    QCOMPARE(get(QStringLiteral("users/me/?apikey=") + QString::fromLatin1(m_adminKey)).status,
             200);
    QCOMPARE(get(query).status, 500);
    QCOMPARE(get(query).status, 200);
}

void TestSandbox::faultBeforeAuthentication()
{
    QVERIFY(m_server->addFault(QStringLiteral("usage/api=status:503")));
    const int before = m_server->requestCount(QStringLiteral("usage/api"));
    QCOMPARE(get(QStringLiteral("usage/api?eid=1")).status, 503);
    QCOMPARE(m_server->requestCount(QStringLiteral("usage/api")), before + 1);
}

void TestSandbox::faultRuleSyntax_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("valid");
    QTest::newRow("drop#3") << QStringLiteral("usage/api=drop#3") << true;
    QTest::newRow("wildcard delay") << QStringLiteral("*=delay:10") << true;
    QTest::newRow("full path") << QStringLiteral("/v1/users/me/=html") << true;
    QTest::newRow("body with = and #x")
        << QStringLiteral("usage/api=body:{\"a\":\"b=c#x\"}") << true;
    QTest::newRow("redirect#1") << QStringLiteral("usage/api=redirect:http://127.0.0.1:9/#1")
                                << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no action") << QStringLiteral("usage/api") << false;
    QTest::newRow("no path") << QStringLiteral("=drop") << false;
    QTest::newRow("unknown action") << QStringLiteral("usage/api=explode") << false;
    QTest::newRow("status not a number") << QStringLiteral("usage/api=status:abc") << false;
    QTest::newRow("status unknown") << QStringLiteral("usage/api=status:299") << false;
    QTest::newRow("negative delay") << QStringLiteral("usage/api=delay:-5") << false;
    QTest::newRow("count zero") << QStringLiteral("usage/api=drop#0") << false;
    QTest::newRow("argument on drop") << QStringLiteral("usage/api=drop:now") << false;
    QTest::newRow("empty redirect") << QStringLiteral("usage/api=redirect:") << false;
}

void TestSandbox::faultRuleSyntax()
{
    QFETCH(QString, rule);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(m_server->addFault(rule, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    m_server->clearFaults();
}

void TestSandbox::latencyOption()
{
    SandboxOptions options;
    options.seed = m_seed;
    options.apiKeys = {m_adminKey};
    options.now = m_now;
    options.latencyMs = 250;
    SandboxServer slow(options);
    const quint16 port = slow.listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const Reply reply =
        send(QByteArrayLiteral("GET"),
             url(QStringLiteral("users/me/?apikey=") + QString::fromLatin1(m_adminKey), port));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 250, qPrintable(QString::number(reply.elapsedMs)));
}

void TestSandbox::recordsRequests()
{
    m_server->clearRequests();
    QCOMPARE(m_server->requests().size(), qsizetype(0));
    const QByteArray query = "eid=" + QByteArray::number(data().mainUser().id) +
                             "&scale=hour&param=calls&from_date=2025-07-15T00%3A00%3A00.000000"
                             "&to_date=2025-07-15T12%3A00%3A00.000000&limit=3&apikey=" +
                             m_adminKey;
    const Reply reply = get(QStringLiteral("usage/api?") + QString::fromLatin1(query));
    QCOMPARE(reply.status, 200);
    get(QStringLiteral("apikeys/?search=web+map&apikey=") + QString::fromLatin1(m_adminKey));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), qsizetype(2));
    QCOMPARE(requests.at(0).method, QByteArrayLiteral("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("usage/api"));
    QCOMPARE(requests.at(0).rawQuery, query); // still percent-encoded: %3A stays
    QCOMPARE(requests.at(0).header("Accept"), QByteArrayLiteral("application/json"));
    QVERIFY(requests.at(0).body.isEmpty());
    QCOMPARE(requests.at(1).path, QStringLiteral("apikeys/"));
    QVERIFY(requests.at(1).rawQuery.startsWith("search=web+map&"));
    QCOMPARE(m_server->requestCount(QStringLiteral("apikeys")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("usage/api")), 1);
}

void TestSandbox::keepAlive()
{
    // Two requests, one after the other, on one TCP connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    const auto exchange = [&](const QByteArray &target) {
        socket.write("GET /v1/" + target +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Accept: application/json\r\nConnection: keep-alive\r\n\r\n");
        QByteArray buffer;
        qsizetype needed = -1;
        const bool complete = QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                                       QRegularExpression::CaseInsensitiveOption);
                const auto m = length.match(QString::fromLatin1(buffer.left(end)));
                needed = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
                return buffer.size() >= needed;
            },
            5000);
        return complete ? buffer : QByteArray();
    };
    const int before = m_server->requestCount(QStringLiteral("users/me/"));
    const QByteArray first = exchange("users/me/?f=json&apikey=" + m_adminKey);
    QVERIFY2(first.startsWith("HTTP/1.1 200"), first.constData());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    const QByteArray second = exchange("users/me/?f=json&apikey=" + m_adminKey);
    QVERIFY2(second.startsWith("HTTP/1.1 200"), second.constData());
    QCOMPARE(first, second);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->requestCount(QStringLiteral("users/me/")), before + 2);

    // And with QNetworkAccessManager, two sequential requests both succeed.
    const QString query =
        QStringLiteral("users/me/?f=json&apikey=") + QString::fromLatin1(m_adminKey);
    QCOMPARE(get(query).status, 200);
    QCOMPARE(get(query).status, 200);
}

// ---- The service's time zone: buckets on the zone's clock, sums that still add up ----

SandboxServer *TestSandbox::zoned(const QString &zone, const QDateTime &now)
{
    const QString name = zone + QLatin1Char('@') + now.toString(Qt::ISODate);
    if (const auto found = m_zoned.find(name); found != m_zoned.end())
        return found->second.get();
    const QTimeZone timeZone(zone.toUtf8());
    if (!timeZone.isValid()) {
        qWarning("time zone %s is not known to this system", qPrintable(zone));
        return nullptr;
    }
    SandboxOptions options;
    options.seed = m_seed;
    options.apiKeys = {m_adminKey};
    options.now = now;
    options.timeZone = timeZone;
    auto server = std::make_unique<SandboxServer>(options);
    if (server->listenOn(QHostAddress::LocalHost, 0) == 0)
        return nullptr;
    return m_zoned.emplace(name, std::move(server)).first->second.get();
}

void TestSandbox::zoneDayIsSumOfHours_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("account"); // else the biggest key
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QDate>("from"); // a local date: 13 whole days from it
    QTest::addColumn<QDate>("changeDay");
    QTest::addColumn<int>("hoursOnChangeDay"); // counted from the data model, zeros included
    const QDate spring(2025, 3, 30);
    const QDate autumn(2024, 10, 27);
    for (const QString &zone :
         {QStringLiteral("UTC"), QStringLiteral("Asia/Tehran"), QStringLiteral("Europe/Berlin")}) {
        const bool berlin = zone == QStringLiteral("Europe/Berlin");
        for (const bool account : {true, false}) {
            for (const QString &metric : {QStringLiteral("calls"), QStringLiteral("traffic")}) {
                const QString who = account ? QStringLiteral("account") : QStringLiteral("key");
                QTest::addRow("%s %s %s, spring", qPrintable(zone), qPrintable(who),
                              qPrintable(metric))
                    << zone << account << metric << spring.addDays(-5) << spring
                    << (berlin ? 23 : 24);
            }
        }
        QTest::addRow("%s account calls, autumn", qPrintable(zone))
            << zone << true << QStringLiteral("calls") << autumn.addDays(-3) << autumn
            << (berlin ? 25 : 24);
    }
}

void TestSandbox::zoneDayIsSumOfHours()
{
    QFETCH(QString, zone);
    QFETCH(bool, account);
    QFETCH(QString, metric);
    QFETCH(QDate, from);
    QFETCH(QDate, changeDay);
    QFETCH(int, hoursOnChangeDay);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const QTimeZone tz(zone.toUtf8());
    const SandboxData &model = server->data();
    const QString owner = account ? QString::number(model.mainUser().id)
                                  : QString::fromLatin1(model.apiKeys().constFirst().key);
    const QDate to = from.addDays(12); // whole local days, the change day among them
    const QList<QPair<QString, QString>> range = {
        {QStringLiteral("eid"), owner},
        {QStringLiteral("param"), metric},
        {QStringLiteral("from_date"), localWire(from)},
        {QStringLiteral("to_date"), localWire(to, QTime(23, 59, 59))},
        {QStringLiteral("limit"), QStringLiteral("10000")}};
    const Series days = usage(
        range + QList<QPair<QString, QString>>{{QStringLiteral("scale"), QStringLiteral("day")}},
        {}, portOf(server));
    const Series hours = usage(
        range + QList<QPair<QString, QString>>{{QStringLiteral("scale"), QStringLiteral("hour")}},
        {}, portOf(server));
    QVERIFY(days.size() >= 10);
    QVERIFY(hours.size() > 10 * days.size());
    QCOMPARE(days.constFirst().first, localName(from));
    for (const auto &[name, value] : days)
        QVERIFY2(name.endsWith(QStringLiteral("T00:00:00")), qPrintable(name)); // local midnight
    QMap<QString, qint64> fromHours;
    for (const auto &[day, total] : groupBy(hours, 10).asKeyValueRange())
        fromHours.insert(day + QStringLiteral("T00:00:00"), total);
    QCOMPARE(toMap(days), fromHours);

    // The day of a DST change has the zone's count of hours (the truth, zeros included).
    const QDateTime dayStart(changeDay, QTime(0, 0), tz);
    const auto truth =
        model.series(owner, QStringLiteral("hour"), metric, dayStart, dayStart.addSecs(26 * 3600));
    int hoursOfDay = 0;
    for (const auto &bucket : truth) {
        if (bucket.first.toTimeZone(tz).date() == changeDay)
            ++hoursOfDay;
    }
    QCOMPARE(hoursOfDay, hoursOnChangeDay);
    QCOMPARE(truth.constFirst().first, dayStart);
}

void TestSandbox::zoneMonthIsSumOfDays_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("metric");
    for (const QString &zone :
         {QStringLiteral("UTC"), QStringLiteral("Asia/Tehran"), QStringLiteral("Europe/Berlin")}) {
        for (const QString &metric : {QStringLiteral("calls"), QStringLiteral("traffic")})
            QTest::addRow("%s %s", qPrintable(zone), qPrintable(metric)) << zone << metric;
    }
}

void TestSandbox::zoneMonthIsSumOfDays()
{
    QFETCH(QString, zone);
    QFETCH(QString, metric);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const QString owner = QString::number(server->data().mainUser().id);
    // Two DST changes in Berlin (27 Oct 2024, 30 Mar 2025) and the running month.
    const QList<QPair<QString, QString>> common = {
        {QStringLiteral("eid"), owner},
        {QStringLiteral("param"), metric},
        {QStringLiteral("from_date"), localWire(QDate(2024, 9, 1))},
        {QStringLiteral("to_date"), localWire(QDate(2026, 1, 1))},
        {QStringLiteral("limit"), QStringLiteral("1000")}};
    const Series months = usage(
        common + QList<QPair<QString, QString>>{{QStringLiteral("scale"), QStringLiteral("month")}},
        {}, portOf(server));
    const Series days = usage(
        common + QList<QPair<QString, QString>>{{QStringLiteral("scale"), QStringLiteral("day")}},
        {}, portOf(server));
    QCOMPARE(months.size(), qsizetype(11)); // September 2024 to July 2025
    QCOMPARE(months.constLast().first, QStringLiteral("2025-07-01T00:00:00"));
    QMap<QString, qint64> fromDays;
    for (const auto &[month, total] : groupBy(days, 7).asKeyValueRange())
        fromDays.insert(month + QStringLiteral("-01T00:00:00"), total);
    QCOMPARE(toMap(months), fromDays);
}

void TestSandbox::zoneAccountIsSumOfKeys_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("scale");
    for (const QString &zone : {QStringLiteral("Asia/Tehran"), QStringLiteral("Europe/Berlin")}) {
        for (const QString &scale : {QStringLiteral("hour"), QStringLiteral("day")})
            QTest::addRow("%s %s", qPrintable(zone), qPrintable(scale)) << zone << scale;
    }
}

void TestSandbox::zoneAccountIsSumOfKeys()
{
    QFETCH(QString, zone);
    QFETCH(QString, scale);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const QList<QPair<QString, QString>> common = {
        {QStringLiteral("scale"), scale},
        {QStringLiteral("param"), QStringLiteral("traffic")},
        {QStringLiteral("days_before_now"), QStringLiteral("150")}, // 30 Mar 2025 among them
        {QStringLiteral("limit"), QStringLiteral("10000")}};
    const qint64 userId = server->data().mainUser().id;
    const Series account = usage(
        common + QList<QPair<QString, QString>>{{QStringLiteral("eid"), QString::number(userId)}},
        {}, portOf(server));
    QVERIFY(account.size() > 100);
    // Hour names repeat where a DST change repeats an hour: sum by name on both sides.
    QMap<QString, qint64> total;
    for (const auto &key : server->data().apiKeysOf(userId)) {
        for (const auto &[name, value] :
             usage(common + QList<QPair<QString, QString>>{{QStringLiteral("eid"),
                                                            QString::fromLatin1(key.key)}},
                   {}, portOf(server)))
            total[name] += value;
    }
    QCOMPARE(groupBy(account, 19), total);
}

void TestSandbox::zoneBucketStarts_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day"); // local
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("hours");
    const auto utc = [](int y, int m, int d, int h, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    };
    QTest::newRow("Asia/Tehran: 20:30Z the day before")
        << QStringLiteral("Asia/Tehran") << QDate(2025, 7, 10) << utc(2025, 7, 9, 20, 30) << 24;
    QTest::newRow("Asia/Tehran, first of the month")
        << QStringLiteral("Asia/Tehran") << QDate(2025, 6, 1) << utc(2025, 5, 31, 20, 30) << 24;
    QTest::newRow("UTC: midnight")
        << QStringLiteral("UTC") << QDate(2025, 7, 10) << utc(2025, 7, 10, 0) << 24;
    QTest::newRow("Europe/Berlin, summer time")
        << QStringLiteral("Europe/Berlin") << QDate(2025, 7, 10) << utc(2025, 7, 9, 22) << 24;
    QTest::newRow("Europe/Berlin, spring forward")
        << QStringLiteral("Europe/Berlin") << QDate(2025, 3, 30) << utc(2025, 3, 29, 23) << 23;
    QTest::newRow("Europe/Berlin, fall back")
        << QStringLiteral("Europe/Berlin") << QDate(2024, 10, 27) << utc(2024, 10, 26, 22) << 25;
}

void TestSandbox::zoneBucketStarts()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QDateTime, start);
    QFETCH(int, hours);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const SandboxData &model = server->data();
    int checked = 0;
    int hoursNamed = 0;
    // Both users (the admin may read the Viewer's usage): each has its own idle days.
    for (const qint64 userId : {model.mainUser().id, model.otherUser().id}) {
        if (model.isZeroDay(userId, day))
            continue;
        // What the data model's hours from `start` on hold, summed over the user's keys.
        const auto hoursFrom = [&](int count) {
            qint64 sum = 0;
            for (int k = 0; k < model.apiKeys().size(); ++k) {
                if (model.apiKeys().at(k).ownerId != userId)
                    continue;
                for (int h = 0; h < count; ++h)
                    sum += model.hourly(k, start.addSecs(3600LL * h));
            }
            return sum;
        };
        const QList<QPair<QString, QString>> common = {
            {QStringLiteral("eid"), QString::number(userId)},
            {QStringLiteral("param"), QStringLiteral("calls")},
            {QStringLiteral("from_date"), localWire(day)},
            {QStringLiteral("to_date"), localWire(day)}};
        const Series dayBucket =
            usage(common + QList<QPair<QString, QString>>{{QStringLiteral("scale"),
                                                           QStringLiteral("day")}},
                  {}, portOf(server));
        QCOMPARE(dayBucket.size(), qsizetype(1));
        QCOMPARE(dayBucket.constFirst().first, localName(day));
        // Exactly the zone's hours of that day: 23 or 25 where DST changes.
        QCOMPARE(dayBucket.constFirst().second, hoursFrom(hours));
        QVERIFY(dayBucket.constFirst().second > 0);
        ++checked;
        const Series hourBucket =
            usage(common + QList<QPair<QString, QString>>{{QStringLiteral("scale"),
                                                           QStringLiteral("hour")}},
                  {}, portOf(server));
        // Its first hour (absent when it holds no calls, as every empty bucket is).
        const qint64 firstHour = hoursFrom(1);
        QCOMPARE(hourBucket.size(), qsizetype(firstHour > 0 ? 1 : 0));
        if (firstHour > 0) {
            QCOMPARE(hourBucket.constFirst().first, localName(day));
            QCOMPARE(hourBucket.constFirst().second, firstHour);
            ++hoursNamed;
        }
        // The data model names the same moment.
        const auto truth = model.series(QString::number(userId), QStringLiteral("day"),
                                        QStringLiteral("calls"), start, start);
        QCOMPARE(truth.size(), qsizetype(1));
        QCOMPARE(truth.constFirst().first.toUTC(), start);
        if (day.day() == 1) {
            const auto month = model.series(QString::number(userId), QStringLiteral("month"),
                                            QStringLiteral("calls"), start.addDays(3), start);
            QCOMPARE(month.constFirst().first.toUTC(), start);
        }
    }
    QVERIFY(checked > 0);
    QVERIFY(hoursNamed > 0);
}

void TestSandbox::zoneReadsLocalDates_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("names"); // the hour buckets answered
    QTest::newRow("Asia/Tehran") << QStringLiteral("Asia/Tehran")
                                 << QStringLiteral("2025-07-10T00:00:00")
                                 << QStringLiteral("2025-07-10T02:00:00.000000")
                                 << QStringList{QStringLiteral("2025-07-10T00:00:00"),
                                                QStringLiteral("2025-07-10T01:00:00"),
                                                QStringLiteral("2025-07-10T02:00:00")};
    QTest::newRow("Europe/Berlin, a time the clock skips is read after the change")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-03-30T02:30:00")
        << QStringLiteral("2025-03-30T04:00:00")
        << QStringList{QStringLiteral("2025-03-30T03:00:00"),
                       QStringLiteral("2025-03-30T04:00:00")};
    QTest::newRow("Europe/Berlin, the repeated hour is named twice")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("2024-10-27T01:00:00")
        << QStringLiteral("2024-10-27T03:00:00")
        << QStringList{QStringLiteral("2024-10-27T01:00:00"), QStringLiteral("2024-10-27T02:00:00"),
                       QStringLiteral("2024-10-27T02:00:00"),
                       QStringLiteral("2024-10-27T03:00:00")};
}

void TestSandbox::zoneReadsLocalDates()
{
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, names);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const Series got =
        usage({{QStringLiteral("eid"), QString::number(server->data().mainUser().id)},
               {QStringLiteral("scale"), QStringLiteral("hour")},
               {QStringLiteral("param"), QStringLiteral("calls")},
               {QStringLiteral("from_date"), from},
               {QStringLiteral("to_date"), to},
               {QStringLiteral("limit"), QStringLiteral("100")}},
              {}, portOf(server));
    QStringList gotNames;
    for (const auto &[name, value] : got)
        gotNames.append(name);
    QCOMPARE(gotNames, names);
}

void TestSandbox::zoneDaysBeforeNow_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("firstHour"); // on the zone's clock; now: 13:37 UTC
    QTest::newRow("UTC") << QStringLiteral("UTC") << 3 << QStringLiteral("2025-07-12T13:00:00");
    QTest::newRow("Asia/Tehran") << QStringLiteral("Asia/Tehran") << 3
                                 << QStringLiteral("2025-07-12T17:00:00");
    // Local days: 15:37 on the clock in winter as in summer, not 150 x 24 hours.
    QTest::newRow("Europe/Berlin, across spring forward")
        << QStringLiteral("Europe/Berlin") << 150 << QStringLiteral("2025-02-15T15:00:00");
}

void TestSandbox::zoneDaysBeforeNow()
{
    QFETCH(QString, zone);
    QFETCH(int, days);
    QFETCH(QString, firstHour);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const qint64 userId = server->data().mainUser().id;
    QVERIFY(!server->data().isZeroDay(userId, QDate::fromString(firstHour.left(10), Qt::ISODate)));
    const Series hours = usage({{QStringLiteral("eid"), QString::number(userId)},
                                {QStringLiteral("scale"), QStringLiteral("hour")},
                                {QStringLiteral("param"), QStringLiteral("calls")},
                                {QStringLiteral("days_before_now"), QString::number(days)},
                                {QStringLiteral("limit"), QStringLiteral("10000")}},
                               {}, portOf(server));
    QVERIFY(!hours.isEmpty());
    QCOMPARE(hours.constFirst().first, firstHour);
}

void TestSandbox::zoneWindowStart_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << QStringLiteral("UTC");
    QTest::newRow("Asia/Tehran") << QStringLiteral("Asia/Tehran");
    QTest::newRow("Europe/Berlin") << QStringLiteral("Europe/Berlin");
}

void TestSandbox::zoneWindowStart()
{
    QFETCH(QString, zone);
    SandboxServer *server = zoned(zone, m_now);
    QVERIFY(server);
    const QTimeZone tz(zone.toUtf8());
    const SandboxData &model = server->data();
    const QDate first = m_now.toTimeZone(tz).date().addDays(-SandboxData::windowDays);
    QCOMPARE(model.windowStart(), QDateTime(first, QTime(0, 0), tz));
    QCOMPARE(model.windowStart().toTimeZone(tz).time(), QTime(0, 0));
    qint64 before = 0;
    qint64 after = 0;
    for (int k = 0; k < model.apiKeys().size(); ++k) {
        before += model.hourly(k, model.windowStart().addSecs(-3600));
        for (int h = 0; h < 24 * 3; ++h)
            after += model.hourly(k, model.windowStart().addSecs(3600LL * h));
    }
    QCOMPARE(before, qint64(0));
    QVERIFY(after > 0);
}

void TestSandbox::zoneSummaryMatchesBuckets_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min, 17), QTimeZone::utc());
    };
    // 00:15 on the 15th in Tehran, still the 14th in UTC and Berlin.
    const QDateTime afterTehranMidnight = utc(2025, 7, 14, 20, 45);
    // 00:40 on 1 August in Tehran; 31 July elsewhere.
    const QDateTime tehranNewMonth = utc(2025, 7, 31, 21, 10);
    for (const QString &zone :
         {QStringLiteral("UTC"), QStringLiteral("Asia/Tehran"), QStringLiteral("Europe/Berlin")}) {
        QTest::addRow("%s, afternoon", qPrintable(zone)) << zone << m_now;
        QTest::addRow("%s, 00:15 in Tehran", qPrintable(zone)) << zone << afterTehranMidnight;
        QTest::addRow("%s, 1 Aug in Tehran", qPrintable(zone)) << zone << tehranNewMonth;
    }
    QTest::newRow("Europe/Berlin, in the repeated hour")
        << QStringLiteral("Europe/Berlin") << utc(2025, 10, 26, 0, 45);
    QTest::newRow("Europe/Berlin, the day after spring forward")
        << QStringLiteral("Europe/Berlin") << utc(2025, 3, 31, 9, 5);
}

void TestSandbox::zoneSummaryMatchesBuckets()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    SandboxServer *server = zoned(zone, now);
    QVERIFY(server);
    const QTimeZone tz(zone.toUtf8());
    const quint16 port = portOf(server);
    const qint64 userId = server->data().mainUser().id;
    const QString key = QStringLiteral("apikey=") + QString::fromLatin1(m_adminKey);
    const Reply reply =
        send(QByteArrayLiteral("GET"), url(QStringLiteral("usage/summary?") + key, port));
    QCOMPARE(reply.status, 200);
    const QJsonObject s = reply.json().object();
    const auto field = [&s](const char *name) {
        return s.value(QLatin1String(name)).toInteger(-1);
    };

    const QDateTime local = now.toTimeZone(tz);
    const QDate today = local.date();
    const QDate monthFirst(today.year(), today.month(), 1);
    const QString nowWire = local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz000"));
    const auto bucket = [&](const QString &scale, const QString &metric, QDate from) {
        const Series got = usage({{QStringLiteral("eid"), QString::number(userId)},
                                  {QStringLiteral("scale"), scale},
                                  {QStringLiteral("param"), metric},
                                  {QStringLiteral("from_date"), localWire(from)},
                                  {QStringLiteral("to_date"), nowWire},
                                  {QStringLiteral("limit"), QStringLiteral("1000")}},
                                 {}, port);
        return got;
    };
    // Today's bucket, named after today's local date (absent on a day without usage).
    const bool idleToday = server->data().isZeroDay(userId, today);
    const Series dayCalls = bucket(QStringLiteral("day"), QStringLiteral("calls"), today);
    const Series dayTraffic = bucket(QStringLiteral("day"), QStringLiteral("traffic"), today);
    QCOMPARE(dayCalls.size(), qsizetype(idleToday ? 0 : 1));
    if (!idleToday) {
        QCOMPARE(dayCalls.constFirst().first, localName(today));
        QCOMPARE(field("daily_api_calls"), dayCalls.constFirst().second);
        QCOMPARE(field("daily_traffic"), dayTraffic.constFirst().second);
    } else {
        QCOMPARE(field("daily_api_calls"), qint64(0));
    }
    // ... which is its hours so far, the running one included.
    qint64 hourSum = 0;
    for (const auto &[name, value] : bucket(QStringLiteral("hour"), QStringLiteral("calls"), today))
        hourSum += value;
    QCOMPARE(field("daily_api_calls"), hourSum);
    // This month's bucket, and its days.
    const Series monthCalls = bucket(QStringLiteral("month"), QStringLiteral("calls"), monthFirst);
    const Series monthTraffic =
        bucket(QStringLiteral("month"), QStringLiteral("traffic"), monthFirst);
    QCOMPARE(monthCalls.size(), qsizetype(1));
    QCOMPARE(monthCalls.constFirst().first, localName(monthFirst));
    QCOMPARE(field("monthly_api_calls"), monthCalls.constFirst().second);
    QCOMPARE(field("monthly_traffic"), monthTraffic.constFirst().second);
    qint64 daySum = 0;
    for (const auto &[name, value] :
         bucket(QStringLiteral("day"), QStringLiteral("calls"), monthFirst))
        daySum += value;
    QCOMPARE(field("monthly_api_calls"), daySum);
    // Processing time: usage/process over the same local ranges.
    const auto process = [&](QDate from) {
        const Reply answer = send(
            QByteArrayLiteral("GET"),
            url(QStringLiteral("usage/process?") +
                    QString::fromLatin1(formEncode({{QStringLiteral("from_date"), localWire(from)},
                                                    {QStringLiteral("to_date"), nowWire}})) +
                    QLatin1Char('&') + key,
                port));
        return answer.status == 200 ? static_cast<qint64>(std::floor(answer.body.toDouble())) : -1;
    };
    QCOMPARE(field("daily_process"), process(today));
    QCOMPARE(field("monthly_process"), process(monthFirst));
    QVERIFY(field("monthly_api_calls") > 0);
}

void TestSandbox::binaryTimeZone()
{
    // The executable's --time-zone answers as the in-process option does.
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN),
                  {QStringLiteral("--seed"), QString::number(m_seed), QStringLiteral("--apikey"),
                   QString::fromLatin1(m_adminKey), QStringLiteral("--now"),
                   m_now.toString(Qt::ISODate), QStringLiteral("--time-zone"),
                   QStringLiteral("Asia/Tehran")});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, 10000));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression listening(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/$"));
    const QRegularExpressionMatch m = listening.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    const auto port = static_cast<quint16>(m.captured(1).toUInt());
    SandboxServer *inProcess = zoned(QStringLiteral("Asia/Tehran"), m_now);
    QVERIFY(inProcess);
    const QString query =
        QStringLiteral(
            "usage/api?eid=%1&scale=hour&param=calls&days_before_now=2&limit=100&apikey=")
            .arg(inProcess->data().mainUser().id) +
        QString::fromLatin1(m_adminKey);
    const Reply fromBinary = send(QByteArrayLiteral("GET"), url(query, port));
    const Reply fromOption = send(QByteArrayLiteral("GET"), url(query, portOf(inProcess)));
    QCOMPARE(fromBinary.status, 200);
    QVERIFY(fromBinary.body.contains("T00:00:00\""));
    QCOMPARE(fromBinary.body, fromOption.body);
    const Reply inUtc = get(query);
    QVERIFY(inUtc.body != fromBinary.body);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandbox::binaryRejectsBadTimeZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("unknown") << QStringLiteral("Mars/Olympus");
    QTest::newRow("empty") << QString();
    QTest::newRow("an offset, not an id") << QStringLiteral("+03:30");
}

void TestSandbox::binaryRejectsBadTimeZone()
{
    QFETCH(QString, zone);
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN), {QStringLiteral("--time-zone"), zone});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray error = process.readAllStandardError();
    QCOMPARE(error.count('\n'), qsizetype(1)); // one line
    QVERIFY2(error.startsWith("geobox-sandbox: --time-zone \"" + zone.toUtf8() + '"'),
             error.constData());
    QVERIFY2(error.contains("IANA"), error.constData());
}

void TestSandbox::binaryHelpNamesTimeZone()
{
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY2(help.contains("--time-zone <zone>"), help.constData());
    QVERIFY2(help.contains("IANA"), help.constData());
}

void TestSandbox::binaryServesAndStops()
{
    const QByteArray key = randomSecret(43);
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN),
                  {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--apikey"),
                   QString::fromLatin1(key), QStringLiteral("--now"),
                   QStringLiteral("2025-07-15T13:37:21Z"), QStringLiteral("--verbose")});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, 10000));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression listening(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/$"));
    const QRegularExpressionMatch m = listening.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    const auto port = static_cast<quint16>(m.captured(1).toUInt());

    const QString apikey = QStringLiteral("&apikey=") + QString::fromLatin1(key);
    const Reply me =
        send(QByteArrayLiteral("GET"), url(QStringLiteral("users/me/?f=json") + apikey, port));
    QCOMPARE(me.status, 200);
    const qint64 id = me.json().object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(id, data().mainUser().id); // same seed, same data
    const Reply days = send(
        QByteArrayLiteral("GET"),
        url(QStringLiteral("usage/api?eid=%1&scale=day&param=calls&days_before_now=5").arg(id) +
                apikey,
            port));
    QCOMPARE(days.status, 200);
    bool ok = false;
    const Series series = parseSeries(days.body, &ok);
    QVERIFY(ok);
    QVERIFY(!series.isEmpty() && series.size() <= 6);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("apikey=REDACTED"), log.constData());
    QVERIFY(!log.contains(key));
}

void TestSandbox::binaryRefusesRemoteHost()
{
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN),
                  {QStringLiteral("--host"), QStringLiteral("10.1.2.3")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--allow-remote"));
}

void TestSandbox::binaryRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"),
                                              QStringLiteral("usage/api=explode")};
    QTest::newRow("username alone")
        << QStringList{QStringLiteral("--username"), QStringLiteral("ana")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("bad now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")};
    QTest::newRow("bad host") << QStringList{QStringLiteral("--host"),
                                             QStringLiteral("not an address")};
}

void TestSandbox::binaryRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
