#include "breakdowntablemodel.h"

#include "explainreport.h"

#include <QLocale>

#include <cstdlib>

namespace geobox {

namespace {

// Bytes with their sign: the usage from no listed key may be negative.
QString bytesText(qint64 v, const QLocale &locale)
{
    return (v < 0 ? QStringLiteral("-") : QString()) +
           locale.formattedDataSize(std::llabs(v), 1, QLocale::DataSizeSIFormat);
}

const BreakdownPart *partOf(const MetricBreakdown *b, qsizetype index)
{
    return b && index < b->keys.size() ? &b->keys.at(index) : nullptr;
}

} // namespace

BreakdownTableModel::BreakdownTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BreakdownTableModel::setResult(const BreakdownResult &result, Metric metric)
{
    beginResetModel();
    m_rows.clear();
    m_metric = metric;
    const MetricBreakdown *calls = result.of(Metric::Calls);
    const MetricBreakdown *traffic = result.of(Metric::Traffic);
    const MetricBreakdown *chosen = result.of(metric);
    m_accountTotal = chosen && chosen->account ? chosen->account->currentTotal : 0;
    const MetricBreakdown *shape = chosen ? chosen : (calls ? calls : traffic);
    if (shape) {
        for (qsizetype i = 0; i < shape->keys.size(); ++i) {
            const BreakdownPart &key = shape->keys.at(i);
            Row row;
            row.keyId = key.keyId;
            row.name = key.name;
            row.revoked = key.revoked;
            const BreakdownPart *c = partOf(calls, i);
            const BreakdownPart *t = partOf(traffic, i);
            const BreakdownPart *m = partOf(chosen, i);
            if (c && c->isLoaded())
                row.calls = c->currentTotal;
            if (t && t->isLoaded())
                row.traffic = t->currentTotal;
            if (m && m->isLoaded()) {
                row.current = m->currentTotal;
                row.previous = m->previousTotal;
            }
            for (const BreakdownPart *p : {c, t}) {
                if (p && p->error && row.notLoaded.isEmpty())
                    row.notLoaded = p->error->message();
            }
            m_rows.append(row);
        }
        Row rest;
        rest.name = ExplainText::unattributedName();
        const auto &cu = calls ? calls->unattributed : std::nullopt;
        const auto &tu = traffic ? traffic->unattributed : std::nullopt;
        const auto &mu = chosen ? chosen->unattributed : std::nullopt;
        if (cu)
            rest.calls = cu->currentTotal;
        if (tu)
            rest.traffic = tu->currentTotal;
        if (mu) {
            rest.current = mu->currentTotal;
            rest.previous = mu->previousTotal;
        }
        m_rows.append(rest);
    }
    endResetModel();
}

void BreakdownTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BreakdownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BreakdownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    // Plain values with flags (what is not known is never shown as a zero).
    const bool hasDelta = row.current && row.previous;
    const qint64 delta = hasDelta ? *row.current - *row.previous : 0;
    const bool hasShare = row.current && m_accountTotal != 0;
    const double share =
        hasShare ? static_cast<double>(*row.current) / static_cast<double>(m_accountTotal) : 0.0;
    const bool hasRelative = hasDelta && *row.previous != 0;
    const double relative =
        hasRelative ? static_cast<double>(delta) / static_cast<double>(*row.previous) : 0.0;
    if (role == KeyIdRole)
        return row.keyId;
    if (role == Qt::UserRole) {
        // The number a column sorts by; keys that could not be loaded sort last.
        switch (index.column()) {
        case KeyColumn:
            return row.name;
        case CallsColumn:
            return row.calls ? QVariant(*row.calls) : QVariant(qint64(-1) << 62);
        case TrafficColumn:
            return row.traffic ? QVariant(*row.traffic) : QVariant(qint64(-1) << 62);
        case ShareColumn:
            return hasShare ? share : -1e18;
        case PreviousColumn:
            return row.previous ? QVariant(*row.previous) : QVariant(qint64(-1) << 62);
        case ChangeColumn:
            return hasDelta ? QVariant(delta) : QVariant(qint64(-1) << 62);
        case ChangePercentColumn:
            return hasRelative ? relative : -1e18;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !row.notLoaded.isEmpty())
        return tr("Not loaded: %1").arg(row.notLoaded);
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString unknown =
        row.keyId && !row.notLoaded.isEmpty() ? tr("not loaded") : QStringLiteral("–");
    switch (index.column()) {
    case KeyColumn:
        return row.revoked ? tr("%1 (revoked)").arg(row.name) : row.name;
    case CallsColumn:
        return row.calls ? locale.toString(*row.calls) : unknown;
    case TrafficColumn:
        return row.traffic ? bytesText(*row.traffic, locale) : unknown;
    case ShareColumn:
        return hasShare ? locale.toString(share * 100.0, 'f', 1) + locale.percent() : unknown;
    case PreviousColumn:
        if (!row.previous)
            return unknown;
        return m_metric == Metric::Calls ? locale.toString(*row.previous)
                                         : bytesText(*row.previous, locale);
    case ChangeColumn:
        if (!hasDelta)
            return unknown;
        return (delta > 0 ? QStringLiteral("+") : QString()) +
               (m_metric == Metric::Calls ? locale.toString(delta) : bytesText(delta, locale));
    case ChangePercentColumn:
        return hasRelative ? (relative > 0 ? QStringLiteral("+") : QString()) +
                                 locale.toString(relative * 100.0, 'f', 0) + locale.percent()
                           : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case CallsColumn:
        return tr("Calls");
    case TrafficColumn:
        return tr("Traffic");
    case ShareColumn:
        return tr("Share");
    case PreviousColumn:
        return tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    case ChangePercentColumn:
        return tr("Change %");
    default:
        return {};
    }
}

} // namespace geobox
