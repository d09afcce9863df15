#include "commandline.h"

#include "exportcommand.h"
#include "logincommand.h"
#include "summarycommand.h"

namespace geobox::cli {

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("summary"),
                                      QStringLiteral("login"), QStringLiteral("logout")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int runCommand(const QStringList &arguments)
{
    // The command's own parser sees "geobox-usage export ..." as "geobox-usage-export ...".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + arguments.at(1));
    const QString &command = arguments.at(1);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("login"))
        return runLogin(rest);
    if (command == QLatin1String("logout"))
        return runLogout(rest);
    return runSummary(rest);
}

} // namespace geobox::cli
