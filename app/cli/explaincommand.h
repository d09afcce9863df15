#pragma once
// `geobox-usage explain`: which API keys made the account's calls or traffic change between
// a range and the period before it (or another one), as text, CSV or JSON.

#include <QStringList>

namespace geobox::cli {

int runExplain(const QStringList &arguments);

} // namespace geobox::cli
