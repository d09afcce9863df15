#include "usagechartview.h"

#include "chart/imagemenu.h"
#include "chart/usageplot.h"
#include "chartcaptions.h"
#include "chartdata.h"
#include "theme.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace geobox {

UsageChartView::UsageChartView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("usageChartView"));
    m_calls = std::make_unique<UsagePlot>(Metric::Calls, this);
    m_traffic = std::make_unique<UsagePlot>(Metric::Traffic, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(4);
    for (UsagePlot *plot : {m_calls.get(), m_traffic.get()}) {
        if (plot == m_traffic.get())
            layout->addSpacing(8);
        layout->addWidget(plot->header());
        layout->addWidget(plot->view(), 1);
        connect(plot->chart(), &QGraphicsWidget::geometryChanged, this,
                &UsageChartView::layoutPlots);
    }
    m_image =
        new ImageMenu([this] { return image(); }, QStringLiteral("geobox-usage-charts.png"), this);
    m_image->setEnabled(false);
    applyTheme();
    clear();
}

UsageChartView::~UsageChartView() = default;

void UsageChartView::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_group = snapshot.query.scale == Scale::Hour
                  ? 1
                  : ChartData::groupFor(snapshot.rows.size(), plotWidth());
    for (int i = 0; i < 2; ++i) {
        m_stacks[i].clear();
        m_overlays[i].clear();
    }
    hideHover();
    m_picked.reset();
    m_pressed.reset();
    m_calls->show(snapshot, m_group);
    m_traffic->show(snapshot, m_group);
    updateTimeAxes();
    layoutPlots();
    m_image->setEnabled(isVisible());
}

void UsageChartView::clear()
{
    m_snapshot.reset();
    m_group = 1;
    m_picked.reset();
    m_pressed.reset();
    hideHover();
    for (int i = 0; i < 2; ++i) {
        m_stacks[i].clear();
        m_overlays[i].clear();
    }
    m_calls->clear();
    m_traffic->clear();
    layoutPlots();
    m_image->setEnabled(false);
}

void UsageChartView::setStack(Metric metric, const Stack &parts)
{
    m_stacks[metric == Metric::Calls ? 0 : 1] = parts;
    plotOf(metric).setStack(parts);
    layoutPlots();
}

void UsageChartView::setOverlay(Metric metric, const QList<qreal> &values, const QString &label)
{
    m_overlays[metric == Metric::Calls ? 0 : 1] = values;
    m_overlayLabel = label;
    plotOf(metric).setOverlay(values);
}

void UsageChartView::setChange(Metric metric, const QString &note)
{
    plotOf(metric).setChange(note);
}

qsizetype UsageChartView::pointCount(Metric metric) const
{
    return plotOf(metric).pointCount();
}

qsizetype UsageChartView::drawnPoints(Metric metric) const
{
    return plotOf(metric).layer()->drawnPoints();
}

QImage UsageChartView::image()
{
    hideHover();
    m_grabbing = true; // the picture without the focus frame
    const QImage picture = grab().toImage();
    m_grabbing = false;
    return picture;
}

UsagePlot &UsageChartView::plotOf(Metric metric) const
{
    return metric == Metric::Calls ? *m_calls : *m_traffic;
}

void UsageChartView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // A card on the base colour, and a frame in the highlight colour around the chart
    // that has the keyboard focus.
    QPainter painter(this);
    const QPalette pal = palette();
    Theme::paintPanel(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_background,
                      Theme::frame(pal), 1.0, 8);
    for (const UsagePlot *plot : {m_calls.get(), m_traffic.get()}) {
        if (plot->view()->hasFocus() && !m_grabbing)
            Theme::paintPanel(painter, QRectF(plot->view()->geometry()).adjusted(-4, -3, 4, 3),
                              Qt::transparent, pal.color(QPalette::Highlight), 2.0, 4);
    }
}

void UsageChartView::applyTheme()
{
    m_background = palette().color(QPalette::Base);
    m_calls->applyTheme(palette());
    m_traffic->applyTheme(palette());
    update();
}

void UsageChartView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_calls)
        applyTheme();
}

void UsageChartView::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    m_image->setEnabled(m_snapshot.has_value());
}

void UsageChartView::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_image->setEnabled(false);
}

QAction *UsageChartView::copyImageAction() const
{
    return m_image->copyAction();
}

QAction *UsageChartView::saveImageAction() const
{
    return m_image->saveAction();
}

QColor UsageChartView::backgroundColor() const
{
    return m_background;
}

QColor UsageChartView::axisLabelColor() const
{
    return m_calls->axisLabelColor();
}

QColor UsageChartView::seriesColor(Metric metric) const
{
    return plotOf(metric).seriesColor();
}

int UsageChartView::plotWidth() const
{
    return std::max(100, m_calls->view()->width() - 90);
}

