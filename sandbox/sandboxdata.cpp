#include "sandboxdata.h"

#include "seededhash.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace sandbox {

namespace {

using namespace seeded;

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;

// Share of the busy-hour rate in each UTC hour of the day: busy 08-18, quiet at night.
constexpr std::array<double, 24> kDailyProfile = {
    0.10, 0.08, 0.07, 0.07, 0.08, 0.12, 0.22, 0.45, 0.85, 1.00, 1.00, 0.98,
    0.90, 0.95, 1.00, 1.00, 0.97, 0.92, 0.80, 0.55, 0.38, 0.26, 0.18, 0.13,
};
// Monday .. Sunday: weekends are quieter.
constexpr std::array<double, 7> kWeeklyProfile = {1.00, 1.00, 1.00, 1.00, 0.85, 0.35, 0.28};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDate dateOfDayIndex(qint64 dayIndex)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + dayIndex);
}

qint64 secsOfDate(QDate date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDay;
}

QDateTime utcFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

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

SandboxData::SandboxData(quint64 seed, int keyCount, std::optional<QDateTime> now)
    : m_seed(seed)
{
    if (now)
        m_fixedNow = now->toUTC();
    buildUsers();
    buildKeys(keyCount);
}

QDateTime SandboxData::now() const
{
    return m_fixedNow ? *m_fixedNow : QDateTime::currentDateTimeUtc();
}

QDateTime SandboxData::windowStart() const
{
    return utcFromSecs(windowStartSecs(now().toMSecsSinceEpoch()));
}

qint64 SandboxData::windowStartSecs(qint64 nowMs) const
{
    return (floorDiv(nowMs, 1000 * kDay) - windowDays) * kDay;
}

void SandboxData::buildUsers()
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

    const QDateTime clock = now();
    const qint64 today = floorDiv(clock.toMSecsSinceEpoch(), 1000 * kDay);

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

    for (const SandboxUser *user : {&m_mainUser, &m_otherUser}) {
        UserShape shape;
        shape.userId = user->id;
        shape.processPerCall =
            0.0004 + 0.0016 * unit(hash({m_seed, StreamProcess, bits(user->id)}));
        m_shapes.append(shape);
    }
}

void SandboxData::buildKeys(int keyCount)
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

const SandboxUser *SandboxData::userById(qint64 id) const
{
    if (id == m_mainUser.id)
        return &m_mainUser;
    if (id == m_otherUser.id)
        return &m_otherUser;
    return nullptr;
}

QList<SandboxApiKey> SandboxData::apiKeysOf(qint64 userId) const
{
    QList<SandboxApiKey> keys;
    for (const SandboxApiKey &key : m_keys) {
        if (key.ownerId == userId)
            keys.append(key);
    }
    return keys;
}

int SandboxData::keyIndex(const QByteArray &secret) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).key == secret)
            return static_cast<int>(i);
    }
    return -1;
}

QDateTime SandboxData::revokedAt(int keyIndex) const
{
    if (keyIndex < 0 || keyIndex >= m_keys.size() || !m_keys.at(keyIndex).revoked)
        return {};
    const qint64 today = floorDiv(now().toMSecsSinceEpoch(), 1000 * kDay);
    return utcFromSecs((today - m_keys.at(keyIndex).revokedDaysAgo) * kDay);
}

QList<int> SandboxData::keyIndicesOf(qint64 userId) const
{
    QList<int> indices;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).ownerId == userId)
            indices.append(static_cast<int>(i));
    }
    return indices;
}

QList<int> SandboxData::resolveOwner(const QString &owner) const
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

bool SandboxData::isZeroDay(qint64 userId, QDate day) const
{
    const qint64 month = day.year() * 12 + day.month() - 1;
    const qint64 daysInMonth = day.daysInMonth();
    const quint64 first = hash({m_seed, StreamZeroDay, bits(userId), bits(month)});
    if (day.day() == 1 + below(first, daysInMonth))
        return true;
    // A second idle day in about a third of the months.
    const quint64 second = hash({m_seed, StreamZeroDay, bits(userId), bits(month), 2});
    return second % 3 == 0 && day.day() == 1 + below(mix(second), daysInMonth);
}

