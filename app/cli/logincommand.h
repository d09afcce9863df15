#pragma once
// `geobox-usage login` and `logout`: check credentials against users/me/ and
// keep the API key or access token in the system keychain, or remove it.

#include <QStringList>

namespace geobox::cli {

int runLogin(const QStringList &arguments);
int runLogout(const QStringList &arguments);

} // namespace geobox::cli
