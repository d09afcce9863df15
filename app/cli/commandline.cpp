#include "commandline.h"

#include "exportcommand.h"
#include "summarycommand.h"

namespace geobox::cli {

bool isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == QLatin1String("export") ||
                                    arguments.at(1) == QLatin1String("summary"));
}

int runCommand(const QStringList &arguments)
{
    // The command's own parser sees "geobox-usage export ..." as "geobox-usage-export ...".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + arguments.at(1));
    if (arguments.at(1) == QLatin1String("export"))
        return runExport(rest);
    return runSummary(rest);
}

} // namespace geobox::cli
