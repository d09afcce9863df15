#pragma once
// `geobox-usage collect`: a headless sync of the usage history (lib's CollectJob) for
// the account and its keys, printing a progress line per resource when stderr is a
// terminal; for cron and the systemd timer.

#include <QStringList>

namespace geobox::cli {

int runCollect(const QStringList &arguments);

} // namespace geobox::cli
