#pragma once
// What every fuzz target shares: FUZZ_CHECK, which aborts (a crash for libFuzzer) with the
// failed property and a detail, and the checks every failed parse must pass.

#include "apierror.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace geobox::fuzz {

[[noreturn]] inline void fail(const char *file, int line, const char *condition,
                              const QString &detail)
{
    std::fprintf(stderr, "\nFUZZ_CHECK failed at %s:%d: %s\n  %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::geobox::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                        \
    } while (false)

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A parser's failure is always a BadResponse with a reason and a message for a person.
template<typename T> void checkFailure(const Result<T> &result)
{
    if (result)
        return;
    const ApiError &error = result.error();
    FUZZ_CHECK(error.kind() == ApiError::Kind::BadResponse, ApiError::kindName(error.kind()));
    FUZZ_CHECK(!error.detail().isEmpty(), error.message());
    FUZZ_CHECK(!error.message().isEmpty(), error.detail());
    FUZZ_CHECK(error.message().contains(error.detail()), error.message());
}

// The whole second a time falls in (floor, also before 1970), as written "to the second".
inline qint64 floorSecs(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
}

// JSON round trips only hold for text that UTF-8 can carry (no lone surrogates), and not for
// a string that starts with U+FEFF: Qt 6.4's parser drops that from a string without escapes
// (QString::fromUtf8 strips a BOM), a quirk of Qt's, not the client's.
inline bool roundTrips(const QString &text)
{
    return QStringView(text).isValidUtf16() && !text.startsWith(QChar(0xFEFF));
}

} // namespace geobox::fuzz
