// The alert rules: thresholds fire once per period (also after a restart, through the memory),
// the highest one reached alone, hysteresis before a threshold is armed again, the forecast's
// crossing, and each spike once.

#include "insights/alertrules.h"

#include <QTest>

using namespace geobox;

namespace {

const QTimeZone utc = QTimeZone::utc();

AlertInput at(const QDateTime &now, qint64 monthlyCalls, qint64 maxMonthlyCalls = 1000)
{
    AlertInput input;
    input.now = now;
    input.summary.monthlyApiCalls = monthlyCalls;
    input.summary.maxMonthlyApiCalls = maxMonthlyCalls;
    return input;
}

QStringList ids(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(a.ruleId + QLatin1Char('@') + a.periodKey);
    return out;
}

} // namespace

class TestAlertRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholds_data();
    void thresholds();
    void oncePerPeriodAcrossRestarts();
    void hysteresis();
    void undoneAlertFiresAgain();
    void forecastExceeds();
    void spikesOnce();
    void rulesOff();
};

void TestAlertRules::thresholds_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<QStringList>("fired");
    QTest::addColumn<int>("level"); // of the first
    QTest::newRow("79%") << qint64(790) << QStringList{} << -1;
    QTest::newRow("80%") << qint64(800)
                         << QStringList{QStringLiteral("monthly_api_calls/threshold/80@2026-12")}
                         << int(AlertLevel::Warning);
    // 100% reached at once: one alert, the critical one.
    QTest::newRow("104%") << qint64(1040)
                          << QStringList{QStringLiteral("monthly_api_calls/threshold/100@2026-12")}
                          << int(AlertLevel::Critical);
}

void TestAlertRules::thresholds()
{
    QFETCH(qint64, used);
    QFETCH(QStringList, fired);
    QFETCH(int, level);
    InMemoryAlertMemory memory;
    AlertEvaluator evaluator({}, &memory);
    const QList<Alert> alerts =
        evaluator.evaluate(at(QDateTime(QDate(2026, 12, 10), QTime(9, 0), utc), used));
    QCOMPARE(ids(alerts), fired);
    if (!alerts.isEmpty()) {
        QCOMPARE(int(alerts.first().level), level);
        QCOMPARE(alerts.first().quota, QStringLiteral("monthly_api_calls"));
    }
}

void TestAlertRules::oncePerPeriodAcrossRestarts()
{
    InMemoryAlertMemory memory;
    const QDateTime dec10(QDate(2026, 12, 10), QTime(9, 0), utc);
    {
        AlertEvaluator first({}, &memory);
        QCOMPARE(first.evaluate(at(dec10, 850)).size(), 1);
        QCOMPARE(first.evaluate(at(dec10.addSecs(3600), 860)).size(), 0);
    }
    // A new evaluator (the app started again, or the collector) with the same memory.
    AlertEvaluator second({}, &memory);
    QCOMPARE(second.evaluate(at(dec10.addDays(1), 870)).size(), 0);
    // 100% is a rule of its own.
    QCOMPARE(ids(second.evaluate(at(dec10.addDays(2), 1000))),
             QStringList{QStringLiteral("monthly_api_calls/threshold/100@2026-12")});
    // A new month is a new period: its use starts again from nothing and climbs.
    const QDateTime jan(QDate(2027, 1, 1), QTime(9, 0), utc);
    QCOMPARE(second.evaluate(at(jan, 10)).size(), 0);
    QCOMPARE(ids(second.evaluate(at(jan.addDays(19), 820))),
             QStringList{QStringLiteral("monthly_api_calls/threshold/80@2027-01")});
}

void TestAlertRules::hysteresis()
{
    // Daily calls hovering at 80% across midnight: the day after, it has not fallen 5 points
    // below since it fired, so it does not fire again; once it has, it may.
    InMemoryAlertMemory memory;
    AlertEvaluator evaluator({}, &memory);
    const QDateTime day1(QDate(2026, 12, 10), QTime(23, 0), utc);
    const auto daily = [](const QDateTime &now, qint64 used) {
        AlertInput input;
        input.now = now;
        input.summary.dailyApiCalls = used;
        input.summary.maxDailyApiCalls = 1000;
        return input;
    };
    QCOMPARE(evaluator.evaluate(daily(day1, 801)).size(), 1);
    QCOMPARE(evaluator.evaluate(daily(day1.addSecs(7200), 799)).size(), 0);  // new day, 79.9%
    QCOMPARE(evaluator.evaluate(daily(day1.addSecs(9000), 802)).size(), 0);  // back at 80.2%
    QCOMPARE(evaluator.evaluate(daily(day1.addSecs(10800), 740)).size(), 0); // 74%: armed
    QCOMPARE(ids(evaluator.evaluate(daily(day1.addSecs(14400), 805))),
             QStringList{QStringLiteral("daily_api_calls/threshold/80@2026-12-11")});
}

