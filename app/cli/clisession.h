#pragma once
// CliSession: what every command of the command line shares: the connection
// (startup::Connection: --demo, --server, --timeout), the credentials from
// the GEOBOX_* variables or else the keychain, waiting for a job, and the
// arguments with --help. Exit codes and the error line are start-up's.

#include "connection.h"
#include "startup.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace geobox::cli {

// Shared with the window (startup.h).
using startup::exitCodeFor;
using startup::ExitCredentials;
using startup::ExitOk;
using startup::ExitOutput;
using startup::ExitService;
using startup::ExitUsage;
using startup::printError;

class CliSession final
{
public:
    CliSession();
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    // Reads the connection options (startup::addConnectionOptions) and the credentials; nullopt
    // when ready, else the exit code (the reason is printed).
    std::optional<int>
    open(const QCommandLineParser &parser,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    UsageClient *client() const { return m_connection.client(); }
    bool isDemo() const { return m_connection.isDemo(); }
    // The usage history, or null (startup::Connection::history()). Its notice, when it
    // has one (moved aside, cannot be written), is printed once on stderr by open().
    HistoryStore *history() const { return m_connection.history(); }

private:
    std::optional<int> credentialsFromKeychain(const QUrl &server, Credentials *credentials);

    startup::Connection m_connection;
};

// Parses a command's arguments, adding --help; arguments.first() is the name the help
// gives the command ("geobox-usage export"). False when the command ends here, with the
// exit code in *exitCode: 2 after a printed error, 0 after printing the help.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// Runs the event loop until `done` returns true.
void waitUntil(const std::function<bool()> &done);

} // namespace geobox::cli
