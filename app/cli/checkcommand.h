#pragma once
// `geobox-usage check`: one status line on stdout and the Monitoring Plugins' exit codes
// (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) for Nagios, Icinga or cron; every failure, bad
// arguments included, is UNKNOWN on that same line, never the other commands' codes.

#include <QStringList>

namespace geobox::cli {

int runCheck(const QStringList &arguments);

} // namespace geobox::cli
