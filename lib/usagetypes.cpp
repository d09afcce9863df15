#include "usagetypes.h"

namespace geobox {

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Hour:
        return QStringLiteral("hour");
    case Scale::Day:
        return QStringLiteral("day");
    case Scale::Week:
        return QStringLiteral("week");
    case Scale::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<Scale> scaleFromName(QStringView name)
{
    for (const Scale s : {Scale::Hour, Scale::Day, Scale::Week, Scale::Month}) {
        if (name.compare(scaleName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString metricName(Metric metric)
{
    return metric == Metric::Calls ? QStringLiteral("calls") : QStringLiteral("traffic");
}

std::optional<Metric> metricFromName(QStringView name)
{
    for (const Metric m : {Metric::Calls, Metric::Traffic}) {
        if (name.compare(metricName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

qint64 UsageSeries::total() const
{
    qint64 sum = 0;
    for (const UsageBucket &b : buckets)
        sum += b.value;
    return sum;
}

std::optional<double> Quota::fraction() const
{
    if (!hasLimit())
        return std::nullopt;
    return static_cast<double>(used) / static_cast<double>(maximum);
}

bool User::isAdmin() const
{
    return role.compare(QLatin1String("System Admin"), Qt::CaseInsensitive) == 0 ||
           role.compare(QLatin1String("Account Admin"), Qt::CaseInsensitive) == 0;
}

QString User::displayName() const
{
    const QString full = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    return full.isEmpty() ? username : full;
}

} // namespace geobox
