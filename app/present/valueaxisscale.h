#pragma once
// ValueAxisScale: the ticks of a chart's value axis: a round maximum above the
// peak, round steps, locale labels ("2,000"), and for bytes one SI unit (kB, MB,
// GB) for the whole axis, named in its title.

#include <QList>
#include <QLocale>
#include <QString>

namespace geobox {

class ValueAxisScale final
{
public:
    struct Tick
    {
        double value = 0; // in the metric's own unit (a count, or bytes)
        QString label;    // in the axis unit: "2,000", "150", "2.5"
    };

    ValueAxisScale() = default;
    static ValueAxisScale forCounts(qint64 peak, int targetTicks = 4,
                                    const QLocale &locale = QLocale());
    static ValueAxisScale forBytes(qint64 peak, int targetTicks = 4,
                                   const QLocale &locale = QLocale());

    double maximum() const { return m_maximum; }
    const QList<Tick> &ticks() const { return m_ticks; }
    // "" for counts; "B", "kB", "MB", "GB", "TB", "PB" for bytes.
    QString unit() const { return m_unit; }

private:
    static ValueAxisScale build(double peak, double divisor, bool integral, int targetTicks,
                                const QLocale &locale);

    double m_maximum = 1;
    QList<Tick> m_ticks;
    QString m_unit;
};

} // namespace geobox
