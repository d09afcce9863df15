// previousPeriod and samePeriodLastYear: the periods the breakdown and the comparison
// overlay set a range against, in the Gregorian and the Jalali calendar.

#include "previousperiod.h"

#include <QTest>

using namespace geobox;

class TestPreviousPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previous_data();
    void previous();
    void lastYear_data();
    void lastYear();
    void invalidStaysInvalid();
};

void TestPreviousPeriod::previous_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("jalali");
    QTest::addColumn<QDate>("expectedFirst");
    QTest::addColumn<QDate>("expectedLast");
    QTest::newRow("last 7 days") << QDate(2026, 11, 25) << QDate(2026, 12, 1) << false
                                 << QDate(2026, 11, 18) << QDate(2026, 11, 24);
    QTest::newRow("one day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << false
                             << QDate(2026, 2, 28) << QDate(2026, 2, 28);
    QTest::newRow("month so far: as many days, not a month")
        << QDate(2026, 12, 1) << QDate(2026, 12, 10) << false << QDate(2026, 11, 21)
        << QDate(2026, 11, 30);
    QTest::newRow("March: all of February") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << false
                                            << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("leap February: all of January")
        << QDate(2028, 2, 1) << QDate(2028, 2, 29) << false << QDate(2028, 1, 1)
        << QDate(2028, 1, 31);
    QTest::newRow("a quarter: the quarter before, across the year")
        << QDate(2026, 1, 1) << QDate(2026, 3, 31) << false << QDate(2025, 10, 1)
        << QDate(2025, 12, 31);
    QTest::newRow("mid-month to mid-month: days")
        << QDate(2026, 1, 15) << QDate(2026, 2, 14) << false << QDate(2025, 12, 15)
        << QDate(2026, 1, 14);
    // 1 Azar 1405 = 22 Nov 2026; Azar has 30 days, Aban 30.
    QTest::newRow("Jalali Azar: all of Aban")
        << QDate(2026, 11, 22) << QDate(2026, 12, 21) << true << QDate(2026, 10, 23)
        << QDate(2026, 11, 21);
    QTest::newRow("Gregorian whole months are days in Jalali")
        << QDate(2026, 3, 1) << QDate(2026, 3, 31) << true << QDate(2026, 1, 29)
        << QDate(2026, 2, 28);
}

void TestPreviousPeriod::previous()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, jalali);
    QFETCH(QDate, expectedFirst);
    QFETCH(QDate, expectedLast);
    const QCalendar calendar(jalali ? QCalendar::System::Jalali : QCalendar::System::Gregorian);
    const DateRange before = previousPeriod({first, last}, calendar);
    QCOMPARE(before.first, expectedFirst);
    QCOMPARE(before.last, expectedLast);
    QCOMPARE(before.last.addDays(1), first); // it ends where the range starts
}

void TestPreviousPeriod::lastYear_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("expectedFirst");
    QTest::addColumn<QDate>("expectedLast");
    QTest::newRow("last 7 days: 52 weeks back, same weekdays")
        << QDate(2026, 11, 25) << QDate(2026, 12, 1) << QDate(2025, 11, 26) << QDate(2025, 12, 2);
    QTest::newRow("November: November") << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                                        << QDate(2025, 11, 1) << QDate(2025, 11, 30);
    QTest::newRow("leap February: the shorter one")
        << QDate(2028, 2, 1) << QDate(2028, 2, 29) << QDate(2027, 2, 1) << QDate(2027, 2, 28);
    QTest::newRow("February: the leap one") << QDate(2029, 2, 1) << QDate(2029, 2, 28)
                                            << QDate(2028, 2, 1) << QDate(2028, 2, 29);
}

void TestPreviousPeriod::lastYear()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, expectedFirst);
    QFETCH(QDate, expectedLast);
    const DateRange before = samePeriodLastYear({first, last});
    QCOMPARE(before.first, expectedFirst);
    QCOMPARE(before.last, expectedLast);
    if (!isWholeMonths({first, last}))
        QCOMPARE(before.first.dayOfWeek(), first.dayOfWeek());
}

void TestPreviousPeriod::invalidStaysInvalid()
{
    const DateRange backwards{QDate(2026, 5, 2), QDate(2026, 5, 1)};
    QVERIFY(!previousPeriod(backwards).isValid());
    QVERIFY(!samePeriodLastYear(backwards).isValid());
    QVERIFY(!previousPeriod({}).isValid());
}

QTEST_APPLESS_MAIN(TestPreviousPeriod)
#include "tst_previousperiod.moc"
