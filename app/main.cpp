// geobox-usage: the dashboard window, or a command (export, summary) when the
// first argument names one.

#include "cli/clisession.h"
#include "cli/commandline.h"
#include "dashboardstate.h"
#include "demoserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace geobox;

static void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Geobox"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("geobox.ir"));
    QCoreApplication::setApplicationName(QStringLiteral("geobox-usage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEOBOX_VERSION));
}

static int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QObject::tr("Geobox Usage"));
    QApplication::setDesktopFileName(QStringLiteral("ir.geobox.Usage"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("A dashboard of your Geobox API calls and traffic, against your plan.\n"
                    "Commands: export, summary (each has --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::CliSession::addConnectionOptions(parser);
    parser.process(app);

    cli::CliSession session;
    if (const std::optional<int> failed = session.open(parser))
        return *failed;
    DashboardState state(session.client());
    const QUrl host = session.client()->config().host;
    const QString serverLabel =
        host.port() > 0 ? QStringLiteral("%1:%2").arg(host.host()).arg(host.port()) : host.host();
    MainWindow window(&state, serverLabel, session.isDemo());
    window.show();
    state.loadAccount();
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
    describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (cli::isCommand(arguments)) {
        qInstallMessageHandler(quietMessages);
        QCoreApplication app(argc, argv);
        return cli::runCommand(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