qint64 SandboxData::hourlyAt(int keyIndex, qint64 hourSecs, Metric metric, qint64 nowMs) const
{
    const qint64 nowSecs = floorDiv(nowMs, 1000);
    const qint64 nowHour = floorDiv(nowSecs, kHour) * kHour;
    if (hourSecs < windowStartSecs(nowMs) || hourSecs > nowHour)
        return 0;
    const SandboxApiKey &key = m_keys.at(keyIndex);
    const qint64 dayIndex = floorDiv(hourSecs, kDay);
    if (key.revoked && dayIndex >= floorDiv(nowSecs, kDay) - key.revokedDaysAgo)
        return 0;
    const QDate day = dateOfDayIndex(dayIndex);
    if (isZeroDay(key.ownerId, day))
        return 0;

    const qint64 hourIndex = floorDiv(hourSecs, kHour);
    const auto hourOfDay = static_cast<std::size_t>(hourIndex - dayIndex * 24);
    const auto dayOfWeek = static_cast<std::size_t>(day.dayOfWeek() - 1);
    const double season =
        1.0 + 0.25 * std::sin(2.0 * std::numbers::pi * static_cast<double>(dayIndex) / 365.25 +
                              key.phase);
    const double dayLevel =
        0.75 + 0.5 * unit(hash({m_seed, StreamCallsNoise, bits(key.id), bits(dayIndex), 1}));
    const double noise =
        0.55 + 0.9 * unit(hash({m_seed, StreamCallsNoise, bits(key.id), bits(hourIndex)}));
    const quint64 spikeHash = hash({m_seed, StreamSpike, bits(key.id), bits(hourIndex)});
    const double spike =
        spikeHash % 1000U < 4U ? 3.0 + static_cast<double>((spikeHash >> 20U) % 8U) : 1.0;

    const double expected = key.callsPerHour * kDailyProfile.at(hourOfDay) *
                            kWeeklyProfile.at(dayOfWeek) * season * dayLevel * noise * spike;
    qint64 calls = static_cast<qint64>(std::floor(expected));
    // The running hour only has the part that has elapsed.
    if (hourSecs == nowHour)
        calls = calls * (nowMs - hourSecs * 1000) / (kHour * 1000);
    if (metric == Metric::Calls || calls == 0)
        return calls;
    const double trafficNoise =
        0.8 + 0.4 * unit(hash({m_seed, StreamTrafficNoise, bits(key.id), bits(hourIndex)}));
    return std::llround(static_cast<double>(calls) * key.bytesPerCall * trafficNoise);
}

qint64 SandboxData::hourly(int keyIndex, const QDateTime &hourStartUtc, const QString &metric) const
{
    if (keyIndex < 0 || keyIndex >= m_keys.size() || !hourStartUtc.isValid())
        return 0;
    Metric m = Metric::Calls;
    if (metric == QStringLiteral("traffic"))
        m = Metric::Traffic;
    else if (metric != QStringLiteral("calls"))
        return 0;
    const qint64 hourSecs = floorDiv(hourStartUtc.toSecsSinceEpoch(), kHour) * kHour;
    return hourlyAt(keyIndex, hourSecs, m, now().toMSecsSinceEpoch());
}

qint64 SandboxData::sumHours(const QList<int> &keys, Metric metric, qint64 beginSecs,
                             qint64 endSecs, qint64 nowMs) const
{
    const qint64 nowHour = floorDiv(floorDiv(nowMs, 1000), kHour) * kHour;
    const qint64 lo = std::max(beginSecs, windowStartSecs(nowMs));
    const qint64 hi = std::min(endSecs, nowHour + kHour);
    qint64 sum = 0;
    for (qint64 s = lo; s < hi; s += kHour) {
        for (const int key : keys)
            sum += hourlyAt(key, s, metric, nowMs);
    }
    return sum;
}

QDateTime SandboxData::bucketStart(const QDateTime &t, const QString &scale)
{
    if (!t.isValid())
        return {};
    const qint64 secs = floorDiv(t.toMSecsSinceEpoch(), 1000);
    if (scale == QStringLiteral("hour"))
        return utcFromSecs(floorDiv(secs, kHour) * kHour);
    if (scale == QStringLiteral("day"))
        return utcFromSecs(floorDiv(secs, kDay) * kDay);
    if (scale == QStringLiteral("month")) {
        const QDate date = dateOfDayIndex(floorDiv(secs, kDay));
        return utcFromSecs(secsOfDate(QDate(date.year(), date.month(), 1)));
    }
    return {};
}

QDateTime SandboxData::nextBucket(const QDateTime &bucket, const QString &scale)
{
    if (scale == QStringLiteral("hour"))
        return bucket.addSecs(kHour);
    if (scale == QStringLiteral("day"))
        return bucket.addDays(1);
    if (scale == QStringLiteral("month"))
        return bucket.addMonths(1);
    return {};
}

