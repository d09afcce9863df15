// How the window writes numbers, bytes, durations and bucket times, under an
// English and a Persian locale (Persian digits) and in the Gregorian and the
// Jalali calendar, and which calendar each display choice means.

#include "displaycalendar.h"
#include "formatting.h"
#include "querymismatch.h"
#include "usageexport.h"

#include <QTest>
#include <QTimeZone>

using namespace geobox;

namespace {

const QLocale en(QLocale::English, QLocale::UnitedStates);
const QLocale fa(QLocale::Persian, QLocale::Iran);

QCalendar jalali()
{
    return QCalendar(QCalendar::System::Jalali);
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

Q_DECLARE_METATYPE(geobox::CalendarChoice)

class TestFormatting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void queryMismatch_data();
    void queryMismatch();
    void numbers_data();
    void numbers();
    void bytes_data();
    void bytes();
    void durations_data();
    void durations();
    void ago();
    void bucketStart_data();
    void bucketStart();
    void bucketSpan_data();
    void bucketSpan();
    void tableTime_data();
    void tableTime();
    void resolve_data();
    void resolve();
    void currentFollowsChoiceAndDefaultLocale();
    void labels();
};

void TestFormatting::initTestCase()
{
    // Everything Jalali below needs it; say so plainly on a Qt built without it.
    QVERIFY2(jalaliCalendarAvailable(),
             "this Qt has no Jalali calendar (QCalendar::availableCalendars() lacks \"Jalali\")");
}

void TestFormatting::cleanup()
{
    DisplayCalendar::setChoice(CalendarChoice::Automatic);
    QLocale::setDefault(QLocale::c());
}

void TestFormatting::numbers_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << en << qint64(41208) << QStringLiteral("41,208");
    QTest::newRow("en, large") << en << qint64(1234567890) << QStringLiteral("1,234,567,890");
    QTest::newRow("fa") << fa << qint64(41208) << QStringLiteral("۴۱٬۲۰۸");
    QTest::newRow("fa, zero") << fa << qint64(0) << QStringLiteral("۰");
}

void TestFormatting::numbers()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(Formatting::count(value, locale), text);
}

