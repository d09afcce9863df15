#pragma once
// DayEdit: a date picker with a calendar pop-up that stops at a last day
// (today), and that also takes a whole date typed over a selection ("20 Nov
// 2026"), not only section by section: what is typed is judged when the
// editing ends, and a typed day after the last one becomes the last one. Its
// pop-up marks the locale's weekend (Friday under Persian, not Saturday and
// Sunday), and marks it again when the locale changes.
//
// The pop-up (a window of a few dozen widgets) is made when it is first opened or asked
// for, not with the editor: a window starts without building two calendars nobody may
// open. It is given the last day, the calendar, the locale and its weekend then.

#include <QDateEdit>
#include <QPointer>

class QCalendarWidget;

namespace geobox {

class DayEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayEdit)

public:
    explicit DayEdit(QWidget *parent = nullptr);

    // The last day it takes: the pop-up shows none after it.
    void setLastDay(const QDate &day);
    QDate lastDay() const { return m_last; }

    // QDateEdit's, which also tell a pop-up already made (it keeps its own calendar
    // otherwise); the pop-up is made here when not yet, ready to be shown.
    void setCalendar(QCalendar calendar);
    QCalendarWidget *calendarWidget() const;

protected:
    void changeEvent(QEvent *event) override;
    // QDateEdit refuses every keystroke that does not fit the section under the cursor, so
    // typing over a selection went nowhere; half-typed text is let through here, and the
    // date is read from the whole text when the editing ends.
    QValidator::State validate(QString &input, int &pos) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // A press on the arrow opens the pop-up: it is made (and prepared) first.
    void mousePressEvent(QMouseEvent *event) override;

private:
    void clampToLastDay();
    // The pop-up's calendar if it was made (and then prepared), else null.
    QCalendarWidget *madeCalendar() const;
    // Gives a pop-up just made the last day, the editor's locale and its weekend.
    void prepare(QCalendarWidget *calendar) const;
    // Marks the days the pop-up's locale does not work (QLocale::weekdays()) as the weekend.
    static void markWeekend(QCalendarWidget *calendar);

    // A maximum on the editor itself would refuse a month typed before its day whenever
    // the day left from before makes a date after the last one (29 Oct, typing "Nov" on
    // 27 Nov), so the last day is kept here and applied to the pop-up and to the result.
    QDate m_last;
    // The window around the pop-up's calendar, once made.
    mutable QPointer<QWidget> m_popup;
};

} // namespace geobox
