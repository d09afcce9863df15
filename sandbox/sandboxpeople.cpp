#include "sandboxpeople.h"

#include "seededhash.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sandbox {

namespace {

using namespace seeded;

constexpr qint64 kDay = 86400;

QString pick(const QStringList &pool, quint64 h)
{
    return pool.at(below(h, pool.size()));
}

QByteArray keySecret(quint64 seed, qint64 ownerId, qint64 index)
{
    QByteArray raw;
    raw.reserve(32);
    for (quint64 part = 0; part < 4; ++part) {
        quint64 h = hash({seed, StreamKeySecret, bits(ownerId), bits(index), part});
        for (int byte = 0; byte < 8; ++byte) {
            raw.append(static_cast<char>(h & 0xffU));
            h >>= 8U;
        }
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QList<SandboxPlan> accountPlans()
{
    constexpr qint64 GiB = 1024LL * 1024 * 1024;
    QList<SandboxPlan> plans;
    plans.append({2, QStringLiteral("basic"), QStringLiteral("Basic"),
                  QStringLiteral("For small projects and evaluation"), QStringLiteral("#4caf50"),
                  50 * GiB, 2, 100000, 3000000, 2 * GiB, 60 * GiB, 288, 8640, 365});
    plans.append({3, QStringLiteral("professional"), QStringLiteral("Professional"),
                  QStringLiteral("For teams running production maps"), QStringLiteral("#2196f3"),
                  400 * GiB, 4, 1000000, 30000000, 10 * GiB, 300 * GiB, 576, 17280, 365});
    plans.append({5, QStringLiteral("enterprise"), QStringLiteral("Enterprise"),
                  QStringLiteral("For organisations with heavy workloads"),
                  QStringLiteral("#9c27b0"), 2048 * GiB, 16, 100000000, 3000000000, 100 * GiB,
                  3072 * GiB, 2880, 86400, 730});
    return plans;
}

// The Viewer sees a plan whose figures are unknown (zeros).
SandboxPlan viewerPlan()
{
    SandboxPlan plan;
    plan.id = 1;
    plan.name = QStringLiteral("viewer");
    plan.displayName = QStringLiteral("Viewer");
    plan.description = QStringLiteral("Read-only seat on the account's plan");
    plan.planColor = QStringLiteral("#9e9e9e");
    return plan;
}

} // namespace

SandboxPeople::SandboxPeople(quint64 seed, int keyCount, qint64 today)
    : m_seed(seed)
{
    buildUsers(today);
    buildKeys(keyCount);
}

void SandboxPeople::buildUsers(qint64 today)
{
    const QStringList firstNames = {
        QStringLiteral("Ada"),     QStringLiteral("Babak"),  QStringLiteral("Carmen"),
        QStringLiteral("Dariush"), QStringLiteral("Elif"),   QStringLiteral("Farid"),
        QStringLiteral("Greta"),   QStringLiteral("Hana"),   QStringLiteral("Imran"),
        QStringLiteral("Jonas"),   QStringLiteral("Kimia"),  QStringLiteral("Luca"),
        QStringLiteral("Mina"),    QStringLiteral("Nima"),   QStringLiteral("Olga"),
        QStringLiteral("Parisa"),  QStringLiteral("Reza"),   QStringLiteral("Sara"),
        QStringLiteral("Tomas"),   QStringLiteral("Yasmin"),
    };
    const QStringList lastNames = {
        QStringLiteral("Ahmadi"), QStringLiteral("Bauer"),    QStringLiteral("Costa"),
        QStringLiteral("Danesh"), QStringLiteral("Eriksen"),  QStringLiteral("Farahani"),
        QStringLiteral("Grant"),  QStringLiteral("Hosseini"), QStringLiteral("Ito"),
        QStringLiteral("Jensen"), QStringLiteral("Karimi"),   QStringLiteral("Larsen"),
        QStringLiteral("Moradi"), QStringLiteral("Novak"),    QStringLiteral("Ortiz"),
        QStringLiteral("Rahimi"), QStringLiteral("Sato"),     QStringLiteral("Tehrani"),
        QStringLiteral("Vidal"),  QStringLiteral("Weber"),
    };

    const qint64 mainFirst = below(hash({m_seed, StreamUser, 1}), firstNames.size());
    const qint64 otherFirst =
        (mainFirst + 1 + below(hash({m_seed, StreamUser, 2}), firstNames.size() - 1)) %
        firstNames.size();

    const auto fillNames = [&](SandboxUser &user, qint64 first, quint64 lastHash) {
        user.firstName = firstNames.at(first);
        user.lastName = pick(lastNames, lastHash);
        user.username = user.firstName.toLower() + QLatin1Char('.') + user.lastName.toLower();
        user.email = user.username + QStringLiteral("@example.com");
        user.status = QStringLiteral("Active");
    };

    m_mainUser.id = 1000 + static_cast<qint64>(m_seed % 9000U);
    fillNames(m_mainUser, mainFirst, hash({m_seed, StreamUser, 3}));
    m_mainUser.role = QStringLiteral("Account Admin");
    const QList<SandboxPlan> plans = accountPlans();
    m_mainUser.plan = plans.at(below(hash({m_seed, StreamPlan}), plans.size()));
    const qint64 expirySecs = (today + 30 + below(hash({m_seed, StreamExpiry, 1}), 335)) * kDay +
                              below(hash({m_seed, StreamExpiry, 2}), kDay);
    m_mainUser.expirationDate = QDateTime::fromMSecsSinceEpoch(
        expirySecs * 1000 + below(hash({m_seed, StreamExpiry, 3}), 1000), Qt::UTC);
    m_mainUser.usedStorage =
        static_cast<qint64>(static_cast<double>(m_mainUser.plan.storage) *
                            (0.005 + 0.3 * unit(hash({m_seed, StreamStorage, 1}))));

    m_otherUser.id = m_mainUser.id + 1 + below(hash({m_seed, StreamUser, 4}), 97);
    fillNames(m_otherUser, otherFirst, hash({m_seed, StreamUser, 5}));
    m_otherUser.role = QStringLiteral("Viewer");
    m_otherUser.plan = viewerPlan();
    m_otherUser.usedStorage =
        50000000 + static_cast<qint64>(2.0e9 * unit(hash({m_seed, StreamStorage, 2})));

    for (SandboxUser *user : {&m_mainUser, &m_otherUser})
        user->processPerCall =
            0.0004 + 0.0016 * unit(hash({m_seed, StreamProcess, bits(user->id)}));
}

void SandboxPeople::buildKeys(int keyCount)
{
    QStringList mainNames = {
        QStringLiteral("Web map"),
        QStringLiteral("Mobile app"),
        QStringLiteral("ETL nightly"),
        QStringLiteral("Dashboard"),
        QStringLiteral("Geocoding batch"),
        QStringLiteral("Tile cache"),
        QStringLiteral("Field survey"),
        QStringLiteral("QGIS desktop"),
        QStringLiteral("Partner portal"),
        QStringLiteral("Routing service"),
        QStringLiteral("Analytics notebook"),
        QStringLiteral("Backup sync"),
    };
    // Seeded Fisher-Yates shuffle of the name pool.
    for (qsizetype i = mainNames.size() - 1; i > 0; --i) {
        const qsizetype j = below(hash({m_seed, StreamKeyName, bits(i)}), i + 1);
        mainNames.swapItemsAt(i, j);
    }
    const QStringList viewerNames = {QStringLiteral("Viewer laptop"), QStringLiteral("Reporting"),
                                     QStringLiteral("Notebook")};

    const qint64 mainCount =
        keyCount > 0 ? keyCount : 3 + below(hash({m_seed, StreamKeyCount, 1}), 10);
    const qint64 viewerCount = 1 + below(hash({m_seed, StreamKeyCount, 2}), 3);
    const qint64 idBase = 100 + below(hash({m_seed, StreamKeyId}), 800);

    const auto makeKey = [&](qint64 index, qint64 ownerId, const QString &name) {
        SandboxApiKey key;
        key.id = idBase + index * 7 + below(hash({m_seed, StreamKeyId, bits(index)}), 5);
        key.name = name;
        key.key = keySecret(m_seed, ownerId, index);
        key.ownerId = ownerId;
        const quint64 shape = hash({m_seed, StreamKeyShape, bits(index)});
        key.callsPerHour = 2.0 * std::pow(250.0, unit(shape));
        key.bytesPerCall = 1000.0 + 19000.0 * unit(mix(shape));
        key.phase = 2.0 * std::numbers::pi * unit(mix(mix(shape)));
        return key;
    };

    for (qint64 i = 0; i < mainCount; ++i) {
        QString name = mainNames.at(i % mainNames.size());
        if (i >= mainNames.size())
            name += QLatin1Char(' ') + QString::number(i / mainNames.size() + 1);
        SandboxApiKey key = makeKey(i, m_mainUser.id, name);
        if (i == 0)
            key.callsPerHour = std::max(key.callsPerHour, 80.0);
        m_keys.append(key);
    }
    // At least one revoked key (never the first), a second one for larger accounts.
    if (mainCount >= 2) {
        const qint64 revokedCount = mainCount >= 6 ? 2 : 1;
        for (qint64 r = 0; r < revokedCount; ++r) {
            const quint64 h = hash({m_seed, StreamRevoked, bits(r)});
            SandboxApiKey &key = m_keys[1 + below(h, mainCount - 1)];
            key.revoked = true;
            key.revokedDaysAgo = 5 + static_cast<int>(below(mix(h), 56));
        }
    }
    for (qint64 j = 0; j < viewerCount; ++j)
        m_keys.append(makeKey(mainCount + j, m_otherUser.id, viewerNames.at(j)));
}

const SandboxUser *SandboxPeople::userById(qint64 id) const
{
    if (id == m_mainUser.id)
        return &m_mainUser;
    if (id == m_otherUser.id)
        return &m_otherUser;
    return nullptr;
}

QList<SandboxApiKey> SandboxPeople::apiKeysOf(qint64 userId) const
{
    QList<SandboxApiKey> keys;
    for (const SandboxApiKey &key : m_keys) {
        if (key.ownerId == userId)
            keys.append(key);
    }
    return keys;
}

int SandboxPeople::keyIndex(const QByteArray &secret) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).key == secret)
            return static_cast<int>(i);
    }
    return -1;
}

QList<int> SandboxPeople::keyIndicesOf(qint64 userId) const
{
    QList<int> indices;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).ownerId == userId)
            indices.append(static_cast<int>(i));
    }
    return indices;
}

QList<int> SandboxPeople::resolveOwner(const QString &owner) const
{
    bool isNumber = false;
    const qint64 id = owner.toLongLong(&isNumber);
    if (isNumber && userById(id))
        return keyIndicesOf(id);
    const int index = keyIndex(owner.toLatin1());
    if (index >= 0)
        return {index};
    return {};
}

} // namespace sandbox
