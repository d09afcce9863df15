#pragma once
// `geobox-usage export`: the usage the window shows, as CSV or JSON, to stdout
// or to a file written atomically, through the same DashboardState.

#include <QStringList>

namespace geobox::cli {

int runExport(const QStringList &arguments);

} // namespace geobox::cli
