// The range picker in both calendars, as real widgets: a day typed into the
// Jalali editor is the same QDate as in the Gregorian one, the calendar pop-up
// follows the calendar, the month presets are the calendar's months, and the
// words under the pickers are the calendar's.

#include "querybar/dayedit.h"
#include "querybar/rangeselector.h"
#include "typedate.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>

using namespace geobox;

namespace {

const QDate today(2026, 11, 27); // 6 Azar 1405

QCalendar jalali()
{
    return QCalendar(QCalendar::System::Jalali);
}

// The days a pop-up marks as the weekend: red, as Qt marks a weekend day.
QList<Qt::DayOfWeek> weekend(const DayEdit *edit)
{
    QList<Qt::DayOfWeek> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const QTextCharFormat format =
            edit->calendarWidget()->weekdayTextFormat(static_cast<Qt::DayOfWeek>(day));
        if (format.foreground().color() == QColor(Qt::red))
            days.append(static_cast<Qt::DayOfWeek>(day));
    }
    return days;
}

QString description(const RangeSelector &selector)
{
    return selector.findChild<QLabel *>(QStringLiteral("rangeDescription"))->text();
}

} // namespace

class TestRangeSelector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void typedDay_data();
    void typedDay();
    void popupFollowsCalendar();
    void monthPresetsFollowCalendar();
    void wholeDateTypedOverSelection_data();
    void wholeDateTypedOverSelection();
    void pickersStopAtToday();
    void popupMadeWhenOpened();
    void everyRangeIsSaidToTheState();
    void weekendIsTheLocales_data();
    void weekendIsTheLocales();
    void weekendFollowsTheLocale();
};

void TestRangeSelector::initTestCase()
{
    QVERIFY2(QCalendar::availableCalendars().contains(QStringLiteral("Jalali")),
             "this Qt has no Jalali calendar (QCalendar::availableCalendars() lacks \"Jalali\")");
}

void TestRangeSelector::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestRangeSelector::typedDay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("isJalali");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QDate>("date");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    QTest::newRow("gregorian") << en << false << QStringLiteral("2026") << QStringLiteral("Nov")
                               << QStringLiteral("27") << QDate(2026, 11, 27);
    QTest::newRow("jalali, 6 Azar 1405")
        << en << true << QStringLiteral("1405") << QStringLiteral("Azar") << QStringLiteral("6")
        << QDate(2026, 11, 27);
    QTest::newRow("jalali, Nowruz 1405")
        << en << true << QStringLiteral("1405") << QStringLiteral("Farvardin")
        << QStringLiteral("1") << QDate(2026, 3, 21);
    QTest::newRow("jalali, last day of 1404")
        << en << true << QStringLiteral("1404") << QStringLiteral("Esfand") << QStringLiteral("29")
        << QDate(2026, 3, 20);
    QTest::newRow("jalali, 30 Esfand of leap 1403")
        << en << true << QStringLiteral("1403") << QStringLiteral("Esfand") << QStringLiteral("30")
        << QDate(2025, 3, 20);
    QTest::newRow("jalali in Persian, Nowruz")
        << fa << true << QStringLiteral("۱۴۰۵") << QStringLiteral("فروردین") << QStringLiteral("۱")
        << QDate(2026, 3, 21);
    QTest::newRow("jalali in Persian, 10 Dey 1404")
        << fa << true << QStringLiteral("۱۴۰۴") << QStringLiteral("دی") << QStringLiteral("۱۰")
        << QDate(2025, 12, 31);
}

void TestRangeSelector::typedDay()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, isJalali);
    QFETCH(QString, year);
    QFETCH(QString, month);
    QFETCH(QString, day);
    QFETCH(QDate, date);
    QLocale::setDefault(locale); // as --lang does, before the widgets are made
    RangeSelector selector([] { return today; });
    selector.setCalendar(isJalali ? jalali() : QCalendar());
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QDateEdit *from = selector.fromEdit();
    QCOMPARE(from->calendar().name(),
             isJalali ? QStringLiteral("Jalali") : QStringLiteral("Gregorian"));
    testing::typeDate(from, year, month, day);
    QCOMPARE(from->date(), date);
    QCOMPARE(selector.range().first, date);
    QCOMPARE(selector.preset(), RangePreset::Custom);
    // The editor shows what was typed.
    QVERIFY2(from->text().contains(month) && from->text().contains(year), qPrintable(from->text()));
}

