// Preferences: every value is kept under the key, and in the form, it has had on
// disk since the first release, so a user's settings survive an update: each is
// written through Preferences and read back raw, and written raw (as an earlier
// version did) and read through Preferences. Values out of range fall back to
// the defaults, and forgetting an account removes all of it.

#include "preferences.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace geobox;

namespace {

const QUrl server(QStringLiteral("https://geobox.example/base"));
// accounts/ + the server's address, lower case and percent-encoded.
const QString accountKey = QStringLiteral("accounts/https%3A%2F%2Fgeobox.example%2Fbase/username");

} // namespace

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void writesTheKeysOnDisk();
    void readsWhatEarlierVersionsWrote();
    void customRangeOnlyWithCustom();
    void outOfRangeFallsBack_data();
    void outOfRangeFallsBack();
    void forgetAccount();
    void alertRulesRoundTrip();
    void byKeyViewRemembered();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GeoboxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::defaults()
{
    const Preferences preferences;
    QCOMPARE(preferences.server(), QUrl(QStringLiteral("https://api.geobox.ir")));
    QCOMPARE(preferences.server(), Preferences::defaultServer());
    QCOMPARE(preferences.timeout(), std::chrono::seconds(30));
    QCOMPARE(preferences.serviceTimeZone(), QTimeZone::utc());
    QCOMPARE(preferences.autoRefreshMinutes(), 0);
    // Never chosen: the language's first day of the week.
    QVERIFY(!preferences.hasFirstDayOfWeek());
    QCOMPARE(preferences.firstDayOfWeek(QLocale(QLocale::English, QLocale::UnitedKingdom)),
             Qt::Monday);
    QCOMPARE(preferences.firstDayOfWeek(QLocale(QLocale::Persian, QLocale::Iran)), Qt::Saturday);
    QCOMPARE(preferences.firstDayOfWeek(QLocale(QLocale::English, QLocale::UnitedStates)),
             Qt::Sunday);
    QCOMPARE(preferences.calendar(), CalendarChoice::Automatic);
    QVERIFY(preferences.language().isEmpty()); // the system's
    QCOMPARE(preferences.appearance(), Appearance::System);
    QVERIFY(preferences.account(server).isEmpty());
    const DashboardView view = preferences.dashboardView();
    QCOMPARE(view.resourceId, QStringLiteral("account"));
    QCOMPARE(view.scale, Scale::Day);
    QCOMPARE(view.preset, RangePreset::Last30Days);
    QVERIFY(!view.customRange.isValid());
    QVERIFY(!view.showTable);
    QVERIFY(!view.showBreakdown);
    QVERIFY(preferences.windowGeometry().isEmpty());
    QVERIFY(preferences.windowState().isEmpty());
}

void TestPreferences::writesTheKeysOnDisk()
{
    {
        Preferences preferences;
        QUrl withSecrets = server;
        withSecrets.setUserInfo(QStringLiteral("ana:secret"));
        withSecrets.setQuery(QStringLiteral("apikey=secret"));
        preferences.setServer(withSecrets);
        preferences.setTimeout(std::chrono::seconds(45));
        preferences.setServiceTimeZone(QTimeZone("Asia/Tehran"));
        preferences.setAutoRefreshMinutes(5);
        preferences.setFirstDayOfWeek(Qt::Saturday);
        preferences.setCalendar(CalendarChoice::Jalali);
        preferences.setLanguage(QStringLiteral("fa"));
        preferences.setAppearance(Appearance::Dark);
        preferences.setAccount(server, QStringLiteral("ana"));
        preferences.setDashboardView({.resourceId = QStringLiteral("user:7"),
                                      .scale = Scale::Week,
                                      .preset = RangePreset::Custom,
                                      .customRange = {QDate(2026, 11, 1), QDate(2026, 11, 20)},
                                      .showTable = true});
        preferences.setWindow("geometry", "state");
        preferences.sync();
    }
    const QSettings raw;
    const QMap<QString, QVariant> expected{
        {QStringLiteral("connection/server"), QStringLiteral("https://geobox.example/base")},
        {QStringLiteral("connection/timeoutSeconds"), 45},
        {QStringLiteral("connection/serviceTimeZone"), QStringLiteral("Asia/Tehran")},
        {QStringLiteral("dashboard/autoRefreshMinutes"), 5},
        {QStringLiteral("dashboard/firstDayOfWeek"), 6},
        {QStringLiteral("display/calendar"), QStringLiteral("jalali")},
        {QStringLiteral("display/language"), QStringLiteral("fa")},
        {QStringLiteral("display/appearance"), QStringLiteral("dark")},
        {accountKey, QStringLiteral("ana")},
        {QStringLiteral("dashboard/resource"), QStringLiteral("user:7")},
        {QStringLiteral("dashboard/scale"), QStringLiteral("week")},
        {QStringLiteral("dashboard/preset"), QStringLiteral("custom")},
        {QStringLiteral("dashboard/from"), QStringLiteral("2026-11-01")},
        {QStringLiteral("dashboard/to"), QStringLiteral("2026-11-20")},
        {QStringLiteral("dashboard/view"), QStringLiteral("table")},
        {QStringLiteral("window/geometry"), QByteArray("geometry")},
        {QStringLiteral("window/state"), QByteArray("state")},
    };
    QStringList keys = raw.allKeys();
    keys.sort();
    QCOMPARE(keys, expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it->typeId() == QMetaType::QByteArray)
            QCOMPARE(raw.value(it.key()).toByteArray(), it->toByteArray());
        else
            QCOMPARE(raw.value(it.key()).toString(), it->toString());
    }
}

