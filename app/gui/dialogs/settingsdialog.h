#pragma once
// SettingsDialog: Settings… as the user meets it: the server, the request
// timeout, the server's time zone, auto-refresh, the first day of the week, the
// calendar dates are shown in, the language (from the next start), the
// appearance and the alert rules (AlertRulesBox), read from and saved to Preferences (never a
// secret), checked before OK.

#include "preferences.h"

#include <QDialog>
#include <QTimeZone>
#include <QUrl>

#include <chrono>

class QComboBox;
class QLabel;
class QSpinBox;

namespace geobox {

class AlertRulesBox;
class HistorySettings;
class Preferences;
class ServerField;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // serverFixed: demo mode, where the built-in server cannot be changed here.
    // historyPath, historySize: the history file in use and its size (empty, -1: none).
    SettingsDialog(const Preferences &settings, bool serverFixed, QWidget *parent = nullptr,
                   const QString &historyPath = {}, qint64 historySize = -1);

    // The History group (on or off, file, settle time, Clear history…).
    HistorySettings *history() const { return m_history; }

    QUrl server() const;
    std::chrono::seconds timeout() const;
    QTimeZone serviceTimeZone() const;
    int autoRefreshMinutes() const;
    // How many keys the By key chart shows on their own.
    int breakdownTopKeys() const;
    Qt::DayOfWeek firstDayOfWeek() const;
    CalendarChoice calendar() const;
    // "en", "fa", or empty for the system's.
    QString language() const;
    Appearance appearance() const;
    AlertRulesBox *alertRules() const { return m_alerts; }
    // Writes every value; the server only when it may be changed here, the first day of the
    // week only once it was chosen (until then it follows the language).
    void save(Preferences &settings) const;

    // The choices of the auto-refresh list, in minutes (0: off).
    static QList<int> autoRefreshChoices();

public Q_SLOTS:
    // Refuses (inline) a server the policy forbids or an unknown time zone.
    void accept() override;

private:
    void showProblem(const QString &problem);

    bool m_serverFixed;
    ServerField *m_server = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_refresh = nullptr;
    QSpinBox *m_topKeys = nullptr;
    QComboBox *m_weekStart = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_appearance = nullptr;
    AlertRulesBox *m_alerts = nullptr;
    HistorySettings *m_history = nullptr;
    QLabel *m_problem = nullptr;
    bool m_weekStartChosen = false;
    Qt::DayOfWeek m_weekStartShown = Qt::Monday;
    QString m_languageShown;
};

} // namespace geobox
