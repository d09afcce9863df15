#pragma once
// The command line of geobox-usage: which arguments name a command, and the
// dispatch to it. Anything else opens the window.

#include <QStringList>

#include <optional>

namespace geobox::cli {

// True when the first argument names a command (export, summary, login, logout).
bool isCommand(const QStringList &arguments);
// Runs the command in arguments[1]; returns the exit code.
int runCommand(const QStringList &arguments);

} // namespace geobox::cli
