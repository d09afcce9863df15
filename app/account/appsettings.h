#pragma once
// AppSettings: what the app remembers between runs, in QSettings, never a
// secret: the server, the request timeout, the service's time zone, the
// auto-refresh interval, the first day of the week, the calendar dates are
// written in, and which account is signed in to which server (the name only;
// the secret is in the keychain).

#include "calendarchoice.h"

#include <QSettings>
#include <QTimeZone>
#include <QUrl>

#include <chrono>

namespace geobox {

class AppSettings final
{
public:
    AppSettings();

    static QUrl defaultServer();

    QUrl server() const;
    void setServer(const QUrl &server);
    std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);
    QTimeZone serviceTimeZone() const;
    void setServiceTimeZone(const QTimeZone &zone);
    // 0: off (the default).
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);
    Qt::DayOfWeek firstDayOfWeek() const;
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // Automatic (the default).
    CalendarChoice calendar() const;
    void setCalendar(CalendarChoice calendar);

    // The account signed in to `server`, or empty.
    QString account(const QUrl &server) const;
    void setAccount(const QUrl &server, const QString &username);
    void forgetAccount(const QUrl &server);

    void sync() { m_settings.sync(); }

private:
    static QString serverGroup(const QUrl &server);
    QSettings m_settings;
};

} // namespace geobox
