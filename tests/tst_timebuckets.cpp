// Time buckets: bucket starts, counts, gap filling with zeros, the running
// bucket flagged running, and the roll-up of days into weeks and months as a
// range counts them (cut buckets span only the range's days).

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
    void rollUp_data();
    void rollUp();
    void rollUpInTehran();
    void hourAndDayAreNeverRolledUp();
    void calendarSpans_data();
    void calendarSpans();
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
        QVERIFY(!b.running);
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
    QVERIFY(days[5].running); // 12 July 18:00 is "now"
    for (int i = 0; i < 5; ++i)
        QVERIFY(!days[i].running);
}

void TestTimeBuckets::partialIsTheRunningBucket()
{
    const QDateTime now = utc(2026, 3, 10, 14, 25);
    // The range runs past now: buckets after now are not invented.
    const Buckets hours = fillGaps({}, Scale::Hour, utc(2026, 3, 10), utc(2026, 3, 10, 23, 59), now,
                                   QTimeZone::utc());
    QCOMPARE(hours.size(), 15);
    QCOMPARE(hours.last().start, utc(2026, 3, 10, 14));
    QVERIFY(hours.last().running);
    QCOMPARE(
        std::count_if(hours.begin(), hours.end(), [](const UsageBucket &b) { return b.running; }),
        1);

    const Buckets months =
        fillGaps({}, Scale::Month, utc(2025, 12, 1), utc(2026, 3, 31, 23), now, QTimeZone::utc());
    QCOMPARE(months.size(), 4);
    QVERIFY(months.last().running);
    QVERIFY(!months.first().running);

    // A range wholly in the past has no partial bucket.
    const Buckets past =
        fillGaps({}, Scale::Day, utc(2026, 3, 1), utc(2026, 3, 5, 23, 59), now, QTimeZone::utc());
    QVERIFY(std::none_of(past.begin(), past.end(), [](const UsageBucket &b) { return b.running; }));
}

