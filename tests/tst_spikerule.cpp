// The spike rule: median plus k times the median absolute deviation of the same hour of the
// week in the past four weeks, with its floor for a deviation of 0, on tables of made-up
// values and on a series with spikes put where the test knows.

#include "insights/spikerule.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace geobox;

namespace {

// The rule's constants: the rows below are written in them.
constexpr double K = SpikeRule{}.k;
constexpr double F = SpikeRule{}.floorShare;

} // namespace

class TestSpikeRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void median_data();
    void median();
    void rule_data();
    void rule();
    void findsSpikesInASeries();
    void dailySeries();
};

void TestSpikeRule::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << QList<double>{} << 0.0;
    QTest::newRow("odd") << QList<double>{5, 1, 3} << 3.0;
    QTest::newRow("even") << QList<double>{4, 1, 3, 10} << 3.5;
}

void TestSpikeRule::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(geobox::median(values), expected);
}

void TestSpikeRule::rule_data()
{
    QTest::addColumn<QList<double>>("past");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("spike");
    QTest::addColumn<double>("threshold"); // when a spike
    // Median 100, deviations 50, 0, 60, 0 -> MAD 25 (above the floor of 20); threshold
    // 100 + k * 25.
    const QList<double> spread{50, 100, 160, 100};
    QTest::newRow("just above") << spread << qint64(std::floor(100 + K * 25) + 1) << true
                                << 100 + K * 25;
    QTest::newRow("at the threshold") << spread << qint64(std::floor(100 + K * 25)) << false << 0.0;
    QTest::newRow("low is no spike") << spread << qint64(0) << false << 0.0;
    // Every past value alike: MAD 0, the floor F of the median (100) -> 100 + k * 100F.
    const QList<double> alike{100, 100, 100, 100};
    QTest::newRow("mad 0, floor share")
        << alike << qint64(std::floor(100 + K * 100 * F) + 1) << true << 100 + K * 100 * F;
    QTest::newRow("mad 0, under the floor")
        << alike << qint64(std::floor(100 + K * 100 * F)) << false << 0.0;
    // All zeros: the floor of 1 -> 0 + k * 1.
    const QList<double> zeros{0, 0, 0, 0};
    QTest::newRow("zeros, k") << zeros << qint64(K) << false << 0.0;
    QTest::newRow("zeros, k + 1") << zeros << qint64(K) + 1 << true << K;
    // One idle week among them barely moves the median: 100, 105, 110, 0 -> 102.5 (MAD 5,
    // under the floor).
    QTest::newRow("an idle week") << QList<double>{100, 0, 110, 105} << qint64(400) << true
                                  << 102.5 + K * 102.5 * F;
    QTest::newRow("too few weeks") << QList<double>{100} << qint64(10000) << false << 0.0;
}

void TestSpikeRule::rule()
{
    QFETCH(QList<double>, past);
    QFETCH(qint64, value);
    QFETCH(bool, spike);
    QFETCH(double, threshold);
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    const std::optional<Spike> found = spikeAgainst(at, value, past);
    QCOMPARE(found.has_value(), spike);
    if (found) {
        QCOMPARE(found->threshold, threshold);
        QCOMPARE(found->start, at);
        QCOMPARE(found->value, value);
    }
}

void TestSpikeRule::findsSpikesInASeries()
{
    // Six weeks of hours: the hour of the day times 10, plus 0..3 by the week; two spikes put
    // in the last two weeks, and one in the first week, which has no four weeks before it.
    const QDateTime first(QDate(2026, 10, 19), QTime(0, 0), QTimeZone::utc());
    QList<UsageBucket> hours;
    const QList<int> spikes = {5 * 168 + 30, 4 * 168 + 100, 20};
    for (int h = 0; h < 6 * 168; ++h) {
        const QDateTime start = first.addSecs(3600LL * h);
        qint64 value = (h % 24) * 10 + (h / 168) % 4;
        if (spikes.contains(h))
            value *= 6;
        hours.append({start, start.addSecs(3600), value, false, false});
    }
    hours.last().running = true; // never judged
    hours.last().value = 100000;
    const QList<Spike> found = findSpikes(hours, first);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).start, first.addSecs(3600LL * (4 * 168 + 100)));
    QCOMPARE(found.at(1).start, first.addSecs(3600LL * (5 * 168 + 30)));
    QVERIFY(found.at(0).timesUsual() > 5);
    // From a later start, only the later one.
    QCOMPARE(findSpikes(hours, first.addDays(35)).size(), 1);
}

void TestSpikeRule::dailySeries()
{
    // Days: weekdays 1,000, weekends 300; one Saturday at 3,000 is a spike though it is far
    // below a weekday.
    const QDate first(2026, 9, 7); // a Monday
    QList<UsageBucket> days;
    for (int d = 0; d < 42; ++d) {
        const QDate date = first.addDays(d);
        const QDateTime start(date, QTime(0, 0), QTimeZone::utc());
        qint64 value = date.dayOfWeek() >= 6 ? 300 + d % 3 * 10 : 1000 + d % 5 * 20;
        if (d == 40)
            value = 3000;
        days.append({start, start.addDays(1), value, false, false});
    }
    QCOMPARE(first.addDays(40).dayOfWeek(), 6);
    const QList<Spike> found = findSpikes(days, days.first().start);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().start.date(), first.addDays(40));
}

QTEST_GUILESS_MAIN(TestSpikeRule)
#include "tst_spikerule.moc"
