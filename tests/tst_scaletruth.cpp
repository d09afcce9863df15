// Every scale tells the same truth: for ranges that cut weeks and months at both ends, in
// UTC and in Asia/Tehran (the sandbox bucketing in that zone, the client's service zone
// set alike), the total at Hour, Day, Week and Month is the same number, and it is the
// sandbox's own sum of the range's hours. Over the library (DashboardState, the code the
// window and the command line share) against geobox-sandbox over HTTP.

#include "dashboardstate.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace geobox;

class TestScaleTruth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameTotalAtEveryScale_data();
    void sameTotalAtEveryScale();
    void exportAgreesAtEveryScale_data();
    void exportAgreesAtEveryScale();

private:
    testing::SandboxFixture &sandboxFor(const QString &zone);
    std::optional<DashboardSnapshot> fetch(testing::SandboxFixture &sandbox,
                                           const DashboardQuery &query);

    testing::SandboxFixture m_utc;
    testing::SandboxFixture m_tehran;
    QNetworkAccessManager m_network;
};

void TestScaleTruth::initTestCase()
{
    QVERIFY(m_utc.start(23));
    m_tehran.timeZone = QTimeZone("Asia/Tehran");
    QVERIFY(m_tehran.timeZone.isValid());
    QVERIFY(m_tehran.start(23));
}

testing::SandboxFixture &TestScaleTruth::sandboxFor(const QString &zone)
{
    return zone == QLatin1String("UTC") ? m_utc : m_tehran;
}

std::optional<DashboardSnapshot> TestScaleTruth::fetch(testing::SandboxFixture &sandbox,
                                                       const DashboardQuery &query)
{
    // The fixture's configuration reads timestamps in the sandbox's zone.
    UsageClient client(&m_network, sandbox.clientConfig());
    client.setCredentials(Credentials::apiKey(sandbox.apiKey));
    DashboardState state(&client);
    QSignalSpy changed(&state, &DashboardState::snapshotChanged);
    QSignalSpy failed(&state, &DashboardState::failed);
    state.setQuery(query);
    if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000) ||
        !failed.isEmpty())
        return std::nullopt;
    return state.snapshot();
}

void TestScaleTruth::sameTotalAtEveryScale_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("resource"); // "account" or "key"
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    // The sandbox's now is Fri 20 Nov 2026 14:30 UTC (18:00 in Tehran).
    for (const char *zone : {"UTC", "Asia/Tehran"}) {
        const auto row = [zone](const char *name) { return &QTest::addRow("%s: %s", zone, name); };
        *row("cuts weeks and months at both ends")
            << QString::fromLatin1(zone) << QStringLiteral("account") << QDate(2026, 8, 13)
            << QDate(2026, 10, 21);
        *row("inside one month, cutting two weeks")
            << QString::fromLatin1(zone) << QStringLiteral("account") << QDate(2026, 10, 7)
            << QDate(2026, 10, 15);
        *row("last 7 days, the running week and month")
            << QString::fromLatin1(zone) << QStringLiteral("account") << QDate(2026, 11, 14)
            << QDate(2026, 11, 20);
        *row("whole months") << QString::fromLatin1(zone) << QStringLiteral("account")
                             << QDate(2026, 9, 1) << QDate(2026, 10, 31);
        *row("one key, across a year end") << QString::fromLatin1(zone) << QStringLiteral("key")
                                           << QDate(2025, 12, 20) << QDate(2026, 2, 10);
    }
    QTest::newRow("UTC: 365 days ending today")
        << QStringLiteral("UTC") << QStringLiteral("account") << QDate(2025, 11, 21)
        << QDate(2026, 11, 20);
}

