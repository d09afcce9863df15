// The time axis's labels: which buckets get one (round places: midnights,
// Mondays, month and year starts of the display calendar), no more than fit,
// and what they say, in the Gregorian and the Jalali calendar, in English and
// in Persian.

#include "timeaxisticks.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace geobox;

namespace {

// count bucket starts from `first`, one scale step apart, in UTC.
QList<QDateTime> starts(const QDateTime &first, Scale scale, int count)
{
    QList<QDateTime> out;
    QDateTime t = first;
    for (int i = 0; i < count; ++i) {
        out.append(t);
        switch (scale) {
        case Scale::Hour:
            t = t.addSecs(3600);
            break;
        case Scale::Day:
            t = t.addDays(1);
            break;
        case Scale::Week:
            t = t.addDays(7);
            break;
        case Scale::Month:
            t = t.addMonths(1);
            break;
        }
    }
    return out;
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

class TestTimeAxisTicks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ticks_data();
    void ticks();
    void neverMoreThanFit_data();
    void neverMoreThanFit();
};

void TestTimeAxisTicks::initTestCase()
{
    QVERIFY2(QCalendar::availableCalendars().contains(QStringLiteral("Jalali")),
             "this Qt has no Jalali calendar (QCalendar::availableCalendars() lacks \"Jalali\")");
}

void TestTimeAxisTicks::ticks_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLabels");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QCalendar>("calendar");
    QTest::addColumn<QList<int>>("buckets");
    QTest::addColumn<QStringList>("labels");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QCalendar gregorian;
    const QCalendar jalali(QCalendar::System::Jalali);
    // Jalali days used below: 1 Bahman 1404 = 21 Jan 2026, 1 Esfand = 20 Feb, Nowruz 1405
    // (1 Farvardin) = 21 Mar 2026, 1 Ordibehesht = 21 Apr, 1 Khordad = 22 May, 1 Tir =
    // 22 Jun; 1 Jan 2026 = 11 Dey 1404.

    // 90 days from 1 Jan 2026, room for 4 labels: month starts.
    QTest::newRow("days: Gregorian month starts")
        << Scale::Day << utc(2026, 1, 1) << 90 << 4 << en << gregorian << QList<int>{0, 31, 59}
        << QStringList{QStringLiteral("1 Jan"), QStringLiteral("1 Feb"), QStringLiteral("1 Mar")};
    QTest::newRow("days: Jalali month starts, the year at Nowruz")
        << Scale::Day << utc(2026, 1, 1) << 90 << 4 << en << jalali << QList<int>{20, 50, 79}
        << QStringList{QStringLiteral("1 Bahman"), QStringLiteral("1 Esfand"),
                       QStringLiteral("1 Farvardin 1405")};
    QTest::newRow("days: Jalali in Persian")
        << Scale::Day << utc(2026, 1, 1) << 90 << 4 << fa << jalali << QList<int>{20, 50, 79}
        << QStringList{QStringLiteral("۱ بهمن"), QStringLiteral("۱ اسفند"),
                       QStringLiteral("۱ فروردین ۱۴۰۵")};
    // Two days of hours around Nowruz, room for 2: the midnights.
    QTest::newRow("hours: midnights")
        << Scale::Hour << utc(2026, 3, 20) << 48 << 2 << en << gregorian << QList<int>{0, 24}
        << QStringList{QStringLiteral("20 Mar"), QStringLiteral("21 Mar")};
    QTest::newRow("hours: midnights, Jalali new year")
        << Scale::Hour << utc(2026, 3, 20) << 48 << 2 << en << jalali << QList<int>{0, 24}
        << QStringList{QStringLiteral("29 Esfand"), QStringLiteral("1 Farvardin 1405")};
    QTest::newRow("hours: room for each sixth hour")
        << Scale::Hour << utc(2026, 3, 20) << 24 << 4 << en << jalali << QList<int>{0, 6, 12, 18}
        << QStringList{QStringLiteral("29 Esfand"), QStringLiteral("06:00"),
                       QStringLiteral("12:00"), QStringLiteral("18:00")};
    // 26 weeks from Monday 5 Jan 2026, room for 6: the weeks in a month's first seven days.
    QTest::newRow("weeks: Gregorian months")
        << Scale::Week << utc(2026, 1, 5) << 26 << 6 << en << gregorian
        << QList<int>{0, 4, 8, 13, 17, 21}
        << QStringList{QStringLiteral("5 Jan"), QStringLiteral("2 Feb"), QStringLiteral("2 Mar"),
                       QStringLiteral("6 Apr"), QStringLiteral("4 May"), QStringLiteral("1 Jun")};
    QTest::newRow("weeks: Jalali months")
        << Scale::Week << utc(2026, 1, 5) << 26 << 6 << en << jalali
        << QList<int>{3, 7, 11, 16, 20, 24}
        << QStringList{QStringLiteral("6 Bahman"),         QStringLiteral("4 Esfand"),
                       QStringLiteral("3 Farvardin 1405"), QStringLiteral("7 Ordibehesht"),
                       QStringLiteral("4 Khordad"),        QStringLiteral("1 Tir")};
    // Twelve (Gregorian) months of 2026.
    QTest::newRow("months: every one")
        << Scale::Month << utc(2026, 1, 1) << 12 << 12 << en << gregorian
        << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
        << QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                       QStringLiteral("Apr"),      QStringLiteral("May"), QStringLiteral("Jun"),
                       QStringLiteral("Jul"),      QStringLiteral("Aug"), QStringLiteral("Sep"),
                       QStringLiteral("Oct"),      QStringLiteral("Nov"), QStringLiteral("Dec")};
    QTest::newRow("months: every one, Jalali, by their first days")
        << Scale::Month << utc(2026, 1, 1) << 12 << 12 << en << jalali
        << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
        << QStringList{QStringLiteral("11 Dey 1404"),    QStringLiteral("12 Bahman"),
                       QStringLiteral("10 Esfand"),      QStringLiteral("12 Farvardin 1405"),
                       QStringLiteral("11 Ordibehesht"), QStringLiteral("11 Khordad"),
                       QStringLiteral("10 Tir"),         QStringLiteral("10 Mordad"),
                       QStringLiteral("10 Shahrivar"),   QStringLiteral("9 Mehr"),
                       QStringLiteral("10 Aban"),        QStringLiteral("10 Azar")};
    QTest::newRow("months: quarters")
        << Scale::Month << utc(2026, 1, 1) << 12 << 4 << en << gregorian << QList<int>{0, 3, 6, 9}
        << QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Apr"), QStringLiteral("Jul"),
                       QStringLiteral("Oct")};
    // Jalali quarters: the months that start in Dey, Farvardin, Tir and Mehr.
    QTest::newRow("months: Jalali quarters")
        << Scale::Month << utc(2026, 1, 1) << 12 << 4 << en << jalali << QList<int>{0, 3, 6, 9}
        << QStringList{QStringLiteral("11 Dey 1404"), QStringLiteral("12 Farvardin 1405"),
                       QStringLiteral("10 Tir"), QStringLiteral("9 Mehr")};
    QTest::newRow("months: Persian, Gregorian calendar")
        << Scale::Month << utc(2026, 1, 1) << 3 << 3 << fa << gregorian << QList<int>{0, 1, 2}
        << QStringList{QStringLiteral("ژانویه ۲۰۲۶"), QStringLiteral("فوریه"),
                       QStringLiteral("مارس")};
}

