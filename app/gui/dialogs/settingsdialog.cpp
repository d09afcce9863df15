#include "settingsdialog.h"

#include "dialogs/alertrulesbox.h"
#include "dialogs/historysettings.h"

#include "dialogs/serverfield.h"
#include "displaycalendar.h"
#include "preferences.h"
#include "theme.h"
#include "usageexport.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace geobox {

SettingsDialog::SettingsDialog(const Preferences &settings, bool serverFixed, QWidget *parent,
                               const QString &historyPath, qint64 historySize)
    : QDialog(parent)
    , m_serverFixed(serverFixed)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings – Geobox Usage"));

    m_server = new ServerField(this);
    m_server->setUrl(settings.server());
    if (serverFixed) {
        m_server->setEnabled(false);
        m_server->setToolTip(tr("Demo mode uses the built-in stand-in server"));
    }
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(static_cast<int>(settings.timeout().count()));
    m_timeout->setToolTip(tr("How long one request may take, from sending to the last byte"));

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZoneBox"));
    m_zone->setAccessibleName(tr("Server time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(QString::fromLatin1(settings.serviceTimeZone().id()));
    m_zone->setToolTip(tr("The zone the server's dates and times are in (Geobox: UTC)"));

    m_refresh = new QComboBox(this);
    m_refresh->setObjectName(QStringLiteral("autoRefreshBox"));
    m_refresh->setAccessibleName(tr("Auto-refresh"));
    for (int minutes : autoRefreshChoices()) {
        m_refresh->addItem(minutes == 0 ? tr("Off") : tr("Every %Ln minute(s)", nullptr, minutes),
                           minutes);
    }
    m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(settings.autoRefreshMinutes())));
    m_refresh->setToolTip(tr("Fetch the figures again on a timer while the window is on screen"));

    m_topKeys = new QSpinBox(this);
    m_topKeys->setObjectName(QStringLiteral("breakdownTopKeysSpin"));
    m_topKeys->setAccessibleName(tr("Keys shown on their own in By key"));
    m_topKeys->setRange(1, 20);
    m_topKeys->setValue(settings.breakdownTopKeys());
    m_topKeys->setToolTip(tr("The By key chart shows this many of the largest keys on their "
                             "own and the rest together as Other keys"));

    m_weekStart = new QComboBox(this);
    m_weekStart->setObjectName(QStringLiteral("weekStartBox"));
    m_weekStart->setAccessibleName(tr("First day of the week"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);
    m_weekStartChosen = settings.hasFirstDayOfWeek();
    m_weekStartShown = settings.firstDayOfWeek(); // never chosen: the language's
    m_weekStart->setCurrentIndex(m_weekStart->findData(static_cast<int>(m_weekStartShown)));
    m_weekStart->setToolTip(tr("Where each bar of the Week scale begins. Until you choose, the "
                               "language's first day of the week."));

    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("calendarBox"));
    m_calendar->setAccessibleName(tr("Calendar"));
    for (CalendarChoice choice :
         {CalendarChoice::Automatic, CalendarChoice::Gregorian, CalendarChoice::Jalali}) {
        if (choice != CalendarChoice::Jalali || jalaliCalendarAvailable())
            m_calendar->addItem(DisplayCalendar::label(choice), static_cast<int>(choice));
    }
    m_calendar->setCurrentIndex(
        std::max(0, m_calendar->findData(static_cast<int>(settings.calendar()))));
    m_calendar->setToolTip(tr("The calendar of the dates on screen. Automatic: Jalali when the "
                              "language is Persian, else Gregorian. The days fetched are the "
                              "same either way."));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Persian"), QStringLiteral("fa"));
    m_languageShown = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_languageShown)));
    m_language->setToolTip(tr("The language of the window and the commands. System: the "
                              "computer's (LANG). --lang on the command line overrides it."));
    // Every text on screen would have to be made again: the language changes at the next start.
    m_languageNote = new QLabel(tr("The language applies at the next start."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    Theme::setTextColor(m_languageNote, Theme::mutedText(palette()));
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(language() != m_languageShown); });

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceBox"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("System"), static_cast<int>(Appearance::System));
    m_appearance->addItem(tr("Light"), static_cast<int>(Appearance::Light));
    m_appearance->addItem(tr("Dark"), static_cast<int>(Appearance::Dark));
    m_appearance->setCurrentIndex(
        std::max(0, m_appearance->findData(static_cast<int>(settings.appearance()))));
    m_appearance->setToolTip(tr("Light or dark colours, or the desktop's. Applies at once."));

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connection);
    connectionForm->addRow(tr("&Server:"), m_server);
    connectionForm->addRow(tr("Request &timeout:"), m_timeout);
    connectionForm->addRow(tr("Server time &zone:"), m_zone);
    auto *dashboard = new QGroupBox(tr("Dashboard"), this);
    auto *dashboardForm = new QFormLayout(dashboard);
    dashboardForm->addRow(tr("&Auto-refresh:"), m_refresh);
    dashboardForm->addRow(tr("&Weeks start on:"), m_weekStart);
    dashboardForm->addRow(tr("Top keys in By &key:"), m_topKeys);
    setTabOrder(m_weekStart, m_topKeys); // down the form, as the rows are shown
    dashboardForm->addRow(tr("&Calendar:"), m_calendar);
    auto *display = new QGroupBox(tr("Display"), this);
    auto *displayColumn = new QVBoxLayout(display);
    auto *displayForm = new QFormLayout;
    displayForm->addRow(tr("&Language:"), m_language);
    displayForm->addRow(tr("A&ppearance:"), m_appearance);
    displayColumn->addLayout(displayForm);
    displayColumn->addWidget(m_languageNote); // while the language chosen waits for a start

    m_alerts = new AlertRulesBox(settings.alertRules(), this);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setAccessibleName(tr("Settings problem"));
    m_problem->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(Theme::css(Theme::levelText(Theme::Level::Alarm, palette()))));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // Before the buttons: Tab reaches it after the other groups, then OK and Cancel.
    m_history = new HistorySettings(settings, historyPath, historySize, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(connection);
    layout->addWidget(dashboard);
    layout->addWidget(display);
    layout->addWidget(m_history);
    layout->addWidget(m_alerts);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QList<int> SettingsDialog::autoRefreshChoices()
{
    return {0, 1, 5, 15, 30, 60};
}

QUrl SettingsDialog::server() const
{
    return m_server->url();
}

std::chrono::seconds SettingsDialog::timeout() const
{
    return std::chrono::seconds(m_timeout->value());
}

QTimeZone SettingsDialog::serviceTimeZone() const
{
    return QTimeZone(m_zone->currentText().trimmed().toLatin1());
}

int SettingsDialog::breakdownTopKeys() const
{
    return m_topKeys->value();
}

int SettingsDialog::autoRefreshMinutes() const
{
    return m_refresh->currentData().toInt();
}

Qt::DayOfWeek SettingsDialog::firstDayOfWeek() const
{
    return static_cast<Qt::DayOfWeek>(m_weekStart->currentData().toInt());
}

CalendarChoice SettingsDialog::calendar() const
{
    return static_cast<CalendarChoice>(m_calendar->currentData().toInt());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

Appearance SettingsDialog::appearance() const
{
    return static_cast<Appearance>(m_appearance->currentData().toInt());
}

void SettingsDialog::save(Preferences &settings) const
{
    if (!m_serverFixed)
        settings.setServer(server());
    settings.setTimeout(timeout());
    settings.setServiceTimeZone(serviceTimeZone());
    settings.setAutoRefreshMinutes(autoRefreshMinutes());
    settings.setBreakdownTopKeys(breakdownTopKeys());
    // Kept once chosen; until then the week starts where the language says.
    if (m_weekStartChosen || firstDayOfWeek() != m_weekStartShown)
        settings.setFirstDayOfWeek(firstDayOfWeek());
    settings.setCalendar(calendar());
    settings.setLanguage(language());
    settings.setAppearance(appearance());
    if (const std::optional<AlertRules> rules = m_alerts->rules())
        settings.setAlertRules(*rules);
    m_history->save(settings);
    settings.sync();
}

void SettingsDialog::accept()
{
    if (!m_serverFixed) {
        if (const std::optional<ApiError> problem = m_server->problem()) {
            showProblem(problem->message());
            m_server->setFocus();
            return;
        }
    }
    if (!serviceTimeZone().isValid()) {
        showProblem(tr("\"%1\" is not a time zone this computer knows; pick one from the list.")
                        .arg(m_zone->currentText().trimmed()));
        m_zone->setFocus();
        return;
    }
    if (const QString problem = m_alerts->problem(); !problem.isEmpty()) {
        showProblem(problem);
        m_alerts->thresholdsEdit()->setFocus();
        return;
    }
    showProblem({});
    QDialog::accept();
}

void SettingsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace geobox
