#include "plotlayer.h"

#include "chartdata.h"
#include "chartreduction.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace geobox {

PlotLayer::PlotLayer(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // No ItemClipsToShape: paint() clips to whole pixels itself (a clip path, or a clip
    // to a rectangle of fractional pixels, takes fills off Qt's fast path).
    setZValue(10); // above the grid, below the hover mark
}

void PlotLayer::setGeometry(const QRectF &plotArea, qreal xMin, qreal xMax, qreal yMax,
                            bool reversed)
{
    m_linesDirty = true;
    prepareGeometryChange();
    m_plot = plotArea;
    m_xMin = xMin;
    m_xMax = xMax > xMin ? xMax : xMin + 1;
    m_yMax = yMax > 0 ? yMax : 1;
    m_reversed = reversed;
    update();
}

void PlotLayer::setData(Kind kind, const QList<qreal> &values, qsizetype group,
                        qsizetype firstRunning)
{
    m_linesDirty = true;
    m_kind = kind;
    m_values = values;
    m_group = std::max<qsizetype>(1, group);
    m_firstRunning = std::clamp<qsizetype>(firstRunning, 0, values.size());
    update();
}

void PlotLayer::setStack(const QList<PlotPart> &parts)
{
    m_linesDirty = true;
    m_stack = parts;
    m_stackTotals.clear();
    if (!parts.isEmpty()) {
        m_stackTotals.resize(m_values.size(), 0);
        qreal *totals = m_stackTotals.data(); // once: each [] would check for sharing
        for (const PlotPart &part : parts) {
            const qsizetype n = std::min(part.values.size(), m_stackTotals.size());
            const qreal *values = part.values.constData();
            for (qsizetype i = 0; i < n; ++i)
                totals[i] += values[i];
        }
    }
    update();
}

void PlotLayer::setOverlay(const QList<qreal> &values)
{
    m_linesDirty = true;
    m_overlay = values;
    update();
}

void PlotLayer::setColors(const QColor &series, const QColor &overlay)
{
    m_linesDirty = true;
    m_color = series;
    m_overlayColor = overlay;
    update();
}

void PlotLayer::clear()
{
    m_linesDirty = true;
    m_values.clear();
    m_stack.clear();
    m_stackTotals.clear();
    m_overlay.clear();
    m_firstRunning = 0;
    update();
}

QRectF PlotLayer::boundingRect() const
{
    return m_plot;
}

qreal PlotLayer::yOf(qreal value) const
{
    return m_plot.bottom() - value / m_yMax * m_plot.height();
}

qreal PlotLayer::barX(qsizetype bar) const
{
    const qreal t = (static_cast<qreal>(bar) - m_xMin) / (m_xMax - m_xMin);
    return m_reversed ? m_plot.right() - t * m_plot.width() : m_plot.left() + t * m_plot.width();
}

qreal PlotLayer::xOf(qsizetype bucket) const
{
    // A line's point per bucket; bars: the centre of the bar the bucket is in.
    return barX(m_kind == Kind::Line ? bucket : bucket / m_group);
}

qsizetype PlotLayer::bucketAt(qreal x) const
{
    if (m_values.isEmpty() || m_plot.width() <= 0)
        return 0;
    qreal t = (x - m_plot.left()) / m_plot.width();
    if (m_reversed)
        t = 1 - t;
    // The bucket under that point of the axis, within a shared bar too.
    return ChartData::bucketAt(m_xMin + t * (m_xMax - m_xMin), m_kind == Kind::Line ? 1 : m_group,
                               m_values.size());
}

QList<QPointF> PlotLayer::linePoints(const QList<qreal> &values, qsizetype from, qsizetype to) const
{
    // Each point made as the reduction reads it (no list of every bucket's point first), by
    // the same arithmetic as xOf() and yOf(), with what does not change per point taken out.
    const qsizetype first = std::max<qsizetype>(0, from);
    const qsizetype count = std::max<qsizetype>(0, std::min(to, values.size()) - first);
    const qreal *value = values.constData() + first;
    const qsizetype group = m_kind == Kind::Line ? 1 : m_group;
    const qreal span = m_xMax - m_xMin;
    const qreal left = m_plot.left();
    const qreal right = m_plot.right();
    const qreal width = m_plot.width();
    const qreal bottom = m_plot.bottom();
    const qreal height = m_plot.height();
    const qreal yMax = m_yMax;
    const qreal xMin = m_xMin;
    const bool reversed = m_reversed;
    return ChartReduction::m4(count, [=](qsizetype i) {
        const qreal t = (static_cast<qreal>((first + i) / group) - xMin) / span;
        return QPointF(reversed ? right - t * width : left + t * width,
                       bottom - value[i] / yMax * height);
    });
}

