#include "breakdownrun.h"

#include "breakdownstate.h"
#include "dashboardstate.h"
#include "historyseriessource.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace geobox::cli {

namespace {

struct BreakdownText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::breakdown)
};

// The first failure of a result, or nullopt.
std::optional<ApiError> firstFailure(const BreakdownResult &result)
{
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const MetricBreakdown *b = result.of(metric);
        if (!b)
            continue;
        if (b->accountError)
            return b->accountError;
        for (const BreakdownPart &key : b->keys) {
            if (key.error) {
                ApiError e = *key.error;
                return e;
            }
        }
    }
    return std::nullopt;
}

// The name of the first key that failed, for the error line.
QString firstFailedKey(const BreakdownResult &result)
{
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        if (const MetricBreakdown *b = result.of(metric)) {
            for (const BreakdownPart &key : b->keys) {
                if (key.error)
                    return key.name;
            }
        }
    }
    return {};
}

} // namespace

BreakdownRun runBreakdown(CliSession &session, const BreakdownPlan &plan, bool calls, bool traffic)
{
    BreakdownRun run;
    DashboardState state(session.client());
    state.setHistory(session.history());
    std::optional<ApiError> error;
    bool accountDone = false;
    QObject::connect(&state, &DashboardState::accountLoaded, [&] { accountDone = true; });
    QObject::connect(&state, &DashboardState::accountFailed, [&](const ApiError &e) {
        error = e;
        accountDone = true;
    });
    state.loadAccount();
    waitUntil([&] { return accountDone; });
    if (error) {
        printError(error->message());
        run.exitCode = exitCodeFor(*error);
        return run;
    }

    BreakdownRequest request;
    request.account = Resource::account(*state.user());
    request.keys = state.apiKeys();
    request.plan = plan;
    request.calls = calls;
    request.traffic = traffic;
    request.zone = session.client()->config().serviceTimeZone;
    request.clock = session.client()->config().clock;

    // Through the history, when there is one: a second breakdown asks only for what it lacks.
    HistorySeriesSource source(&state);
    BreakdownState breakdown(&source);
    const bool terminal = isatty(fileno(stderr)) == 1;
    QObject::connect(&breakdown, &BreakdownState::progress, [terminal](int done, int total) {
        if (!terminal)
            return;
        //: Progress of the per-key breakdown on the command line.
        std::fprintf(stderr, "\r%s",
                     qPrintable(BreakdownText::tr("Loading keys: %1 of %2").arg(done).arg(total)));
        if (done == total)
            std::fputs("\n", stderr);
    });
    bool done = false;
    QObject::connect(&breakdown, &BreakdownState::resultChanged, [&] { done = true; });
    breakdown.setRequest(request);
    waitUntil([&] { return done; });
    const BreakdownResult result = *breakdown.result();
    if (const std::optional<ApiError> failure = firstFailure(result)) {
        const QString key = firstFailedKey(result);
        printError(key.isEmpty() ? failure->message()
                                 : BreakdownText::tr("API key \"%1\" could not be loaded: %2")
                                       .arg(key, failure->message()));
        run.exitCode = exitCodeFor(*failure);
        return run;
    }
    run.result = result;
    return run;
}

} // namespace geobox::cli