void TestPreferences::readsWhatEarlierVersionsWrote()
{
    {
        QSettings raw;
        raw.setValue(QStringLiteral("connection/server"), QStringLiteral("http://127.0.0.1:8080"));
        raw.setValue(QStringLiteral("connection/timeoutSeconds"), 12);
        raw.setValue(QStringLiteral("connection/serviceTimeZone"), QStringLiteral("Asia/Tehran"));
        raw.setValue(QStringLiteral("dashboard/autoRefreshMinutes"), 15);
        raw.setValue(QStringLiteral("dashboard/firstDayOfWeek"), 7);
        raw.setValue(QStringLiteral("display/calendar"), QStringLiteral("gregorian"));
        raw.setValue(accountKey, QStringLiteral("ana"));
        raw.setValue(QStringLiteral("dashboard/resource"), QStringLiteral("key-id:3"));
        raw.setValue(QStringLiteral("dashboard/scale"), QStringLiteral("month"));
        raw.setValue(QStringLiteral("dashboard/preset"), QStringLiteral("last-7-days"));
        raw.setValue(QStringLiteral("dashboard/from"), QStringLiteral("2026-01-02"));
        raw.setValue(QStringLiteral("dashboard/to"), QStringLiteral("2026-01-09"));
        raw.setValue(QStringLiteral("dashboard/view"), QStringLiteral("chart"));
        raw.setValue(QStringLiteral("window/geometry"), QByteArray("g"));
        raw.setValue(QStringLiteral("window/state"), QByteArray("s"));
    }
    const Preferences preferences;
    QCOMPARE(preferences.server(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(preferences.timeout(), std::chrono::seconds(12));
    QCOMPARE(preferences.serviceTimeZone(), QTimeZone("Asia/Tehran"));
    QCOMPARE(preferences.autoRefreshMinutes(), 15);
    // A day chosen stays, whatever the language.
    QVERIFY(preferences.hasFirstDayOfWeek());
    QCOMPARE(preferences.firstDayOfWeek(), Qt::Sunday);
    QCOMPARE(preferences.firstDayOfWeek(QLocale(QLocale::Persian, QLocale::Iran)), Qt::Sunday);
    QCOMPARE(preferences.calendar(), CalendarChoice::Gregorian);
    QCOMPARE(preferences.account(server), QStringLiteral("ana"));
    // The address is matched whatever its case, and without a trailing slash.
    QCOMPARE(preferences.account(QUrl(QStringLiteral("https://Geobox.example/base/"))),
             QStringLiteral("ana"));
    const DashboardView view = preferences.dashboardView();
    QCOMPARE(view.resourceId, QStringLiteral("key-id:3"));
    QCOMPARE(view.scale, Scale::Month);
    QCOMPARE(view.preset, RangePreset::Last7Days);
    QCOMPARE(view.customRange, (DateRange{QDate(2026, 1, 2), QDate(2026, 1, 9)}));
    QVERIFY(!view.showTable);
    QVERIFY(!view.showBreakdown);
    QCOMPARE(preferences.windowGeometry(), QByteArray("g"));
    QCOMPARE(preferences.windowState(), QByteArray("s"));
}

void TestPreferences::customRangeOnlyWithCustom()
{
    Preferences preferences;
    preferences.setDashboardView(
        {.preset = RangePreset::Custom, .customRange = {QDate(2026, 3, 1), QDate(2026, 3, 31)}});
    // Another preset keeps the last custom range for when Custom is chosen again.
    preferences.setDashboardView(
        {.preset = RangePreset::Last7Days, .customRange = {QDate(2026, 5, 1), QDate(2026, 5, 7)}});
    const DashboardView view = preferences.dashboardView();
    QCOMPARE(view.preset, RangePreset::Last7Days);
    QCOMPARE(view.customRange, (DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}));
}

void TestPreferences::outOfRangeFallsBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("server, no host")
        << QStringLiteral("connection/server") << QVariant(QStringLiteral("/x"));
    QTest::newRow("timeout 0") << QStringLiteral("connection/timeoutSeconds") << QVariant(0);
    QTest::newRow("timeout 2 h") << QStringLiteral("connection/timeoutSeconds") << QVariant(7200);
    QTest::newRow("zone unknown") << QStringLiteral("connection/serviceTimeZone")
                                  << QVariant(QStringLiteral("Mars/Olympus"));
    QTest::newRow("auto-refresh < 0")
        << QStringLiteral("dashboard/autoRefreshMinutes") << QVariant(-1);
    QTest::newRow("auto-refresh > 1 day")
        << QStringLiteral("dashboard/autoRefreshMinutes") << QVariant(24 * 60 + 1);
    QTest::newRow("week day 0") << QStringLiteral("dashboard/firstDayOfWeek") << QVariant(0);
    QTest::newRow("week day 8") << QStringLiteral("dashboard/firstDayOfWeek") << QVariant(8);
    QTest::newRow("calendar unknown")
        << QStringLiteral("display/calendar") << QVariant(QStringLiteral("julian"));
    QTest::newRow("appearance unknown")
        << QStringLiteral("display/appearance") << QVariant(QStringLiteral("sepia"));
    QTest::newRow("scale unknown")
        << QStringLiteral("dashboard/scale") << QVariant(QStringLiteral("year"));
    QTest::newRow("preset unknown")
        << QStringLiteral("dashboard/preset") << QVariant(QStringLiteral("forever"));
}

