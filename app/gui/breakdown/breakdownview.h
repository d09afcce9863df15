#pragma once
// BreakdownView: the window's "By key" view of the account: a stacked chart of the top N
// keys, "Other keys" and "Not from a listed key"; the ranking table (sortable; activating a
// key asks for its own view); the fan-out's progress ("Loading keys: 120 of 400") with a
// Cancel button; and the "Why it changed" panel for the whole range or one bucket. It shows
// a BreakdownResult and emits what the user picks; the window owns the BreakdownState.
// A click on a bar of the chart picks that bucket for the panel (the combo box follows).

#include "breakdownjob.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace geobox {

class BreakdownTableModel;
class UsageChartView;

class BreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownView)

public:
    explicit BreakdownView(QWidget *parent = nullptr);

    // How many keys the stack shows on their own (the rest are "Other keys"); default 8.
    void setTopKeys(int count);
    int topKeys() const { return m_topKeys; }
    // The metric the table's share and change columns and the panel speak of.
    void setMetric(Metric metric);

    void setResult(const BreakdownResult &result);
    void clear();
    void setProgress(int done, int total);
    void setLoading(bool loading);

    UsageChartView *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    BreakdownTableModel *model() const { return m_model; }
    // The "Why it changed" text on screen.
    QString explanation() const;
    QString progressText() const;
    // -1: the whole range; else the bucket of the range. A click on the chart picks too.
    void pickBucket(int bucket);
    // The bucket the panel explains: -1 for the whole range.
    int pickedBucket() const;

Q_SIGNALS:
    void keyActivated(qint64 keyId);
    void cancelRequested();

private:
    void showStack();
    void explain();

    UsageChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    BreakdownTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_why = nullptr;
    std::optional<BreakdownResult> m_result;
    Metric m_metric = Metric::Calls;
    int m_topKeys = 8;
};

} // namespace geobox
