// What the sandbox adds for the insights: --list-spikes prints the spikes the generator made
// for the seed (the same hours SandboxData lists, each really far above the usual), and
// --quota-use puts today's and this month's use at the share asked for.

#include "sandboxdata.h"

#include <QProcess>
#include <QTest>

namespace {

const QDateTime fixedNow(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc());

QStringList listSpikes(quint64 seed)
{
    QProcess process;
    process.start(QStringLiteral(GEOBOX_SANDBOX_BIN),
                  {QStringLiteral("--list-spikes"), QStringLiteral("--seed"), QString::number(seed),
                   QStringLiteral("--now"), fixedNow.toString(Qt::ISODate)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {QStringLiteral("failed")};
    return QString::fromLatin1(process.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestSandboxInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSpikesIsTheDataModels();
    void spikesStandOut();
    void quotaUse_data();
    void quotaUse();
};

void TestSandboxInsights::listSpikesIsTheDataModels()
{
    const sandbox::SandboxData data(2, 0, fixedNow);
    QStringList expected;
    for (const QDateTime &hour : data.spikeHours(data.mainUser().id))
        expected.append(hour.toString(Qt::ISODate));
    // About 3 in 1,000 of the window's 420 days of hours.
    QVERIFY2(expected.size() > 10 && expected.size() < 60,
             qPrintable(QString::number(expected.size())));
    const QStringList printed = listSpikes(2);
    QCOMPARE(printed, expected);
    // One ISO 8601 hour a line, oldest first.
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const QDateTime t = QDateTime::fromString(printed.at(i), Qt::ISODate);
        QVERIFY2(t.isValid() && t.time().minute() == 0 && t.time().second() == 0,
                 qPrintable(printed.at(i)));
        if (i > 0)
            QVERIFY(QDateTime::fromString(printed.at(i - 1), Qt::ISODate) < t);
    }
    // The same seed, the same spikes; another seed, others.
    QCOMPARE(listSpikes(2), printed);
    QVERIFY(listSpikes(3) != printed);
}

void TestSandboxInsights::spikesStandOut()
{
    // Every key of the user runs at 5 to 10 times its usual in a spike: the account's hour is
    // well above the same hour of the week before, unless that one was a spike or idle too.
    const sandbox::SandboxData data(1, 0, fixedNow);
    const QString owner = QString::number(data.mainUser().id);
    const auto hourOf = [&](const QDateTime &t) {
        const auto s = data.series(owner, QStringLiteral("hour"), QStringLiteral("calls"), t, t);
        return s.isEmpty() ? qint64(-1) : s.first().second;
    };
    int compared = 0;
    for (const QDateTime &hour : data.spikeHours(data.mainUser().id)) {
        const qint64 before = hourOf(hour.addDays(-7));
        if (before <= 0)
            continue;
        ++compared;
        QVERIFY2(double(hourOf(hour)) > 2.5 * double(before),
                 qPrintable(hour.toString(Qt::ISODate)));
    }
    QVERIFY(compared > 5);
}

void TestSandboxInsights::quotaUse_data()
{
    QTest::addColumn<double>("share");
    QTest::newRow("50%") << 50.0;
    QTest::newRow("85%") << 85.0;
    QTest::newRow("120%") << 120.0;
}

void TestSandboxInsights::quotaUse()
{
    QFETCH(double, share);
    sandbox::SandboxData data(4, 0, fixedNow);
    const sandbox::UsageSummary plain = data.summary(data.mainUser().id);
    data.setQuotaUse(share);
    const sandbox::UsageSummary s = data.summary(data.mainUser().id);
    // The use is the same; only the maxima follow it, in whole units on the side of the share.
    QCOMPARE(s.monthlyApiCalls, plain.monthlyApiCalls);
    const auto check = [share](qint64 used, qint64 maximum) {
        QVERIFY(used > 0 && maximum > 0);
        const double percent = 100.0 * double(used) / double(maximum);
        if (share <= 100)
            QVERIFY2(percent <= share && percent > share - 100.0 / double(used) * 1.01 - 1e-9,
                     qPrintable(QString::number(percent)));
        else
            QVERIFY2(percent >= share, qPrintable(QString::number(percent)));
    };
    check(s.monthlyApiCalls, s.maxMonthlyApiCalls);
    check(s.dailyApiCalls, s.maxDailyApiCalls);
    check(s.monthlyTraffic, s.maxMonthlyTraffic);
    check(s.dailyTraffic, s.maxDailyTraffic);
    check(s.monthlyProcess, s.maxMonthlyProcess);
    // Back to the plan's own figures.
    data.setQuotaUse(std::nullopt);
    QCOMPARE(data.summary(data.mainUser().id).maxMonthlyApiCalls, plain.maxMonthlyApiCalls);
}

QTEST_GUILESS_MAIN(TestSandboxInsights)
#include "tst_sandboxinsights.moc"
