#pragma once
// Preferences: everything the app remembers between runs, in QSettings, and
// the one place that names each key. Never a secret: the server, the request
// timeout, the service's time zone, auto-refresh, the first day of the week,
// the calendar dates are written in, the language and the appearance, which
// account is signed in to which
// server (the name only; the secret is in the keychain), and what the window
// showed last (whose usage by its secret-free settings id, the scale, the
// range, chart, table or by key) with its geometry.

#include "appearance.h"
#include "calendarchoice.h"
#include "daterange.h"
#include "insights/alertrules.h"
#include "usagetypes.h"

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <chrono>

namespace geobox {

// What the dashboard showed when it was last changed, to show again at the next start.
struct DashboardView
{
    QString resourceId = QStringLiteral("account"); // Resource::settingsId()
    Scale scale = Scale::Day;
    RangePreset preset = RangePreset::Last30Days;
    DateRange customRange; // only for RangePreset::Custom
    bool showTable = false;
    bool showBreakdown = false; // the By key view (then showTable is false)
};

class Preferences final
{
public:
    Preferences();

    static QUrl defaultServer();

    // The connection.
    QUrl server() const;
    void setServer(const QUrl &server);
    std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);
    QTimeZone serviceTimeZone() const;
    void setServiceTimeZone(const QTimeZone &zone);

    // The dashboard's settings.
    // 0: off (the default).
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);
    // How many keys the By key chart shows on their own (1..20, default 8).
    int breakdownTopKeys() const;
    void setBreakdownTopKeys(int count);
    // The day chosen in Settings; never chosen: the locale's first day (Monday in English,
    // Saturday in Persian), so that it follows the language.
    Qt::DayOfWeek firstDayOfWeek(const QLocale &locale = QLocale()) const;
    bool hasFirstDayOfWeek() const;
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // Automatic (the default).
    CalendarChoice calendar() const;
    void setCalendar(CalendarChoice calendar);
    // The language chosen in Settings: "en", "fa", or empty for the system's (the default).
    // Language::chosen() says which wins: --lang, then this, then LANG.
    QString language() const;
    void setLanguage(const QString &code);
    // System (the default).
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // The alert rules of the quotas (thresholds, forecast, spikes); the defaults until saved.
    AlertRules alertRules() const;
    void setAlertRules(const AlertRules &rules);
    // The local usage history: kept (the default), where (empty: the default file under
    // the application's data folder), and how long a bucket takes to settle (48 h).
    bool historyEnabled() const;
    void setHistoryEnabled(bool enabled);
    QString historyPath() const;
    void setHistoryPath(const QString &path);
    int historySettleHours() const;
    void setHistorySettleHours(int hours);

    // The account signed in to `server`, or empty.
    QString account(const QUrl &server) const;
    void setAccount(const QUrl &server, const QString &username);
    void forgetAccount(const QUrl &server);

    // What the window showed, and where it was (QMainWindow::saveGeometry, saveState).
    DashboardView dashboardView() const;
    // A custom range is kept only with RangePreset::Custom; the last one stays otherwise.
    void setDashboardView(const DashboardView &view);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace geobox
