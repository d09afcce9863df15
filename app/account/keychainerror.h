#pragma once
// KeychainError: why the system keychain could not give or keep a secret.
// NotFound means "ask the user"; the others are said to the user plainly.

#include <QString>

namespace geobox {

struct KeychainError
{
    enum class Kind
    {
        NotFound,    // no entry: ask the user to sign in
        Unavailable, // no Secret Service, or it could not be reached
        Denied,      // locked, or the user refused
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // one sentence for a person; never holds the secret
};

} // namespace geobox
