// MainWindow's menus and the commands behind them that are the window's own:
// the wiring of DashboardActions, Help › Keyboard Shortcuts, Earlier and Later
// Period, File › Export CSV, and the Chart|Table switch. (The rest of the
// class, the query and the state, is in mainwindow.cpp.)

#include "mainwindow.h"

#include "accountcontroller.h"
#include "chart/usagechartview.h"
#include "displaycalendar.h"
#include "flows/accountflow.h"
#include "flows/comparisonflow.h"
#include "flows/csvexportflow.h"
#include "flows/forecastflow.h"
#include "querybar/querybar.h"
#include "querybar/rangeselector.h"
#include "querybar/scaleselector.h"
#include "rangestep.h"
#include "usageexport.h"
#include "window/dashboardactions.h"
#include "window/snapshotview.h"
#include "window/statusline.h"

#include <QAction>
#include <QDateEdit>
#include <QMenuBar>

namespace geobox {

void MainWindow::createMenus()
{
    connect(m_actions->exportCsv(), &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh(), &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->stop(), &QAction::triggered, m_state, &DashboardState::cancel);
    connect(m_actions->about(), &QAction::triggered, this, [this] {
        DashboardActions::showAbout(this, m_account
                                              ? m_account->server().toDisplayString(
                                                    QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                                              : m_serverLabel);
    });
    for (QAction *action : {m_actions->chart(), m_actions->table()}) {
        connect(action, &QAction::triggered, this, [this, action] {
            showTable(action == m_actions->table());
            saveView();
        });
    }
    connect(m_actions->forecast(), &QAction::triggered, this, [this] {
        m_content->showForecast();
        m_actions->forecast()->setChecked(true);
        if (const std::optional<DashboardSnapshot> shown = m_state->snapshot())
            m_forecastFlow->follow(*shown);
    });
    connect(m_actions->earlier(), &QAction::triggered, this, [this] { stepRange(-1); });
    connect(m_actions->later(), &QAction::triggered, this, [this] { stepRange(1); });
    connect(m_actions->shortcuts(), &QAction::triggered, this, &MainWindow::showShortcuts);

    DashboardActions::MenuActions more;
    more.image = {m_content->chart()->saveImageAction(), m_content->chart()->copyImageAction()};
    more.scales = m_queryBar->scaleSelector()->actions();
    more.compare = m_comparison->actions();
    if (m_accountFlow)
        more.account = m_accountFlow->actions();
    more.settings = m_settingsFlow != nullptr;
    m_actions->addMenus(menuBar(), more);
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts) {
        m_shortcuts->raise();
        m_shortcuts->activateWindow();
        return;
    }
    m_shortcuts = new ShortcutsDialog(menuBar(), this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->open();
}

void MainWindow::stepRange(int steps)
{
    const DateRange range = m_queryBar->query().range;
    if (!range.isValid())
        return;
    const DateRange next = steppedRange(range, steps, today(), DisplayCalendar::current());
    if (next == range || next.first < RangeSelector::earliestDay())
        return;
    m_queryBar->setRange(RangePreset::Custom, next);
}

void MainWindow::updatePeriodActions()
{
    // Nothing after the period that holds today; nothing before the first day the pickers
    // take.
    const DateRange range = m_queryBar->query().range;
    const bool valid = range.isValid();
    m_actions->later()->setEnabled(valid && range.last < today());
    m_actions->earlier()->setEnabled(
        valid && steppedRange(range, -1, today(), DisplayCalendar::current()).first >=
                     RangeSelector::earliestDay());
}

void MainWindow::exportCsv()
{
    if (const std::optional<QString> done = CsvExportFlow::run(this, *m_state))
        m_status->showMessage(*done); // beside the rest: QStatusBar's own would hide it
}

std::optional<QString> MainWindow::exportCsvTo(const QString &path) const
{
    const std::optional<DashboardSnapshot> snapshot = m_state->snapshot();
    if (!snapshot || !m_dataShown)
        return tr("There is no data to export yet.");
    return saveExport(path, *snapshot, ExportFormat::Csv, CsvExportFlow::exportCalendar());
}

void MainWindow::showTable(bool table)
{
    m_content->showTable(table);
    (table ? m_actions->table() : m_actions->chart())->setChecked(true);
}

} // namespace geobox