qreal PlotLayer::stackPeak() const
{
    return m_stackTotals.isEmpty() ? 0
                                   : *std::max_element(m_stackTotals.begin(), m_stackTotals.end());
}

qsizetype PlotLayer::busiestIn(qsizetype from, qsizetype to) const
{
    qsizetype best = from;
    for (qsizetype i = from + 1; i < std::min(to, m_stackTotals.size()); ++i) {
        if (m_stackTotals[i] > m_stackTotals[best])
            best = i;
    }
    return best;
}

void PlotLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_values.isEmpty() || m_plot.isEmpty()) {
        m_drawnPoints = 0;
        return;
    }
    // The pixels whose centres are in the plot area.
    const QPoint topLeft(static_cast<int>(std::ceil(m_plot.left() - 0.5)),
                         static_cast<int>(std::ceil(m_plot.top() - 0.5)));
    const QPoint bottomRight(static_cast<int>(std::ceil(m_plot.right() - 0.5)) - 1,
                             static_cast<int>(std::ceil(m_plot.bottom() - 0.5)) - 1);
    const QRect pixels(topLeft, bottomRight);
    const bool changed = m_linesDirty;
    if (m_linesDirty) {
        const bool line = m_kind == Kind::Line && m_stack.isEmpty();
        m_finishedLine = line ? linePoints(m_values, 0, m_firstRunning) : QList<QPointF>();
        m_finishedColumns = ChartReduction::columnRuns(m_finishedLine);
        m_runningLine = line && m_firstRunning < m_values.size()
                            ? linePoints(m_values, m_firstRunning - 1, m_values.size())
                            : QList<QPointF>();
        m_overlayLine = linePoints(m_overlay, 0, m_overlay.size());
        m_linesDirty = false;
    }
    // Where one scene pixel is one device pixel (no scaling, no rotation), the picture is
    // drawn once into an image of the plot and then copied: the window's repaint, a grab
    // and every hover repaint after a change copy it rather than draw it again.
    const QTransform device = painter->deviceTransform();
    const bool copy = device.type() <= QTransform::TxTranslate &&
                      device.dx() == std::floor(device.dx()) &&
                      device.dy() == std::floor(device.dy()) && pixels.isValid();
    if (!copy) {
        painter->save();
        painter->setClipRect(pixels);
        paintContent(painter);
        painter->restore();
        return;
    }
    if (changed || m_frame.size() != pixels.size() || m_frameOrigin != topLeft) {
        m_frame = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
        m_frame.fill(Qt::transparent);
        m_frameOrigin = topLeft;
        QPainter frame(&m_frame);
        frame.translate(-topLeft);
        m_target = &m_frame;
        paintContent(&frame);
        m_target = nullptr;
    }
    painter->drawImage(topLeft, m_frame);
}

void PlotLayer::paintContent(QPainter *painter)
{
    m_drawnPoints = 0;
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (!m_stack.isEmpty())
        paintStack(painter);
    else if (m_kind == Kind::Bars)
        paintBars(painter);
    else
        paintLine(painter);
    if (!m_overlay.isEmpty())
        paintOverlay(painter);
}

void PlotLayer::fillRects(QPainter *painter, const QList<QRect> &rects, const QColor &color) const
{
    if (!m_target || color.alpha() != 255) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRects(rects.constData(), static_cast<int>(rects.size()));
        return;
    }
    // Opaque whole pixels into the frame: each row of a rectangle written as it is (a
    // fill through the painter costs a call per row, and the columns are one pixel wide).
    const QRgb pixel = color.rgba();
    const QRect bounds = m_target->rect();
    uchar *const bits = m_target->bits(); // once: each call would check for sharing
    const qsizetype stride = m_target->bytesPerLine();
    for (const QRect &rect : rects) {
        const QRect r = rect.translated(-m_frameOrigin) & bounds;
        if (r.isEmpty())
            continue;
        uchar *row = bits + r.top() * stride + r.left() * qsizetype(sizeof(QRgb));
        if (r.width() == 1) { // a line's column: one pixel a row, down the column
            for (int y = r.top(); y <= r.bottom(); ++y, row += stride)
                *reinterpret_cast<QRgb *>(row) = pixel;
            continue;
        }
        for (int y = r.top(); y <= r.bottom(); ++y, row += stride) {
            auto *line = reinterpret_cast<QRgb *>(row);
            std::fill(line, line + r.width(), pixel);
        }
    }
}

