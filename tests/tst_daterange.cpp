// Date ranges: what each preset means on a given day (in the Gregorian and the
// Jalali calendar), the ids kept in settings, and the words a range is
// described with.

#include "dashboardquery.h"
#include "daterange.h"

#include <QCalendar>
#include <QTest>

using namespace geobox;

class TestDateRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void jalaliPresets_data();
    void jalaliPresets();
    void presetIds();
    void describe_data();
    void describe();
    void describeJalali_data();
    void describeJalali();
    void queryValidation();
};

void TestDateRange::presets_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const QDate d(2026, 3, 15);
    QTest::newRow("today") << RangePreset::Today << d << d << d;
    QTest::newRow("last 7 days") << RangePreset::Last7Days << d << QDate(2026, 3, 9) << d;
    QTest::newRow("last 30 days") << RangePreset::Last30Days << d << QDate(2026, 2, 14) << d;
    QTest::newRow("this month") << RangePreset::ThisMonth << d << QDate(2026, 3, 1) << d;
    QTest::newRow("last month, February")
        << RangePreset::LastMonth << d << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("last month in January") << RangePreset::LastMonth << QDate(2026, 1, 10)
                                           << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("last month, leap February")
        << RangePreset::LastMonth << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("last 12 months: 365 days")
        << RangePreset::Last12Months << d << QDate(2025, 3, 16) << d;
    QTest::newRow("last 12 months on 1 Dec 2026") << RangePreset::Last12Months << QDate(2026, 12, 1)
                                                  << QDate(2025, 12, 2) << QDate(2026, 12, 1);
    QTest::newRow("last 12 months across 29 Feb: 366 days")
        << RangePreset::Last12Months << QDate(2028, 3, 1) << QDate(2027, 3, 2) << QDate(2028, 3, 1);
    QTest::newRow("last 12 months on 29 Feb") << RangePreset::Last12Months << QDate(2028, 2, 29)
                                              << QDate(2027, 3, 1) << QDate(2028, 2, 29);
    QTest::newRow("this year") << RangePreset::ThisYear << d << QDate(2026, 1, 1) << d;
    QTest::newRow("this year on 1 January")
        << RangePreset::ThisYear << QDate(2027, 1, 1) << QDate(2027, 1, 1) << QDate(2027, 1, 1);
    QTest::newRow("first of month")
        << RangePreset::ThisMonth << QDate(2026, 4, 1) << QDate(2026, 4, 1) << QDate(2026, 4, 1);
}

void TestDateRange::presets()
{
    QFETCH(RangePreset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateRange r = presetRange(preset, today);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    QVERIFY(r.isValid());
}

void TestDateRange::jalaliPresets_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // 27 Nov 2026 is 6 Azar 1405; Azar began on 22 Nov, Aban on 23 Oct; Dey 1404 on 22 Dec
    // 2025; Nowruz 1405 on 21 Mar 2026; Esfand 1404 (29 days) on 20 Feb 2026; Esfand 1403
    // (30 days, a leap year) on 19 Feb 2025.
    const QDate d(2026, 11, 27);
    QTest::newRow("today") << RangePreset::Today << d << d << d;
    QTest::newRow("last 7 days: no months in it")
        << RangePreset::Last7Days << d << QDate(2026, 11, 21) << d;
    QTest::newRow("this month: 1 Azar – today")
        << RangePreset::ThisMonth << d << QDate(2026, 11, 22) << d;
    QTest::newRow("last month: Aban")
        << RangePreset::LastMonth << d << QDate(2026, 10, 23) << QDate(2026, 11, 21);
    QTest::newRow("last 12 months: the same days as in Gregorian")
        << RangePreset::Last12Months << d << QDate(2025, 11, 28) << d;
    QTest::newRow("this year: from 1 Farvardin 1405")
        << RangePreset::ThisYear << d << QDate(2026, 3, 21) << d;
    QTest::newRow("last month from Farvardin: Esfand of the year before")
        << RangePreset::LastMonth << QDate(2026, 3, 25) << QDate(2026, 2, 20) << QDate(2026, 3, 20);
    QTest::newRow("last month, leap Esfand")
        << RangePreset::LastMonth << QDate(2025, 4, 1) << QDate(2025, 2, 19) << QDate(2025, 3, 20);
    QTest::newRow("this month on Nowruz")
        << RangePreset::ThisMonth << QDate(2026, 3, 21) << QDate(2026, 3, 21) << QDate(2026, 3, 21);
}

