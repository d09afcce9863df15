#include "collectalerts.h"

#include "alerttext.h"
#include "clisession.h"
#include "dashboardstate.h"
#include "desktopnotifier.h"
#include "historyalertmemory.h"
#include "historystore.h"
#include "insights/alertrules.h"
#include "insights/quotaforecasts.h"
#include "preferences.h"
#include "storedhourlyhistory.h"
#include "usageclient.h"

#include <QCoreApplication>

namespace geobox::cli {

namespace {

struct CollectAlertText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::collect)
};

// The account's hours of one metric from `from` to now, read through the history (just
// collected: it asks for the hours not yet final, or nothing).
std::optional<QList<UsageBucket>> hoursOf(DashboardState &state, Metric metric,
                                          const QDateTime &from, const QDateTime &now,
                                          std::optional<ApiError> *error)
{
    StoredHourlyHistory history(state.client(), state.history());
    std::optional<QList<UsageBucket>> out;
    bool done = false;
    history.hours(QString::number(state.user()->id), metric, from, now,
                  [&](const std::optional<UsageSeries> &hours, const std::optional<ApiError> &e) {
                      if (hours)
                          out = hours->buckets;
                      else
                          *error = e;
                      done = true;
                  });
    waitUntil([&] { return done; });
    return out;
}

} // namespace

int notifyAlerts(DashboardState &state)
{
    HistoryAlertMemory memory(state.history(), state.historyScope());
    if (!memory.isUsable()) {
        printError(CollectAlertText::tr("--notify: the history cannot keep what was said, so "
                                        "nothing is sent."));
        return ExitOutput;
    }
    UsageClient *client = state.client();
    std::optional<UsageSummary> summary;
    std::optional<ApiError> error;
    SummaryJob *job = client->usageSummary();
    bool answered = false;
    QObject::connect(job, &SummaryJob::succeeded, [&](const UsageSummary &s) {
        summary = s;
        answered = true;
    });
    QObject::connect(job, &ApiJob::failed, [&](const ApiError &e) {
        error = e;
        answered = true;
    });
    waitUntil([&] { return answered; });
    const QDateTime now = client->config().clock();
    const QTimeZone zone = client->config().serviceTimeZone;
    const QDateTime from = forecastHistoryStart(now, zone);
    std::optional<QList<UsageBucket>> calls;
    std::optional<QList<UsageBucket>> traffic;
    if (summary)
        calls = hoursOf(state, Metric::Calls, from, now, &error);
    if (calls)
        traffic = hoursOf(state, Metric::Traffic, from, now, &error);
    if (!summary || !calls || !traffic) {
        printError(CollectAlertText::tr("--notify: %1")
                       .arg(error ? error->message() : CollectAlertText::tr("no answer")));
        return error ? exitCodeFor(*error) : ExitService;
    }

    DesktopNotifier notifier(QCoreApplication::translate("QObject", "Geobox Usage"));
    if (!notifier.isAvailable()) {
        // Nothing evaluated, so nothing is remembered as said: the next run tries again.
        printError(CollectAlertText::tr("--notify: no notification service on the session bus."));
        return ExitOutput;
    }
    AlertEvaluator evaluator(Preferences().alertRules(), &memory);
    const AlertInput input =
        alertInputFor(*summary, *calls, *traffic, now, zone, evaluator.rules().spikeRule);
    const QList<Alert> alerts = evaluator.evaluate(input);
    int pending = int(alerts.size());
    QString failure;
    QObject::connect(&notifier, &DesktopNotifier::sent, [&](int, uint) { --pending; });
    QObject::connect(&notifier, &DesktopNotifier::failed, [&](int request, const QString &why) {
        // Not said, so not remembered as said: the next run tries it again.
        if (request >= 1 && request <= alerts.size())
            evaluator.undo(alerts.at(request - 1));
        failure = why;
        --pending;
    });
    int request = 0;
    for (const Alert &alert : alerts) {
        DesktopNotification n;
        n.summary = AlertText::title(alert);
        n.body = AlertText::body(alert, input.summary);
        n.critical = alert.level == AlertLevel::Critical; // no action: its sender is gone
        notifier.notify(n, ++request);
    }
    waitUntil([&] { return pending <= 0; });
    if (!failure.isEmpty()) {
        printError(
            CollectAlertText::tr("--notify: a notification was not delivered: %1").arg(failure));
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace geobox::cli
