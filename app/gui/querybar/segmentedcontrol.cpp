#include "segmentedcontrol.h"

#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace geobox {

SegmentedControl::SegmentedControl(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        if (!action->toolTip().isEmpty() && action->toolTip() != button->accessibleName())
            button->setAccessibleDescription(action->toolTip());
        layout->addWidget(button);
        m_buttons.append(button);
    }
    applyTheme();
}

void SegmentedControl::applyTheme()
{
    // The chosen segment is filled with the highlight colour and its text is bold, so
    // which one is chosen is seen without telling colours apart.
    // Every colour spelled out, from this control's palette: a widget with a style sheet
    // no longer follows the palette by itself.
    const QString base =
        QStringLiteral("QToolButton { border: 1px solid %5; background: %6; color: %7;"
                       " padding: 4px 12px; %1 }"
                       "QToolButton:hover { background: %8; }"
                       "QToolButton:checked { background: %2; border-color: %2; color: %3;"
                       " font-weight: 600; }"
                       "QToolButton:focus { border-color: %4; }");
    const QPalette pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    const QString focus =
        Theme::css(Theme::isDark(pal) ? highlight.lighter(150) : highlight.darker(150));
    const QString mid = Theme::css(pal.color(QPalette::Mid));
    const QString button = Theme::css(pal.color(QPalette::Button));
    const QString text = Theme::css(pal.color(QPalette::ButtonText));
    const QString hover = Theme::css(Theme::mix(pal.color(QPalette::Button), highlight, 0.15));
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        QString corners;
        if (i == 0)
            corners +=
                QStringLiteral("border-top-left-radius: 5px; border-bottom-left-radius: 5px;");
        else
            corners += QStringLiteral("border-left: none;");
        if (i == m_buttons.size() - 1)
            corners += QStringLiteral("border-top-right-radius: 5px;"
                                      " border-bottom-right-radius: 5px;");
        const QString style = base.arg(corners, Theme::css(highlight),
                                       Theme::css(pal.color(QPalette::HighlightedText)), focus, mid,
                                       button, text, hover);
        if (m_buttons[i]->styleSheet() != style)
            m_buttons[i]->setStyleSheet(style);
    }
}

void SegmentedControl::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace geobox
