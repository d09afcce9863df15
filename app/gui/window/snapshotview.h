#pragma once
// SnapshotView: what one snapshot says: the quota cards above, the charts, the
// table or the By key view below, greyed as a whole while the snapshot is stale.

#include "dashboardsnapshot.h"

#include <QWidget>

#include <optional>

class QStackedWidget;

namespace geobox {

class QuotaPanel;
class UsageChartView;
class UsageTableView;
class BreakdownView;
class ForecastPanel;

class SnapshotView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotView)

public:
    explicit SnapshotView(QWidget *parent = nullptr);

    // The plan names the plan on its quota card.
    // The snapshot's figures, and its user's plan on the quota cards.
    void setSnapshot(const DashboardSnapshot &snapshot);
    // Nothing on screen (signed out, or another account loading).
    void clear();
    void setStale(bool stale);
    void showTable(bool table);
    // The By key view in place of the chart or the table.
    void showBreakdown();
    bool isBreakdownShown() const;
    // The Forecast view (this month's curves) in place of the others.
    void showForecast();
    bool isForecastShown() const;

    QuotaPanel *quotas() const { return m_quotas; }
    UsageChartView *chart() const { return m_chart; }
    UsageTableView *table() const { return m_table; }
    BreakdownView *breakdown() const { return m_breakdown; }
    ForecastPanel *forecast() const { return m_forecast; }

private:
    QuotaPanel *m_quotas = nullptr;
    QStackedWidget *m_views = nullptr;
    UsageChartView *m_chart = nullptr;
    UsageTableView *m_table = nullptr;
    BreakdownView *m_breakdown = nullptr;
    ForecastPanel *m_forecast = nullptr;
};

} // namespace geobox
