#pragma once
// ComparisonState: the other period of what the window shows, kept beside it. Given the
// shown snapshot and a ComparePeriod, it fetches the same query over the compared range
// (its own DashboardState on the same client: no summary, no processing) and hands the
// rows matched bucket by bucket; a newer snapshot or turning it off drops what is in flight.

#include "dashboardstate.h"
#include "insights/comparison.h"

#include <QObject>

#include <optional>

namespace geobox {

class ComparisonState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonState)

public:
    explicit ComparisonState(UsageClient *client, QObject *parent = nullptr);

    // nullopt: no comparison (cleared() at once).
    void setPeriod(std::optional<ComparePeriod> period);
    std::optional<ComparePeriod> period() const { return m_period; }
    // The snapshot on screen now: its compared period is fetched (if a period is set).
    void follow(const DashboardSnapshot &shown);

    // The values of the other period a metric's chart draws, one per row of `shown`
    // (matchingRow), as far as the other period has them: shorter where it is shorter.
    static QList<qreal> overlayValues(const DashboardSnapshot &shown, const QList<UsageRow> &other,
                                      Metric metric);

Q_SIGNALS:
    // The other period's rows for `shown` (the snapshot follow() was last given), and its range.
    void compared(const geobox::DashboardSnapshot &shown, const QList<geobox::UsageRow> &other,
                  const geobox::DateRange &otherRange);
    void cleared();
    void failed(const geobox::ApiError &error);

private:
    void fetch();

    DashboardState m_state;
    std::optional<ComparePeriod> m_period;
    std::optional<DashboardSnapshot> m_shown;
    DateRange m_range;
};

} // namespace geobox
