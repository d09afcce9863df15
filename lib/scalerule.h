#pragma once
// ScaleRule: the scale a range preset brings with it. A preset of under three days
// ("Today", "This month" on the 2nd) is shown by the hour, not as one or two giant
// bars whose total, average and peak are the same number, unless the scale was
// picked by hand since the last preset was chosen. A later preset of three days or
// more gives back the scale the rule replaced, unless one was picked in between.
// DashboardState keeps one for the window; the query bar follows it.

#include "daterange.h"
#include "usagetypes.h"

#include <optional>

namespace geobox {

class ScaleRule final
{
public:
    // Ranges of fewer days than this are shown by the hour.
    static constexpr qint64 fewestDaysByDay = 3;

    // A preset was chosen, with the days it means now: the scale to show them at, from
    // `current`. Custom is no preset: it changes nothing, and forgets nothing.
    Scale presetChosen(RangePreset preset, const DateRange &range, Scale current);
    // The user picked a scale by hand (a segment, Ctrl+1…4).
    void scalePicked(Scale scale);

    // Whether a scale was picked by hand since the last preset was chosen.
    bool pickedByHand() const { return m_pickedByHand; }

private:
    bool m_pickedByHand = false;
    std::optional<Scale> m_replaced; // what the rule switched to Hour from
};

} // namespace geobox
