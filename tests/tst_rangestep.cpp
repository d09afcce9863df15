// Earlier and Later Period: which days a range moves to. Whole months move by
// months (in the Gregorian and in the Jalali calendar), anything else by its
// own number of days; an invalid range stays as it is.

#include "rangestep.h"

#include <QTest>

using namespace geobox;

class TestRangeStep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step_data();
    void step();
    void backAndForthReturns();
};

void TestRangeStep::step_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expectedFirst");
    QTest::addColumn<QDate>("expectedLast");
    const QDate today(2026, 11, 20);
    QTest::newRow("last 30 days, earlier")
        << QDate(2026, 10, 22) << today << -1 << today << QDate(2026, 9, 22) << QDate(2026, 10, 21);
    QTest::newRow("last 30 days, later")
        << QDate(2026, 9, 22) << QDate(2026, 10, 21) << 1 << today << QDate(2026, 10, 22) << today;
    QTest::newRow("one day") << today << today << -1 << today << QDate(2026, 11, 19)
                             << QDate(2026, 11, 19);
    QTest::newRow("two steps of a week")
        << QDate(2026, 11, 14) << today << -2 << today << QDate(2026, 10, 31) << QDate(2026, 11, 6);
    QTest::newRow("this month so far: all of last month")
        << QDate(2026, 11, 1) << today << -1 << today << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("October, later: November up to today")
        << QDate(2026, 10, 1) << QDate(2026, 10, 31) << 1 << today << QDate(2026, 11, 1) << today;
    QTest::newRow("September, later: all of October")
        << QDate(2026, 9, 1) << QDate(2026, 9, 30) << 1 << today << QDate(2026, 10, 1)
        << QDate(2026, 10, 31);
    QTest::newRow("this month so far, later: no further")
        << QDate(2026, 11, 1) << today << 1 << today << QDate(2026, 11, 1) << today;
    QTest::newRow("a week that holds today, later: no further")
        << QDate(2026, 11, 16) << today << 1 << today << QDate(2026, 11, 16) << today;
    QTest::newRow("a week, later into today's: ends today")
        << QDate(2026, 11, 7) << QDate(2026, 11, 13) << 1 << today << QDate(2026, 11, 14) << today;
    QTest::newRow("March, earlier: February of a leap year")
        << QDate(2024, 3, 1) << QDate(2024, 3, 31) << -1 << today << QDate(2024, 2, 1)
        << QDate(2024, 2, 29);
    QTest::newRow("twelve months so far: the twelve before")
        << QDate(2025, 12, 1) << today << -1 << today << QDate(2024, 12, 1) << QDate(2025, 11, 30);
    QTest::newRow("last 12 months (365 days): the 365 before")
        << QDate(2025, 11, 21) << today << -1 << today << QDate(2024, 11, 21)
        << QDate(2025, 11, 20);
    QTest::newRow("a quarter across the year")
        << QDate(2026, 1, 1) << QDate(2026, 3, 31) << -1 << today << QDate(2025, 10, 1)
        << QDate(2025, 12, 31);
    QTest::newRow("from the first, not to a month's end: by days")
        << QDate(2026, 3, 1) << QDate(2026, 3, 5) << -1 << today << QDate(2026, 2, 24)
        << QDate(2026, 2, 28);
    QTest::newRow("to a month's end, not from the first: by days")
        << QDate(2026, 3, 20) << QDate(2026, 3, 31) << 1 << today << QDate(2026, 4, 1)
        << QDate(2026, 4, 12);
    QTest::newRow("nothing to step") << QDate(2026, 3, 20) << QDate(2026, 3, 31) << 0 << today
                                     << QDate(2026, 3, 20) << QDate(2026, 3, 31);
}

void TestRangeStep::step()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, steps);
    QFETCH(QDate, today);
    QFETCH(QDate, expectedFirst);
    QFETCH(QDate, expectedLast);
    const DateRange stepped = steppedRange({first, last}, steps, today);
    QCOMPARE(stepped.first, expectedFirst);
    QCOMPARE(stepped.last, expectedLast);
    QVERIFY(stepped.isValid());
}

void TestRangeStep::backAndForthReturns()
{
    // A Jalali month (Aban 1405: 23 Oct – 21 Nov 2026) moves to the Jalali month before
    // (Mehr, 30 days), which a Gregorian month step would not give.
    const QCalendar jalali(QCalendar::System::Jalali);
    const DateRange aban{QDate(1405, 8, 1, jalali), QDate(1405, 8, 30, jalali)};
    QCOMPARE(aban.first, QDate(2026, 10, 23));
    const QDate today(2026, 11, 25); // in Azar, after all of Aban
    const DateRange mehr = steppedRange(aban, -1, today, jalali);
    QCOMPARE(mehr.first, QDate(1405, 7, 1, jalali));
    QCOMPARE(mehr.last, QDate(1405, 7, 30, jalali));
    QCOMPARE(steppedRange(mehr, 1, today, jalali), aban);
    // Later stops at the period that holds today: Aban while it is running ends today.
    QCOMPARE(steppedRange(mehr, 1, QDate(2026, 11, 20), jalali),
             (DateRange{aban.first, QDate(2026, 11, 20)}));
    // By days, back then forth is where it started.
    const DateRange week{QDate(2026, 11, 14), QDate(2026, 11, 20)};
    QCOMPARE(steppedRange(steppedRange(week, -3, week.last), 3, week.last), week);
    // An invalid range stays invalid.
    QVERIFY(!steppedRange({QDate(2026, 3, 5), QDate(2026, 3, 1)}, -1, week.last).isValid());
}

QTEST_APPLESS_MAIN(TestRangeStep)
#include "tst_rangestep.moc"
