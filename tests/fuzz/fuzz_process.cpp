// parseProcessSeconds: a bare JSON number. Properties: a result is finite and >= 0, the
// body (JSON whitespace aside) is one number and the value is the one it spells (strtod).

#include "fuzzcheck.h"
#include "parsers.h"

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <string>

using namespace geobox;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 8259's -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, with the two liberties Qt's
// parser takes (harmless, and not the client's doing): ".5" and "5." are numbers too.
bool isJsonNumber(QByteArrayView t)
{
    qsizetype i = 0;
    const qsizetype n = t.size();
    if (i < n && t[i] == '-')
        ++i;
    qsizetype digits = 0;
    if (i < n && t[i] == '0') {
        ++i;
        ++digits;
    } else {
        while (i < n && isDigit(t[i])) {
            ++i;
            ++digits;
        }
    }
    if (i < n && t[i] == '.') {
        ++i;
        while (i < n && isDigit(t[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= n || !isDigit(t[i]))
            return false;
        while (i < n && isDigit(t[i]))
            ++i;
    }
    return i == n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body = fuzz::bytes(data, size);
    const Result<double> result = parseProcessSeconds(body);
    fuzz::checkFailure(result);
    if (!result)
        return 0;
    const double seconds = result.value();
    FUZZ_CHECK(std::isfinite(seconds) && seconds >= 0, QString::number(seconds));

    qsizetype from = 0, to = body.size();
    while (from < to && isJsonSpace(body[from]))
        ++from;
    while (to > from && isJsonSpace(body[to - 1]))
        --to;
    const QByteArrayView number = body.sliced(from, to - from);
    FUZZ_CHECK(isJsonNumber(number),
               QStringLiteral("accepted a body that is not one JSON number: %1")
                   .arg(QString::fromUtf8(body.toByteArray().toPercentEncoding())));
    const std::string text(number.data(), static_cast<size_t>(number.size()));
    const double expected = std::strtod(text.c_str(), nullptr); // the C locale: '.' decimals
    FUZZ_CHECK(
        seconds == expected || std::abs(seconds - expected) <= 1e-12 * std::abs(expected),
        QStringLiteral("%1 read as %2").arg(QString::fromStdString(text)).arg(seconds, 0, 'g', 17));
    return 0;
}
