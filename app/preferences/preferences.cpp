#include "preferences.h"

#include <algorithm>

namespace geobox {

namespace {

// Every key the app keeps, as it is on disk: renaming one loses what users have saved.
namespace key {
const QString server = QStringLiteral("connection/server");
const QString timeout = QStringLiteral("connection/timeoutSeconds");
const QString serviceTimeZone = QStringLiteral("connection/serviceTimeZone");
const QString autoRefresh = QStringLiteral("dashboard/autoRefreshMinutes");
const QString firstDayOfWeek = QStringLiteral("dashboard/firstDayOfWeek");
const QString breakdownTopKeys = QStringLiteral("dashboard/breakdownTopKeys");
const QString calendar = QStringLiteral("display/calendar");
const QString language = QStringLiteral("display/language");
const QString appearance = QStringLiteral("display/appearance");
const QString alertThresholds = QStringLiteral("alerts/thresholds");
const QString alertForecast = QStringLiteral("alerts/forecast");
const QString alertSpikes = QStringLiteral("alerts/spikes");
const QString resource = QStringLiteral("dashboard/resource");
const QString scale = QStringLiteral("dashboard/scale");
const QString preset = QStringLiteral("dashboard/preset");
const QString from = QStringLiteral("dashboard/from");
const QString to = QStringLiteral("dashboard/to");
const QString view = QStringLiteral("dashboard/view");
const QString historyEnabled = QStringLiteral("history/enabled");
const QString historyPath = QStringLiteral("history/path");
const QString historySettle = QStringLiteral("history/settleHours");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");

// The account signed in to a server: accountGroup(server) + accountName.
const QString accountName = QStringLiteral("/username");
} // namespace key

// accounts/<the server's address, lower case and percent-encoded>: a QSettings key
// cannot hold '/' as data.
QString accountGroup(const QUrl &server)
{
    const QUrl u =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return QStringLiteral("accounts/") +
           QString::fromLatin1(QUrl::toPercentEncoding(u.toString().toLower()));
}

constexpr struct
{
    CalendarChoice choice;
    const char *id;
} calendarIds[] = {{CalendarChoice::Automatic, "automatic"},
                   {CalendarChoice::Gregorian, "gregorian"},
                   {CalendarChoice::Jalali, "jalali"}};

constexpr struct
{
    Appearance appearance;
    const char *id;
} appearanceIds[] = {
    {Appearance::System, "system"}, {Appearance::Light, "light"}, {Appearance::Dark, "dark"}};

} // namespace

Preferences::Preferences() = default;

QUrl Preferences::defaultServer()
{
    return QUrl(QStringLiteral("https://api.geobox.ir"));
}

QUrl Preferences::server() const
{
    const QUrl url(m_settings.value(key::server).toString());
    return url.isValid() && !url.host().isEmpty() ? url : defaultServer();
}

void Preferences::setServer(const QUrl &server)
{
    m_settings.setValue(key::server,
                        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString());
}

std::chrono::seconds Preferences::timeout() const
{
    const int s = m_settings.value(key::timeout, 30).toInt();
    return std::chrono::seconds(s >= 1 && s <= 3600 ? s : 30);
}

void Preferences::setTimeout(std::chrono::seconds timeout)
{
    m_settings.setValue(key::timeout, static_cast<int>(timeout.count()));
}

QTimeZone Preferences::serviceTimeZone() const
{
    const QByteArray id = m_settings.value(key::serviceTimeZone).toString().toLatin1();
    const QTimeZone zone(id);
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::utc();
}

void Preferences::setServiceTimeZone(const QTimeZone &zone)
{
    m_settings.setValue(key::serviceTimeZone, QString::fromLatin1(zone.id()));
}

bool Preferences::historyEnabled() const
{
    return m_settings.value(key::historyEnabled, true).toBool();
}

void Preferences::setHistoryEnabled(bool enabled)
{
    m_settings.setValue(key::historyEnabled, enabled);
}

QString Preferences::historyPath() const
{
    return m_settings.value(key::historyPath).toString();
}

void Preferences::setHistoryPath(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(key::historyPath);
    else
        m_settings.setValue(key::historyPath, path);
}

int Preferences::historySettleHours() const
{
    const int h = m_settings.value(key::historySettle, 48).toInt();
    return h >= 0 && h <= 24 * 365 ? h : 48;
}

void Preferences::setHistorySettleHours(int hours)
{
    m_settings.setValue(key::historySettle, hours);
}

int Preferences::autoRefreshMinutes() const
{
    const int m = m_settings.value(key::autoRefresh, 0).toInt();
    return m >= 0 && m <= 24 * 60 ? m : 0;
}

void Preferences::setAutoRefreshMinutes(int minutes)
{
    m_settings.setValue(key::autoRefresh, minutes);
}

int Preferences::breakdownTopKeys() const
{
    const int n = m_settings.value(key::breakdownTopKeys, 8).toInt();
    return n >= 1 && n <= 20 ? n : 8;
}

void Preferences::setBreakdownTopKeys(int count)
{
    m_settings.setValue(key::breakdownTopKeys, count);
}

Qt::DayOfWeek Preferences::firstDayOfWeek(const QLocale &locale) const
{
    const int d = m_settings.value(key::firstDayOfWeek, 0).toInt();
    return d >= 1 && d <= 7 ? static_cast<Qt::DayOfWeek>(d) : locale.firstDayOfWeek();
}

bool Preferences::hasFirstDayOfWeek() const
{
    const int d = m_settings.value(key::firstDayOfWeek, 0).toInt();
    return d >= 1 && d <= 7;
}

void Preferences::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_settings.setValue(key::firstDayOfWeek, static_cast<int>(day));
}