void TestTimeAxisTicks::ticks()
{
    QFETCH(Scale, scale);
    QFETCH(QDateTime, first);
    QFETCH(int, count);
    QFETCH(int, maxLabels);
    QFETCH(QLocale, locale);
    QFETCH(QCalendar, calendar);
    QFETCH(QList<int>, buckets);
    QFETCH(QStringList, labels);
    const QList<TimeAxisTicks::Tick> ticks =
        TimeAxisTicks::compute(starts(first, scale, count), scale, maxLabels, locale, calendar);
    QList<int> gotBuckets;
    QStringList gotLabels;
    for (const TimeAxisTicks::Tick &tick : ticks) {
        gotBuckets.append(static_cast<int>(tick.bucket));
        gotLabels.append(tick.label);
    }
    QCOMPARE(gotLabels, labels);
    QCOMPARE(gotBuckets, buckets);
}

void TestTimeAxisTicks::neverMoreThanFit_data()
{
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("jalali");
    for (bool jalali : {false, true}) {
        const char *name = jalali ? "jalali" : "gregorian";
        QTest::addRow("a year of hours, %s", name) << Scale::Hour << 8784 << jalali;
        QTest::addRow("four years of days, %s", name) << Scale::Day << 1500 << jalali;
        QTest::addRow("weeks, %s", name) << Scale::Week << 200 << jalali;
        QTest::addRow("months, %s", name) << Scale::Month << 60 << jalali;
    }
}

void TestTimeAxisTicks::neverMoreThanFit()
{
    QFETCH(Scale, scale);
    QFETCH(int, count);
    QFETCH(bool, jalali);
    const QCalendar calendar = jalali ? QCalendar(QCalendar::System::Jalali) : QCalendar();
    const QList<QDateTime> all = starts(utc(2023, 2, 27), scale, count);
    for (int maxLabels : {1, 2, 5, 9, 17}) {
        const QList<TimeAxisTicks::Tick> ticks =
            TimeAxisTicks::compute(all, scale, maxLabels, QLocale(QLocale::English), calendar);
        QVERIFY(!ticks.isEmpty());
        QVERIFY2(ticks.size() <= maxLabels, qPrintable(QString::number(ticks.size())));
        QSet<QString> labels;
        for (const TimeAxisTicks::Tick &tick : ticks) {
            QVERIFY(tick.bucket >= 0 && tick.bucket < all.size());
            labels.insert(tick.label);
        }
        QCOMPARE(labels.size(), ticks.size()); // distinct: an axis keys them by label
    }
}

QTEST_GUILESS_MAIN(TestTimeAxisTicks)
#include "tst_timeaxisticks.moc"
