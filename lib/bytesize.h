#pragma once
// ByteSize: a number of bytes in words, the same in the window and on the command
// line: "512 B", "245.8 kB", "10 GB" (SI units, as the plans are sold), the number
// through QLocale (Persian digits under Persian) and the unit translated (QLocale
// has no Persian names for the SI prefixes).

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace geobox {

class ByteSize final
{
    Q_DECLARE_TR_FUNCTIONS(ByteSize)

public:
    ByteSize() = delete;

    // One decimal below ten of a unit's next step ("245.8 kB"), none when it is whole
    // ("10 GB") or for bytes; 999,960 bytes is "1 MB", never "1000 kB".
    static QString text(qint64 bytes, const QLocale &locale = QLocale());
    // The unit of 1000^power bytes: "B", "kB", "MB", "GB", "TB", "PB".
    static QString unit(int power);
};

} // namespace geobox
