#pragma once
// ComparisonFlow: the View menu's comparison toggle (none, the previous period, the same
// period last year) tied to the charts: it follows each snapshot the window shows through a
// ComparisonState (lib), draws the other period as the charts' dashed overlay and says the
// change beside each total ("+12% vs November").

#include "insights/comparisonstate.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace geobox {

class UsageChartView;

class ComparisonFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonFlow)

public:
    ComparisonFlow(UsageClient *client, UsageChartView *chart, QObject *parent = nullptr);

    // No Comparison, Compare with Previous Period, Compare with Same Period Last Year
    // (checkable, one at a time), for the View menu.
    QList<QAction *> actions() const;
    QAction *previousAction() const { return m_previous; }
    QAction *yearAction() const { return m_year; }
    QAction *noneAction() const { return m_none; }
    // The snapshot now on screen (after the charts have it).
    void follow(const DashboardSnapshot &snapshot);
    ComparisonState *state() { return &m_state; }

Q_SIGNALS:
    // The overlay is on the charts (tests wait for it).
    void overlayShown();

private:
    void choose();
    void show(const DashboardSnapshot &shown, const QList<UsageRow> &other,
              const DateRange &otherRange);
    // "+12% vs November", "−3% vs the previous period".
    QString changeNote(double percent, const DateRange &otherRange) const;

    ComparisonState m_state;
    UsageChartView *m_chart;
    QActionGroup *m_group;
    QAction *m_none;
    QAction *m_previous;
    QAction *m_year;
};

} // namespace geobox
