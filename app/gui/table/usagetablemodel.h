#pragma once
// UsageTableModel: the rows of a snapshot as a table (Start, End, Calls,
// Traffic, Partial: why a bucket is not whole and finished), in the order of the CSV export, with
// raw numbers under SortRole; it sorts itself by those values (a header click), so a new
// snapshot costs nothing per row until a column is sorted. Traffic reads as
// a size ("245.8 kB"), its exact bytes on hover; the times' zone is in their headers
// ("Start (UTC)").

#include "dashboardsnapshot.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace geobox {

class UsageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableModel)

public:
    enum Column
    {
        Start,
        End,
        Calls,
        Traffic,
        Partial,
        ColumnCount
    };
    // Start/End: ms since the epoch; Calls/Traffic: the count or bytes (-1 when absent);
    // Partial: 1 or 0.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UsageTableModel(QObject *parent = nullptr);

    void setRows(const QList<UsageRow> &rows, Scale scale,
                 Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    const QList<UsageRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By a column's SortRole value, ties in the export's order; column -1: the export's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant display(const UsageRow &row, int column) const;
    static QVariant sortValue(const UsageRow &row, int column);

    // "Start (UTC)": the zone the rows' times are written in, when there are rows.
    QString withZone(const QString &title) const;

    // The row of m_rows shown at a table row.
    qsizetype sourceRow(int row) const { return m_order.isEmpty() ? row : m_order[row]; }
    void order();

    QList<UsageRow> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qsizetype> m_order; // empty: the export's order
    QTimeZone m_zone;
    Scale m_scale = Scale::Day;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
};

} // namespace geobox