void TestRangeSelector::popupFollowsCalendar()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RangeSelector selector([] { return today; });
    selector.setCalendar(QCalendar());
    QDateEdit *to = selector.toEdit();
    QCOMPARE(to->date(), today);
    QCOMPARE(to->text(), QStringLiteral("27 Nov 2026"));
    // The pop-up exists already; it follows the calendar too.
    QCOMPARE(to->calendarWidget()->calendar().name(), QStringLiteral("Gregorian"));

    QVERIFY(!selector.setCalendar(jalali())); // Last 30 days: the same days
    QCOMPARE(to->date(), today);
    QCOMPARE(to->text(), QStringLiteral("6 Azar 1405"));
    for (QDateEdit *edit : {selector.fromEdit(), selector.toEdit()}) {
        QCOMPARE(edit->calendar().name(), QStringLiteral("Jalali"));
        QCOMPARE(edit->calendarWidget()->calendar().name(), QStringLiteral("Jalali"));
    }
    // Its pages are Jalali months: today's is Azar (9) of 1405.
    to->calendarWidget()->setSelectedDate(to->date());
    QCOMPARE(to->calendarWidget()->yearShown(), 1405);
    QCOMPARE(to->calendarWidget()->monthShown(), 9);

    selector.setCalendar(QCalendar());
    QCOMPARE(to->text(), QStringLiteral("27 Nov 2026"));
    QCOMPARE(to->calendarWidget()->calendar().name(), QStringLiteral("Gregorian"));
    to->calendarWidget()->setSelectedDate(to->date());
    QCOMPARE(to->calendarWidget()->yearShown(), 2026);
    QCOMPARE(to->calendarWidget()->monthShown(), 11);
}

void TestRangeSelector::monthPresetsFollowCalendar()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RangeSelector selector([] { return today; });
    selector.setCalendar(QCalendar());
    QSignalSpy changed(&selector, &RangeSelector::rangeChanged);
    selector.setSelection(RangePreset::ThisMonth);
    QCOMPARE(selector.range(), (DateRange{QDate(2026, 11, 1), today}));
    QCOMPARE(description(selector), QStringLiteral("1 – 27 Nov 2026, 27 days"));

    // "This month" is Azar under Jalali: it began on 22 November.
    QVERIFY(selector.setCalendar(jalali()));
    QCOMPARE(selector.range(), (DateRange{QDate(2026, 11, 22), today}));
    QCOMPARE(description(selector), QStringLiteral("1 – 6 Azar 1405, 6 days"));
    QCOMPARE(selector.preset(), RangePreset::ThisMonth);
    selector.setSelection(RangePreset::LastMonth);
    QCOMPARE(selector.range(), (DateRange{QDate(2026, 10, 23), QDate(2026, 11, 21)}));
    QCOMPARE(description(selector), QStringLiteral("1 – 30 Aban 1405, 30 days"));

    // A custom range keeps its days; only their words change.
    const DateRange march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    selector.setSelection(RangePreset::Custom, march);
    QVERIFY(!selector.setCalendar(QCalendar()));
    QCOMPARE(selector.range(), march);
    QCOMPARE(description(selector), QStringLiteral("1 – 31 Mar 2026, 31 days"));
    QVERIFY(!selector.setCalendar(jalali()));
    QCOMPARE(selector.range(), march);
    QCOMPARE(description(selector), QStringLiteral("10 Esfand 1404 – 11 Farvardin 1405, 31 days"));
    // The selector says the new days; fetching them is the window's choice.
    QCOMPARE(changed.count(), 0);
}

void TestRangeSelector::wholeDateTypedOverSelection_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::newRow("20 Nov 2026") << QStringLiteral("20 Nov 2026") << QDate(2026, 11, 20);
    QTest::newRow("3 Feb 2025") << QStringLiteral("3 Feb 2025") << QDate(2025, 2, 3);
    QTest::newRow("after today: today") << QStringLiteral("5 Dec 2026") << today;
}

void TestRangeSelector::wholeDateTypedOverSelection()
{
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RangeSelector selector([] { return today; });
    selector.setCalendar(QCalendar());
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    DayEdit *from = selector.fromEdit();
    from->setFocus();
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier); // Select All, as a user would
    QTest::keyClicks(from, typed);
    QTest::keyClick(from, Qt::Key_Enter);
    QCOMPARE(from->date(), date);
    QCOMPARE(selector.range().first, date);
}

void TestRangeSelector::pickersStopAtToday()
{
    RangeSelector selector([] { return today; });
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    for (DayEdit *edit : {selector.fromEdit(), selector.toEdit()}) {
        QCOMPARE(edit->lastDay(), today);
        // The pop-up is given the editor's own range each time it opens; it stops at today.
        QWidget *popup = edit->calendarWidget()->window();
        QVERIFY(popup != edit->window());
        popup->show();
        QCOMPARE(edit->calendarWidget()->maximumDate(), today);
        popup->hide();
    }
}

