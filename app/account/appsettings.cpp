#include "appsettings.h"

namespace geobox {

AppSettings::AppSettings() = default;

QUrl AppSettings::defaultServer()
{
    return QUrl(QStringLiteral("https://api.geobox.ir"));
}

QUrl AppSettings::server() const
{
    const QUrl url(m_settings.value(QStringLiteral("connection/server")).toString());
    return url.isValid() && !url.host().isEmpty() ? url : defaultServer();
}

void AppSettings::setServer(const QUrl &server)
{
    m_settings.setValue(QStringLiteral("connection/server"),
                        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString());
}

std::chrono::seconds AppSettings::timeout() const
{
    const int s = m_settings.value(QStringLiteral("connection/timeoutSeconds"), 30).toInt();
    return std::chrono::seconds(s >= 1 && s <= 3600 ? s : 30);
}

void AppSettings::setTimeout(std::chrono::seconds timeout)
{
    m_settings.setValue(QStringLiteral("connection/timeoutSeconds"),
                        static_cast<int>(timeout.count()));
}

QTimeZone AppSettings::serviceTimeZone() const
{
    const QByteArray id =
        m_settings.value(QStringLiteral("connection/serviceTimeZone")).toString().toLatin1();
    const QTimeZone zone(id);
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::utc();
}

void AppSettings::setServiceTimeZone(const QTimeZone &zone)
{
    m_settings.setValue(QStringLiteral("connection/serviceTimeZone"),
                        QString::fromLatin1(zone.id()));
}

int AppSettings::autoRefreshMinutes() const
{
    const int m = m_settings.value(QStringLiteral("dashboard/autoRefreshMinutes"), 0).toInt();
    return m >= 0 && m <= 24 * 60 ? m : 0;
}

void AppSettings::setAutoRefreshMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("dashboard/autoRefreshMinutes"), minutes);
}

Qt::DayOfWeek AppSettings::firstDayOfWeek() const
{
    const int d = m_settings.value(QStringLiteral("dashboard/firstDayOfWeek"), 1).toInt();
    return d >= 1 && d <= 7 ? static_cast<Qt::DayOfWeek>(d) : Qt::Monday;
}

void AppSettings::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_settings.setValue(QStringLiteral("dashboard/firstDayOfWeek"), static_cast<int>(day));
}

namespace {
const QString calendarKey = QStringLiteral("display/calendar");
constexpr struct
{
    CalendarChoice choice;
    const char *id;
} calendarIds[] = {{CalendarChoice::Automatic, "automatic"},
                   {CalendarChoice::Gregorian, "gregorian"},
                   {CalendarChoice::Jalali, "jalali"}};
} // namespace

CalendarChoice AppSettings::calendar() const
{
    const QString id = m_settings.value(calendarKey).toString();
    for (const auto &c : calendarIds) {
        if (id == QLatin1String(c.id))
            return c.choice;
    }
    return CalendarChoice::Automatic;
}

void AppSettings::setCalendar(CalendarChoice calendar)
{
    for (const auto &c : calendarIds) {
        if (c.choice == calendar)
            m_settings.setValue(calendarKey, QLatin1String(c.id));
    }
}

QString AppSettings::serverGroup(const QUrl &server)
{
    // A QSettings key cannot hold '/' as data: percent-encode the whole address.
    const QUrl u =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return QStringLiteral("accounts/") +
           QString::fromLatin1(QUrl::toPercentEncoding(u.toString().toLower()));
}

QString AppSettings::account(const QUrl &server) const
{
    return m_settings.value(serverGroup(server) + QStringLiteral("/username")).toString();
}

void AppSettings::setAccount(const QUrl &server, const QString &username)
{
    m_settings.setValue(serverGroup(server) + QStringLiteral("/username"), username);
}

void AppSettings::forgetAccount(const QUrl &server)
{
    m_settings.remove(serverGroup(server));
}

} // namespace geobox