CalendarChoice Preferences::calendar() const
{
    const QString id = m_settings.value(key::calendar).toString();
    for (const auto &c : calendarIds) {
        if (id == QLatin1String(c.id))
            return c.choice;
    }
    return CalendarChoice::Automatic;
}

void Preferences::setCalendar(CalendarChoice calendar)
{
    for (const auto &c : calendarIds) {
        if (c.choice == calendar)
            m_settings.setValue(key::calendar, QLatin1String(c.id));
    }
}

QString Preferences::language() const
{
    return m_settings.value(key::language).toString();
}

void Preferences::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(key::language); // the system's
    else
        m_settings.setValue(key::language, code);
}

Appearance Preferences::appearance() const
{
    const QString id = m_settings.value(key::appearance).toString();
    for (const auto &a : appearanceIds) {
        if (id == QLatin1String(a.id))
            return a.appearance;
    }
    return Appearance::System;
}

void Preferences::setAppearance(Appearance appearance)
{
    for (const auto &a : appearanceIds) {
        if (a.appearance == appearance)
            m_settings.setValue(key::appearance, QLatin1String(a.id));
    }
}

QString Preferences::account(const QUrl &server) const
{
    return m_settings.value(accountGroup(server) + key::accountName).toString();
}

void Preferences::setAccount(const QUrl &server, const QString &username)
{
    m_settings.setValue(accountGroup(server) + key::accountName, username);
}

void Preferences::forgetAccount(const QUrl &server)
{
    m_settings.remove(accountGroup(server));
}

DashboardView Preferences::dashboardView() const
{
    DashboardView out;
    out.resourceId = m_settings.value(key::resource, out.resourceId).toString();
    out.scale = scaleFromName(m_settings.value(key::scale).toString()).value_or(out.scale);
    out.preset = presetFromId(m_settings.value(key::preset).toString()).value_or(out.preset);
    out.customRange = {QDate::fromString(m_settings.value(key::from).toString(), Qt::ISODate),
                       QDate::fromString(m_settings.value(key::to).toString(), Qt::ISODate)};
    const QString shown = m_settings.value(key::view).toString();
    out.showTable = shown == QLatin1String("table");
    out.showBreakdown = shown == QLatin1String("byKey");
    return out;
}

void Preferences::setDashboardView(const DashboardView &view)
{
    m_settings.setValue(key::resource, view.resourceId);
    m_settings.setValue(key::scale, scaleName(view.scale));
    m_settings.setValue(key::preset, presetId(view.preset));
    if (view.preset == RangePreset::Custom && view.customRange.isValid()) {
        m_settings.setValue(key::from, view.customRange.first.toString(Qt::ISODate));
        m_settings.setValue(key::to, view.customRange.last.toString(Qt::ISODate));
    }
    m_settings.setValue(key::view, view.showBreakdown ? QStringLiteral("byKey")
                                   : view.showTable   ? QStringLiteral("table")
                                                      : QStringLiteral("chart"));
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings.value(key::geometry).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return m_settings.value(key::state).toByteArray();
}

void Preferences::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(key::geometry, geometry);
    m_settings.setValue(key::state, state);
}

AlertRules Preferences::alertRules() const
{
    AlertRules rules;
    if (m_settings.contains(key::alertThresholds)) {
        QList<int> thresholds;
        for (const QString &part : m_settings.value(key::alertThresholds)
                                       .toString()
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int t = part.trimmed().toInt(&ok);
            if (ok && t >= 1 && t <= 1000 && !thresholds.contains(t))
                thresholds.append(t);
        }
        std::sort(thresholds.begin(), thresholds.end());
        rules.thresholds = thresholds;
    }
    rules.forecastExceeds = m_settings.value(key::alertForecast, rules.forecastExceeds).toBool();
    rules.spikes = m_settings.value(key::alertSpikes, rules.spikes).toBool();
    return rules;
}

void Preferences::setAlertRules(const AlertRules &rules)
{
    QStringList thresholds;
    for (const int t : rules.thresholds)
        thresholds.append(QString::number(t));
    m_settings.setValue(key::alertThresholds, thresholds.join(QLatin1Char(',')));
    m_settings.setValue(key::alertForecast, rules.forecastExceeds);
    m_settings.setValue(key::alertSpikes, rules.spikes);
}

} // namespace geobox
