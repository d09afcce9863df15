#include "dayedit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextCharFormat>

namespace geobox {

DayEdit::DayEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    connect(this, &QAbstractSpinBox::editingFinished, this, &DayEdit::clampToLastDay);
}

QCalendarWidget *DayEdit::calendarWidget() const
{
    QCalendarWidget *calendar = QDateEdit::calendarWidget();
    prepare(calendar);
    return calendar;
}

QCalendarWidget *DayEdit::madeCalendar() const
{
    // Made through QDateEdit's own calendarWidget() too, perhaps: found among the children.
    auto *calendar = findChild<QCalendarWidget *>();
    prepare(calendar);
    return calendar;
}

void DayEdit::prepare(QCalendarWidget *calendar) const
{
    if (!calendar || m_popup == calendar->window())
        return;
    // The pop-up window around the calendar: its Show comes after the editor has given the
    // calendar its own range.
    m_popup = calendar->window();
    m_popup->installEventFilter(const_cast<DayEdit *>(this));
    // The pop-up is a window of its own, which the editor's locale does not reach.
    calendar->setLocale(locale());
    markWeekend(calendar);
    if (m_last.isValid())
        calendar->setMaximumDate(m_last);
}

void DayEdit::setCalendar(QCalendar calendar)
{
    QDateEdit::setCalendar(calendar);
    // A pop-up made later takes the editor's calendar.
    if (QCalendarWidget *made = madeCalendar()) {
        made->setCalendar(calendar);
        // The weekend is the locale's, whichever calendar writes the days.
        markWeekend(made);
    }
}

void DayEdit::markWeekend(QCalendarWidget *calendar)
{
    const QList<Qt::DayOfWeek> working = calendar->locale().weekdays();
    // Red, as Qt marks Saturday and Sunday whatever the locale.
    QTextCharFormat weekend;
    weekend.setForeground(Qt::red);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const auto dayOfWeek = static_cast<Qt::DayOfWeek>(day);
        calendar->setWeekdayTextFormat(dayOfWeek,
                                       working.contains(dayOfWeek) ? QTextCharFormat() : weekend);
    }
}

void DayEdit::changeEvent(QEvent *event)
{
    QDateEdit::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) {
        if (QCalendarWidget *made = madeCalendar()) {
            made->setLocale(locale());
            markWeekend(made);
        }
    }
}

void DayEdit::setLastDay(const QDate &day)
{
    m_last = day;
    if (QCalendarWidget *made = madeCalendar())
        made->setMaximumDate(day);
    clampToLastDay();
}

void DayEdit::clampToLastDay()
{
    if (m_last.isValid() && date() > m_last)
        setDate(m_last);
}

void DayEdit::keyPressEvent(QKeyEvent *event)
{
    // Select All selects the whole text, so that a date typed next replaces it (QDateEdit's
    // own selects one section).
    if (event->matches(QKeySequence::SelectAll)) {
        lineEdit()->selectAll();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void DayEdit::mousePressEvent(QMouseEvent *event)
{
    if (!isReadOnly())
        calendarWidget();
    QDateEdit::mousePressEvent(event);
}

QValidator::State DayEdit::validate(QString &input, int &pos) const
{
    QString text = input;
    int cursor = pos;
    const QValidator::State state = QDateEdit::validate(text, cursor);
    if (state != QValidator::Invalid) {
        input = text;
        pos = cursor;
        return state;
    }
    return QValidator::Intermediate;
}

bool DayEdit::eventFilter(QObject *watched, QEvent *event)
{
    // The editor gives the pop-up its own range each time it opens: narrow it again.
    if (m_popup && watched == m_popup && event->type() == QEvent::Show && m_last.isValid())
        QDateEdit::calendarWidget()->setMaximumDate(m_last);
    return QDateEdit::eventFilter(watched, event);
}

} // namespace geobox
