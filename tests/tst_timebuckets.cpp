// Time buckets: bucket starts, counts, gap filling with zeros, the running
// bucket flagged partial, and the ISO week roll-up.

#include "timebuckets.h"

#include <QTest>

using namespace geobox;

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
using Buckets = QList<UsageBucket>;
} // namespace

class TestTimeBuckets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void starts_data();
    void starts();
    void fillGapsData_data();
    void fillGapsData();
    void sdkSampleGap();
    void partialIsTheRunningBucket();
    void weeks_data();
    void weeks();
    void weekStartsOnSunday();
    void serviceZone();
};

void TestTimeBuckets::starts_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("next");
    QTest::newRow("hour") << utc(2026, 3, 5, 14, 37) << Scale::Hour << utc(2026, 3, 5, 14)
                          << utc(2026, 3, 5, 15);
    QTest::newRow("day") << utc(2026, 3, 5, 14, 37) << Scale::Day << utc(2026, 3, 5)
                         << utc(2026, 3, 6);
    QTest::newRow("week: Thursday to Monday")
        << utc(2026, 3, 5, 14) << Scale::Week << utc(2026, 3, 2) << utc(2026, 3, 9);
    QTest::newRow("week: Monday stays")
        << utc(2026, 3, 2) << Scale::Week << utc(2026, 3, 2) << utc(2026, 3, 9);
    QTest::newRow("week: Sunday goes back")
        << utc(2026, 3, 8, 23) << Scale::Week << utc(2026, 3, 2) << utc(2026, 3, 9);
    QTest::newRow("week across a year")
        << utc(2026, 1, 1) << Scale::Week << utc(2025, 12, 29) << utc(2026, 1, 5);
    QTest::newRow("month") << utc(2026, 2, 28, 23) << Scale::Month << utc(2026, 2, 1)
                           << utc(2026, 3, 1);
    QTest::newRow("december") << utc(2025, 12, 31, 23, 59) << Scale::Month << utc(2025, 12, 1)
                              << utc(2026, 1, 1);
}

void TestTimeBuckets::starts()
{
    QFETCH(QDateTime, t);
    QFETCH(Scale, scale);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, next);
    const QTimeZone zone = QTimeZone::utc();
    QCOMPARE(bucketStart(t, scale, zone), start);
    QCOMPARE(nextBucketStart(start, scale, zone), next);
}

void TestTimeBuckets::fillGapsData_data()
{
    QTest::addColumn<QList<RawPoint>>("points");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<qint64>>("values");

    QTest::newRow("nothing sent: all zeros")
        << QList<RawPoint>{} << Scale::Day << utc(2026, 3, 1) << utc(2026, 3, 4, 23, 59)
        << QList<qint64>{0, 0, 0, 0};
    QTest::newRow("holes inside") << QList<RawPoint>{{utc(2026, 3, 1), 5}, {utc(2026, 3, 3), 7}}
                                  << Scale::Day << utc(2026, 3, 1) << utc(2026, 3, 4, 23, 59)
                                  << QList<qint64>{5, 0, 7, 0};
    QTest::newRow("points outside the range dropped")
        << QList<RawPoint>{{utc(2026, 2, 28), 99}, {utc(2026, 3, 2), 3}, {utc(2026, 3, 5), 99}}
        << Scale::Day << utc(2026, 3, 1) << utc(2026, 3, 3, 12) << QList<qint64>{0, 3, 0};
    QTest::newRow("two points in one bucket add up")
        << QList<RawPoint>{{utc(2026, 3, 1, 10), 2}, {utc(2026, 3, 1, 10, 30), 3}} << Scale::Hour
        << utc(2026, 3, 1, 9) << utc(2026, 3, 1, 11) << QList<qint64>{0, 5, 0};
    QTest::newRow("unsorted input")
        << QList<RawPoint>{{utc(2026, 5, 1), 8}, {utc(2026, 3, 1), 6}} << Scale::Month
        << utc(2026, 3, 15) << utc(2026, 5, 2) << QList<qint64>{6, 0, 8};
    QTest::newRow("from after to: nothing")
        << QList<RawPoint>{{utc(2026, 3, 1), 1}} << Scale::Day << utc(2026, 3, 2) << utc(2026, 3, 1)
        << QList<qint64>{};
}

void TestTimeBuckets::fillGapsData()
{
    QFETCH(QList<RawPoint>, points);
    QFETCH(Scale, scale);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<qint64>, values);
    const QDateTime farFuture = utc(2030, 1, 1);
    const Buckets buckets = fillGaps(points, scale, from, to, farFuture, QTimeZone::utc());
    QList<qint64> got;
    for (const UsageBucket &b : buckets) {
        got.append(b.value);
        QCOMPARE(b.end, nextBucketStart(b.start, scale, QTimeZone::utc()));
        QVERIFY(!b.partial);
    }
    QCOMPARE(got, values);
    for (qsizetype i = 1; i < buckets.size(); ++i)
        QCOMPARE(buckets[i].start, buckets[i - 1].end);
}

void TestTimeBuckets::sdkSampleGap()
{
    // The SDK's sample leaves out 10 July: it must come back as a zero, not be joined over.
    const QList<RawPoint> sample = {{utc(2025, 7, 7), 21},
                                    {utc(2025, 7, 8), 267},
                                    {utc(2025, 7, 9), 1076},
                                    {utc(2025, 7, 11), 57},
                                    {utc(2025, 7, 12), 79}};
    const Buckets days = fillGaps(sample, Scale::Day, utc(2025, 7, 7), utc(2025, 7, 12, 23, 59),
                                  utc(2025, 7, 12, 18), QTimeZone::utc());
    QCOMPARE(days.size(), 6);
    QCOMPARE(days[3].start, utc(2025, 7, 10));
    QCOMPARE(days[3].value, 0);
    QCOMPARE(days[5].value, 79);
    QVERIFY(days[5].partial); // 12 July 18:00 is "now"
    for (int i = 0; i < 5; ++i)
        QVERIFY(!days[i].partial);
}