void TestDateRange::jalaliPresets()
{
    QVERIFY2(QCalendar::availableCalendars().contains(QStringLiteral("Jalali")),
             "this Qt has no Jalali calendar");
    QFETCH(RangePreset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateRange r = presetRange(preset, today, QCalendar(QCalendar::System::Jalali));
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
}

void TestDateRange::presetIds()
{
    for (RangePreset p : {RangePreset::Today, RangePreset::Last7Days, RangePreset::Last30Days,
                          RangePreset::ThisMonth, RangePreset::LastMonth, RangePreset::Last12Months,
                          RangePreset::ThisYear, RangePreset::Custom}) {
        QCOMPARE(presetFromId(presetId(p)), std::optional(p));
        QVERIFY(!presetLabel(p).isEmpty());
    }
    QVERIFY(!presetFromId(u"yesterday").has_value());
    QVERIFY(!presetRange(RangePreset::Custom, QDate(2026, 1, 1)).isValid());
}

void TestDateRange::describe_data()
{
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<QString>("words");
    QTest::newRow("within a month") << DateRange{QDate(2026, 3, 1), QDate(2026, 3, 7)}
                                    << QStringLiteral("1 – 7 Mar 2026, 7 days");
    QTest::newRow("across months") << DateRange{QDate(2026, 2, 28), QDate(2026, 3, 3)}
                                   << QStringLiteral("28 Feb – 3 Mar 2026, 4 days");
    QTest::newRow("across years") << DateRange{QDate(2025, 12, 30), QDate(2026, 1, 2)}
                                  << QStringLiteral("30 Dec 2025 – 2 Jan 2026, 4 days");
    QTest::newRow("one day") << DateRange{QDate(2026, 3, 5), QDate(2026, 3, 5)}
                             << QStringLiteral("5 Mar 2026, 1 day");
    QTest::newRow("backwards") << DateRange{QDate(2026, 3, 5), QDate(2026, 3, 1)}
                               << QStringLiteral("No valid range");
}

void TestDateRange::describe()
{
    QFETCH(DateRange, range);
    QFETCH(QString, words);
    QCOMPARE(describeRange(range, QLocale(QLocale::English, QLocale::UnitedKingdom)), words);
}

void TestDateRange::describeJalali_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<QString>("words");
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    QTest::newRow("within a month") << en << DateRange{QDate(2026, 11, 22), QDate(2026, 11, 27)}
                                    << QStringLiteral("1 – 6 Azar 1405, 6 days");
    // Within one Gregorian month but across two Jalali ones.
    QTest::newRow("across months") << en << DateRange{QDate(2026, 11, 20), QDate(2026, 11, 23)}
                                   << QStringLiteral("29 Aban – 2 Azar 1405, 4 days");
    QTest::newRow("across Nowruz") << en << DateRange{QDate(2026, 3, 19), QDate(2026, 3, 22)}
                                   << QStringLiteral("28 Esfand 1404 – 2 Farvardin 1405, 4 days");
    // Across two Gregorian years, within one Jalali month.
    QTest::newRow("across the Gregorian new year")
        << en << DateRange{QDate(2025, 12, 30), QDate(2026, 1, 2)}
        << QStringLiteral("9 – 12 Dey 1404, 4 days");
    QTest::newRow("persian, one day")
        << fa << DateRange{QDate(2026, 11, 27), QDate(2026, 11, 27)}
        << QStringLiteral("۶ آذر ۱۴۰۵, 1 day"); // "1 day" is translated by the .qm files
    QTest::newRow("persian digits in the count")
        << fa << DateRange{QDate(2026, 11, 22), QDate(2026, 12, 3)}
        << QStringLiteral("۱ – ۱۲ آذر ۱۴۰۵, ۱۲ days");
}

void TestDateRange::describeJalali()
{
    QFETCH(QLocale, locale);
    QFETCH(DateRange, range);
    QFETCH(QString, words);
    QCOMPARE(describeRange(range, locale, QCalendar(QCalendar::System::Jalali)), words);
}

void TestDateRange::queryValidation()
{
    User me;
    me.id = 4;
    me.username = QStringLiteral("ana");
    DashboardQuery q;
    q.resource = Resource::account(me);
    q.range = {QDate(2026, 3, 2), QDate(2026, 3, 1)};
    QVERIFY(q.validate().has_value());
    QVERIFY(q.validate()->message().contains(QStringLiteral("after")));
    q.range = {QDate(2026, 3, 1), QDate(2026, 3, 1)};
    QVERIFY(!q.validate().has_value());
    q.calls = q.traffic = false;
    QVERIFY(q.validate().has_value());
    q.calls = true;
    q.resource = Resource();
    QVERIFY(q.validate().has_value());
}

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
