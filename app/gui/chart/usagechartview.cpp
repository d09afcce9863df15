#include "usagechartview.h"

#include "chartcaptions.h"
#include "chartdata.h"
#include "displaycalendar.h"
#include "formatting.h"
#include "chart/imagemenu.h"
#include "theme.h"
#include "timeaxisticks.h"
#include "valueaxisscale.h"

#include <QAction>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
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
#include <cmath>

namespace geobox {

namespace {

QColor colorOf(Metric metric, const QPalette &palette)
{
    return Theme::series(metric == Metric::Calls ? 0 : 1, palette);
}

// A finished bucket's bar is filled; a running one is hatched and outlined, so
// "not finished" is seen without telling colours apart.
void styleBars(QBarSet *set, const QColor &color, bool running)
{
    set->setColor(color);
    if (running) {
        set->setBrush(QBrush(color, Qt::BDiagPattern));
        set->setPen(QPen(color, 1));
    } else {
        set->setBrush(color);
        set->setPen(Qt::NoPen);
    }
}

QFont axisFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() - 1.0));
    return font;
}

void clearCategories(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

} // namespace

struct UsageChartView::Panel
{
    Metric metric = Metric::Calls;
    QLabel *header = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QCategoryAxis *xAxis = nullptr;
    QCategoryAxis *yAxis = nullptr;
    // Two stacked sets on the same slots: the finished buckets, and the running ones.
    QStackedBarSeries *bars = nullptr;
    QLineSeries *line = nullptr;
    QLineSeries *runningLine = nullptr;
    QGraphicsLineItem *hoverLine = nullptr;
};

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

void UsageChartView::setUpPanel(Panel &panel)
{
    const bool calls = panel.metric == Metric::Calls;
    panel.header = new QLabel(this);
    panel.header->setObjectName(calls ? QStringLiteral("callsStats")
                                      : QStringLiteral("trafficStats"));
    panel.header->setTextFormat(Qt::RichText);

    panel.chart = new QChart; // owned by the view below
    panel.view = new QChartView(panel.chart, this);
    panel.view->setObjectName(calls ? QStringLiteral("callsChart")
                                    : QStringLiteral("trafficChart"));
    panel.view->setAccessibleName(calls ? tr("Calls chart") : tr("Traffic chart"));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->setAutoFillBackground(false);
    panel.view->viewport()->setAutoFillBackground(false);
    panel.view->setMinimumHeight(110);
    panel.view->setFocusPolicy(Qt::StrongFocus);
    panel.view->viewport()->setMouseTracking(true);
    panel.view->viewport()->installEventFilter(this);
    panel.view->installEventFilter(this);

    QChart *chart = panel.chart;
    chart->legend()->hide();
    // No background of its own: the card's (paintEvent) shows through. (With a fixed plot
    // area, the chart's background item is never given a size; an opaque view leaves
    // traces under the stale data's opacity effect.)
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);

    const QFont font = axisFont(this->font());
    panel.xAxis = new QCategoryAxis(chart);
    panel.yAxis = new QCategoryAxis(chart);
    for (QCategoryAxis *axis : {panel.xAxis, panel.yAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    panel.xAxis->setLabelsVisible(!calls); // the bottom chart carries the shared time labels
    // Mirrored (Persian), time runs from right to left and the values stand on the right.
    const bool mirrored = isRightToLeft();
    panel.xAxis->setReverse(mirrored);
    chart->addAxis(panel.xAxis, Qt::AlignBottom);
    chart->addAxis(panel.yAxis, mirrored ? Qt::AlignRight : Qt::AlignLeft);

    panel.bars = new QStackedBarSeries(chart);
    panel.bars->setBarWidth(0.78);
    panel.line = new QLineSeries(chart);
    panel.runningLine = new QLineSeries(chart);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{panel.bars, panel.line, panel.runningLine}) {
        chart->addSeries(series);
        series->attachAxis(panel.xAxis);
        series->attachAxis(panel.yAxis);
    }

    panel.hoverLine = new QGraphicsLineItem(chart);
    panel.hoverLine->setZValue(100);
    panel.hoverLine->hide();

    connect(chart, &QGraphicsWidget::geometryChanged, this, &UsageChartView::layoutPlots);
}

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

void UsageChartView::fill(Panel &panel)
{
    const QList<UsageRow> &rows = m_snapshot->rows;
    const QColor color = colorOf(panel.metric, palette());
    panel.bars->clear();
    panel.line->clear();
    panel.runningLine->clear();
    if (isLine()) {
        // A line for hours (bars would be thinner than a pixel); the running tail dashed.
        const ChartData::Line line = ChartData::line(rows, panel.metric);
        panel.line->replace(line.finished);
        panel.runningLine->replace(line.running);
        setValueAxis(panel, line.peak);
    } else {
        const ChartData::Bars bars = ChartData::bars(rows, panel.metric, m_group);
        QList<qreal> finished = bars.heights;
        QList<qreal> running(bars.heights.size(), 0.0);
        for (int bar : bars.running) {
            running[bar] = bars.heights[bar];
            finished[bar] = 0.0;
        }
        const QString title = ChartCaptions::metricTitle(panel.metric);
        auto *done = new QBarSet(title, panel.bars);
        done->append(finished);
        styleBars(done, color, false);
        auto *open = new QBarSet(tr("%1 (not finished)").arg(title), panel.bars);
        open->append(running);
        styleBars(open, color, true);
        panel.bars->append({done, open});
        setValueAxis(panel, bars.peak);
    }
    panel.bars->setVisible(!isLine());
    panel.line->setVisible(isLine());
    panel.runningLine->setVisible(isLine());
    setTimeAxis(panel);
    panel.header->setText(ChartCaptions::statsLine(&*m_snapshot, panel.metric));
    describe(panel);
}