void TestAlertRules::undoneAlertFiresAgain()
{
    // A notification that was not delivered is taken back: the next evaluation says it again
    // (its threshold armed again, though the use never fell), and then no more.
    InMemoryAlertMemory memory;
    AlertEvaluator evaluator({}, &memory);
    const QDateTime now(QDate(2026, 12, 10), QTime(9, 0), utc);
    const QList<Alert> first = evaluator.evaluate(at(now, 850));
    QCOMPARE(ids(first), QStringList{QStringLiteral("monthly_api_calls/threshold/80@2026-12")});
    QCOMPARE(evaluator.evaluate(at(now.addSecs(3600), 851)).size(), 0);
    evaluator.undo(first.first());
    QVERIFY(!memory.hasFired(first.first().ruleId, first.first().periodKey));
    QCOMPARE(ids(evaluator.evaluate(at(now.addSecs(7200), 852))), ids(first));
    QCOMPARE(evaluator.evaluate(at(now.addSecs(10800), 853)).size(), 0);
}

void TestAlertRules::forecastExceeds()
{
    InMemoryAlertMemory memory;
    AlertEvaluator evaluator({}, &memory);
    AlertInput input = at(QDateTime(QDate(2026, 12, 10), QTime(9, 0), utc), 500);
    QuotaForecasts forecasts;
    Forecast f;
    f.projected = 1300;
    f.exceedsOn = QDateTime(QDate(2026, 12, 24), QTime(15, 0), utc);
    forecasts.monthlyCalls = f;
    input.forecasts = forecasts;
    const QList<Alert> alerts = evaluator.evaluate(input);
    QCOMPARE(ids(alerts), QStringList{QStringLiteral("monthly_api_calls/forecast@2026-12")});
    QCOMPARE(alerts.first().forecast->exceedsOn, f.exceedsOn);
    QCOMPARE(evaluator.evaluate(input).size(), 0);
    // Under the quota: nothing.
    InMemoryAlertMemory fresh;
    AlertEvaluator other({}, &fresh);
    forecasts.monthlyCalls->projected = 900;
    input.forecasts = forecasts;
    QCOMPARE(other.evaluate(input).size(), 0);
}

void TestAlertRules::spikesOnce()
{
    InMemoryAlertMemory memory;
    AlertEvaluator evaluator({}, &memory);
    AlertInput input = at(QDateTime(QDate(2026, 12, 10), QTime(9, 0), utc), 10);
    const Spike spike{QDateTime(QDate(2026, 12, 10), QTime(7, 0), utc), 900, 100, 300};
    input.spikes = {spike};
    QCOMPARE(ids(evaluator.evaluate(input)), QStringList{QStringLiteral("spike@2026-12-10T07:00")});
    QCOMPARE(evaluator.evaluate(input).size(), 0);
    input.spikes.append({spike.start.addSecs(3600), 800, 100, 300});
    QCOMPARE(ids(evaluator.evaluate(input)), QStringList{QStringLiteral("spike@2026-12-10T08:00")});
}

void TestAlertRules::rulesOff()
{
    InMemoryAlertMemory memory;
    AlertRules rules;
    rules.thresholds = {90};
    rules.spikes = false;
    AlertEvaluator evaluator(rules, &memory);
    AlertInput input = at(QDateTime(QDate(2026, 12, 10), QTime(9, 0), utc), 850);
    input.spikes = {{input.now.addSecs(-3600), 900, 100, 300}};
    QCOMPARE(evaluator.evaluate(input).size(), 0);
    input.summary.monthlyApiCalls = 905;
    QCOMPARE(ids(evaluator.evaluate(input)),
             QStringList{QStringLiteral("monthly_api_calls/threshold/90@2026-12")});
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