QList<QPair<QDateTime, qint64>> SandboxData::series(const QString &owner, const QString &scale,
                                                    const QString &metric, const QDateTime &from,
                                                    const QDateTime &to) const
{
    Metric m = Metric::Calls;
    if (metric == QStringLiteral("traffic"))
        m = Metric::Traffic;
    else if (metric != QStringLiteral("calls"))
        return {};
    const QList<int> keys = resolveOwner(owner);
    QDateTime bucket = bucketStart(from, scale);
    if (keys.isEmpty() || !bucket.isValid() || !to.isValid())
        return {};

    const qint64 nowMs = now().toMSecsSinceEpoch();
    QList<QPair<QDateTime, qint64>> out;
    while (bucket <= to) {
        const QDateTime next = nextBucket(bucket, scale);
        out.append(
            {bucket, sumHours(keys, m, bucket.toSecsSinceEpoch(), next.toSecsSinceEpoch(), nowMs)});
        bucket = next;
    }
    return out;
}

const SandboxData::UserShape *SandboxData::shapeOf(qint64 userId) const
{
    for (const UserShape &shape : m_shapes) {
        if (shape.userId == userId)
            return &shape;
    }
    return nullptr;
}

double SandboxData::processHour(const UserShape &shape, const QList<int> &keys, qint64 hourSecs,
                                qint64 nowMs) const
{
    qint64 calls = 0;
    for (const int key : keys)
        calls += hourlyAt(key, hourSecs, Metric::Calls, nowMs);
    if (calls == 0)
        return 0.0;
    const qint64 hourIndex = floorDiv(hourSecs, kHour);
    const double noise =
        0.5 + unit(hash({m_seed, StreamProcess, bits(shape.userId), bits(hourIndex)}));
    return static_cast<double>(calls) * shape.processPerCall * noise;
}

double SandboxData::processSeconds(qint64 userId, const QDateTime &from, const QDateTime &to) const
{
    const UserShape *shape = shapeOf(userId);
    if (!shape || !from.isValid() || !to.isValid())
        return 0.0;
    const QList<int> keys = keyIndicesOf(userId);
    const qint64 nowMs = now().toMSecsSinceEpoch();
    const qint64 nowHour = floorDiv(floorDiv(nowMs, 1000), kHour) * kHour;
    const qint64 lo = std::max(floorDiv(floorDiv(from.toMSecsSinceEpoch(), 1000), kHour) * kHour,
                               windowStartSecs(nowMs));
    const qint64 hi = std::min(floorDiv(to.toMSecsSinceEpoch(), 1000), nowHour);
    double seconds = 0.0;
    for (qint64 s = lo; s <= hi; s += kHour)
        seconds += processHour(*shape, keys, s, nowMs);
    return seconds;
}

UsageSummary SandboxData::summary(qint64 userId) const
{
    UsageSummary summary;
    const SandboxUser *user = userById(userId);
    if (!user)
        return summary;

    // One reading of the clock for every figure.
    const QDateTime clock = now();
    const qint64 nowMs = clock.toMSecsSinceEpoch();
    const qint64 nowSecs = floorDiv(nowMs, 1000);
    const qint64 dayStart = floorDiv(nowSecs, kDay) * kDay;
    const QDate today = dateOfDayIndex(floorDiv(nowSecs, kDay));
    const qint64 monthStart = secsOfDate(QDate(today.year(), today.month(), 1));
    const qint64 end = floorDiv(nowSecs, kHour) * kHour + kHour;
    const QList<int> keys = keyIndicesOf(userId);

    const SandboxPlan &plan = user->plan;
    summary.usedStorage = user->usedStorage;
    summary.availableStorage = plan.storage > 0 ? plan.storage - user->usedStorage : 0;
    summary.maxDailyApiCalls = plan.dailyApiCalls;
    summary.dailyApiCalls = sumHours(keys, Metric::Calls, dayStart, end, nowMs);
    summary.maxMonthlyApiCalls = plan.monthlyApiCalls;
    summary.monthlyApiCalls = sumHours(keys, Metric::Calls, monthStart, end, nowMs);
    summary.maxDailyTraffic = plan.dailyTraffic;
    summary.dailyTraffic = sumHours(keys, Metric::Traffic, dayStart, end, nowMs);
    summary.maxMonthlyTraffic = plan.monthlyTraffic;
    summary.monthlyTraffic = sumHours(keys, Metric::Traffic, monthStart, end, nowMs);
    summary.maxDailyProcess = plan.dailyProcess;
    summary.dailyProcess =
        static_cast<qint64>(std::floor(processSeconds(userId, utcFromSecs(dayStart), clock)));
    summary.maxMonthlyProcess = plan.monthlyProcess;
    summary.monthlyProcess =
        static_cast<qint64>(std::floor(processSeconds(userId, utcFromSecs(monthStart), clock)));
    if (user->expirationDate.isValid()) {
        const qint64 left = user->expirationDate.toMSecsSinceEpoch() - nowMs;
        summary.remainingDays = std::max<qint64>(0, floorDiv(left, 1000 * kDay));
    }
    return summary;
}

} // namespace sandbox
