#include "usagetablemodel.h"

#include "chartcaptions.h"
#include "formatting.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace geobox {

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsageTableModel::setRows(const QList<UsageRow> &rows, Scale scale,
                              Qt::DayOfWeek firstDayOfWeek)
{
    beginResetModel();
    m_rows = rows;
    order();
    m_zone = rows.isEmpty() ? QTimeZone() : rows.first().start.timeZone();
    m_scale = scale;
    m_firstDayOfWeek = firstDayOfWeek;
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UsageRow &row = m_rows[sourceRow(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Calls || index.column() == Traffic)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Traffic && row.traffic) // the exact figure, as exported
            return *row.traffic == 1 ? tr("1 byte")
                                     : tr("%1 bytes").arg(Formatting::count(*row.traffic));
        if (index.column() == Start || index.column() == End)
            return Formatting::bucketSpan(row.start, row.end, m_scale);
        return {};
    default:
        return {};
    }
}

QVariant UsageTableModel::display(const UsageRow &row, int column) const
{
    switch (column) {
    case Start:
        return Formatting::tableTime(row.start);
    case End:
        return Formatting::tableTime(row.end);
    case Calls:
        return row.calls ? Formatting::count(*row.calls) : QString();
    case Traffic:
        return row.traffic ? Formatting::bytes(*row.traffic) : QString();
    case Partial:
        return ChartCaptions::bucketNote(row, m_scale, m_firstDayOfWeek);
    default:
        return {};
    }
}

QVariant UsageTableModel::sortValue(const UsageRow &row, int column)
{
    switch (column) {
    case Start:
        return row.start.toMSecsSinceEpoch();
    case End:
        return row.end.toMSecsSinceEpoch();
    case Calls:
        return row.calls.value_or(-1);
    case Traffic:
        return row.traffic.value_or(-1);
    case Partial:
        return row.partial() ? 1 : 0;
    default:
        return {};
    }
}

void UsageTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append(sourceRow(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    this->order();
    QList<int> rowOf(m_rows.size());
    for (int row = 0; row < rowCount(); ++row)
        rowOf[sourceRow(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf[sources[i]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsageTableModel::order()
{
    m_order.clear();
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    QList<qint64> keys;
    keys.reserve(m_rows.size());
    for (const UsageRow &row : std::as_const(m_rows))
        keys.append(sortValue(row, m_sortColumn).toLongLong());
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    const bool up = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype a, qsizetype b) {
        return up ? keys[a] < keys[b] : keys[b] < keys[a];
    });
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(section + 1)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Calls || section == Traffic ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return withZone(tr("Start"));
    case End:
        return withZone(tr("End"));
    case Calls:
        return tr("Calls");
    case Traffic:
        return tr("Traffic");
    case Partial:
        return tr("Partial");
    default:
        return {};
    }
}

QString UsageTableModel::withZone(const QString &title) const
{
    if (!m_zone.isValid())
        return title;
    //: A table column's title and the time zone of its times: "Start (UTC)".
    return tr("%1 (%2)").arg(title, QString::fromLatin1(m_zone.id()));
}

} // namespace geobox
