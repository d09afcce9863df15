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
    // The pop-up window around the calendar: its Show comes after the editor has given the
    // calendar its own range.
    calendarWidget()->window()->installEventFilter(this);
    connect(this, &QAbstractSpinBox::editingFinished, this, &DayEdit::clampToLastDay);
    markWeekend();
}

void DayEdit::markWeekend()
{
    QCalendarWidget *calendar = calendarWidget();
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
    // The pop-up is a window of its own, which a locale set on the editor does not reach.
    if (event->type() == QEvent::LocaleChange) {
        calendarWidget()->setLocale(locale());
        markWeekend();
    }
}

void DayEdit::setLastDay(const QDate &day)
{
    m_last = day;
    calendarWidget()->setMaximumDate(day);
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
    if (watched == calendarWidget()->window() && event->type() == QEvent::Show && m_last.isValid())
        calendarWidget()->setMaximumDate(m_last);
    return QDateEdit::eventFilter(watched, event);
}

} // namespace geobox