void TestTimeBuckets::partialIsTheRunningBucket()
{
    const QDateTime now = utc(2026, 3, 10, 14, 25);
    // The range runs past now: buckets after now are not invented.
    const Buckets hours = fillGaps({}, Scale::Hour, utc(2026, 3, 10), utc(2026, 3, 10, 23, 59), now,
                                   QTimeZone::utc());
    QCOMPARE(hours.size(), 15);
    QCOMPARE(hours.last().start, utc(2026, 3, 10, 14));
    QVERIFY(hours.last().partial);
    QCOMPARE(
        std::count_if(hours.begin(), hours.end(), [](const UsageBucket &b) { return b.partial; }),
        1);

    const Buckets months =
        fillGaps({}, Scale::Month, utc(2025, 12, 1), utc(2026, 3, 31, 23), now, QTimeZone::utc());
    QCOMPARE(months.size(), 4);
    QVERIFY(months.last().partial);
    QVERIFY(!months.first().partial);

    // A range wholly in the past has no partial bucket.
    const Buckets past =
        fillGaps({}, Scale::Day, utc(2026, 3, 1), utc(2026, 3, 5, 23, 59), now, QTimeZone::utc());
    QVERIFY(std::none_of(past.begin(), past.end(), [](const UsageBucket &b) { return b.partial; }));
}

void TestTimeBuckets::weeks_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QList<QDate>>("weekStarts");
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<bool>>("partial");

    // Each day's value is its day of month, so a week's sum is checkable by hand.
    QTest::newRow("whole weeks, Mon 2 Mar to Sun 15 Mar")
        << QDate(2026, 3, 2) << QDate(2026, 3, 15) << utc(2026, 6, 1)
        << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}
        << QList<qint64>{2 + 3 + 4 + 5 + 6 + 7 + 8, 9 + 10 + 11 + 12 + 13 + 14 + 15}
        << QList<bool>{false, false};
    QTest::newRow("range cuts both ends")
        << QDate(2026, 3, 4) << QDate(2026, 3, 10) << utc(2026, 6, 1)
        << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}
        << QList<qint64>{4 + 5 + 6 + 7 + 8, 9 + 10} << QList<bool>{true, true};
    QTest::newRow("running week is partial")
        << QDate(2026, 3, 2) << QDate(2026, 3, 12) << utc(2026, 3, 12, 9)
        << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}
        << QList<qint64>{2 + 3 + 4 + 5 + 6 + 7 + 8, 9 + 10 + 11 + 12} << QList<bool>{false, true};
    QTest::newRow("ISO week across new year")
        << QDate(2025, 12, 29) << QDate(2026, 1, 4) << utc(2026, 6, 1)
        << QList<QDate>{QDate(2025, 12, 29)} << QList<qint64>{29 + 30 + 31 + 1 + 2 + 3 + 4}
        << QList<bool>{false};
}

void TestTimeBuckets::weeks()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDateTime, now);
    QFETCH(QList<QDate>, weekStarts);
    QFETCH(QList<qint64>, values);
    QFETCH(QList<bool>, partial);
    const QTimeZone zone = QTimeZone::utc();
    QList<RawPoint> points;
    for (QDate d = first; d <= last; d = d.addDays(1))
        points.append({QDateTime(d, QTime(0, 0), zone), d.day()});
    const Buckets days = fillGaps(points, Scale::Day, QDateTime(first, QTime(0, 0), zone),
                                  QDateTime(last, QTime(23, 59), zone), now, zone);
    const Buckets weeks = rollUpWeeks(days, first, last, zone);
    QCOMPARE(weeks.size(), weekStarts.size());
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        QCOMPARE(weeks[i].start.date(), weekStarts[i]);
        QCOMPARE(weeks[i].end.date(), weekStarts[i].addDays(7));
        QCOMPARE(weeks[i].value, values[i]);
        QCOMPARE(weeks[i].partial, partial[i]);
    }
}

void TestTimeBuckets::weekStartsOnSunday()
{
    const QTimeZone zone = QTimeZone::utc();
    QCOMPARE(bucketStart(utc(2026, 3, 5), Scale::Week, zone, Qt::Sunday), utc(2026, 3, 1));
    QCOMPARE(bucketStart(utc(2026, 3, 1), Scale::Week, zone, Qt::Saturday), utc(2026, 2, 28));
    Buckets days;
    for (int d = 1; d <= 14; ++d)
        days.append({utc(2026, 3, d), utc(2026, 3, d + 1), 1, false});
    const Buckets weeks =
        rollUpWeeks(days, QDate(2026, 3, 1), QDate(2026, 3, 14), zone, Qt::Sunday);
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[0].start, utc(2026, 3, 1));
    QCOMPARE(weeks[0].value, 7);
    QVERIFY(!weeks[1].partial);
}

void TestTimeBuckets::serviceZone()
{
    // A service in Tehran (UTC+3:30): its midnight is 20:30 UTC the day before.
    const QTimeZone tehran("Asia/Tehran");
    QVERIFY(tehran.isValid());
    const QDateTime t = utc(2026, 3, 4, 21, 0);
    QCOMPARE(bucketStart(t, Scale::Day, tehran).toUTC(), utc(2026, 3, 4, 20, 30));
    QCOMPARE(bucketStart(t, Scale::Hour, tehran).toUTC(), utc(2026, 3, 4, 20, 30));
}

QTEST_GUILESS_MAIN(TestTimeBuckets)
#include "tst_timebuckets.moc"
