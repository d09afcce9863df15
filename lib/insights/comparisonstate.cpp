#include "comparisonstate.h"

namespace geobox {

ComparisonState::ComparisonState(UsageClient *client, QObject *parent)
    : QObject(parent)
    , m_state(client)
{
    connect(&m_state, &DashboardState::snapshotChanged, this,
            [this](const DashboardSnapshot &other) {
                if (!m_period || !m_shown || other.query.range != m_range)
                    return;
                Q_EMIT compared(*m_shown, other.rows, m_range);
            });
    connect(&m_state, &DashboardState::failed, this, &ComparisonState::failed);
    connect(&m_state, &DashboardState::queryInvalid, this, &ComparisonState::failed);
}

void ComparisonState::setPeriod(std::optional<ComparePeriod> period)
{
    if (period == m_period)
        return;
    m_period = period;
    if (!m_period) {
        m_state.cancel();
        Q_EMIT cleared();
        return;
    }
    fetch();
}

void ComparisonState::follow(const DashboardSnapshot &shown)
{
    m_shown = shown;
    if (m_period)
        fetch();
}

void ComparisonState::fetch()
{
    if (!m_shown || !m_period)
        return;
    DashboardQuery query = m_shown->query;
    query.range = comparedRange(query.range, *m_period);
    query.summary = false;
    query.process = false;
    m_range = query.range;
    // Already had for this query: hand it again (setQuery would send nothing).
    if (const std::optional<DashboardSnapshot> had = m_state.snapshot();
        had && had->query == query && !m_state.isLoading()) {
        Q_EMIT compared(*m_shown, had->rows, m_range);
        return;
    }
    m_state.setQuery(query);
}

QList<qreal> ComparisonState::overlayValues(const DashboardSnapshot &shown,
                                            const QList<UsageRow> &other, Metric metric)
{
    QList<qreal> values;
    values.reserve(shown.rows.size());
    for (qsizetype i = 0; i < shown.rows.size(); ++i) {
        const std::optional<UsageRow> row = matchingRow(other, i);
        const std::optional<qint64> v =
            row ? (metric == Metric::Calls ? row->calls : row->traffic) : std::nullopt;
        if (!v)
            break; // the other period ends here: no made-up zero after it
        values.append(static_cast<qreal>(*v));
    }
    return values;
}

} // namespace geobox