void TestFormatting::bytes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << en << qint64(512) << QStringLiteral("512 B");
    QTest::newRow("kB with a decimal") << en << qint64(245'800) << QStringLiteral("245.8 kB");
    QTest::newRow("round GB") << en << qint64(10'000'000'000) << QStringLiteral("10 GB");
    QTest::newRow("rounds to a whole") << en << qint64(1'999'960) << QStringLiteral("2 MB");
    QTest::newRow("SI, not binary") << en << qint64(1'000) << QStringLiteral("1 kB");
    QTest::newRow("999 B stays bytes") << en << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("just under a unit moves up") << en << qint64(999'960) << QStringLiteral("1 MB");
    QTest::newRow("just under a tenth of a unit")
        << en << qint64(999'940) << QStringLiteral("999.9 kB");
    QTest::newRow("petabytes are the last unit")
        << en << qint64(2'500'000'000'000'000'000) << QStringLiteral("2,500 PB");
    QTest::newRow("fa bytes") << fa << qint64(512) << QStringLiteral("۵۱۲ B");
    QTest::newRow("fa kB: Persian digits and decimal sign")
        << fa << qint64(245'800) << QStringLiteral("۲۴۵٫۸ kB");
    QTest::newRow("fa GB") << fa << qint64(10'000'000'000) << QStringLiteral("۱۰ GB");
}

void TestFormatting::bytes()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(Formatting::bytes(value, locale), text);
}

void TestFormatting::durations_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("fraction") << en << 0.42 << QStringLiteral("0.4 s");
    QTest::newRow("minutes") << en << 252.0 << QStringLiteral("4 min 12 s");
    QTest::newRow("days") << en << 187'200.0 << QStringLiteral("2 d 4 h");
    QTest::newRow("fa fraction") << fa << 0.42 << QStringLiteral("۰٫۴ s");
    QTest::newRow("fa hours") << fa << 11'100.0 << QStringLiteral("۳ h ۵ min");
}

void TestFormatting::durations()
{
    QFETCH(QLocale, locale);
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(Formatting::duration(seconds, locale), text);
}

void TestFormatting::ago()
{
    // Plural forms take the default locale's digits (%Ln).
    QLocale::setDefault(en);
    QCOMPARE(Formatting::ago(180), QStringLiteral("3 min ago"));
    QCOMPARE(Formatting::ago(3 * 86400), QStringLiteral("3 days ago"));
    QLocale::setDefault(fa);
    QCOMPARE(Formatting::ago(180), QStringLiteral("۳ min ago"));
    QCOMPARE(Formatting::ago(7200), QStringLiteral("۲ h ago"));
    QCOMPARE(Formatting::ago(3 * 86400), QStringLiteral("۳ days ago"));
}

void TestFormatting::bucketStart_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QCalendar>("calendar");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QString>("text");
    const QCalendar gregorian;
    // 27 Nov 2026 is Friday 6 Azar 1405; 1 Nov 2026 is 10 Aban; 21 Mar 2026 is Nowruz 1405.
    QTest::newRow("hour") << en << gregorian << utc(2026, 11, 27, 14) << Scale::Hour
                          << QStringLiteral("Fri 27 Nov 14:00");
    QTest::newRow("hour, jalali") << en << jalali() << utc(2026, 11, 27, 14) << Scale::Hour
                                  << QStringLiteral("Fri 6 Azar 14:00");
    QTest::newRow("day") << en << gregorian << utc(2026, 11, 27) << Scale::Day
                         << QStringLiteral("Fri 27 Nov");
    QTest::newRow("day, jalali") << en << jalali() << utc(2026, 11, 27) << Scale::Day
                                 << QStringLiteral("Fri 6 Azar");
    QTest::newRow("week") << en << gregorian << utc(2026, 11, 23) << Scale::Week
                          << QStringLiteral("week of 23 Nov");
    QTest::newRow("week, jalali") << en << jalali() << utc(2026, 11, 23) << Scale::Week
                                  << QStringLiteral("week of 2 Azar");
    QTest::newRow("month") << en << gregorian << utc(2026, 11, 1) << Scale::Month
                           << QStringLiteral("Nov 2026");
    // The service's months are Gregorian: under Jalali one is named by its first day.
    QTest::newRow("month, jalali")
        << en << jalali() << utc(2026, 11, 1) << Scale::Month << QStringLiteral("10 Aban 1405");
    QTest::newRow("fa day") << fa << gregorian << utc(2026, 11, 27) << Scale::Day
                            << QStringLiteral("جمعه ۲۷ نوامبر");
    QTest::newRow("fa day, jalali")
        << fa << jalali() << utc(2026, 11, 27) << Scale::Day << QStringLiteral("جمعه ۶ آذر");
    QTest::newRow("fa month, jalali")
        << fa << jalali() << utc(2026, 3, 1) << Scale::Month << QStringLiteral("۱۰ اسفند ۱۴۰۴");
    QTest::newRow("fa hour on nowruz, jalali")
        << fa << jalali() << utc(2026, 3, 21, 9) << Scale::Hour
        << QStringLiteral("شنبه ۱ فروردین ۰۹:۰۰");
}

void TestFormatting::bucketStart()
{
    QFETCH(QLocale, locale);
    QFETCH(QCalendar, calendar);
    QFETCH(QDateTime, start);
    QFETCH(Scale, scale);
    QFETCH(QString, text);
    QCOMPARE(Formatting::bucketStart(start, scale, locale, calendar), text);
}

void TestFormatting::bucketSpan_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QCalendar>("calendar");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QString>("text");
    const QCalendar gregorian;
    QTest::newRow("hour") << en << gregorian << utc(2026, 11, 20, 14) << utc(2026, 11, 20, 15)
                          << Scale::Hour << QStringLiteral("Fri 20 Nov 2026, 14:00 – 15:00");
    QTest::newRow("hour, jalali") << en << jalali() << utc(2026, 11, 20, 14)
                                  << utc(2026, 11, 20, 15) << Scale::Hour
                                  << QStringLiteral("Fri 29 Aban 1405, 14:00 – 15:00");
    QTest::newRow("day, jalali") << en << jalali() << utc(2026, 3, 20) << utc(2026, 3, 21)
                                 << Scale::Day << QStringLiteral("Fri 29 Esfand 1404");
    QTest::newRow("week") << en << gregorian << utc(2026, 11, 16) << utc(2026, 11, 23)
                          << Scale::Week << QStringLiteral("16 Nov – 22 Nov 2026");
    QTest::newRow("week, jalali") << en << jalali() << utc(2026, 11, 16) << utc(2026, 11, 23)
                                  << Scale::Week << QStringLiteral("25 Aban – 1 Azar 1405");
    QTest::newRow("month") << en << gregorian << utc(2026, 11, 1) << utc(2026, 12, 1)
                           << Scale::Month << QStringLiteral("November 2026");
    QTest::newRow("month, jalali: its exact days")
        << en << jalali() << utc(2026, 11, 1) << utc(2026, 12, 1) << Scale::Month
        << QStringLiteral("10 Aban – 9 Azar 1405");
    QTest::newRow("fa month, jalali") << fa << jalali() << utc(2026, 11, 1) << utc(2026, 12, 1)
                                      << Scale::Month << QStringLiteral("۱۰ آبان – ۹ آذر ۱۴۰۵");
    QTest::newRow("fa month") << fa << gregorian << utc(2026, 11, 1) << utc(2026, 12, 1)
                              << Scale::Month << QStringLiteral("نوامبر ۲۰۲۶");
}

void TestFormatting::bucketSpan()
{
    QFETCH(QLocale, locale);
    QFETCH(QCalendar, calendar);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(Scale, scale);
    QFETCH(QString, text);
    QCOMPARE(Formatting::bucketSpan(start, end, scale, locale, calendar), text);
}

void TestFormatting::tableTime_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QCalendar>("calendar");
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<QString>("text");
    const QCalendar gregorian;
    QTest::newRow("en") << en << gregorian << utc(2026, 11, 20, 14)
                        << QStringLiteral("2026-11-20 14:00");
    QTest::newRow("en, jalali") << en << jalali() << utc(2026, 11, 20, 14)
                                << QStringLiteral("1405-08-29 14:00");
    QTest::newRow("fa, jalali") << fa << jalali() << utc(2026, 11, 20, 14)
                                << QStringLiteral("۱۴۰۵-۰۸-۲۹ ۱۴:۰۰");
    QTest::newRow("in the stamp's zone")
        << en << jalali() << utc(2026, 3, 20, 21).toTimeZone(QTimeZone("Asia/Tehran"))
        << QStringLiteral("1405-01-01 00:30");
}

void TestFormatting::tableTime()
{
    QFETCH(QLocale, locale);
    QFETCH(QCalendar, calendar);
    QFETCH(QDateTime, t);
    QFETCH(QString, text);
    QCOMPARE(Formatting::tableTime(t, locale, calendar), text);
}

void TestFormatting::resolve_data()
{
    QTest::addColumn<CalendarChoice>("choice");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("isJalali");
    QTest::newRow("automatic, persian") << CalendarChoice::Automatic << fa << true;
    QTest::newRow("automatic, persian of afghanistan")
        << CalendarChoice::Automatic << QLocale(QLocale::Persian, QLocale::Afghanistan) << true;
    QTest::newRow("automatic, english") << CalendarChoice::Automatic << en << false;
    QTest::newRow("automatic, C") << CalendarChoice::Automatic << QLocale::c() << false;
    QTest::newRow("automatic, arabic")
        << CalendarChoice::Automatic << QLocale(QLocale::Arabic, QLocale::Egypt) << false;
    QTest::newRow("gregorian, persian") << CalendarChoice::Gregorian << fa << false;
    QTest::newRow("jalali, english") << CalendarChoice::Jalali << en << true;
    QTest::newRow("jalali, persian") << CalendarChoice::Jalali << fa << true;
}

void TestFormatting::resolve()
{
    QFETCH(CalendarChoice, choice);
    QFETCH(QLocale, locale);
    QFETCH(bool, isJalali);
    const QCalendar calendar = DisplayCalendar::resolve(choice, locale);
    QVERIFY(calendar.isValid());
    QCOMPARE(DisplayCalendar::isJalali(calendar), isJalali);
    QCOMPARE(calendar.name(), isJalali ? QStringLiteral("Jalali") : QStringLiteral("Gregorian"));
}

void TestFormatting::currentFollowsChoiceAndDefaultLocale()
{
    // Automatic is asked at the time of use: it follows QLocale::setDefault (--lang).
    DisplayCalendar::setChoice(CalendarChoice::Automatic);
    QLocale::setDefault(en);
    QVERIFY(!DisplayCalendar::isJalali(DisplayCalendar::current()));
    QCOMPARE(Formatting::bucketStart(utc(2026, 11, 27), Scale::Day), QStringLiteral("Fri 27 Nov"));
    QLocale::setDefault(fa);
    QVERIFY(DisplayCalendar::isJalali(DisplayCalendar::current()));
    QCOMPARE(Formatting::bucketStart(utc(2026, 11, 27), Scale::Day), QStringLiteral("جمعه ۶ آذر"));
    DisplayCalendar::setChoice(CalendarChoice::Gregorian);
    QCOMPARE(DisplayCalendar::choice(), CalendarChoice::Gregorian);
    QCOMPARE(Formatting::bucketStart(utc(2026, 11, 27), Scale::Day),
             QStringLiteral("جمعه ۲۷ نوامبر"));
    QLocale::setDefault(en);
    DisplayCalendar::setChoice(CalendarChoice::Jalali);
    QCOMPARE(Formatting::bucketStart(utc(2026, 11, 27), Scale::Day), QStringLiteral("Fri 6 Azar"));
}

void TestFormatting::labels()
{
    QCOMPARE(DisplayCalendar::label(CalendarChoice::Automatic, en),
             QStringLiteral("Automatic (Gregorian)"));
    QCOMPARE(DisplayCalendar::label(CalendarChoice::Automatic, fa),
             QStringLiteral("Automatic (Jalali)"));
    QCOMPARE(DisplayCalendar::label(CalendarChoice::Jalali, en),
             QStringLiteral("Jalali (Solar Hijri)"));
    QCOMPARE(DisplayCalendar::label(CalendarChoice::Gregorian, fa), QStringLiteral("Gregorian"));
}

void TestFormatting::queryMismatch_data()
{
    QTest::addColumn<DashboardQuery>("shown");
    QTest::addColumn<DashboardQuery>("chosen");
    QTest::addColumn<QString>("words");
    User ana;
    ana.id = 7;
    ana.username = QStringLiteral("ana");
    ApiKey web;
    web.id = 3;
    web.name = QStringLiteral("web");
    DashboardQuery hours;
    hours.resource = Resource::account(ana);
    hours.scale = Scale::Hour;
    hours.range = {QDate(2026, 11, 14), QDate(2026, 11, 20)};
    DashboardQuery days = hours;
    days.scale = Scale::Day;
    QTest::newRow("the same") << hours << hours << QString();
    QTest::newRow("scale") << hours << days << QStringLiteral("by hour, not by day");
    DashboardQuery november = days;
    november.range = {QDate(2026, 11, 1), QDate(2026, 11, 20)};
    QTest::newRow("scale and range")
        << hours << november
        << QStringLiteral("by hour, not by day; for 14 – 20 Nov 2026, 7 days, not 1 – 20 Nov "
                          "2026, 20 days");
    DashboardQuery key = hours;
    key.resource = Resource::apiKey(web);
    QTest::newRow("resource") << hours << key << QStringLiteral("of my account, not the key “web”");
    DashboardQuery weeks = hours;
    weeks.scale = Scale::Week;
    DashboardQuery sundays = weeks;
    sundays.firstDayOfWeek = Qt::Sunday;
    QTest::newRow("week start, at week scale")
        << weeks << sundays << QStringLiteral("in weeks from Monday, not from Sunday");
    DashboardQuery daySundays = days;
    daySundays.firstDayOfWeek = Qt::Sunday;
    QTest::newRow("week start, at day scale: nothing") << days << daySundays << QString();
}

void TestFormatting::queryMismatch()
{
    QFETCH(DashboardQuery, shown);
    QFETCH(DashboardQuery, chosen);
    QFETCH(QString, words);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(QueryMismatch::describe(shown, chosen, differences(shown, chosen)), words);
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
