#include "comparisonflow.h"

#include "chart/usagechartview.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>

namespace geobox {

ComparisonFlow::ComparisonFlow(UsageClient *client, UsageChartView *chart, QObject *parent)
    : QObject(parent)
    , m_state(client)
    , m_chart(chart)
    , m_group(new QActionGroup(this))
    , m_none(new QAction(tr("&No Comparison"), this))
    , m_previous(new QAction(tr("Compare with &Previous Period"), this))
    , m_year(new QAction(tr("Compare with Same Period &Last Year"), this))
{
    for (QAction *action : {m_none, m_previous, m_year}) {
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, &ComparisonFlow::choose);
    }
    m_none->setChecked(true);
    m_none->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_year->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_none->setObjectName(QStringLiteral("compareNoneAction"));
    m_previous->setObjectName(QStringLiteral("comparePreviousAction"));
    m_year->setObjectName(QStringLiteral("compareYearAction"));
    connect(&m_state, &ComparisonState::compared, this,
            [this](const DashboardSnapshot &shown, const QList<UsageRow> &other) {
                show(shown, other);
            });
    connect(&m_state, &ComparisonState::cleared, this, [this] {
        m_chart->setOverlay(Metric::Calls, {});
        m_chart->setOverlay(Metric::Traffic, {});
    });
}

QList<QAction *> ComparisonFlow::actions() const
{
    return {m_none, m_previous, m_year};
}

void ComparisonFlow::follow(const DashboardSnapshot &snapshot)
{
    m_state.follow(snapshot);
}

void ComparisonFlow::choose()
{
    if (m_previous->isChecked())
        m_state.setPeriod(ComparePeriod::Previous);
    else if (m_year->isChecked())
        m_state.setPeriod(ComparePeriod::Year);
    else
        m_state.setPeriod(std::nullopt);
}

void ComparisonFlow::show(const DashboardSnapshot &shown, const QList<UsageRow> &other)
{
    const QString label = m_state.period() == ComparePeriod::Year ? tr("same period last year")
                                                                  : tr("previous period");
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const bool asked = metric == Metric::Calls ? shown.query.calls : shown.query.traffic;
        m_chart->setOverlay(
            metric, asked ? ComparisonState::overlayValues(shown, other, metric) : QList<qreal>{},
            label);
    }
    Q_EMIT overlayShown();
}

} // namespace geobox
