// MainWindow's By key view: the BreakdownState over the window's client, asked for the
// account's breakdown of the query on screen (its range, scale and week start) whenever the
// view is shown or the query changes under it; its progress and Esc (Stop Loading); and a
// key of the ranking opening that key's own view.

#include "mainwindow.h"

#include "breakdown/breakdownview.h"
#include "historyseriessource.h"
#include "querybar/querybar.h"
#include "querybar/resourcepicker.h"
#include "window/dashboardactions.h"
#include "window/snapshotview.h"

#include <QAction>

namespace geobox {

void MainWindow::connectBreakdown()
{
    m_seriesSource = std::make_unique<HistorySeriesSource>(m_state);
    m_breakdown = new BreakdownState(m_seriesSource.get(), this);
    BreakdownView *view = m_content->breakdown();
    if (m_preferences)
        view->setTopKeys(m_preferences->breakdownTopKeys());
    connect(m_breakdown, &BreakdownState::progress, view, &BreakdownView::setProgress);
    connect(m_breakdown, &BreakdownState::loadingChanged, this, [this, view](bool loading) {
        view->setLoading(loading);
        m_actions->stop()->setEnabled(loading || m_state->isLoading());
    });
    connect(m_breakdown, &BreakdownState::resultChanged, view, &BreakdownView::setResult);
    connect(view, &BreakdownView::cancelRequested, m_breakdown, &BreakdownState::cancel);
    connect(m_actions->stop(), &QAction::triggered, m_breakdown, &BreakdownState::cancel);
    connect(m_actions->byKey(), &QAction::triggered, this, [this] {
        showBreakdown();
        saveView();
    });
    connect(m_state, &DashboardState::snapshotChanged, this, [this] {
        if (m_content->isBreakdownShown())
            requestBreakdown();
    });
    connect(view, &BreakdownView::keyActivated, this, [this](qint64 keyId) {
        for (const ApiKey &key : m_state->apiKeys()) {
            if (key.id == keyId &&
                m_queryBar->resourcePicker()->pickResource(Resource::apiKey(key))) {
                showTable(false);
                saveView(); // the key's own chart is the view to open next time
                return;
            }
        }
    });
}

void MainWindow::showBreakdown()
{
    m_content->showBreakdown();
    m_actions->byKey()->setChecked(true);
    requestBreakdown();
}

void MainWindow::requestBreakdown()
{
    const std::optional<User> me = m_state->user();
    const DashboardQuery query = m_queryBar->query();
    if (!me || !query.range.isValid() || query.resource.kind == Resource::Kind::User)
        return; // the breakdown is of the signed-in account and its keys
    BreakdownRequest request;
    request.account = Resource::account(*me);
    request.keys = m_state->apiKeys();
    request.plan = BreakdownPlan::against(query.scale, query.range, query.firstDayOfWeek);
    request.zone = m_state->client()->config().serviceTimeZone;
    request.clock = m_state->client()->config().clock;
    if (m_preferences)
        m_content->breakdown()->setTopKeys(m_preferences->breakdownTopKeys()); // Settings
    m_content->breakdown()->setMetric(query.calls || !query.traffic ? Metric::Calls
                                                                    : Metric::Traffic);
    m_breakdown->setRequest(request);
}

} // namespace geobox
