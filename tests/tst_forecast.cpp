// The month-end and midnight forecast: the hour-of-week profile against made-up weeks whose
// truth is known, the 80% interval, the crossing time, and the run rate for processing.

#include "insights/forecast.h"

#include <QTest>

using namespace geobox;

namespace {

const QTimeZone utc = QTimeZone::utc();

// `days` days of hours from `first` (00:00 UTC), each hour `value(hourOfWeek, dayNumber)`.
QList<UsageBucket> weeks(const QDateTime &first, int days,
                         const std::function<qint64(int, int)> &value)
{
    QList<UsageBucket> hours;
    for (int h = 0; h < days * 24; ++h) {
        const QDateTime start = first.addSecs(3600LL * h);
        hours.append(
            {start, start.addSecs(3600), value(hourOfWeek(start, utc), h / 24), false, false});
    }
    return hours;
}

} // namespace

class TestForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourOfWeekSlots_data();
    void hourOfWeekSlots();
    void steadyWeeksProjectExactly_data();
    void steadyWeeksProjectExactly();
    void weekdaysNotAStraightLine();
    void crossingTime();
    void alreadyOver();
    void intervalWidensWithNoise();
    void tooLittleHistory();
    void runRate_data();
    void runRate();
};

void TestForecast::hourOfWeekSlots_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("slot");
    // 2026-11-30 is a Monday.
    QTest::newRow("monday 00:00") << QDateTime(QDate(2026, 11, 30), QTime(0, 0), utc)
                                  << QByteArray("UTC") << 0;
    QTest::newRow("sunday 23:59") << QDateTime(QDate(2026, 11, 29), QTime(23, 59), utc)
                                  << QByteArray("UTC") << 167;
    // 20:30 UTC on Sunday is 00:00 Monday in Tehran (+03:30).
    QTest::newRow("tehran") << QDateTime(QDate(2026, 11, 29), QTime(20, 30), utc)
                            << QByteArray("Asia/Tehran") << 0;
}

void TestForecast::hourOfWeekSlots()
{
    QFETCH(QDateTime, t);
    QFETCH(QByteArray, zone);
    QFETCH(int, slot);
    QCOMPARE(hourOfWeek(t, QTimeZone(zone)), slot);
}

void TestForecast::steadyWeeksProjectExactly_data()
{
    QTest::addColumn<int>("dayOfMonth"); // the forecast is made at the end of this day
    QTest::newRow("day 5") << 5;
    QTest::newRow("day 15") << 15;
    QTest::newRow("day 30") << 30;
}

void TestForecast::steadyWeeksProjectExactly()
{
    // Every week alike: each hour of the week has its own value (slot + 1). The month's end is
    // then known exactly: the sum over every hour of December.
    QFETCH(int, dayOfMonth);
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    const auto value = [](int slot, int) { return qint64(slot + 1); };
    const QDateTime now = monthStart.addDays(dayOfMonth);
    ForecastInput input;
    input.hours = weeks(monthStart.addDays(-35), 35 + dayOfMonth, value);
    input.now = now;
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    double truth = 0;
    double soFar = 0;
    for (const UsageBucket &b : weeks(monthStart, 31, value)) {
        truth += static_cast<double>(b.value);
        if (b.start < now)
            soFar += static_cast<double>(b.value);
    }
    const std::optional<Forecast> f = forecastByProfile(input);
    QVERIFY(f);
    QCOMPARE(f->method, Forecast::Method::Profile);
    QCOMPARE(f->soFar, soFar);
    QCOMPARE(f->projected, truth);
    // No noise in the past: no spread.
    QCOMPARE(*f->low, truth);
    QCOMPARE(*f->high, truth);
    QVERIFY(!f->exceedsOn);
}

void TestForecast::weekdaysNotAStraightLine()
{
    // Weekdays 100 an hour, weekends 0. December 2026 starts on a Tuesday; by the end of
    // Saturday the 5th, 4 weekdays are gone: 9,600. The rest has 19 weekdays: 45,600 more,
    // where a straight line from the five days would say 59,520.
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    const auto value = [](int slot, int) { return slot < 5 * 24 ? qint64(100) : qint64(0); };
    ForecastInput input;
    input.hours = weeks(monthStart.addDays(-28), 33, value);
    input.now = monthStart.addDays(5);
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    const std::optional<Forecast> f = forecastByProfile(input);
    QVERIFY(f);
    QCOMPARE(f->soFar, 9600.0);
    QCOMPARE(f->projected, 9600.0 + 19 * 2400.0);
    const Forecast line = forecastByRunRate(9600, input.now, monthStart, input.periodEnd, 0);
    QCOMPARE(line.projected, 9600.0 / 5 * 31);
}

