#include "commandline.h"

#include "checkcommand.h"
#include "clisession.h"
#include "collectcommand.h"
#include "explaincommand.h"
#include "exportcommand.h"
#include "language.h"
#include "logincommand.h"
#include "summarycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace geobox::cli {

namespace {

// The translation context of this file's texts; lupdate reads it here.
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli)
};

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments); // nullptr: help, answered here
};

constexpr Command commands[] = {
    {"export", runExport},   {"explain", runExplain}, {"collect", runCollect},
    {"summary", runSummary}, {"check", runCheck},     {"login", runLogin},
    {"logout", runLogout},   {"help", nullptr},
};

const Command *find(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int refuseUnknown(const QString &word)
{
    //: %1 the word typed, %2 the commands (export, summary, …), which stay in English.
    printError(CommandText::tr("unknown command '%1'; commands: %2")
                   .arg(word, commandNames().join(QStringLiteral(", "))));
    return ExitUsage;
}

// The name a command's help and errors go by: "geobox-usage export", not the path the
// binary was started by.
QStringList commandArguments(const QString &name, const QStringList &rest)
{
    return QStringList{QCoreApplication::applicationName() + QLatin1Char(' ') + name} + rest;
}

// `help [COMMAND]`.
int runHelp(const QStringList &arguments, const QString &programHelp)
{
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    // main() has already applied --lang; it is declared so that it parses.
    parser.addOption(Language::option());
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(programHelp), stdout);
        return ExitOk;
    }
    const QStringList words = parser.positionalArguments();
    const Command *command = words.isEmpty() ? nullptr : find(words.first());
    if (words.size() > 1) {
        printError(CommandText::tr("Unexpected argument: %1").arg(words.at(1)));
        return ExitUsage;
    }
    if (!words.isEmpty() && !command)
        return refuseUnknown(words.first());
    if (command && command->run)
        return command->run(commandArguments(words.first(), {QStringLiteral("--help")}));
    std::fputs(qPrintable(programHelp), stdout);
    return ExitOk;
}

} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands)
        names.append(QLatin1String(command.name));
    return names;
}

namespace {

// Where the command's word is: the first argument, or the first after a --lang that comes
// before it ("--lang fa export"); -1 when an option of the window's comes first.
qsizetype commandIndex(const QStringList &arguments)
{
    const QString lang = QStringLiteral("--") + Language::option().names().constFirst();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == lang)
            ++i; // its value
        else if (argument.startsWith(lang + QLatin1Char('=')))
            continue;
        else
            return argument.startsWith(QLatin1Char('-')) ? -1 : i;
    }
    return -1;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    return commandIndex(arguments) > 0;
}

int runCommand(const QStringList &arguments, const QString &programHelp)
{
    const qsizetype at = commandIndex(arguments);
    const QString &name = arguments.at(at);
    const Command *command = find(name);
    if (!command)
        return refuseUnknown(name);
    // The --lang before the word goes with the command's own arguments.
    QStringList own = arguments.mid(1);
    own.removeAt(at - 1);
    const QStringList rest = commandArguments(name, own);
    return command->run ? command->run(rest) : runHelp(rest, programHelp);
}

} // namespace geobox::cli
