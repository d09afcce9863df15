#include "querybar.h"

#include "rangeselector.h"
#include "resourcepicker.h"
#include "scaleselector.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace geobox {

QueryBar::QueryBar(QAction *refresh, std::function<QDate()> today, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queryBar"));
    m_resources = new ResourcePicker(this);
    m_scale = new ScaleSelector(this);
    m_range = new RangeSelector(std::move(today), this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setDefaultAction(refresh);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 5px;"
                       " background: palette(button); padding: 4px 12px 4px 8px; }"
                       "QToolButton:hover { background: palette(midlight); }"
                       "QToolButton:focus { border-color: palette(highlight); }"
                       "QToolButton:disabled { color: palette(mid); }"));

    // Left: whose usage and how fine; right: which days, and fetch again.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_resources, 0, Qt::AlignTop);
    layout->addWidget(m_scale, 0, Qt::AlignTop);
    layout->addStretch(1);
    layout->addWidget(m_range, 0, Qt::AlignTop);
    layout->addWidget(m_refresh, 0, Qt::AlignTop);
}

} // namespace geobox
