#pragma once
// Types a day into a QDateEdit as a user would, one section at a time (year,
// month by name, day), in whatever calendar and language the editor shows.

#include <QDateEdit>
#include <QTest>

namespace testing {

// Text with non-ASCII characters (Persian digits and month names) goes in as key events
// carrying that text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void typeDate(QDateEdit *edit, const QString &year, const QString &month, const QString &day)
{
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    typeText(edit, year);
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    typeText(edit, month);
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    typeText(edit, day);
    QTest::keyClick(edit, Qt::Key_Enter);
}

} // namespace testing
