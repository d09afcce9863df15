// `geobox-usage check` through QProcess against geobox-sandbox on 127.0.0.1 with its quotas set
// by --quota-use: the exit codes 0, 1, 2 at 50%, 85% and 120%, the forecast's warning, and 3
// (UNKNOWN, said on the stdout line) for a server that is down, missing credentials and bad
// arguments; never 4 or 5, and never a secret in the output.

#include "sandboxfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QByteArray err;
};

// The performance data of the status line: label -> its five fields.
QHash<QString, QStringList> performanceData(const QString &line)
{
    QHash<QString, QStringList> out;
    const qsizetype bar = line.indexOf(QLatin1Char('|'));
    if (bar < 0)
        return out;
    for (const QString &item : line.mid(bar + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        out.insert(item.left(eq), item.mid(eq + 1).split(QLatin1Char(';')));
    }
    return out;
}

} // namespace

class TestCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaUse_data();
    void quotaUse();
    void thresholdsMove();
    void forecastWarns();
    void serverDown();
    void unknowns_data();
    void unknowns();
    void help();

private:
    Run run(const QStringList &args, const QString &apiKey);
    QStringList m_secrets;
    // The commands' own HOME (their history file and settings), kept from other runs.
    QTemporaryDir m_home;
};

Run TestCheck::run(const QStringList &args, const QString &apiKey)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!apiKey.isEmpty())
        env.insert(QStringLiteral("GEOBOX_APIKEY"), apiKey);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GEOBOX_USAGE_BIN), QStringList{QStringLiteral("check")} + args);
    // The sandbox answers on this thread: keep the event loop running while we wait.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    process.waitForFinished(1000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = process.readAllStandardError();
    for (const QString &secret : std::as_const(m_secrets)) {
        if (r.out.contains(secret) || r.err.contains(secret.toUtf8()))
            qWarning("a secret was printed");
    }
    return r;
}

void TestCheck::quotaUse_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("50%") << 50.0 << 0 << QStringLiteral("OK");
    QTest::newRow("85%") << 85.0 << 1 << QStringLiteral("WARNING");
    QTest::newRow("120%") << 120.0 << 2 << QStringLiteral("CRITICAL");
}

void TestCheck::quotaUse()
{
    QFETCH(double, share);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    testing::SandboxFixture sandbox;
    sandbox.now = QDateTime(); // the command line reads the real clock
    QVERIFY(sandbox.start(3));
    sandbox.server->setQuotaUse(share);
    m_secrets = {sandbox.apiKey};
    const Run r = run({QStringLiteral("--server"), sandbox.url().toString()}, sandbox.apiKey);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.startsWith(QStringLiteral("GEOBOX USAGE %1 - ").arg(status)), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.err.isEmpty());

    // Performance data for every quota in its own unit, the thresholds at 80% and 100% of
    // each limit, and the use at the share the sandbox was told.
    const QHash<QString, QStringList> perf = performanceData(r.out.trimmed());
    for (const char *label : {"monthly_api_calls", "daily_api_calls", "monthly_traffic",
                              "daily_traffic", "monthly_process", "daily_process", "storage"})
        QVERIFY2(perf.contains(QLatin1String(label)), label);
    const QStringList calls = perf.value(QStringLiteral("monthly_api_calls"));
    QCOMPARE(calls.size(), 5);
    const double used = calls.at(0).toDouble();
    const double maximum = calls.at(4).toDouble();
    QVERIFY(maximum > 0);
    QVERIFY2(std::abs(used / maximum * 100 - share) < 0.5, qPrintable(r.out));
    QCOMPARE(calls.at(1).toDouble(), std::round(maximum * 0.8));
    QCOMPARE(calls.at(2).toDouble(), maximum);
    QCOMPARE(calls.at(3), QStringLiteral("0"));
    QVERIFY(perf.value(QStringLiteral("monthly_traffic")).at(0).endsWith(QLatin1Char('B')));
    QVERIFY(perf.value(QStringLiteral("monthly_process")).at(0).endsWith(QLatin1Char('s')));
    // The line names the fullest quota and its share: "monthly calls 85% (…)" (a quota of a
    // few whole units may stand a little off the share: 2 s of 3 s at 85%).
    const QRegularExpressionMatch named =
        QRegularExpression(QStringLiteral(" - [a-z ]+ ([0-9.]+)% \\(")).match(r.out);
    QVERIFY2(named.hasMatch(), qPrintable(r.out));
    const double percent = named.captured(1).toDouble();
    if (share == 85.0)
        QVERIFY2(percent >= 80 && percent < 100, qPrintable(r.out));
    else if (share == 120.0)
        QVERIFY2(percent >= 120, qPrintable(r.out));
    else
        QVERIFY2(percent < 80, qPrintable(r.out));
}