void UsageChartView::describe(Panel &panel)
{
    const QString summary =
        ChartCaptions::accessibleSummary(m_snapshot ? &*m_snapshot : nullptr, panel.metric);
    if (panel.view->accessibleDescription() == summary)
        return;
    panel.view->setAccessibleDescription(summary);
}

void UsageChartView::applyTheme()
{
    const QPalette pal = palette();
    m_background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);
    QColor hover = text;
    hover.setAlphaF(0.6f);
    for (Panel *panel : {m_calls.get(), m_traffic.get()}) {
        for (QCategoryAxis *axis : {panel->xAxis, panel->yAxis}) {
            axis->setLabelsBrush(muted);
            axis->setTitleBrush(text);
            axis->setGridLinePen(QPen(Theme::gridLine(pal), 1));
            axis->setLinePen(QPen(Theme::axisLine(pal), 1));
        }
        const QColor color = colorOf(panel->metric, pal);
        panel->line->setPen(QPen(color, 1.6));
        panel->runningLine->setPen(QPen(color, 1.6, Qt::DashLine));
        const QList<QBarSet *> sets = panel->bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i)
            styleBars(sets[i], color, i == 1);
        panel->hoverLine->setPen(QPen(hover, 1, Qt::DotLine));
    }
    update();
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

void UsageChartView::setTimeAxis(Panel &panel)
{
    QCategoryAxis *axis = panel.xAxis;
    clearCategories(axis);
    axis->setStartValue(-0.5);
    if (!m_snapshot || m_snapshot->rows.isEmpty()) {
        axis->setRange(-0.5, 0.5);
        return;
    }
    const QList<UsageRow> &rows = m_snapshot->rows;
    const qsizetype slots = (rows.size() + m_group - 1) / m_group;
    axis->setRange(-0.5, static_cast<double>(slots) - 0.5);

    QList<QDateTime> starts;
    starts.reserve(rows.size());
    for (const UsageRow &row : rows)
        starts.append(row.start);
    const QFontMetrics metrics(axis->labelsFont());
    // Room for the longest label: a day, the calendar's widest month name, a year.
    const QLocale locale;
    const QCalendar calendar = DisplayCalendar::current();
    int month = 0;
    for (int m = 1; m <= calendar.maximumMonthsInYear(); ++m)
        month = std::max(month, metrics.horizontalAdvance(calendar.monthName(
                                    locale, m, QCalendar::Unspecified, QLocale::ShortFormat)));
    const QString zero = locale.zeroDigit();
    const int labelWidth =
        metrics.horizontalAdvance(zero.repeated(2) + QStringLiteral("  ") + zero.repeated(4)) +
        month + 24;
    const int maxLabels = std::max(2, plotWidth() / labelWidth);
    for (const TimeAxisTicks::Tick &tick :
         TimeAxisTicks::compute(starts, m_snapshot->query.scale, maxLabels))
        axis->append(tick.label, ChartData::position(tick.bucket, m_group));
}

void UsageChartView::setValueAxis(Panel &panel, qint64 peak)
{
    const Scale scale = m_snapshot ? m_snapshot->query.scale : Scale::Day;
    const ValueAxisScale values = panel.metric == Metric::Calls ? ValueAxisScale::forCounts(peak)
                                                                : ValueAxisScale::forBytes(peak);
    QCategoryAxis *axis = panel.yAxis;
    clearCategories(axis);
    axis->setStartValue(0);
    for (const ValueAxisScale::Tick &tick : values.ticks())
        axis->append(tick.label, tick.value);
    axis->setRange(0, values.maximum());
    const QString per = Formatting::perBucket(scale);
    axis->setTitleText(panel.metric == Metric::Calls ? tr("calls / %1").arg(per)
                                                     : tr("%1 / %2").arg(values.unit(), per));
}

void UsageChartView::layoutPlots()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    // One inset on the value axis's side for both charts, so their time axes line up
    // bucket for bucket.
    const QFontMetrics metrics(m_calls->yAxis->labelsFont());
    int labelWidth = 0;
    for (const Panel *panel : {m_calls.get(), m_traffic.get()}) {
        for (const QString &label : panel->yAxis->categoriesLabels())
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    }
    const qreal valueSide = labelWidth + metrics.height() + 22;
    const qreal otherSide = 12;
    const qreal left = isRightToLeft() ? otherSide : valueSide;
    const qreal right = isRightToLeft() ? valueSide : otherSide;
    const qreal top = metrics.height() / 2 + 2;
    for (const Panel *panel : {m_calls.get(), m_traffic.get()}) {
        const QSizeF size = panel->chart->size();
        // Room below for the time labels, or for half of the lowest value label.
        const qreal bottom = panel->xAxis->labelsVisible() ? metrics.height() + 12 : top;
        panel->chart->setPlotArea(QRectF(left, top,
                                         std::max<qreal>(10, size.width() - left - right),
                                         std::max<qreal>(10, size.height() - top - bottom)));
    }
    m_inLayout = false;
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
    const QString text =
        ChartCaptions::bucketTooltip(m_snapshot->rows[bucket], m_snapshot->query.scale);
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
