#include "usagetableview.h"

#include "usagetablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace geobox {

UsageTableView::UsageTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new UsageTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("usageTable"));
    setAccessibleName(tr("Usage by bucket"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsageTableModel::SortRole);
    setModel(m_proxy);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    setStyleSheet(QStringLiteral("QTableView::item { padding: 0px 10px; }"
                                 "QHeaderView::section { padding: 4px 10px; }"));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the export's order
    setSortingEnabled(true);
}

void UsageTableView::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_model->setRows(snapshot.rows, snapshot.query.scale);
}

} // namespace geobox
