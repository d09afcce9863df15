#include "dashboardactions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>

namespace geobox {

DashboardActions::DashboardActions(QObject *parent)
    : QObject(parent)
{
    m_export = new QAction(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setEnabled(false); // until there is data

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_refresh =
        new QAction(QIcon(QStringLiteral(":/geobox/icons/refresh.svg")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Recount the usage on the server and fetch it again (F5)"));

    m_stop = new QAction(tr("&Stop Loading"), this);
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setEnabled(false); // while loading

    auto *views = new QActionGroup(this);
    m_chart = new QAction(tr("&Chart"), views);
    m_chart->setObjectName(QStringLiteral("chartAction"));
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_table = new QAction(tr("&Table"), views);
    m_table->setObjectName(QStringLiteral("tableAction"));
    m_table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_chart->setCheckable(true);
    m_table->setCheckable(true);
    m_chart->setChecked(true);

    m_about = new QAction(tr("&About Geobox Usage"), this);
    m_about->setMenuRole(QAction::AboutRole);
}

} // namespace geobox
