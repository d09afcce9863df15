#pragma once
// BreakdownTableModel: the ranking of the By key view, one row per listed key (revoked ones
// marked, a key that could not be loaded says why) and one for the usage from no listed
// key: calls, traffic, share of the account, the previous period and the change (absolute
// and %) of the chosen metric. Sortable: Qt::UserRole holds each cell's number.

#include "breakdownjob.h"

#include <QAbstractTableModel>

namespace geobox {

class BreakdownTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownTableModel)

public:
    enum Column
    {
        KeyColumn,
        CallsColumn,
        TrafficColumn,
        ShareColumn,
        PreviousColumn,
        ChangeColumn,
        ChangePercentColumn,
        ColumnCount
    };
    // The key id of a row (Qt::UserRole + 1); 0 for the usage from no listed key.
    static constexpr int KeyIdRole = Qt::UserRole + 1;

    explicit BreakdownTableModel(QObject *parent = nullptr);

    void setResult(const BreakdownResult &result, Metric metric);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 keyId = 0; // 0: the usage from no listed key
        QString name;
        bool revoked = false;
        QString notLoaded; // why, when the key could not be loaded
        std::optional<qint64> calls;
        std::optional<qint64> traffic;
        std::optional<qint64> current; // of the metric
        std::optional<qint64> previous;
    };
    QList<Row> m_rows;
    Metric m_metric = Metric::Calls;
    qint64 m_accountTotal = 0;
};

} // namespace geobox
