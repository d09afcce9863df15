#include "segmentedcontrol.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace geobox {

SegmentedControl::SegmentedControl(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const QString base = QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); background: palette(button);"
        " padding: 4px 12px; %1 }"
        "QToolButton:hover { background: palette(midlight); }"
        "QToolButton:checked { background: #2f6fd0; border-color: #2a62b8; color: white; }"
        "QToolButton:focus { border-color: palette(highlight); }");
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions[i]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(actions[i]->text().remove(QLatin1Char('&')));
        QString corners;
        if (i == 0)
            corners +=
                QStringLiteral("border-top-left-radius: 5px; border-bottom-left-radius: 5px;");
        else
            corners += QStringLiteral("border-left: none;");
        if (i == actions.size() - 1)
            corners += QStringLiteral("border-top-right-radius: 5px;"
                                      " border-bottom-right-radius: 5px;");
        button->setStyleSheet(base.arg(corners));
        layout->addWidget(button);
        m_buttons.append(button);
    }
}

} // namespace geobox
