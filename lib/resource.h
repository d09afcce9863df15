#pragma once
// Resource: whose usage is on screen: the signed-in account, one of its API
// keys, or (for an admin) another user. Knows how each is named on the wire
// (eid, user_id) and in an export (never by a key's secret).

#include "usagetypes.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace geobox {

struct Resource
{
    enum class Kind
    {
        Account,
        ApiKey,
        User
    };

    Kind kind = Kind::Account;
    qint64 userId = 0; // Account: the signed-in user's id; User: the other user's id
    qint64 keyId = 0;  // ApiKey only
    QString keySecret; // ApiKey only: the `eid` on the wire; never shown or exported
    QString name;      // username, or the key's name
    bool revoked = false;

    static Resource account(const User &me);
    static Resource apiKey(const ApiKey &key);
    static Resource otherUser(const User &user);

    // The `eid` of usage/api.
    QString eid() const;
    // The `user_id` of usage/process, usage/summary and usage/update: only for another user.
    std::optional<qint64> userIdParameter() const;
    // "account:ana", "key:Web map", "user:bo": for CSV and JSON.
    QString exportName() const;
    // Stable across runs and free of secrets, for settings: "account", "key-id:12", "user:7".
    QString settingsId() const;
    // The resource a settingsId() names, with only its kind and id (no name, no secret):
    // match it against the account's keys, or load the user it names. nullopt when `id` is
    // not one settingsId() writes.
    static std::optional<Resource> fromSettingsId(QStringView id);
    // Whether two resources name the same account, key or user (by kind and id alone).
    bool sameAs(const Resource &other) const
    {
        return kind == other.kind &&
               (kind == Kind::ApiKey ? keyId == other.keyId
                                     : kind == Kind::Account || userId == other.userId);
    }

    friend bool operator==(const Resource &a, const Resource &b)
    {
        return a.kind == b.kind && a.userId == b.userId && a.keyId == b.keyId &&
               a.keySecret == b.keySecret;
    }
};

} // namespace geobox

Q_DECLARE_METATYPE(geobox::Resource)
