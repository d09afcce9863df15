#include "bytesize.h"

#include <algorithm>
#include <cmath>

namespace geobox {

QString ByteSize::unit(int power)
{
    static const char *const units[] = {QT_TR_NOOP("B"),  QT_TR_NOOP("kB"), QT_TR_NOOP("MB"),
                                        QT_TR_NOOP("GB"), QT_TR_NOOP("TB"), QT_TR_NOOP("PB")};
    return tr(units[std::clamp(power, 0, 5)]);
}

QString ByteSize::text(qint64 bytes, const QLocale &locale)
{
    double scaled = static_cast<double>(bytes);
    int power = 0;
    // Rounded to tenths first, so that 999,960 bytes moves up to "1 MB".
    while (power < 5 && std::round(std::abs(scaled) * 10.0) >= 10000.0) {
        scaled /= 1000.0;
        ++power;
    }
    const bool whole = std::fmod(std::round(std::abs(scaled) * 10.0), 10.0) == 0.0;
    const QString number =
        power == 0 ? locale.toString(bytes) : locale.toString(scaled, 'f', whole ? 0 : 1);
    return tr("%1 %2", "a size: the number, then its unit (B, kB, MB …)").arg(number, unit(power));
}

} // namespace geobox