void TestForecast::crossingTime()
{
    // 10 an hour, every hour: 7,440 in December. A quota of 5,000 is crossed in hour 500
    // (from the month's start): 20 Dec 20:00; the forecast is made at the end of 10 Dec.
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    ForecastInput input;
    input.hours = weeks(monthStart.addDays(-28), 38, [](int, int) { return qint64(10); });
    input.now = monthStart.addDays(10);
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    input.quota = 5000;
    const std::optional<Forecast> f = forecastByProfile(input);
    QVERIFY(f);
    QCOMPARE(f->projected, 7440.0);
    QVERIFY(f->exceeds(input.quota));
    QVERIFY(f->exceedsOn);
    QCOMPARE(f->exceedsOn->toUTC(), monthStart.addSecs(3600 * 500));
    // A quota above the projection is never crossed.
    input.quota = 8000;
    QVERIFY(!forecastByProfile(input)->exceedsOn);
}

void TestForecast::alreadyOver()
{
    // 10 an hour; a quota of 100 was passed in the tenth hour of the month.
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    ForecastInput input;
    input.hours = weeks(monthStart.addDays(-28), 30, [](int, int) { return qint64(10); });
    input.now = monthStart.addDays(2);
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    input.quota = 100;
    const std::optional<Forecast> f = forecastByProfile(input);
    QVERIFY(f && f->exceedsOn);
    QCOMPARE(f->exceedsOn->toUTC(), monthStart.addSecs(9 * 3600 + 3599));
}

void TestForecast::intervalWidensWithNoise()
{
    // Days alternate between 50 and 150 an hour (mean 100): the projection stays near the
    // mean, and the interval is wide and holds it.
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    const auto value = [](int, int day) { return day % 2 == 0 ? qint64(50) : qint64(150); };
    ForecastInput input;
    input.hours = weeks(monthStart.addDays(-28), 38, value);
    input.now = monthStart.addDays(10);
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    const std::optional<Forecast> f = forecastByProfile(input);
    QVERIFY(f);
    const double rest = 21 * 24 * 100.0;
    QVERIFY(std::abs(f->projected - (f->soFar + rest)) < 0.2 * rest);
    QVERIFY(*f->low < f->projected && f->projected < *f->high);
    QVERIFY(*f->high - *f->low > 0.1 * rest);
    QVERIFY(*f->low >= f->soFar);
}

void TestForecast::tooLittleHistory()
{
    const QDateTime monthStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    ForecastInput input;
    input.hours = weeks(monthStart, 5, [](int, int) { return qint64(10); });
    input.now = monthStart.addDays(5);
    input.periodStart = monthStart;
    input.periodEnd = monthStart.addMonths(1);
    QVERIFY(!forecastByProfile(input));
}

void TestForecast::runRate_data()
{
    QTest::addColumn<double>("soFar");
    QTest::addColumn<int>("hoursGone");
    QTest::addColumn<double>("quota");
    QTest::addColumn<double>("projected");
    QTest::addColumn<int>("crossingHour"); // -1: none
    // A day: 6 of 24 hours gone.
    QTest::newRow("under") << 600.0 << 6 << 5000.0 << 2400.0 << -1;
    QTest::newRow("crosses at 20:00") << 600.0 << 6 << 2000.0 << 2400.0 << 20;
    QTest::newRow("no quota") << 600.0 << 6 << 0.0 << 2400.0 << -1;
    QTest::newRow("already over") << 600.0 << 6 << 500.0 << 2400.0 << 6;
}

void TestForecast::runRate()
{
    QFETCH(double, soFar);
    QFETCH(int, hoursGone);
    QFETCH(double, quota);
    QFETCH(double, projected);
    QFETCH(int, crossingHour);
    const QDateTime dayStart(QDate(2026, 12, 1), QTime(0, 0), utc);
    const Forecast f = forecastByRunRate(soFar, dayStart.addSecs(3600 * hoursGone), dayStart,
                                         dayStart.addDays(1), quota);
    QCOMPARE(f.method, Forecast::Method::RunRate);
    QCOMPARE(f.projected, projected);
    QVERIFY(!f.low && !f.high);
    if (crossingHour < 0)
        QVERIFY(!f.exceedsOn);
    else
        QCOMPARE(f.exceedsOn, dayStart.addSecs(3600 * crossingHour));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