void TestTimeBuckets::rollUp_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDateTime>("now");
    // Per bucket: its start and end day, its value, and whether it is cut / running.
    QTest::addColumn<QList<QDate>>("starts");
    QTest::addColumn<QList<QDate>>("ends");
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<bool>>("cut");
    QTest::addColumn<QList<bool>>("running");

    const QDateTime later = utc(2027, 6, 1);
    // Each day's value is its day of month, so a bucket's sum is checkable by hand.
    QTest::newRow("whole weeks, Mon 2 Mar to Sun 15 Mar")
        << Scale::Week << QDate(2026, 3, 2) << QDate(2026, 3, 15) << later
        << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}
        << QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 16)}
        << QList<qint64>{2 + 3 + 4 + 5 + 6 + 7 + 8, 9 + 10 + 11 + 12 + 13 + 14 + 15}
        << QList<bool>{false, false} << QList<bool>{false, false};
    QTest::newRow("week: the range cuts both ends, spans are the range's")
        << Scale::Week << QDate(2026, 3, 4) << QDate(2026, 3, 10) << later
        << QList<QDate>{QDate(2026, 3, 4), QDate(2026, 3, 9)}
        << QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 11)}
        << QList<qint64>{4 + 5 + 6 + 7 + 8, 9 + 10} << QList<bool>{true, true}
        << QList<bool>{false, false};
    QTest::newRow("week: running, the range ends today: not cut")
        << Scale::Week << QDate(2026, 3, 2) << QDate(2026, 3, 12) << utc(2026, 3, 12, 9)
        << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}
        << QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 16)}
        << QList<qint64>{2 + 3 + 4 + 5 + 6 + 7 + 8, 9 + 10 + 11 + 12} << QList<bool>{false, false}
        << QList<bool>{false, true};
    QTest::newRow("week: cut at the start and running")
        << Scale::Week << QDate(2026, 3, 11) << QDate(2026, 3, 12) << utc(2026, 3, 12, 9)
        << QList<QDate>{QDate(2026, 3, 11)} << QList<QDate>{QDate(2026, 3, 16)}
        << QList<qint64>{11 + 12} << QList<bool>{true} << QList<bool>{true};
    QTest::newRow("week: the range ends yesterday: cut at the end")
        << Scale::Week << QDate(2026, 3, 9) << QDate(2026, 3, 11) << utc(2026, 3, 12, 9)
        << QList<QDate>{QDate(2026, 3, 9)} << QList<QDate>{QDate(2026, 3, 12)}
        << QList<qint64>{9 + 10 + 11} << QList<bool>{true} << QList<bool>{false};
    QTest::newRow("ISO week across new year")
        << Scale::Week << QDate(2025, 12, 29) << QDate(2026, 1, 4) << later
        << QList<QDate>{QDate(2025, 12, 29)} << QList<QDate>{QDate(2026, 1, 5)}
        << QList<qint64>{29 + 30 + 31 + 1 + 2 + 3 + 4} << QList<bool>{false} << QList<bool>{false};
    QTest::newRow("month: 25 Nov to 20 Dec, both cut")
        << Scale::Month << QDate(2026, 11, 25) << QDate(2026, 12, 20) << later
        << QList<QDate>{QDate(2026, 11, 25), QDate(2026, 12, 1)}
        << QList<QDate>{QDate(2026, 12, 1), QDate(2026, 12, 21)}
        << QList<qint64>{25 + 26 + 27 + 28 + 29 + 30, 20 * 21 / 2} << QList<bool>{true, true}
        << QList<bool>{false, false};
    QTest::newRow("month: within one month")
        << Scale::Month << QDate(2026, 11, 15) << QDate(2026, 11, 20) << later
        << QList<QDate>{QDate(2026, 11, 15)} << QList<QDate>{QDate(2026, 11, 21)}
        << QList<qint64>{15 + 16 + 17 + 18 + 19 + 20} << QList<bool>{true} << QList<bool>{false};
    QTest::newRow("month: whole February of a leap year")
        << Scale::Month << QDate(2028, 2, 1) << QDate(2028, 2, 29) << later.addYears(2)
        << QList<QDate>{QDate(2028, 2, 1)} << QList<QDate>{QDate(2028, 3, 1)}
        << QList<qint64>{29 * 30 / 2} << QList<bool>{false} << QList<bool>{false};
    QTest::newRow("month: 25 Nov to today 1 Dec: Dec is running, not cut")
        << Scale::Month << QDate(2026, 11, 25) << QDate(2026, 12, 1) << utc(2026, 12, 1, 10)
        << QList<QDate>{QDate(2026, 11, 25), QDate(2026, 12, 1)}
        << QList<QDate>{QDate(2026, 12, 1), QDate(2027, 1, 1)}
        << QList<qint64>{25 + 26 + 27 + 28 + 29 + 30, 1} << QList<bool>{true, false}
        << QList<bool>{false, true};
}

void TestTimeBuckets::rollUp()
{
    QFETCH(Scale, scale);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDateTime, now);
    QFETCH(QList<QDate>, starts);
    QFETCH(QList<QDate>, ends);
    QFETCH(QList<qint64>, values);
    QFETCH(QList<bool>, cut);
    QFETCH(QList<bool>, running);
    const QTimeZone zone = QTimeZone::utc();
    QList<RawPoint> points;
    for (QDate d = first; d <= last; d = d.addDays(1))
        points.append({QDateTime(d, QTime(0, 0), zone), d.day()});
    const Buckets days = fillGaps(points, Scale::Day, QDateTime(first, QTime(0, 0), zone),
                                  QDateTime(last, QTime(23, 59), zone), now, zone);
    const Buckets out = rollUpDays(days, scale, first, last, now, zone);
    QCOMPARE(out.size(), starts.size());
    qint64 total = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCOMPARE(out[i].start, QDateTime(starts[i], QTime(0, 0), zone));
        QCOMPARE(out[i].end, QDateTime(ends[i], QTime(0, 0), zone));
        QCOMPARE(out[i].value, values[i]);
        QCOMPARE(out[i].cut, cut[i]);
        QCOMPARE(out[i].running, running[i]);
        QCOMPARE(out[i].partial(), cut[i] || running[i]);
        total += out[i].value;
    }
    // Whatever the scale, the buckets count exactly the days of the range.
    qint64 daysTotal = 0;
    for (const UsageBucket &d : days)
        daysTotal += d.value;
    QCOMPARE(total, daysTotal);
}

