#pragma once
// DayEdit: a date picker with a calendar pop-up that stops at a last day
// (today), and that also takes a whole date typed over a selection ("20 Nov
// 2026"), not only section by section: what is typed is judged when the
// editing ends, and a typed day after the last one becomes the last one. Its
// pop-up marks the locale's weekend (Friday under Persian, not Saturday and
// Sunday), and marks it again when the locale changes.

#include <QDateEdit>

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

    // Marks the days the pop-up's locale does not work (QLocale::weekdays()) as the weekend.
    void markWeekend();

protected:
    void changeEvent(QEvent *event) override;
    // QDateEdit refuses every keystroke that does not fit the section under the cursor, so
    // typing over a selection went nowhere; half-typed text is let through here, and the
    // date is read from the whole text when the editing ends.
    QValidator::State validate(QString &input, int &pos) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void clampToLastDay();

    // A maximum on the editor itself would refuse a month typed before its day whenever
    // the day left from before makes a date after the last one (29 Oct, typing "Nov" on
    // 27 Nov), so the last day is kept here and applied to the pop-up and to the result.
    QDate m_last;
};

} // namespace geobox
