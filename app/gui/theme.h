#pragma once
// Theme: the colours the app draws itself (banners, quota bars, chart series,
// warnings), derived from the palette so that they stay readable on a dark
// palette as on a light one. A widget that uses them styles itself again on
// QEvent::PaletteChange. (No style sheet on a container: a widget with one no
// longer follows a change of the application's palette, nor do its children.)
// It also holds the two palettes of Settings › Appearance, Light and Dark, and
// applies the one chosen to the whole application, live.

#include "appearance.h"

#include <QColor>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace geobox {

class Theme final
{
public:
    // A coloured strip: the sign-in's reason (Info), a notice, an error.
    enum class Tone
    {
        Info,
        Notice,
        Error
    };
    struct ToneColors
    {
        QColor background;
        QColor border;
        QColor text;
    };
    // How a quota stands; also the colour of text that warns.
    enum class Level
    {
        Normal,
        Warning,
        Alarm
    };

    Theme() = delete;

    // Settings › Appearance: a complete light or dark palette (every role, the disabled
    // ones too); System: an empty one, which the desktop's palette fills in.
    static QPalette palette(Appearance appearance);
    // Makes it the application's palette at once: every widget follows (and, for System,
    // follows the desktop's later changes again).
    static void applyAppearance(Appearance appearance);

    // The window colour's lightness is below 128: light text on dark backgrounds.
    static bool isDark(const QPalette &palette);
    // Secondary text (captions, notes, axis labels): between the text and the
    // background colour, still at least 4.5:1 against the background.
    static QColor mutedText(const QPalette &palette);
    // Card and chart frames: a line that is seen without shouting.
    static QColor frame(const QPalette &palette);
    static ToneColors tone(Tone tone, const QPalette &palette);
    // Text that warns (Warning) or says something failed (Alarm); Normal: the text colour.
    static QColor levelText(Level level, const QPalette &palette);
    // A quota bar's fill.
    static QColor levelFill(Level level, const QPalette &palette);
    // The chart series: 0 calls, 1 traffic. At least 3:1 against the base colour.
    static QColor series(int index, const QPalette &palette);
    // The chart's grid lines and axis lines.
    static QColor gridLine(const QPalette &palette);
    static QColor axisLine(const QPalette &palette);

    // Sets a widget's text colour (WindowText and Text); its other roles still follow its parent.
    static void setTextColor(QWidget *widget, const QColor &color);
    // A rounded panel inside rect: filled, with a border of borderWidth.
    static void paintPanel(QPainter &painter, const QRectF &rect, const QColor &fill,
                           const QColor &border, double borderWidth, double radius);

    // WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    // `a` mixed with `b`: 0 gives a, 1 gives b.
    static QColor mix(const QColor &a, const QColor &b, double amount);
    // For style sheets: "rgba(r, g, b, a)".
    static QString css(const QColor &color);
};

} // namespace geobox
