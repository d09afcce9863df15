#pragma once
// `collect --notify`: after a sync, the alert rules over what the history now holds (the
// summary, the past weeks' hours), each fired once per period as the history remembers
// across runs and the window, delivered as desktop notifications without an action (the
// collector has exited by the time anyone clicks).

#include "historyscope.h"

class QCommandLineParser;

namespace geobox {
class DashboardState;
}

namespace geobox::cli {

// Evaluates and delivers; returns the exit code (ExitOk, or the code of what failed, said
// on stderr).
int notifyAlerts(DashboardState &state);

} // namespace geobox::cli
