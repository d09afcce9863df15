#pragma once
// UsageTableView: the Table tab: the snapshot's buckets in the order of the
// CSV export, sortable by any column by value (a click on a header).

#include "dashboardsnapshot.h"

#include <QTableView>

namespace geobox {

class UsageTableModel;

class UsageTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableView)

public:
    explicit UsageTableView(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    UsageTableModel *usageModel() const { return m_model; }

private:
    UsageTableModel *m_model = nullptr;
};

} // namespace geobox
