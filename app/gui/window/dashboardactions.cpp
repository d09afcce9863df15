#include "dashboardactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>

namespace geobox {

DashboardActions::DashboardActions(QObject *parent)
    : QObject(parent)
{
    m_export = new QAction(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setEnabled(false); // until there is data

    m_settings = new QAction(tr("Se&ttings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_refresh =
        new QAction(QIcon(QStringLiteral(":/geobox/icons/refresh.svg")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Recount the usage on the server and fetch it again (F5)"));

    m_stop = new QAction(tr("&Stop Loading"), this);
    m_stop->setObjectName(QStringLiteral("stopAction"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setEnabled(false); // while loading

    auto *views = new QActionGroup(this);
    m_chart = new QAction(tr("&Chart"), views);
    m_chart->setObjectName(QStringLiteral("chartAction"));
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_table = new QAction(tr("&Table"), views);
    m_table->setObjectName(QStringLiteral("tableAction"));
    m_table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_byKey = new QAction(tr("By &Key"), views);
    m_byKey->setObjectName(QStringLiteral("byKeyAction"));
    m_byKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_byKey->setToolTip(tr("The account's usage broken down by API key"));
    m_forecast = new QAction(tr("&Forecast"), views);
    m_forecast->setObjectName(QStringLiteral("forecastAction"));
    m_forecast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_forecast->setToolTip(tr("This month so far, the quota, and where the month is heading"));
    m_forecast->setCheckable(true);
    m_chart->setCheckable(true);
    m_table->setCheckable(true);
    m_byKey->setCheckable(true);
    m_chart->setChecked(true);

    m_earlier = new QAction(tr("&Earlier Period"), this);
    m_earlier->setObjectName(QStringLiteral("earlierAction"));
    // Towards the older days on the charts: left, or right when the window is mirrored.
    const bool mirrored = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    m_earlier->setShortcut(QKeySequence(Qt::ALT | (mirrored ? Qt::Key_Right : Qt::Key_Left)));
    m_earlier->setToolTip(tr("Show the days just before the range, as many as it has"));
    m_later = new QAction(tr("&Later Period"), this);
    m_later->setObjectName(QStringLiteral("laterAction"));
    m_later->setShortcut(QKeySequence(Qt::ALT | (mirrored ? Qt::Key_Left : Qt::Key_Right)));
    m_later->setToolTip(tr("Show the days just after the range, as many as it has"));

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts…"), this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_Slash)});

    m_about = new QAction(tr("&About Geobox Usage"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_about->setMenuRole(QAction::AboutRole);
}

void DashboardActions::addMenus(QMenuBar *bar, const MenuActions &more) const
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_export);
    file->addActions(more.image);
    file->addSeparator();
    if (more.settings) {
        file->addAction(m_settings);
        file->addSeparator();
    }
    file->addAction(m_quit);
    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refresh);
    view->addAction(m_stop);
    view->addSeparator();
    view->addActions(more.scales);
    view->addSeparator();
    if (!more.compare.isEmpty()) {
        view->addActions(more.compare);
        view->addSeparator();
    }
    view->addAction(m_earlier);
    view->addAction(m_later);
    view->addSeparator();
    view->addAction(m_chart);
    view->addAction(m_table);
    view->addAction(m_byKey);
    view->addAction(m_forecast);
    if (!more.account.isEmpty()) {
        QMenu *accountMenu = bar->addMenu(tr("&Account"));
        accountMenu->setObjectName(QStringLiteral("accountMenu"));
        accountMenu->addActions(more.account);
    }
    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
}

void DashboardActions::showAbout(QWidget *parent, const QString &server)
{
    QMessageBox::about(
        parent, tr("About Geobox Usage"),
        tr("<h3>Geobox Usage %1</h3><p>How many API calls and how much traffic your Geobox "
           "account and each of its API keys use, against your plan's quotas.</p>"
           "<p>Server: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), server.toHtmlEscaped()));
}

} // namespace geobox
