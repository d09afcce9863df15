#pragma once

// The people of the sandbox's account and their API keys, made from a seed: an Account Admin
// with 3..12 named keys (some revoked) and a Viewer with keys of their own.

#include "sandboxapikey.h"
#include "sandboxuser.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox {

class SandboxPeople final
{
public:
    // keyCount: number of API keys of the main user, 0 = chosen from the seed (3..12).
    // today: days since 1970-01-01 (UTC) of the clock, from which the plan's expiry is drawn.
    SandboxPeople(quint64 seed, int keyCount, qint64 today);

    const SandboxUser &mainUser() const { return m_mainUser; }
    const SandboxUser &otherUser() const { return m_otherUser; }
    const SandboxUser *userById(qint64 id) const;

    // Every key: the main user's first (by id), then the second user's.
    const QList<SandboxApiKey> &apiKeys() const { return m_keys; }
    QList<SandboxApiKey> apiKeysOf(qint64 userId) const;
    // Index into apiKeys() of the key with that secret, or -1.
    int keyIndex(const QByteArray &secret) const;
    // Indices into apiKeys() of that user's keys, revoked ones included.
    QList<int> keyIndicesOf(qint64 userId) const;
    // A user id (all that user's keys) or a key secret (that key); empty for neither.
    QList<int> resolveOwner(const QString &owner) const;

private:
    void buildUsers(qint64 today);
    void buildKeys(int keyCount);

    quint64 m_seed = 1;
    SandboxUser m_mainUser;
    SandboxUser m_otherUser;
    QList<SandboxApiKey> m_keys;
};

} // namespace sandbox