void TestCheck::thresholdsMove()
{
    testing::SandboxFixture sandbox;
    sandbox.now = QDateTime();
    QVERIFY(sandbox.start(3));
    sandbox.server->setQuotaUse(85);
    const QStringList server = {QStringLiteral("--server"), sandbox.url().toString()};
    // 85% is under -w 90: OK; over -c 85 ... -c 84: CRITICAL.
    QCOMPARE(run(server + QStringList{QStringLiteral("-w"), QStringLiteral("90")}, sandbox.apiKey)
                 .exitCode,
             0);
    const Run critical =
        run(server + QStringList{QStringLiteral("--warning"), QStringLiteral("50"),
                                 QStringLiteral("--critical"), QStringLiteral("84")},
            sandbox.apiKey);
    QCOMPARE(critical.exitCode, 2);
    QVERIFY(critical.out.contains(QStringLiteral("monthly_api_calls=")));
}

void TestCheck::forecastWarns()
{
    // At 50% of every quota the month or the day is rarely half gone: the forecast crosses
    // some quota before its period ends, and --forecast makes that a WARNING (not without).
    testing::SandboxFixture sandbox;
    sandbox.now = QDateTime();
    QVERIFY(sandbox.start(3));
    sandbox.server->setQuotaUse(50);
    const QStringList server = {QStringLiteral("--server"), sandbox.url().toString()};
    const Run plain = run(server, sandbox.apiKey);
    QCOMPARE(plain.exitCode, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double dayGone = now.time().msecsSinceStartOfDay() / 86400000.0;
    if (dayGone > 0.45)
        QSKIP("more than 45% of today is gone: a run rate of 50% need not cross by midnight");
    const Run forecast = run(server + QStringList{QStringLiteral("--forecast")}, sandbox.apiKey);
    QCOMPARE(forecast.exitCode, 1);
    QVERIFY2(forecast.out.contains(QStringLiteral("at this rate")), qPrintable(forecast.out));
}

void TestCheck::serverDown()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                       QStringLiteral("--timeout"), QStringLiteral("5")},
                      QStringLiteral("some-key"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(QStringLiteral("GEOBOX USAGE UNKNOWN - ")), qPrintable(r.out));
    QVERIFY(r.out.size() > 30); // the reason is on the line
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
}

void TestCheck::unknowns_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--nonsense")} << true << QStringLiteral("nonsense");
    QTest::newRow("warning not a number")
        << QStringList{QStringLiteral("-w"), QStringLiteral("lots")} << true
        << QStringLiteral("--warning");
    QTest::newRow("warning above critical")
        << QStringList{QStringLiteral("-w"), QStringLiteral("95"), QStringLiteral("-c"),
                       QStringLiteral("90")}
        << true << QStringLiteral("--critical");
    QTest::newRow("bad user id") << QStringList{QStringLiteral("--user-id"), QStringLiteral("x")}
                                 << true << QStringLiteral("--user-id");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                 << true << QStringLiteral("--timeout");
    QTest::newRow("no credentials") << QStringList{} << false << QStringLiteral("GEOBOX_APIKEY");
}

void TestCheck::unknowns()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QFETCH(QString, says);
    testing::SandboxFixture sandbox;
    sandbox.now = QDateTime();
    QVERIFY(sandbox.start(3));
    const Run r = run(args + QStringList{QStringLiteral("--server"), sandbox.url().toString()},
                      withKey ? sandbox.apiKey : QString());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(QStringLiteral("GEOBOX USAGE UNKNOWN - ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(says), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
}

void TestCheck::help()
{
    const Run r = run({QStringLiteral("--help")}, {});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--warning", "--critical", "--forecast", "--timeout", "--user-id"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
