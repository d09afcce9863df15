#include "breakdownview.h"

#include "breakdown/breakdowntablemodel.h"
#include "changeattribution.h"
#include "chart/usagechartview.h"
#include "explainreport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace geobox {

namespace {

// The account's buckets as a snapshot the chart can take (the stack draws over them).
DashboardSnapshot snapshotOf(const BreakdownResult &result)
{
    DashboardSnapshot snapshot;
    snapshot.query.scale = result.plan.scale;
    snapshot.query.range = result.plan.range;
    auto seriesOf = [&](Metric metric) -> std::optional<UsageSeries> {
        const MetricBreakdown *b = result.of(metric);
        if (!b || !b->account)
            return std::nullopt;
        UsageSeries s;
        s.scale = result.plan.scale;
        s.metric = metric;
        s.buckets = b->account->current;
        return s;
    };
    snapshot.query.calls = result.calls.has_value();
    snapshot.query.traffic = result.traffic.has_value();
    snapshot.rows = mergeSeries(seriesOf(Metric::Calls), seriesOf(Metric::Traffic));
    return snapshot;
}

// Distinct colours for the stack, bottom first; "Other keys" grey, "Not from a listed key"
// a dark slate.
QColor partColor(const BreakdownPart &part, int index)
{
    static const QColor keys[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                  QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22),
                                  QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    switch (part.kind) {
    case BreakdownPart::Kind::OtherKeys:
        return QColor(0xa0, 0xa0, 0xa0);
    case BreakdownPart::Kind::Unattributed:
        return QColor(0x44, 0x4e, 0x5a);
    case BreakdownPart::Kind::Key:
        break;
    }
    return keys[index % 10];
}

} // namespace

BreakdownView::BreakdownView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breakdownView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("breakdownProgress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("breakdownCancel"));
    m_cancel->setToolTip(tr("Stop loading the keys (Esc)"));
    m_progress->setAccessibleName(tr("Progress of the keys"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    connect(m_cancel, &QPushButton::clicked, this, &BreakdownView::cancelRequested);
    setLoading(false);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_chart = new UsageChartView(left);
    // Its own names, so that the Chart view's widgets keep theirs alone in the window.
    m_chart->setObjectName(QStringLiteral("breakdownChartView"));
    for (QObject *child : m_chart->findChildren<QObject *>()) {
        const QString name = child->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            child->setObjectName(QStringLiteral("breakdown") + name.at(0).toUpper() + name.mid(1));
    }
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setAccessibleName(tr("API keys ranked"));
    m_table->setAccessibleDescription(
        tr("One row per API key and one for the usage from no listed key: calls, traffic, share "
           "of the account, the previous period and the change. Sort by a column with its "
           "header; Enter on a key opens its own view."));
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all rows"));
    m_model = new BreakdownTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BreakdownTableModel::CallsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownTableModel::KeyColumn,
                                                      QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(BreakdownTableModel::KeyIdRole).toLongLong();
        if (id != 0)
            Q_EMIT keyActivated(id);
    });

    auto *panel = new QWidget(split);
    auto *panelLayout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("<b>Why it changed</b>"), panel);
    m_period = new QComboBox(panel);
    m_period->setObjectName(QStringLiteral("breakdownPeriod"));
    m_period->setAccessibleName(tr("Compare"));
    m_why = new QLabel(panel);
    m_why->setObjectName(QStringLiteral("breakdownWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_period);
    panelLayout->addWidget(m_why, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &BreakdownView::explain);
    // A bar clicked in the chart (or stepped to with the arrow keys) is the bucket the panel
    // explains; the combo box follows, so either way shows the same pick.
    connect(m_chart, &UsageChartView::bucketClicked, this,
            [this](qsizetype bucket) { pickBucket(static_cast<int>(bucket)); });
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
}

void BreakdownView::setTopKeys(int count)
{
    m_topKeys = std::max(1, count);
    showStack();
}

void BreakdownView::setMetric(Metric metric)
{
    m_metric = metric;
    if (m_result)
        m_model->setResult(*m_result, m_metric);
    explain();
}

void BreakdownView::setResult(const BreakdownResult &result)
{
    m_result = result;
    m_chart->setSnapshot(snapshotOf(result));
    showStack();
    m_model->setResult(result, m_metric);
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("The whole range against the period before"), -1);
    if (const MetricBreakdown *b = result.of(m_metric); b && b->account) {
        const QLocale locale;
        for (qsizetype i = 0; i < b->account->current.size(); ++i) {
            const QDateTime start = b->account->current.at(i).start;
            m_period->addItem(result.plan.scale == Scale::Hour
                                  ? locale.toString(start, QLocale::ShortFormat)
                                  : locale.toString(start.date(), QLocale::ShortFormat),
                              static_cast<int>(i));
        }
    }
    explain();
}

void BreakdownView::clear()
{
    m_result.reset();
    m_chart->clear();
    m_model->clear();
    m_period->clear();
    m_why->clear();
}

void BreakdownView::setProgress(int done, int total)
{
    //: Progress of the per-key breakdown.
    m_progress->setText(
        tr("Loading keys: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void BreakdownView::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    m_cancel->setEnabled(loading);
}

QString BreakdownView::explanation() const
{
    return m_why->text();
}

QString BreakdownView::progressText() const
{
    return m_progress->text();
}

void BreakdownView::pickBucket(int bucket)
{
    const int index = m_period->findData(bucket);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

int BreakdownView::pickedBucket() const
{
    return m_period->currentData().isValid() ? m_period->currentData().toInt() : -1;
}

void BreakdownView::showStack()
{
    if (!m_result)
        return;
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        const MetricBreakdown *b = m_result->of(metric);
        UsageChartView::Stack stack;
        if (b) {
            const QList<BreakdownPart> parts = stackParts(*b, m_topKeys);
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const BreakdownPart &part = parts.at(i);
                PlotPart plot;
                plot.name = part.kind == BreakdownPart::Kind::Key ? part.name
                            : part.kind == BreakdownPart::Kind::OtherKeys
                                ? tr("Other keys")
                                : ExplainText::unattributedName();
                plot.color = partColor(part, static_cast<int>(i));
                for (const UsageBucket &bucket : part.current)
                    plot.values.append(static_cast<qreal>(bucket.value));
                stack.append(plot);
            }
        }
        m_chart->setStack(metric, stack);
    }
}

void BreakdownView::explain()
{
    const MetricBreakdown *b = m_result ? m_result->of(m_metric) : nullptr;
    if (!b) {
        m_why->clear();
        return;
    }
    const int bucket = pickedBucket();
    const std::optional<ChangeAttribution> change =
        bucket < 0 ? attributeChange(*b) : attributeBucketChange(*b, bucket);
    if (!change) {
        m_why->setText(b->account ? tr("There is no bucket before this one to compare with.")
                                  : tr("The account's own figures could not be loaded: %1")
                                        .arg(b->accountError.value_or(ApiError()).message()));
        return;
    }
    QString text = ExplainText::sentence(*change, m_metric, 4).toHtmlEscaped();
    if (change->notLoaded > 0) {
        text += QStringLiteral("<p>") +
                tr("%n key(s) could not be loaded and are left out.", nullptr, change->notLoaded)
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    m_why->setText(text);
}

} // namespace geobox