void TestScaleTruth::sameTotalAtEveryScale()
{
    QFETCH(QString, zone);
    QFETCH(QString, resource);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    testing::SandboxFixture &sandbox = sandboxFor(zone);
    const QTimeZone tz = sandbox.timeZone;
    const sandbox::SandboxData &data = sandbox.server->data();
    const sandbox::SandboxUser &main = data.mainUser();
    User me;
    me.id = main.id;
    me.username = main.username;
    ApiKey key;
    const QList<sandbox::SandboxApiKey> keys = data.apiKeysOf(main.id);
    QVERIFY(!keys.isEmpty());
    key.id = keys.first().id;
    key.name = keys.first().name;
    key.key = QString::fromLatin1(keys.first().key);

    DashboardQuery query;
    query.resource =
        resource == QLatin1String("key") ? Resource::apiKey(key) : Resource::account(me);
    query.range = {first, last};
    query.summary = false;
    query.process = false;

    // The truth: the sandbox's own hours of the range, in its zone, up to now.
    const QDateTime from(first, QTime(0, 0), tz);
    const QDateTime to = std::min(sandbox.now, QDateTime(last, QTime(23, 59, 59, 999), tz));
    qint64 truthCalls = 0;
    qint64 truthTraffic = 0;
    for (const auto &[start, value] : data.series(query.resource.eid(), QStringLiteral("hour"),
                                                  QStringLiteral("calls"), from, to))
        truthCalls += value;
    for (const auto &[start, value] : data.series(query.resource.eid(), QStringLiteral("hour"),
                                                  QStringLiteral("traffic"), from, to))
        truthTraffic += value;
    QVERIFY(truthCalls > 0);

    for (const Scale scale : {Scale::Hour, Scale::Day, Scale::Week, Scale::Month}) {
        query.scale = scale;
        const std::optional<DashboardSnapshot> snapshot = fetch(sandbox, query);
        QVERIFY2(snapshot, qPrintable(scaleName(scale)));
        const QString where = scaleName(scale);
        QVERIFY2(snapshot->stats(Metric::Calls).total == truthCalls,
                 qPrintable(QStringLiteral("%1: calls %2, the range's hours %3")
                                .arg(where)
                                .arg(snapshot->stats(Metric::Calls).total)
                                .arg(truthCalls)));
        QVERIFY2(snapshot->stats(Metric::Traffic).total == truthTraffic,
                 qPrintable(QStringLiteral("%1: traffic %2, the range's hours %3")
                                .arg(where)
                                .arg(snapshot->stats(Metric::Traffic).total)
                                .arg(truthTraffic)));
        // The rows span the range and nothing more: the first starts at its first
        // midnight, each ends where the next starts.
        const QList<UsageRow> &rows = snapshot->rows;
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().start, from);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i - 1].end, rows[i].start);
        if (last < sandbox.now.toTimeZone(tz).date())
            QCOMPARE(rows.last().end, QDateTime(last.addDays(1), QTime(0, 0), tz));
        // A cut bucket is marked, and only a week or a month can be cut.
        const bool firstCut = rows.first().cut;
        if (scale == Scale::Month)
            QCOMPARE(firstCut, first.day() != 1);
        if (scale == Scale::Hour || scale == Scale::Day)
            QVERIFY(
                std::none_of(rows.begin(), rows.end(), [](const UsageRow &r) { return r.cut; }));
    }
}

void TestScaleTruth::exportAgreesAtEveryScale_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("format");
    QTest::newRow("Asia/Tehran, CSV") << QStringLiteral("Asia/Tehran") << QStringLiteral("csv");
    QTest::newRow("UTC, JSON") << QStringLiteral("UTC") << QStringLiteral("json");
}

void TestScaleTruth::exportAgreesAtEveryScale()
{
    // `geobox-usage export` as a process, on the real clock (a process cannot be given
    // ours), against a sandbox bucketing in `zone`, with the service zone set alike in the
    // settings of a throwaway HOME.
    QFETCH(QString, zone);
    QFETCH(QString, format);
    testing::SandboxFixture sandbox;
    sandbox.now = QDateTime();
    sandbox.timeZone = zone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zone.toLatin1());
    QVERIFY(sandbox.start(29));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/Geobox")));
    QFile conf(home.filePath(QStringLiteral(".config/Geobox/geobox-usage.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[connection]\nserviceTimeZone=" + zone.toLatin1() + "\n");
    conf.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GEOBOX_APIKEY"), sandbox.apiKey);

    // From the 10th of the month before last to the 20th of last month: both months cut,
    // both weeks most likely too.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(sandbox.timeZone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-2).addDays(9);
    const QDate last = thisMonth.addMonths(-1).addDays(19);
    const sandbox::SandboxData &data = sandbox.server->data();
    qint64 truth = 0;
    for (const auto &[start, value] :
         data.series(QString::number(data.mainUser().id), QStringLiteral("hour"),
                     QStringLiteral("calls"), QDateTime(first, QTime(0, 0), sandbox.timeZone),
                     QDateTime(last, QTime(23, 59, 59, 999), sandbox.timeZone)))
        truth += value;
    QVERIFY(truth > 0);

    for (const char *scale : {"hour", "day", "week", "month"}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GEOBOX_USAGE_BIN),
                      {QStringLiteral("export"), QStringLiteral("--server"),
                       sandbox.url().toString(), QStringLiteral("--scale"),
                       QString::fromLatin1(scale), QStringLiteral("--from"),
                       first.toString(Qt::ISODate), QStringLiteral("--to"),
                       last.toString(Qt::ISODate), QStringLiteral("--metric"),
                       QStringLiteral("calls"), QStringLiteral("--format"), format});
        // The sandbox answers on this thread: keep the event loop running while waiting.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        qint64 total = 0;
        int cut = 0;
        if (format == QLatin1String("csv")) {
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> cells = lines[i].trimmed().split(',');
                if (cells.size() < 7)
                    continue;
                total += cells[4].toLongLong();
                cut += cells[6] == "true" ? 1 : 0;
            }
        } else {
            for (const QJsonValue &row : QJsonDocument::fromJson(out).array()) {
                total += row.toObject().value(QStringLiteral("calls")).toInteger();
                cut += row.toObject().value(QStringLiteral("partial")).toBool() ? 1 : 0;
            }
        }
        QVERIFY2(total == truth, qPrintable(QStringLiteral("%1: %2 calls, the range's hours %3")
                                                .arg(QLatin1String(scale))
                                                .arg(total)
                                                .arg(truth)));
        if (QByteArray(scale) == "month")
            QCOMPARE(cut, 2); // both months are cut, and marked partial
    }
}

QTEST_GUILESS_MAIN(TestScaleTruth)
#include "tst_scaletruth.moc"