// The pop-ups are made when first opened, not with the selector; a press on the arrow
// makes one that still stops at today and marks the locale's weekend.
void TestRangeSelector::popupMadeWhenOpened()
{
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    RangeSelector selector([] { return today; });
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    DayEdit *to = selector.toEdit();
    QVERIFY(!selector.findChild<QCalendarWidget *>());
    // The arrow is at the end the text does not start from (the left, right to left).
    const int x = to->isRightToLeft() ? 4 : to->width() - 4;
    QTest::mousePress(to, Qt::LeftButton, {}, QPoint(x, to->height() / 2));
    auto *calendar = to->findChild<QCalendarWidget *>();
    QVERIFY(calendar);
    QVERIFY(!selector.fromEdit()->findChild<QCalendarWidget *>());
    QTRY_VERIFY(calendar->window()->isVisible());
    QCOMPARE(calendar->maximumDate(), today);
    QCOMPARE(calendar->locale().language(), QLocale::Persian);
    QCOMPARE(weekend(to), QList<Qt::DayOfWeek>{Qt::Friday});
    calendar->window()->hide();
}

void TestRangeSelector::everyRangeIsSaidToTheState()
{
    // The selector does not judge a range: a start after the end is emitted like any other,
    // and DashboardState says why it is refused (showProblem).
    RangeSelector selector([] { return today; });
    QSignalSpy changed(&selector, &RangeSelector::rangeChanged);
    selector.fromEdit()->setDate(today);
    selector.toEdit()->setDate(today.addDays(-3));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().first().value<DateRange>(), (DateRange{today, today.addDays(-3)}));
    selector.showProblem(QStringLiteral("The start date is after the end date."));
    auto *words = selector.findChild<QLabel *>(QStringLiteral("rangeDescription"));
    QVERIFY(words->text().contains(QStringLiteral("after")));
    selector.showProblem({});
    QVERIFY(!words->text().contains(QStringLiteral("after")));
}

void TestRangeSelector::weekendIsTheLocales_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("isJalali");
    QTest::addColumn<QList<Qt::DayOfWeek>>("weekend");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    QTest::newRow("English") << en << false << QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday};
    QTest::newRow("English, Jalali")
        << en << true << QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday};
    QTest::newRow("Persian") << fa << true << QList<Qt::DayOfWeek>{Qt::Friday};
    QTest::newRow("Persian, Gregorian") << fa << false << QList<Qt::DayOfWeek>{Qt::Friday};
}

// The calendar pop-ups mark the locale's weekend: Friday under Persian, not Saturday and
// Sunday; the calendar that writes the days does not change it.
void TestRangeSelector::weekendIsTheLocales()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, isJalali);
    QFETCH(QList<Qt::DayOfWeek>, weekend);
    QLocale::setDefault(locale); // as --lang does, before the widgets are made
    RangeSelector selector([] { return today; });
    selector.setCalendar(isJalali ? jalali() : QCalendar());
    for (const DayEdit *edit : {selector.fromEdit(), selector.toEdit()})
        QCOMPARE(::weekend(edit), weekend);
    // Shown, the pop-up still says so.
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QWidget *popup = selector.toEdit()->calendarWidget()->window();
    popup->show();
    QVERIFY(QTest::qWaitForWindowExposed(popup));
    QCOMPARE(::weekend(selector.toEdit()), weekend);
    popup->hide();
}

// A new locale (a language change) marks its own weekend, in either calendar.
void TestRangeSelector::weekendFollowsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RangeSelector selector([] { return today; });
    selector.setCalendar(QCalendar());
    QCOMPARE(weekend(selector.fromEdit()), (QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday}));
    selector.setLocale(QLocale(QLocale::Persian, QLocale::Iran));
    for (const DayEdit *edit : {selector.fromEdit(), selector.toEdit()}) {
        QCOMPARE(weekend(edit), QList<Qt::DayOfWeek>{Qt::Friday});
        // The pop-up speaks the new locale too.
        QCOMPARE(edit->calendarWidget()->locale().language(), QLocale::Persian);
    }
    selector.setCalendar(jalali());
    QCOMPARE(weekend(selector.toEdit()), QList<Qt::DayOfWeek>{Qt::Friday});
    selector.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(weekend(selector.toEdit()), (QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday}));
}

QTEST_MAIN(TestRangeSelector)
#include "tst_rangeselector.moc"
