#include "scalerule.h"

#include <utility>

namespace geobox {

Scale ScaleRule::presetChosen(RangePreset preset, const DateRange &range, Scale current)
{
    if (preset == RangePreset::Custom || !range.isValid())
        return current;
    if (std::exchange(m_pickedByHand, false)) {
        // The user's own scale stays, and is now theirs to keep: nothing to give back.
        m_replaced.reset();
        return current;
    }
    if (range.days() < fewestDaysByDay) {
        if (current != Scale::Hour)
            m_replaced = current;
        return Scale::Hour;
    }
    // Longer again: the scale this rule replaced, if the hours are still its own.
    const std::optional<Scale> replaced = std::exchange(m_replaced, std::nullopt);
    return replaced && current == Scale::Hour ? *replaced : current;
}

void ScaleRule::scalePicked(Scale scale)
{
    Q_UNUSED(scale);
    m_pickedByHand = true;
    m_replaced.reset();
}

} // namespace geobox
