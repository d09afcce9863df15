#include "usagechartview.h"

#include "chart/imagemenu.h"
#include "chart/usagechartpanel.h"
#include "chartcaptions.h"
#include "chartdata.h"
#include "theme.h"

#include <QAction>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace geobox {

UsageChartView::UsageChartView(QWidget *parent)
    : QFrame(parent)
    , m_calls(std::make_unique<Panel>())
    , m_traffic(std::make_unique<Panel>())
{
    setObjectName(QStringLiteral("usageChartView"));
    m_traffic->metric = Metric::Traffic;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(4);
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        setUpPanel(*panel);
        if (panel == m_traffic.get())
            layout->addSpacing(8);
        layout->addWidget(panel->header);
        layout->addWidget(panel->view, 1);
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
    m_group = isLine() ? 1 : ChartData::groupFor(snapshot.rows.size(), plotWidth());
    hideHover();
    fill(*m_calls);
    fill(*m_traffic);
    layoutPlots();
    m_image->setEnabled(isVisible());
}

void UsageChartView::clear()
{
    m_snapshot.reset();
    m_group = 1;
    hideHover();
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        panel->bars->clear();
        panel->line->clear();
        panel->runningLine->clear();
        setValueAxis(*panel, 0);
        setTimeAxis(*panel);
        panel->header->setText(ChartCaptions::statsLine(nullptr, panel->metric));
        describe(*panel);
    }
    layoutPlots();
    m_image->setEnabled(false);
}

qsizetype UsageChartView::pointCount(Metric metric) const
{
    const Panel &panel = panelOf(metric);
    if (panel.bars->isVisible() && panel.bars->count() > 0)
        return panel.bars->barSets().first()->count();
    const qsizetype finished = panel.line->count();
    const qsizetype running = panel.runningLine->count();
    return finished + running - (finished > 0 && running > 0 ? 1 : 0);
}

QImage UsageChartView::image()
{
    hideHover();
    m_grabbing = true; // the picture without the focus frame
    const QImage picture = grab().toImage();
    m_grabbing = false;
    return picture;
}

UsageChartView::Panel &UsageChartView::panelOf(Metric metric) const
{
    return metric == Metric::Calls ? *m_calls : *m_traffic;
}

bool UsageChartView::isLine() const
{
    return m_snapshot && m_snapshot->query.scale == Scale::Hour;
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
    for (const Panel *panel : {m_calls.get(), m_traffic.get()}) {
        if (panel->view->hasFocus() && !m_grabbing)
            Theme::paintPanel(painter, QRectF(panel->view->geometry()).adjusted(-4, -3, 4, 3),
                              Qt::transparent, pal.color(QPalette::Highlight), 2.0, 4);
    }
}

void UsageChartView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
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
    return m_calls->yAxis->labelsBrush().color();
}

QColor UsageChartView::seriesColor(Metric metric) const
{
    return panelOf(metric).line->pen().color();
}

int UsageChartView::plotWidth() const
{
    return std::max(100, m_calls->view->width() - 90);
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (!m_snapshot)
        return;
    // Re-binned when the width changes how many buckets share a bar; else new labels only.
    if (!isLine() && ChartData::groupFor(m_snapshot->rows.size(), plotWidth()) != m_group) {
        setSnapshot(*m_snapshot);
        return;
    }
    setTimeAxis(*m_calls);
    setTimeAxis(*m_traffic);
}

bool UsageChartView::eventFilter(QObject *watched, QEvent *event)
{
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        const bool viewport = watched == panel->view->viewport();
        if (!viewport && watched != panel->view)
            continue;
        switch (event->type()) {
        case QEvent::MouseMove:
            if (viewport)
                hover(*panel, static_cast<QMouseEvent *>(event)->position().toPoint());
            break;
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
                showMenu(panel->view->mapToGlobal(panel->view->rect().center()));
                return true;
            }
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

void UsageChartView::hover(Panel &panel, const QPoint &viewPos)
{
    if (!m_snapshot || m_snapshot->rows.isEmpty())
        return;
    const QPointF inChart = panel.chart->mapFromScene(panel.view->mapToScene(viewPos));
    if (!panel.chart->plotArea().contains(inChart)) {
        hideHover();
        return;
    }
    const auto seriesOf = [this](const Panel &p) -> QAbstractSeries * {
        return isLine() ? static_cast<QAbstractSeries *>(p.line) : p.bars;
    };
    const double x = panel.chart->mapToValue(inChart, seriesOf(panel)).x();
    const qsizetype bucket = ChartData::bucketAt(x, m_group, m_snapshot->rows.size());
    // The same bucket is marked in both charts.
    for (Panel *each : {m_calls.get(), m_traffic.get()}) {
        const QPointF at(ChartData::position(bucket, m_group), 0);
        const qreal px = each->chart->mapToPosition(at, seriesOf(*each)).x();
        const QRectF area = each->chart->plotArea();
        each->hoverLine->setLine(px, area.top(), px, area.bottom());
        each->hoverLine->show();
    }
    const QString text = ChartCaptions::bucketTooltip(
        m_snapshot->rows[bucket], m_snapshot->query.scale, m_snapshot->query.firstDayOfWeek);
    QToolTip::showText(panel.view->viewport()->mapToGlobal(viewPos) + QPoint(16, 12), text,
                       panel.view);
}

void UsageChartView::hideHover()
{
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        if (panel->hoverLine)
            panel->hoverLine->hide();
    }
    QToolTip::hideText();
}

void UsageChartView::showMenu(const QPoint &globalPos)
{
    hideHover();
    m_image->exec(globalPos);
}

} // namespace geobox
