#include "resource.h"

namespace geobox {

Resource Resource::account(const User &me)
{
    Resource r;
    r.kind = Kind::Account;
    r.userId = me.id;
    r.name = me.username;
    return r;
}

Resource Resource::apiKey(const ApiKey &key)
{
    Resource r;
    r.kind = Kind::ApiKey;
    r.keyId = key.id;
    r.keySecret = key.key;
    r.name = key.name;
    r.revoked = key.revoked;
    return r;
}

Resource Resource::otherUser(const User &user)
{
    Resource r;
    r.kind = Kind::User;
    r.userId = user.id;
    r.name = user.username;
    return r;
}

QString Resource::eid() const
{
    return kind == Kind::ApiKey ? keySecret : QString::number(userId);
}

std::optional<qint64> Resource::userIdParameter() const
{
    return kind == Kind::User ? std::optional<qint64>(userId) : std::nullopt;
}

QString Resource::exportName() const
{
    switch (kind) {
    case Kind::Account:
        return QStringLiteral("account:") + name;
    case Kind::ApiKey:
        return QStringLiteral("key:") + name;
    case Kind::User:
        return QStringLiteral("user:") + name;
    }
    return {};
}

QString Resource::settingsId() const
{
    switch (kind) {
    case Kind::Account:
        return QStringLiteral("account");
    case Kind::ApiKey:
        return QStringLiteral("key-id:%1").arg(keyId);
    case Kind::User:
        return QStringLiteral("user:%1").arg(userId);
    }
    return {};
}

std::optional<Resource> Resource::fromSettingsId(QStringView id)
{
    const auto number = [](QStringView digits) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok && value > 0 ? std::optional(value) : std::nullopt;
    };
    Resource r;
    if (id == u"account")
        return r;
    if (id.startsWith(u"key-id:")) {
        const std::optional<qint64> key = number(id.mid(7));
        if (!key)
            return std::nullopt;
        r.kind = Kind::ApiKey;
        r.keyId = *key;
        return r;
    }
    if (id.startsWith(u"user:")) {
        const std::optional<qint64> user = number(id.mid(5));
        if (!user)
            return std::nullopt;
        r.kind = Kind::User;
        r.userId = *user;
        return r;
    }
    return std::nullopt;
}

} // namespace geobox
