#pragma once
// `geobox-usage summary`: the 15 figures of usage/summary, the processing
// time of the last 30 days, and each quota's forecast, as text or JSON.

#include <QStringList>

namespace geobox::cli {

int runSummary(const QStringList &arguments);

} // namespace geobox::cli
