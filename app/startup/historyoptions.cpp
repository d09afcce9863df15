#include "historyoptions.h"

#include "historystore.h"
#include "preferences.h"
#include "startup.h"

#include <QCoreApplication>
#include <QLocale>

namespace geobox::startup {

namespace {

// The command line's translation context, as in startup.cpp.
struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

constexpr int kMaxSettleHours = 24 * 365;

} // namespace

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("history"),
                      HistoryText::tr("The usage history file (default: history.sqlite in the "
                                      "application's data folder)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("no-history"), HistoryText::tr("Use no usage history: keep nothing.")});
    parser.addOption({QStringLiteral("settle-hours"),
                      HistoryText::tr("Hours after its end that a bucket is final and never "
                                      "asked for again (default 48)."),
                      QStringLiteral("hours")});
}

bool historyChoice(const QCommandLineParser &parser, const Preferences &preferences,
                   HistoryChoice *choice)
{
    const bool off = parser.isSet(QStringLiteral("no-history"));
    if (off && parser.isSet(QStringLiteral("history"))) {
        printError(HistoryText::tr("--history and --no-history cannot be used together."));
        return false;
    }
    choice->enabled =
        !off && (parser.isSet(QStringLiteral("history")) || preferences.historyEnabled());
    choice->path = parser.isSet(QStringLiteral("history")) ? parser.value(QStringLiteral("history"))
                   : preferences.historyPath().isEmpty()   ? HistoryStore::defaultPath()
                                                           : preferences.historyPath();
    if (choice->path.isEmpty()) {
        printError(HistoryText::tr("--history: give the file to keep the history in."));
        return false;
    }
    choice->settle = std::chrono::hours(preferences.historySettleHours());
    if (parser.isSet(QStringLiteral("settle-hours"))) {
        bool ok = false;
        const int hours = parser.value(QStringLiteral("settle-hours")).toInt(&ok);
        if (!ok || hours < 0 || hours > kMaxSettleHours) {
            const QLocale locale;
            //: %1 the value given, %2 and %3 the bounds.
            printError(HistoryText::tr("--settle-hours %1: give a whole number of hours from %2 "
                                       "to %3.")
                           .arg(parser.value(QStringLiteral("settle-hours")), locale.toString(0),
                                locale.toString(kMaxSettleHours)));
            return false;
        }
        choice->settle = std::chrono::hours(hours);
    }
    return true;
}

std::unique_ptr<HistoryStore> openHistory(const HistoryChoice &choice)
{
    if (!choice.enabled)
        return nullptr;
    auto store = std::make_unique<HistoryStore>(choice.path);
    store->setSettleTime(choice.settle);
    return store;
}

} // namespace geobox::startup
