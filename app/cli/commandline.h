#pragma once
// The command line of geobox-usage: which arguments name a command, the one
// table of commands (dispatch, `help` and the unknown-command message all read
// it), and the dispatch to it. Anything else opens the window.

#include <QString>
#include <QStringList>

namespace geobox::cli {

// The commands, in the order they are listed: export, explain, collect, summary, check, login,
// logout, help.
QStringList commandNames();
// True when the first argument (after a --lang, if one comes first) is a word rather than
// an option: a command, `help`, or an unknown word, which runCommand refuses. None of them
// needs a display.
bool isCommand(const QStringList &arguments);
// Runs the command that word names (a --lang before it goes with its arguments); returns the exit
// code. `help` prints programHelp (the window's, which lists the commands), `help COMMAND` that
// command's --help; an unknown word is one line on stderr and exit code 2.
int runCommand(const QStringList &arguments, const QString &programHelp);

} // namespace geobox::cli
