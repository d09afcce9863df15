#pragma once
// Start-up: what the window and the command line of geobox-usage both do
// before their own work, and how both end: the application's names, the
// connection options (--demo, --server, --timeout) over the preferences, and
// the documented exit codes with one clear line on stderr. Connection opens
// what those options say.

#include "apierror.h"
#include "clientconfig.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>

namespace geobox {

class Preferences;

namespace startup {

// The exit codes of geobox-usage, the window's --screenshot included.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 2,       // bad arguments
    ExitCredentials = 3, // no credentials, or rejected ones
    ExitService = 4,     // network or server error
    ExitOutput = 5,      // the output cannot be written
};

// The organisation, application name and version: first thing, before any QSettings.
void describeApplication();

// One line on stderr: "geobox-usage: <message>", or to the error sink while one is set.
void printError(const QString &message);
// While set, printError hands its (simplified) message here instead of writing it: `check`
// says every failure on its one stdout line. An empty function restores stderr.
void setErrorSink(std::function<void(const QString &)> sink);
// The exit code for an error of the client.
int exitCodeFor(const ApiError &error);

// The parser's help with its usage line naming `name` ("Usage: geobox-usage export
// [options]"), not the path the binary was started by.
QString helpText(const QCommandLineParser &parser, const QString &name);

// --timeout takes whole or decimal seconds from 1 to this.
inline constexpr int maxTimeoutSeconds = 3600;

// --demo, --server URL and --timeout SECONDS (and the history's options, historyoptions.h).
void addConnectionOptions(QCommandLineParser &parser);
// The connection from the preferences (server, timeout, the service's time zone), then
// --server and --timeout on top. False after a printed error (exit code 2).
bool applyConnectionOptions(const QCommandLineParser &parser, const Preferences &preferences,
                            ClientConfig *config);

} // namespace startup
} // namespace geobox
