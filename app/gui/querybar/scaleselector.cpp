#include "scaleselector.h"

#include "querybar/segmentedcontrol.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>

namespace geobox {

namespace {
constexpr Scale scales[] = {Scale::Hour, Scale::Day, Scale::Week, Scale::Month};
}

ScaleSelector::ScaleSelector(QWidget *parent)
    : QWidget(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("scaleSelector"));
    setAccessibleName(tr("Scale"));
    const QStringList texts = {tr("&Hour"), tr("&Day"), tr("&Week"), tr("&Month")};
    const QStringList tips = {tr("One point per hour"), tr("One bar per day"),
                              tr("One bar per week"), tr("One bar per month")};
    m_group->setExclusive(true);
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(texts[i], m_group);
        action->setCheckable(true);
        action->setData(static_cast<int>(scales[i]));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setToolTip(
            tr("%1 (%2)").arg(tips[i], action->shortcut().toString(QKeySequence::NativeText)));
        m_actions.append(action);
        connect(action, &QAction::triggered, this, [this, i] {
            if (m_current == scales[i])
                return;
            m_current = scales[i];
            Q_EMIT scaleChanged(m_current);
        });
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new SegmentedControl(m_actions, this));
    setScale(Scale::Day);
}

Scale ScaleSelector::scale() const
{
    return m_current;
}

void ScaleSelector::setScale(Scale scale)
{
    m_current = scale;
    for (QAction *action : m_actions) {
        if (static_cast<Scale>(action->data().toInt()) == scale)
            action->setChecked(true);
    }
}

} // namespace geobox
