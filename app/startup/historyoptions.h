#pragma once
// The history options every command and the window take (--history FILE, --no-history,
// --settle-hours N) over the preferences (Settings: on or off, the file, the settle
// time), and opening the store they name. Connection uses them.

#include <QCommandLineParser>
#include <QString>

#include <chrono>
#include <memory>

namespace geobox {

class HistoryStore;
class Preferences;

namespace startup {

void addHistoryOptions(QCommandLineParser &parser);

struct HistoryChoice
{
    bool enabled = true;
    QString path; // the file to use
    std::chrono::hours settle{48};
};

// What the options say over the preferences. False after a printed error (exit code 2).
bool historyChoice(const QCommandLineParser &parser, const Preferences &preferences,
                   HistoryChoice *choice);

// The store the choice names, or nullptr when history is off. A store that could not be
// opened is returned too (not open, its notice says why): the app works on without it.
std::unique_ptr<HistoryStore> openHistory(const HistoryChoice &choice);

} // namespace startup
} // namespace geobox
