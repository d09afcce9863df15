#pragma once
// SettingsFlow: Settings… as the user meets it: the dialog (one at a time),
// and on OK the values saved in Preferences and applied to the running app:
// the timeout and time zone to the client, the interval to auto-refresh, the
// calendar to DisplayCalendar, the appearance to the application's palette;
// what the window itself must redo is signalled. (The language waits for the
// next start.)

#include "dialogs/settingsdialog.h"
#include "historystore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace geobox {

class Preferences;
class AutoRefresh;
class UsageClient;

class SettingsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFlow)

public:
    // demo: the built-in server stays; the rest can be changed. Sets autoRefresh's
    // interval from the settings at once.
    SettingsFlow(Preferences *settings, UsageClient *client, AutoRefresh *autoRefresh, bool demo,
                 QWidget *window);

    // Opens the dialog (window-modal, without blocking), or brings the open one forward.
    void open();
    // The history in use, for its size and Clear history… (nullptr: none).
    void setHistory(HistoryStore *history) { m_history = history; }
    SettingsDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // The service's zone changed: "today" and every bucket moved.
    void timeZoneChanged();
    void firstDayOfWeekChanged();
    // Another calendar for the dates on screen (DisplayCalendar already follows it).
    void calendarChanged();
    // The user typed another server: the sign-in in use does not go there.
    void serverChanged(const QUrl &server);
    // The alert rules were saved (Preferences::alertRules()).
    void alertRulesChanged();

private:
    void accepted();

    Preferences *m_settings;
    QPointer<UsageClient> m_client;
    AutoRefresh *m_autoRefresh;
    bool m_demo;
    QWidget *m_window;
    QPointer<SettingsDialog> m_dialog;
    QPointer<HistoryStore> m_history;
};

} // namespace geobox