void UsageChartView::layoutPlots()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    // One inset on the value axis's side for both charts, so their time axes line up
    // bucket for bucket; wide enough for the widest value label, so none is cut to "…".
    const QFontMetrics metrics(m_calls->chart()->font());
    const int labelWidth = std::max(m_calls->valueLabelWidth(), m_traffic->valueLabelWidth());
    const qreal valueSide = labelWidth + metrics.height() + 26;
    const qreal otherSide = 12;
    const qreal left = isRightToLeft() ? otherSide : valueSide;
    const qreal right = isRightToLeft() ? valueSide : otherSide;
    const qreal top = metrics.height() / 2 + 2;
    m_calls->setInsets(left, right, top);
    m_traffic->setInsets(left, right, top);
    m_inLayout = false;
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (!m_snapshot)
        return;
    // Re-binned when the width changes how many buckets share a bar; else new labels only.
    if (m_snapshot->query.scale != Scale::Hour &&
        ChartData::groupFor(m_snapshot->rows.size(), plotWidth()) != m_group) {
        const Stack stacks[2] = {m_stacks[0], m_stacks[1]};
        const QList<qreal> overlays[2] = {m_overlays[0], m_overlays[1]};
        const std::optional<qsizetype> picked = m_picked;
        setSnapshot(*m_snapshot);
        m_picked = picked;
        for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
            const int i = metric == Metric::Calls ? 0 : 1;
            if (!stacks[i].isEmpty())
                setStack(metric, stacks[i]);
            if (!overlays[i].isEmpty())
                setOverlay(metric, overlays[i], m_overlayLabel);
        }
        return;
    }
    updateTimeAxes();
}

void UsageChartView::updateTimeAxes()
{
    // One set of labels for the shared time axis, computed once.
    const QList<TimeAxisTicks::Tick> ticks =
        m_calls->timeTicks(m_snapshot ? &*m_snapshot : nullptr, plotWidth());
    const qsizetype rows = m_snapshot ? m_snapshot->rows.size() : 0;
    const qsizetype slots = (rows + m_group - 1) / m_group;
    m_calls->setTimeAxis(ticks, slots, m_group);
    m_traffic->setTimeAxis(ticks, slots, m_group);
}

bool UsageChartView::eventFilter(QObject *watched, QEvent *event)
{
    for (UsagePlot *plot : {m_calls.get(), m_traffic.get()}) {
        QChartView *view = plot->view();
        const bool viewport = watched == view->viewport();
        if (!viewport && watched != view)
            continue;
        switch (event->type()) {
        case QEvent::MouseMove:
            if (viewport)
                hover(*plot, static_cast<QMouseEvent *>(event)->position().toPoint());
            break;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease: {
            // A click picks the bucket under it: pressed and released over the same one.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (!viewport || mouse->button() != Qt::LeftButton || !m_snapshot)
                break;
            const std::optional<qsizetype> at = plot->bucketAt(mouse->position().toPoint());
            if (event->type() == QEvent::MouseButtonPress)
                m_pressed = at;
            else if (at && m_pressed == at)
                pick(*at);
            if (event->type() == QEvent::MouseButtonRelease)
                m_pressed.reset();
            break;
        }
        case QEvent::ToolTip:
            // Qt's own tooltip event would reach the chart's scene and hide ours a moment
            // after the pointer stops: ours is shown on every move, so this one is eaten.
            return true;
        case QEvent::Leave:
            hideHover();
            break;
        case QEvent::FocusIn:
        case QEvent::FocusOut:
            update(); // the focus frame
            break;
        case QEvent::KeyPress: {
            // Shift+F10 opens the menu as the menu key does (which the platform turns
            // into a ContextMenu event).
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
                showMenu(view->mapToGlobal(view->rect().center()));
                return true;
            }
            if (key->modifiers() == Qt::NoModifier && stepPick(*plot, key->key()))
                return true;
            break;
        }
        case QEvent::ContextMenu: {
            const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            showMenu(menuEvent->globalPos());
            return true;
        }
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QString UsageChartView::hoverText(Metric metric, const QPoint &viewPos)
{
    if (!m_snapshot || m_snapshot->rows.isEmpty())
        return {};
    const std::optional<qsizetype> at = plotOf(metric).bucketAt(viewPos);
    if (!at)
        return {};
    const qsizetype bucket = *at;
    QString text = ChartCaptions::bucketTooltip(m_snapshot->rows[bucket], m_snapshot->query.scale,
                                                m_snapshot->query.firstDayOfWeek);
    for (const Metric each : {Metric::Calls, Metric::Traffic}) {
        const int i = each == Metric::Calls ? 0 : 1;
        QList<QPair<QString, qint64>> parts;
        for (const PlotPart &part : std::as_const(m_stacks[i]))
            parts.append({part.name, bucket < part.values.size()
                                         ? static_cast<qint64>(part.values[bucket])
                                         : 0});
        text += ChartCaptions::partLines(parts, each);
        if (bucket < m_overlays[i].size())
            text += ChartCaptions::previousLine(static_cast<qint64>(m_overlays[i][bucket]), each,
                                                m_overlayLabel);
    }
    return text;
}

void UsageChartView::hover(UsagePlot &plot, const QPoint &viewPos)
{
    const std::optional<qsizetype> bucket = plot.bucketAt(viewPos);
    if (!bucket) {
        hideHover();
        return;
    }
    // The same bucket is marked in both charts.
    m_calls->markBucket(*bucket);
    m_traffic->markBucket(*bucket);
    QToolTip::showText(plot.view()->viewport()->mapToGlobal(viewPos) + QPoint(16, 12),
                       hoverText(plot.metric(), viewPos), plot.view());
}

void UsageChartView::hideHover()
{
    if (m_calls)
        m_calls->hideMark();
    if (m_traffic)
        m_traffic->hideMark();
    QToolTip::hideText();
}

void UsageChartView::showMenu(const QPoint &globalPos)
{
    hideHover();
    m_image->exec(globalPos);
}

} // namespace geobox
