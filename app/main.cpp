// geobox-usage: the dashboard window, or a command (export, summary, login,
// logout, help) when the first argument is a word rather than an option; an
// unknown word is refused without a window. Both start through startup/.

#include "accountcontroller.h"
#include "cli/commandline.h"
#include "connection.h"
#include "dashboardstate.h"
#include "flows/comparisonflow.h"
#include "language.h"
#include "preferences.h"
#include "startup.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <cstdio>
#include <functional>

using namespace geobox;

namespace {

// Calls `then` once, after the first paint of `watched` that follows arm(): the frame that
// shows what arm() was called for.
class AfterNextPaint final : public QObject
{
public:
    AfterNextPaint(QWidget *watched, std::function<void()> then, QObject *parent)
        : QObject(parent)
        , m_then(std::move(then))
    {
        watched->installEventFilter(this);
    }
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            // Queued: this paint runs to its end first.
            QMetaObject::invokeMethod(this, m_then, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_armed = false;
};

} // namespace

// --screenshot FILE: once the first data is on screen (the charts' first paint after the
// snapshot came), save the window as a picture and quit (for documentation, and for tests
// of a whole window session). No timer: it waits for that paint, however long it takes.
static void saveScreenshotWhenReady(MainWindow *window, DashboardState *state,
                                    AccountController *account, const QString &path, bool comparing)
{
    auto fail = [](const QString &why, int code) {
        startup::printError(why);
        QCoreApplication::exit(code);
    };
    auto save = [window, path, fail] {
        if (!window->grab().save(path))
            fail(QObject::tr("Cannot write %1.").arg(path), startup::ExitOutput);
        else
            QCoreApplication::exit(startup::ExitOk);
    };
    auto *charts = window->findChild<QWidget *>(QStringLiteral("callsChart"));
    auto *paintedWindow =
        charts ? charts->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport")) : nullptr;
    auto *watch = new AfterNextPaint(paintedWindow ? paintedWindow : window, save, window);
    const auto armed = [watch, window] {
        watch->arm();
        window->update();
    };
    // With --compare, the picture waits for the other period's overlay too.
    if (comparing)
        QObject::connect(window->comparisonFlow(), &ComparisonFlow::overlayShown, window, armed);
    else
        QObject::connect(state, &DashboardState::snapshotChanged, window, armed);
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
    //: %1 the commands (export, summary, …), which stay in English.
    parser.setApplicationDescription(
        QObject::tr("A dashboard of your Geobox API calls and traffic, against your plan.\n"
                    "Commands: %1 (each has --help; help COMMAND prints it too).")
            .arg(cli::commandNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Language::option());
    parser.addOption({QStringLiteral("offline"),
                      QObject::tr("Show only the usage history; ask the server for nothing.")});
    startup::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save the window as a PNG once the data is shown, then quit."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("compare"),
         QObject::tr("Start comparing with the previous period or the same period last year "
                     "(previous or year), as View › Compare does."),
         QStringLiteral("period")});
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

// The window's help, which lists the commands, with the program's name in its usage line.
static QString programHelp()
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    return startup::helpText(parser, QCoreApplication::applicationName());
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
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // prints the version, and exits
    std::fputs(qPrintable(programHelp()), stdout);
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
    state.setHistory(connection.history());
    state.setAccountFromHistoryFirst(true);
    state.setHistoryOnly(parser.isSet(QStringLiteral("offline")) && connection.history());
    AccountController account(connection.network(), &client, &connection.preferences());
    account.setHistory(connection.history());
    if (demo)
        account.useDemo();

    const QUrl host = client.config().host;
    const QString serverLabel =
        host.port() > 0 ? QStringLiteral("%1:%2").arg(host.host()).arg(host.port()) : host.host();
    MainWindow window(&state, &account, &connection.preferences(), serverLabel, demo);
    const QString compare = parser.value(QStringLiteral("compare"));
    if (parser.isSet(QStringLiteral("compare"))) {
        QAction *action = compare == QLatin1String("previous")
                              ? window.comparisonFlow()->previousAction()
                          : compare == QLatin1String("year") ? window.comparisonFlow()->yearAction()
                                                             : nullptr;
        if (!action) {
            startup::printError(
                QObject::tr("--compare takes previous or year, not \"%1\".").arg(compare));
            return startup::ExitUsage;
        }
        action->trigger();
    }
    if (parser.isSet(screenshot))
        saveScreenshotWhenReady(&window, &state, &account, parser.value(screenshot),
                                parser.isSet(QStringLiteral("compare")));
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
        return cli::runCommand(QCoreApplication::arguments(), programHelp());
    }
    if (asksOnlyForText(arguments))
        return printText(argc, argv, *language);
    return runWindow(argc, argv, *language);
}
