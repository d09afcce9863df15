#pragma once
// RangeSelector: which days the dashboard shows: a preset (Last 30 days, This
// month, …) or Custom, the first and last day with calendar pop-ups, the range
// in words, and inline, in red, why a range cannot be fetched. Days are shown,
// picked and grouped into months in the display calendar (Gregorian or Jalali);
// the range itself is the same days either way.

#include "daterange.h"

#include <QCalendar>
#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace geobox {

class RangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSelector)

public:
    // today: the service's current day (a pinned clock in tests).
    explicit RangeSelector(std::function<QDate()> today, QWidget *parent = nullptr);

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
    QString problemText() const;

    QComboBox *presetBox() const { return m_presetBox; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    // A valid range the user picked. An invalid one is only said inline.
    void rangeChanged(const geobox::DateRange &range, geobox::RangePreset preset);

private:
    void presetPicked();
    void datesEdited();
    bool checkRange();
    void emitRange();
    void showRange(const DateRange &range);
    void describe();

    std::function<QDate()> m_today;
    QCalendar m_calendar;
    RangePreset m_preset = RangePreset::Last30Days;
    QComboBox *m_presetBox = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_description = nullptr;
    QTimer *m_settle = nullptr;
    QString m_problem;
};

} // namespace geobox
