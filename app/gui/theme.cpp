#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace geobox {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The first colour that reads at `ratio` against both backgrounds, walking from
// `from` towards `to` (the text colour, which always reads).
QColor readableOn(const QColor &from, const QColor &to, const QColor &back1, const QColor &back2,
                  double ratio)
{
    for (int step = 0; step <= 20; ++step) {
        const QColor c = Theme::mix(from, to, step / 20.0);
        if (Theme::contrast(c, back1) >= ratio && Theme::contrast(c, back2) >= ratio)
            return c;
    }
    return to;
}

struct PaletteColors
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, link;
    QColor light, midlight, mid, dark, shadow, placeholder, disabledText;
};

QPalette makePalette(const PaletteColors &c)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? c.disabledText : c.text;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, disabled ? c.window : c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.link);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.base);
        p.setColor(group, QPalette::ToolTipText, c.text);
    }
    return p;
}

} // namespace

QPalette Theme::palette(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        break;
    case Appearance::Light:
        return makePalette({.window = QColor(0xef, 0xf0, 0xf1),
                            .text = QColor(0x23, 0x26, 0x29),
                            .base = Qt::white,
                            .alternateBase = QColor(0xf5, 0xf6, 0xf7),
                            .button = QColor(0xf6, 0xf7, 0xf8),
                            .highlight = QColor(0x30, 0x8c, 0xc6),
                            .highlightedText = Qt::white,
                            .link = QColor(0x1d, 0x5f, 0xb0),
                            .light = Qt::white,
                            .midlight = QColor(0xe0, 0xe2, 0xe4),
                            .mid = QColor(0xb8, 0xbc, 0xc0),
                            .dark = QColor(0x88, 0x8d, 0x92),
                            .shadow = QColor(0x47, 0x4a, 0x4d),
                            .placeholder = QColor(0x6b, 0x70, 0x75),
                            .disabledText = QColor(0x8f, 0x94, 0x99)});
    case Appearance::Dark:
        return makePalette({.window = QColor(0x2b, 0x2d, 0x30),
                            .text = QColor(0xe8, 0xea, 0xed),
                            .base = QColor(0x1e, 0x1f, 0x22),
                            .alternateBase = QColor(0x26, 0x28, 0x2b),
                            .button = QColor(0x3a, 0x3c, 0x40),
                            .highlight = QColor(0x3d, 0x7b, 0xd9),
                            .highlightedText = Qt::white,
                            .link = QColor(0x8a, 0xb4, 0xf8),
                            .light = QColor(0x50, 0x53, 0x58),
                            .midlight = QColor(0x45, 0x48, 0x4c),
                            .mid = QColor(0x5a, 0x5d, 0x62),
                            .dark = QColor(0x18, 0x19, 0x1b),
                            .shadow = Qt::black,
                            .placeholder = QColor(0x9a, 0x9d, 0xa2),
                            .disabledText = QColor(0x7c, 0x80, 0x85)});
    }
    return QPalette(); // no role set: the desktop's palette fills every one, now and later
}

void Theme::applyAppearance(Appearance appearance)
{
    QApplication::setPalette(palette(appearance));
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // Start 40% of the way to the background, come back towards the text until it reads.
    return readableOn(mix(text, window, 0.4), text, window, base, 4.5);
}

QColor Theme::frame(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText),
               isDark(palette) ? 0.22 : 0.14);
}

Theme::ToneColors Theme::tone(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Info:
        return dark ? ToneColors{QColor(0x17, 0x25, 0x38), QColor(0x2f, 0x4d, 0x78),
                                 QColor(0xb5, 0xd0, 0xff)}
                    : ToneColors{QColor(0xe8, 0xf0, 0xfb), QColor(0xb9, 0xcd, 0xee),
                                 QColor(0x1d, 0x3f, 0x73)};
    case Tone::Notice:
        return dark ? ToneColors{QColor(0x36, 0x2a, 0x0c), QColor(0x7a, 0x5d, 0x14),
                                 QColor(0xff, 0xd9, 0x8a)}
                    : ToneColors{QColor(0xff, 0xf6, 0xdb), QColor(0xf0, 0xd5, 0x8a),
                                 QColor(0x6b, 0x4a, 0x00)};
    case Tone::Error:
        break;
    }
    return dark ? ToneColors{QColor(0x3b, 0x1a, 0x17), QColor(0x7d, 0x2e, 0x27),
                             QColor(0xff, 0xb4, 0xab)}
                : ToneColors{QColor(0xfd, 0xec, 0xea), QColor(0xf3, 0xb4, 0xae),
                             QColor(0x8e, 0x1b, 0x12)};
}

QColor Theme::levelText(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Normal:
        break;
    case Level::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x57, 0x00);
    case Level::Alarm:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    }
    return palette.color(QPalette::WindowText);
}

QColor Theme::levelFill(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Normal:
        break;
    case Level::Warning:
        return dark ? QColor(0xf0, 0xa0, 0x30) : QColor(0xc2, 0x7a, 0x00);
    case Level::Alarm:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f);
    }
    return series(0, palette);
}

QColor Theme::series(int index, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (index == 0)
        return dark ? QColor(0x6a, 0xa5, 0xff) : QColor(0x2f, 0x6f, 0xd0);
    return dark ? QColor(0x3c, 0xcf, 0x9f) : QColor(0x17, 0x94, 0x72);
}

QColor Theme::gridLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.16 : 0.10);
}

QColor Theme::axisLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.34 : 0.22);
}

void Theme::setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette; // nothing set: every other role comes from the parent
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

void Theme::paintPanel(QPainter &painter, const QRectF &rect, const QColor &fill,
                       const QColor &border, double borderWidth, double radius)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(borderWidth > 0 ? QPen(border, borderWidth) : QPen(Qt::NoPen));
    painter.setBrush(fill);
    const double half = borderWidth / 2;
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius);
    painter.restore();
}

double Theme::luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::mix(const QColor &a, const QColor &b, double amount)
{
    const double t = std::clamp(amount, 0.0, 1.0);
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto blend = [t](int p, int q) { return static_cast<int>(std::lround(p + (q - p) * t)); };
    return QColor(blend(x.red(), y.red()), blend(x.green(), y.green()), blend(x.blue(), y.blue()),
                  blend(x.alpha(), y.alpha()));
}

QString Theme::css(const QColor &color)
{
    const QColor c = color.toRgb();
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(c.alpha());
}

} // namespace geobox
