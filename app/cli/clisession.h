#pragma once
// CliSession: what every command of the command line shares: the connection
// options (--demo, --server, --timeout), the credentials from the GEOBOX_*
// variables, the client, waiting for a job, and the documented exit codes
// with one clear line on stderr.

#include "preferences.h"
#include "demoserver.h"
#include "usageclient.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace geobox::cli {

// The exit codes of the command line.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 2,       // bad arguments
    ExitCredentials = 3, // no credentials, or rejected ones
    ExitService = 4,     // network or server error
    ExitOutput = 5,      // the output cannot be written
};

// One line on stderr: "geobox-usage: <message>".
void printError(const QString &message);
// The exit code for an error of the client.
int exitCodeFor(const ApiError &error);

class CliSession final
{
public:
    CliSession();
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    static void addConnectionOptions(QCommandLineParser &parser);
    // Reads the connection options and the credentials; nullopt when ready, else the
    // exit code (the reason is printed).
    std::optional<int>
    open(const QCommandLineParser &parser,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    UsageClient *client() const { return m_client.get(); }
    bool isDemo() const { return m_demo != nullptr; }

private:
    std::optional<int> credentialsFromKeychain(const QUrl &server, Credentials *credentials);

    Preferences m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<UsageClient> m_client;
};

// Parses a command's arguments, adding --help. False when the command ends here, with the
// exit code in *exitCode: 2 after a printed error, 0 after printing the help.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// The connection from the settings (server, timeout, the service's time zone), then
// --server and --timeout on top. False after a printed error (exit code 2).
bool applyConnectionOptions(const QCommandLineParser &parser, const Preferences &settings,
                            ClientConfig *config);

// Runs the event loop until `done` returns true.
void waitUntil(const std::function<bool()> &done);

} // namespace geobox::cli
