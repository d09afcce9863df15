#include "comparisonflow.h"

#include "chart/usagechartview.h"
#include "previousperiod.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QLocale>

#include <cmath>

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
            [this](const DashboardSnapshot &shown, const QList<UsageRow> &other,
                   const DateRange &otherRange) { show(shown, other, otherRange); });
    connect(&m_state, &ComparisonState::cleared, this, [this] {
        for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
            m_chart->setOverlay(metric, {});
            m_chart->setChange(metric, {});
        }
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

QString ComparisonFlow::changeNote(double percent, const DateRange &otherRange) const
{
    const QLocale locale;
    const long rounded = std::lround(percent);
    const QString sign = rounded > 0   ? QStringLiteral("+")
                         : rounded < 0 ? QString(QChar(0x2212)) // minus sign
                                       : QString();
    const QString change = sign + locale.toString(std::abs(rounded)) + locale.percent();
    // One whole month is named: "+12% vs November" (a year ago: "vs November 2025").
    const bool year = m_state.period() == ComparePeriod::Year;
    QString other = year ? tr("the same period last year") : tr("the previous period");
    if (isWholeMonths(otherRange) && otherRange.first.month() == otherRange.last.month() &&
        otherRange.first.year() == otherRange.last.year()) {
        other = locale.standaloneMonthName(otherRange.first.month());
        if (year)
            other += QLatin1Char(' ') + locale.toString(otherRange.first.year());
    }
    //: %1 the change ("+12%"), %2 the period compared with ("November").
    return tr("%1 vs %2").arg(change, other);
}

void ComparisonFlow::show(const DashboardSnapshot &shown, const QList<UsageRow> &other,
                          const DateRange &otherRange)
{
    const QString label = m_state.period() == ComparePeriod::Year ? tr("same period last year")
                                                                  : tr("previous period");
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const bool asked = metric == Metric::Calls ? shown.query.calls : shown.query.traffic;
        m_chart->setOverlay(
            metric, asked ? ComparisonState::overlayValues(shown, other, metric) : QList<qreal>{},
            label);
        const std::optional<double> change =
            asked ? totalChange(shown.rows, other, metric) : std::nullopt;
        m_chart->setChange(metric, change ? changeNote(*change, otherRange) : QString());
    }
    Q_EMIT overlayShown();
}

} // namespace geobox
