#include "settingsflow.h"

#include "dialogs/historysettings.h"
#include "dialogs/serverfield.h"
#include "dialogs/settingsdialog.h"
#include "displaycalendar.h"
#include "flows/autorefresh.h"
#include "historystore.h"
#include "preferences.h"
#include "theme.h"
#include "usageclient.h"

namespace geobox {

SettingsFlow::SettingsFlow(Preferences *settings, UsageClient *client, AutoRefresh *autoRefresh,
                           bool demo, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_client(client)
    , m_autoRefresh(autoRefresh)
    , m_demo(demo)
    , m_window(window)
{
    m_autoRefresh->setMinutes(m_settings->autoRefreshMinutes());
}

void SettingsFlow::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const bool inUse = m_history && m_history->isOpen();
    m_dialog =
        new SettingsDialog(*m_settings, m_demo, m_window, inUse ? m_history->path() : QString(),
                           inUse ? m_history->sizeOnDisk() : -1);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog->history(), &HistorySettings::clearConfirmed, this, [this] {
        if (!m_history || !m_dialog)
            return;
        m_history->clear();
        m_dialog->history()->setSize(m_history->isOpen() ? m_history->sizeOnDisk() : -1);
    });
    connect(m_dialog, &QDialog::accepted, this, &SettingsFlow::accepted);
    m_dialog->open();
}

void SettingsFlow::accepted()
{
    const QUrl server = m_settings->server();
    const Qt::DayOfWeek weekStart = m_settings->firstDayOfWeek();
    const CalendarChoice calendar = m_settings->calendar();
    const Appearance appearance = m_settings->appearance();
    const AlertRules rules = m_settings->alertRules();
    m_dialog->save(*m_settings);

    bool zoneChanged = false;
    if (m_client) {
        ClientConfig config = m_client->config();
        zoneChanged = !(config.serviceTimeZone == m_settings->serviceTimeZone());
        config.timeout = m_settings->timeout();
        config.serviceTimeZone = m_settings->serviceTimeZone();
        m_client->setConfig(config);
    }
    m_autoRefresh->setMinutes(m_settings->autoRefreshMinutes());

    if (zoneChanged)
        Q_EMIT timeZoneChanged();
    if (m_settings->firstDayOfWeek() != weekStart)
        Q_EMIT firstDayOfWeekChanged();
    if (m_settings->appearance() != appearance)
        Theme::applyAppearance(m_settings->appearance()); // every widget follows, live
    if (m_settings->calendar() != calendar) {
        DisplayCalendar::setChoice(m_settings->calendar());
        Q_EMIT calendarChanged();
    }
    if (!(m_settings->alertRules() == rules))
        Q_EMIT alertRulesChanged();
    if (!m_demo && !ServerField::sameServer(server, m_settings->server()))
        Q_EMIT serverChanged(m_settings->server());
}

} // namespace geobox
