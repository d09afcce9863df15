#pragma once

// Deterministic 64-bit hashing (a splitmix64 finaliser) from which every seeded value of the
// sandbox's data model is derived; the same inputs give the same numbers on every platform.

#include <QtGlobal>

#include <initializer_list>

namespace sandbox::seeded {

// Streams keep the hashes of unrelated quantities independent of each other.
enum Stream : quint64
{
    StreamUser = 0x1001,
    StreamPlan,
    StreamKeyCount,
    StreamKeyName,
    StreamKeySecret,
    StreamKeyShape,
    StreamKeyId,
    StreamRevoked,
    StreamZeroDay,
    StreamCallsNoise,
    StreamSpike,
    StreamTrafficNoise,
    StreamProcess,
    StreamStorage,
    StreamExpiry,
};

constexpr quint64 mix(quint64 x) noexcept
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31U);
}

constexpr quint64 hash(std::initializer_list<quint64> parts) noexcept
{
    quint64 h = 0x243f6a8885a308d3ULL;
    for (const quint64 part : parts)
        h = mix(h ^ part);
    return h;
}

// A signed quantity (an hour index, a user id) as a hash input.
constexpr quint64 bits(qint64 value) noexcept
{
    return static_cast<quint64>(value);
}

// Uniform in [0, 1), from the top 53 bits of a hash.
constexpr double unit(quint64 h) noexcept
{
    return static_cast<double>(h >> 11U) * 0x1.0p-53;
}

// Uniform integer in [0, n), n > 0.
constexpr qint64 below(quint64 h, qint64 n) noexcept
{
    return static_cast<qint64>(h % static_cast<quint64>(n));
}

} // namespace sandbox::seeded