void TestPreferences::outOfRangeFallsBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings().setValue(key, value);
    const Preferences preferences;
    QCOMPARE(preferences.server(), Preferences::defaultServer());
    QCOMPARE(preferences.timeout(), std::chrono::seconds(30));
    QCOMPARE(preferences.serviceTimeZone(), QTimeZone::utc());
    QCOMPARE(preferences.autoRefreshMinutes(), 0);
    QCOMPARE(preferences.firstDayOfWeek(QLocale(QLocale::Persian, QLocale::Iran)), Qt::Saturday);
    QCOMPARE(preferences.calendar(), CalendarChoice::Automatic);
    QCOMPARE(preferences.appearance(), Appearance::System);
    QCOMPARE(preferences.dashboardView().scale, Scale::Day);
    QCOMPARE(preferences.dashboardView().preset, RangePreset::Last30Days);
}

void TestPreferences::forgetAccount()
{
    Preferences preferences;
    const QUrl other(QStringLiteral("https://other.example"));
    preferences.setAccount(server, QStringLiteral("ana"));
    preferences.setAccount(other, QStringLiteral("bob"));
    preferences.forgetAccount(server);
    QVERIFY(preferences.account(server).isEmpty());
    QCOMPARE(preferences.account(other), QStringLiteral("bob"));
    QVERIFY(!QSettings().childGroups().isEmpty());
    QSettings raw;
    raw.beginGroup(QStringLiteral("accounts"));
    QCOMPARE(raw.childGroups().size(), 1);
}

void TestPreferences::alertRulesRoundTrip()
{
    // The defaults until saved: 80% and 100%, the forecast and spikes on.
    QCOMPARE(Preferences().alertRules(), AlertRules{});
    AlertRules rules;
    rules.thresholds = {50, 90};
    rules.forecastExceeds = false;
    rules.spikes = true;
    {
        Preferences preferences;
        preferences.setAlertRules(rules);
        preferences.sync();
    }
    QCOMPARE(Preferences().alertRules(), rules);
    QCOMPARE(QSettings().value(QStringLiteral("alerts/thresholds")).toString(),
             QStringLiteral("50,90"));
    // No thresholds at all is a choice too, not the defaults again.
    rules.thresholds = {};
    Preferences().setAlertRules(rules);
    QVERIFY(Preferences().alertRules().thresholds.isEmpty());
    // Something else written there: what can be read of it.
    QSettings().setValue(QStringLiteral("alerts/thresholds"), QStringLiteral("95, x, 70, 95"));
    QCOMPARE(Preferences().alertRules().thresholds, (QList<int>{70, 95}));
}

// The By key view is one more value of dashboard/view, "byKey"; the table and the chart
// keep theirs, so a file written before By key existed reads as it did.
void TestPreferences::byKeyViewRemembered()
{
    Preferences preferences;
    preferences.setDashboardView({.showBreakdown = true});
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/view")).toString(),
             QStringLiteral("byKey"));
    DashboardView view = preferences.dashboardView();
    QVERIFY(view.showBreakdown);
    QVERIFY(!view.showTable);
    preferences.setDashboardView({.showTable = true});
    view = preferences.dashboardView();
    QVERIFY(view.showTable);
    QVERIFY(!view.showBreakdown);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
