#include "dashboardpage.h"

#include "banners/errorbanner.h"
#include "banners/noticebanner.h"
#include "formatting.h"
#include "querybar/querybar.h"
#include "querybar/segmentedcontrol.h"
#include "theme.h"
#include "window/snapshotview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace geobox {

DashboardPage::DashboardPage(QueryBar *queryBar, const QList<QAction *> &views, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 6);
    layout->setSpacing(10);
    queryBar->setParent(this);
    layout->addWidget(queryBar);
    m_notice = new NoticeBanner(this);
    layout->addWidget(m_notice);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    m_content = new SnapshotView(this);
    layout->addWidget(m_content, 1);

    auto *bottom = new QHBoxLayout;
    auto *viewSwitch = new SegmentedControl(views, this);
    viewSwitch->setObjectName(QStringLiteral("viewSwitch"));
    viewSwitch->setAccessibleName(tr("View"));
    bottom->addWidget(viewSwitch);
    bottom->addStretch(1);
    m_processLabel = new QLabel(this);
    m_processLabel->setObjectName(QStringLiteral("processLabel"));
    bottom->addWidget(m_processLabel);
    layout->addLayout(bottom);
    Theme::setTextColor(m_processLabel, Theme::mutedText(palette()));
}

void DashboardPage::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_banner->clear();
    m_content->setSnapshot(snapshot);
    m_processLabel->setText(
        snapshot.processSeconds
            ? tr("Processing time in range: %1").arg(Formatting::duration(*snapshot.processSeconds))
            : tr("Processing time in range: —"));
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_processLabel)
        Theme::setTextColor(m_processLabel, Theme::mutedText(palette()));
}

void DashboardPage::clear()
{
    m_banner->clear();
    m_content->clear();
    m_processLabel->clear();
}

} // namespace geobox
