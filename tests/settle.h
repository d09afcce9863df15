#pragma once
// Lets the widgets finish what they have queued (window-system resizes, layout requests,
// chart axis layouts, repaints) before a test looks at them: every pending event is
// delivered, a few rounds deep, instead of waiting a guessed number of milliseconds.

#include <QCoreApplication>

namespace testing {

inline void settle()
{
    // A layout handled in one round may post the next (the chart's axes after the view's
    // resize); three rounds cover the deepest chain the window has.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace testing
