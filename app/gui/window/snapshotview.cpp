#include "snapshotview.h"

#include "formatting.h"

#include "breakdown/breakdownview.h"
#include "chart/usagechartview.h"
#include "forecast/forecastpanel.h"
#include "quota/quotapanel.h"
#include "table/usagetableview.h"

#include <QGraphicsOpacityEffect>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace geobox {

SnapshotView::SnapshotView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("snapshotContent"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_quotas = new QuotaPanel(this);
    layout->addWidget(m_quotas);
    m_views = new QStackedWidget(this);
    m_chart = new UsageChartView(m_views);
    m_views->addWidget(m_chart);
    m_table = new UsageTableView(m_views);
    m_views->addWidget(m_table);
    m_breakdown = new BreakdownView(m_views);
    m_views->addWidget(m_breakdown);
    m_forecast = new ForecastPanel(m_views);
    m_views->addWidget(m_forecast);
    layout->addWidget(m_views, 1);
}

void SnapshotView::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_chart->setSnapshot(snapshot);
    m_table->setSnapshot(snapshot);
    m_quotas->setSummary(snapshot.summary, snapshot.plan());
    // The service keeps quotas per user, not per key: say so when a key is on screen.
    const Resource &resource = snapshot.query.resource;
    QString scope =
        resource.kind == Resource::Kind::ApiKey
            ? tr("Quotas of the whole account, all API keys together; the charts show the key "
                 "\"%1\" alone.")
                  .arg(resource.name)
        : resource.kind == Resource::Kind::User ? tr("Quotas of %1.").arg(resource.name)
                                                : QString();
    // A refresh whose update failed: the charts are new, the quotas are not.
    if (snapshot.summaryError) {
        const QString note = snapshot.summary && snapshot.summaryFetchedAt.isValid()
                                 ? tr("Not refreshed: these quotas are from %1.")
                                       .arg(Formatting::clockTime(snapshot.summaryFetchedAt))
                                 : tr("Not refreshed: the quotas could not be had.");
        scope = scope.isEmpty() ? note : tr("%1 %2").arg(scope, note);
    }
    m_quotas->setScope(scope);
}

void SnapshotView::clear()
{
    m_chart->clear();
    m_table->setSnapshot({});
    m_quotas->setSummary(std::nullopt);
    m_quotas->setScope(QString());
    setStale(false);
}

void SnapshotView::setStale(bool stale)
{
    if (stale && !graphicsEffect()) {
        auto *effect = new QGraphicsOpacityEffect(this);
        effect->setOpacity(0.55);
        setGraphicsEffect(effect); // owns it
    } else if (!stale && graphicsEffect()) {
        setGraphicsEffect(nullptr); // deletes it
    }
}

void SnapshotView::showTable(bool table)
{
    m_views->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
}

void SnapshotView::showBreakdown()
{
    m_views->setCurrentWidget(m_breakdown);
}

bool SnapshotView::isBreakdownShown() const
{
    return m_views->currentWidget() == m_breakdown;
}

void SnapshotView::showForecast()
{
    m_views->setCurrentWidget(m_forecast);
}

bool SnapshotView::isForecastShown() const
{
    return m_views->currentWidget() == m_forecast;
}

} // namespace geobox