void TestTimeBuckets::rollUpInTehran()
{
    // The service's zone decides where a month starts: 1 Dec 00:00 in Tehran is 30 Nov
    // 20:30 UTC, and the range's first day is a Tehran day.
    const QTimeZone tehran("Asia/Tehran");
    QVERIFY(tehran.isValid());
    const QDateTime now(QDate(2027, 1, 10), QTime(12, 0), tehran);
    const QDate first(2026, 11, 28);
    const QDate last(2026, 12, 3);
    QList<RawPoint> points;
    for (QDate d = first; d <= last; d = d.addDays(1))
        points.append({QDateTime(d, QTime(0, 0), tehran), 10});
    const Buckets days = fillGaps(points, Scale::Day, QDateTime(first, QTime(0, 0), tehran),
                                  QDateTime(last, QTime(23, 59), tehran), now, tehran);
    const Buckets months = rollUpDays(days, Scale::Month, first, last, now, tehran);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].start.toUTC(), utc(2026, 11, 27, 20, 30));
    QCOMPARE(months[0].end.toUTC(), utc(2026, 11, 30, 20, 30));
    QCOMPARE(months[0].value, 30);
    QCOMPARE(months[1].start.toUTC(), utc(2026, 11, 30, 20, 30));
    QCOMPARE(months[1].end.toUTC(), utc(2026, 12, 3, 20, 30));
    QCOMPARE(months[1].value, 30);
    QVERIFY(months[0].cut && months[1].cut);
}

void TestTimeBuckets::hourAndDayAreNeverRolledUp()
{
    const Buckets days{{utc(2026, 3, 1), utc(2026, 3, 2), 5}};
    QVERIFY(rollUpDays(days, Scale::Day, QDate(2026, 3, 1), QDate(2026, 3, 1), utc(2027, 1, 1),
                       QTimeZone::utc())
                .isEmpty());
    QVERIFY(rollUpDays(days, Scale::Hour, QDate(2026, 3, 1), QDate(2026, 3, 1), utc(2027, 1, 1),
                       QTimeZone::utc())
                .isEmpty());
}

void TestTimeBuckets::calendarSpans_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<Qt::DayOfWeek>("weekStart");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("week Monday") << QDate(2026, 3, 5) << Scale::Week << Qt::Monday
                                 << QDate(2026, 3, 2) << QDate(2026, 3, 8);
    QTest::newRow("week Saturday") << QDate(2026, 3, 5) << Scale::Week << Qt::Saturday
                                   << QDate(2026, 2, 28) << QDate(2026, 3, 6);
    QTest::newRow("month February") << QDate(2026, 2, 14) << Scale::Month << Qt::Monday
                                    << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("day") << QDate(2026, 2, 14) << Scale::Day << Qt::Monday << QDate(2026, 2, 14)
                         << QDate(2026, 2, 14);
}

void TestTimeBuckets::calendarSpans()
{
    QFETCH(QDate, date);
    QFETCH(Scale, scale);
    QFETCH(Qt::DayOfWeek, weekStart);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const CalendarSpan span = calendarSpan(date, scale, weekStart);
    QCOMPARE(span.first, first);
    QCOMPARE(span.last, last);
}

void TestTimeBuckets::weekStartsOnSunday()
{
    const QTimeZone zone = QTimeZone::utc();
    QCOMPARE(bucketStart(utc(2026, 3, 5), Scale::Week, zone, Qt::Sunday), utc(2026, 3, 1));
    QCOMPARE(bucketStart(utc(2026, 3, 1), Scale::Week, zone, Qt::Saturday), utc(2026, 2, 28));
    Buckets days;
    for (int d = 1; d <= 14; ++d)
        days.append({utc(2026, 3, d), utc(2026, 3, d + 1), 1});
    const Buckets weeks = rollUpDays(days, Scale::Week, QDate(2026, 3, 1), QDate(2026, 3, 14),
                                     utc(2027, 1, 1), zone, Qt::Sunday);
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[0].start, utc(2026, 3, 1));
    QCOMPARE(weeks[0].value, 7);
    QVERIFY(!weeks[1].partial());
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
