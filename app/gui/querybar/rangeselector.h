#pragma once
// RangeSelector: which days the dashboard shows: a preset (Last 30 days, This
// month, …) or Custom, the first and last day with calendar pop-ups (up to
// today), the range in words, and inline, in red, why DashboardState refused a
// range (it alone decides; this only says it). Days are shown,
// picked and grouped into months in the display calendar (Gregorian or Jalali);
// the range itself is the same days either way.

#include "daterange.h"

#include <QCalendar>
#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTimer;

namespace geobox {

class DayEdit;

class RangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSelector)

public:
    // today: the service's current day (a pinned clock in tests).
    explicit RangeSelector(std::function<QDate()> today, QWidget *parent = nullptr);

    // The first day the pickers take.
    static QDate earliestDay() { return QDate(2000, 1, 1); }

    RangePreset preset() const { return m_preset; }
    // The range on screen; for a preset, as of today (it moves when the day changes).
    DateRange range() const;
    bool isValid() const { return range().isValid(); }
    // Without signalling. A Custom preset keeps the given range; others ignore it.
    void setSelection(RangePreset preset, const DateRange &custom = {});
    // Recomputes a preset's days for a new today; true when they changed.
    bool updateToday();
    // Shows, picks and groups days in this calendar (the pickers, their pop-ups, the words,
    // the months of the month presets); true when a preset's days changed with it.
    bool setCalendar(const QCalendar &calendar);
    QCalendar calendar() const { return m_calendar; }
    // Says inline why the range was refused (empty: back to the range in words).
    void showProblem(const QString &problem);

    QComboBox *presetBox() const { return m_presetBox; }
    DayEdit *fromEdit() const { return m_from; }
    DayEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    // The range the user picked, valid or not (DashboardState says why one is refused).
    void rangeChanged(const geobox::DateRange &range, geobox::RangePreset preset);

private:
    void presetPicked();
    void datesEdited();
    void emitRange();
    // The pickers take no day after today.
    void limitToToday();
    void showRange(const DateRange &range);
    void describe();

    std::function<QDate()> m_today;
    QCalendar m_calendar;
    RangePreset m_preset = RangePreset::Last30Days;
    QComboBox *m_presetBox = nullptr;
    DayEdit *m_from = nullptr;
    DayEdit *m_to = nullptr;
    QLabel *m_description = nullptr;
    QTimer *m_settle = nullptr;
    QString m_problem;
};

} // namespace geobox
