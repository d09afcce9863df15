#include "usagetableview.h"

#include "table/usagetablemodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace geobox {

namespace {

// Room on both sides of a cell's text. (Not a style sheet: with one, the table would
// no longer follow a change of the palette, to dark or back.)
class PaddedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int padding = 10;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // The row's background and selection across the whole cell, the text inset.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        opt.rect.adjust(padding, 0, -padding, 0);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~QStyle::State_HasFocus;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * padding, 0);
    }
};

} // namespace

UsageTableView::UsageTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new UsageTableModel(this))
{
    setObjectName(QStringLiteral("usageTable"));
    setAccessibleName(tr("Usage by bucket"));
    // The model sorts itself by value: a proxy would map every row of each new snapshot.
    setModel(m_model);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    setItemDelegate(new PaddedDelegate(this));
    // The corner button (select all) is hidden with the row headers; named all the same.
    if (auto *corner = findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all rows"));
    setAccessibleDescription(tr("One row per bucket: its start and end, the calls, the traffic "
                                "and whether it is finished. Sort by a column with its header."));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the export's order
    setSortingEnabled(true);
}

void UsageTableView::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_model->setRows(snapshot.rows, snapshot.query.scale, snapshot.query.firstDayOfWeek);
}

} // namespace geobox
