// geobox-usage: the dashboard window, or a command (export, summary, login,
// logout) when the first argument names one. Both start through startup/.

#include "accountcontroller.h"
#include "cli/commandline.h"
#include "connection.h"
#include "dashboardstate.h"
#include "language.h"
#include "preferences.h"
#include "startup.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace geobox;

// --screenshot FILE: once the first data is on screen, save the window as a picture and
// quit (for documentation, and for tests of a whole window session).
static void saveScreenshotWhenReady(MainWindow *window, DashboardState *state,
                                    AccountController *account, const QString &path)
{
    auto fail = [](const QString &why, int code) {
        startup::printError(why);
        QCoreApplication::exit(code);
    };
    QObject::connect(state, &DashboardState::snapshotChanged, window, [window, path, fail] {
        // Let the charts lay out and paint once before grabbing.
        QTimer::singleShot(100, window, [window, path, fail] {
            if (!window->grab().save(path))
                fail(QObject::tr("Cannot write %1.").arg(path), startup::ExitOutput);
            else
                QCoreApplication::exit(startup::ExitOk);
        });
    });
    QObject::connect(state, &DashboardState::failed, window, [fail](const ApiError &error) {
        fail(error.message(), startup::exitCodeFor(error));
    });
    QObject::connect(state, &DashboardState::accountFailed, window, [fail](const ApiError &error) {
        fail(error.message(), startup::exitCodeFor(error));
    });
    QObject::connect(account, &AccountController::needsSignIn, window,
                     [fail](const QString &why) { fail(why, startup::ExitCredentials); });
}

// The window's options; --help and --version print them without opening a window.
static void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QObject::tr("A dashboard of your Geobox API calls and traffic, against your plan.\n"
                    "Commands: export, summary, login, logout (each has --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Language::option());
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save the window as a PNG once the data is shown, then quit."),
                      QStringLiteral("file")});
}

// True when the arguments ask for --help or --version: those are answered from a
// QCoreApplication, so they work where there is no display (a QApplication would abort).
// --help-all stays with the window: the Qt options it lists are QApplication's.
static bool asksOnlyForText(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    return parser.parse(arguments) && !parser.isSet(QStringLiteral("help-all")) &&
           (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")));
}

// The language: --lang's, then the one chosen in Settings, then the system's (LANG).
static QLocale chosenLocale(const QString &requested)
{
    return Language::localeFor(Language::chosen(requested, Preferences().language()));
}

static int printText(int argc, char **argv, const QString &language)
{
    QCoreApplication app(argc, argv);
    Language::install(&app, chosenLocale(language));
    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(app); // prints the help or the version, and exits
    return startup::ExitOk;
}

static int runWindow(int argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    const QLocale locale = chosenLocale(language);
    Language::install(&app, locale);
    // Persian mirrors the whole window: layouts, the table, the dialogs.
    QApplication::setLayoutDirection(locale.textDirection());
    QApplication::setApplicationDisplayName(QObject::tr("Geobox Usage"));
    QApplication::setDesktopFileName(QStringLiteral("ir.geobox.Usage"));

    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(app);
    const QString screenshot = QStringLiteral("screenshot");

    startup::Connection connection;
    if (const std::optional<int> failed = connection.open(parser))
        return *failed;
    const bool demo = connection.isDemo();
    UsageClient &client = *connection.client();
    DashboardState state(&client);
    AccountController account(connection.network(), &client, &connection.preferences());
    if (demo)
        account.useDemo();

    const QUrl host = client.config().host;
    const QString serverLabel =
        host.port() > 0 ? QStringLiteral("%1:%2").arg(host.host()).arg(host.port()) : host.host();
    MainWindow window(&state, &account, &connection.preferences(), serverLabel, demo);
    if (parser.isSet(screenshot))
        saveScreenshotWhenReady(&window, &state, &account, parser.value(screenshot));
    window.show();
    if (demo)
        state.loadAccount();
    else
        account.restore(host);
    return QApplication::exec();
}

// The command line's standard error carries one clear line per failure: Qt's own
// diagnostics (e.g. a warning when a reply is aborted while its answer is on the way)
// are kept out of it unless GEOBOX_DEBUG is set.
static void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("GEOBOX_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
}

int main(int argc, char **argv)
{
    startup::describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString why;
    const std::optional<QString> language = Language::requested(arguments, &why);
    const bool command = cli::isCommand(arguments);
    if (command || !language) {
        qInstallMessageHandler(quietMessages);
        QCoreApplication app(argc, argv);
        Language::install(&app, chosenLocale(language.value_or(QString())));
        if (!language) {
            // Asked again now that the translators are in: the message in the system's language.
            Language::requested(arguments, &why);
            startup::printError(why);
            return startup::ExitUsage;
        }
        return cli::runCommand(QCoreApplication::arguments());
    }
    if (asksOnlyForText(arguments))
        return printText(argc, argv, *language);
    return runWindow(argc, argv, *language);
}
