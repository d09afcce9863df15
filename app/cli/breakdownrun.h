#pragma once
// The breakdown as the command line runs it (explain, export --by key): the signed-in
// account and its keys, then the per-key fan-out through the same BreakdownState as the
// window, with its progress on stderr when that is a terminal.

#include "breakdownjob.h"
#include "clisession.h"

#include <optional>

namespace geobox::cli {

struct BreakdownRun
{
    std::optional<BreakdownResult> result; // set when it ended well
    int exitCode = ExitOk;                 // else the exit code (the reason was printed)
};

// `plan` over the account of `session`; `calls`/`traffic`: the metrics. A key or the
// account whose call failed fails the run: a command prints a whole answer or none.
BreakdownRun runBreakdown(CliSession &session, const BreakdownPlan &plan, bool calls, bool traffic);

} // namespace geobox::cli