void PlotLayer::paintBars(QPainter *painter)
{
    const qsizetype bars = (m_values.size() + m_group - 1) / m_group;
    const qreal slot = m_plot.width() / (m_xMax - m_xMin);
    const qreal width = std::max<qreal>(1, slot * 0.78);
    const QBrush hatch(m_color, Qt::BDiagPattern);
    for (qsizetype bar = 0; bar < bars; ++bar) {
        qreal top = 0;
        bool running = false;
        for (qsizetype i = bar * m_group; i < std::min(m_values.size(), (bar + 1) * m_group); ++i) {
            top = std::max(top, m_values[i]);
            running = running || i >= m_firstRunning;
        }
        const QRectF rect(barX(bar) - width / 2, yOf(top), width, m_plot.bottom() - yOf(top));
        if (running) {
            painter->fillRect(rect, hatch);
            painter->setPen(QPen(m_color, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(rect);
        } else {
            painter->fillRect(rect, m_color);
        }
    }
}

QPen PlotLayer::densePen(const QColor &color)
{
    // Width 0: a cosmetic one-pixel pen, which Qt draws on its fast path (a width of 1 goes
    // through the general stroker, for the same pixels).
    return QPen(color, 0);
}

void PlotLayer::paintLine(QPainter *painter)
{
    const bool dense = static_cast<qreal>(m_values.size()) > m_plot.width();
    const QPen pen = dense ? densePen(m_color) : QPen(m_color, 1.6);
    painter->setRenderHint(QPainter::Antialiasing, !dense);
    const QList<QPointF> &finished = m_finishedLine;
    if (dense) {
        // The pixels the one-pixel pen would light, filled a column at a time: a fill
        // writes a run of pixels where the pen blends them one by one.
        fillRects(painter, m_finishedColumns, m_color);
    } else {
        painter->setPen(pen);
        painter->drawPolyline(finished.constData(), static_cast<int>(finished.size()));
    }
    m_drawnPoints = finished.size();
    if (!m_runningLine.isEmpty()) {
        // The running tail, dashed, from the last finished point on.
        const QList<QPointF> &tail = m_runningLine;
        QPen dashed = pen;
        dashed.setStyle(Qt::DashLine);
        painter->setPen(dashed);
        painter->drawPolyline(tail.constData(), static_cast<int>(tail.size()));
        m_drawnPoints += tail.size();
    }
}

void PlotLayer::paintStack(QPainter *painter)
{
    // Whole-pixel rectangles gathered per part and filled in one go each (fractional ones
    // would go through the rasterizer, several times slower).
    QList<QList<QRect>> rects(m_stack.size());
    for (QList<QRect> &part : rects)
        part.reserve(std::min<qsizetype>(m_values.size(), 4096));
    const qreal base = m_plot.bottom();
    auto column = [&](qsizetype bucket, qreal left, qreal width) {
        // One bucket's parts, bottom first, each as tall as its share, in one pixel span.
        const int x = static_cast<int>(ChartReduction::columnOf(left));
        const int right = std::max(x + 1, static_cast<int>(ChartReduction::columnOf(left + width)));
        qreal sum = 0;
        for (qsizetype p = 0; p < m_stack.size(); ++p) {
            const QList<qreal> &values = m_stack[p].values;
            const qreal value = bucket < values.size() ? values[bucket] : 0;
            const int top = qRound(yOf(sum + value));
            const int bottom = qRound(sum == 0 ? base : yOf(sum));
            if (bottom > top)
                rects[p].append(QRect(x, top, right - x, bottom - top));
            sum += value;
        }
    };
    if (m_kind == Kind::Bars) {
        const qsizetype bars = (m_values.size() + m_group - 1) / m_group;
        const qreal slot = m_plot.width() / (m_xMax - m_xMin);
        const qreal width = std::max<qreal>(1, slot * 0.78);
        for (qsizetype bar = 0; bar < bars; ++bar)
            column(busiestIn(bar * m_group, (bar + 1) * m_group), barX(bar) - width / 2, width);
    } else {
        // Areas for hours: each pixel column shows its busiest bucket's parts.
        qsizetype i = 0;
        const qsizetype n = m_values.size();
        while (i < n) {
            const qreal x = xOf(i);
            const qint64 pixel = ChartReduction::columnOf(x);
            qsizetype end = i + 1;
            while (end < n && ChartReduction::columnOf(xOf(end)) == pixel)
                ++end;
            // Wide enough to meet the next column when buckets are wider than a pixel.
            const qreal next = end < n ? xOf(end) : x + (x - xOf(std::max<qsizetype>(0, n - 2)));
            column(busiestIn(i, end), std::min(x, next), std::max<qreal>(1, std::abs(next - x)));
            i = end;
        }
    }
    for (qsizetype p = 0; p < m_stack.size(); ++p)
        fillRects(painter, rects[p], m_stack[p].color);
}

void PlotLayer::paintOverlay(QPainter *painter)
{
    const QList<QPointF> &points = m_overlayLine;
    painter->setPen(QPen(m_overlayColor, 1.4, Qt::DashLine));
    painter->drawPolyline(points.constData(), static_cast<int>(points.size()));
}

} // namespace geobox
