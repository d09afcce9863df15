#include "commandline.h"

#include "clisession.h"
#include "collectcommand.h"
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
    {"export", runExport}, {"collect", runCollect}, {"summary", runSummary},
    {"login", runLogin},   {"logout", runLogout},   {"help", nullptr},
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

bool isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'));
}

int runCommand(const QStringList &arguments, const QString &programHelp)
{
    const QString &name = arguments.at(1);
    const Command *command = find(name);
    if (!command)
        return refuseUnknown(name);
    const QStringList rest = commandArguments(name, arguments.mid(2));
    return command->run ? command->run(rest) : runHelp(rest, programHelp);
}

} // namespace geobox::cli
