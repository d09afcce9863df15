// The table's model sorts itself by value (what a header click asks), keeps the sort for the
// next snapshot, and with no sort column shows the rows in the export's order.

#include "table/usagetablemodel.h"

#include <QPersistentModelIndex>
#include <QTest>
#include <QTimeZone>

using namespace geobox;

namespace {

QList<UsageRow> rows(const QList<qint64> &calls)
{
    QList<UsageRow> out;
    const QDateTime first(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QDateTime start = first.addDays(i);
        out.append({start, start.addDays(1), calls[i], calls[i] * 1000});
    }
    return out;
}

QList<qint64> column(const UsageTableModel &model, int column)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row, column), UsageTableModel::SortRole).toLongLong());
    return out;
}

} // namespace

class TestUsageTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsByValue();
};

void TestUsageTableModel::sortsByValue()
{
    UsageTableModel model;
    model.setRows(rows({30, 5, 200, 5, 17}), Scale::Day);
    QCOMPARE(column(model, UsageTableModel::Calls), (QList<qint64>{30, 5, 200, 5, 17}));
    const QPersistentModelIndex biggest = model.index(2, UsageTableModel::Calls);

    model.sort(UsageTableModel::Calls, Qt::DescendingOrder);
    QCOMPARE(column(model, UsageTableModel::Calls), (QList<qint64>{200, 30, 17, 5, 5}));
    // Ties stay in the export's order; a selected cell follows its row.
    const QList<qint64> starts = column(model, UsageTableModel::Start);
    QVERIFY(starts[3] < starts[4]);
    QCOMPARE(biggest.row(), 0);
    QCOMPARE(model.data(model.index(0, UsageTableModel::Calls)).toString(), QStringLiteral("200"));
    // rows() is the snapshot's, in the export's order.
    QCOMPARE(model.rows().first().calls, std::optional<qint64>(30));

    // The next snapshot is shown in the same sort.
    model.setRows(rows({1, 9, 4}), Scale::Day);
    QCOMPARE(column(model, UsageTableModel::Calls), (QList<qint64>{9, 4, 1}));
    model.sort(UsageTableModel::Traffic, Qt::AscendingOrder);
    QCOMPARE(column(model, UsageTableModel::Traffic), (QList<qint64>{1000, 4000, 9000}));
    model.sort(-1);
    QCOMPARE(column(model, UsageTableModel::Calls), (QList<qint64>{1, 9, 4}));
}

QTEST_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"
