#include "paramreader.h"

#include <QRegularExpression>

namespace sandbox {

ParamReader::ParamReader(QueryParams query)
    : m_query(std::move(query))
{}

void ParamReader::add(const QString &field, const QString &message, const QString &type,
                      const QString &where)
{
    m_issues.append(HttpAnswer::validationIssue(where, field, message, type));
}

HttpAnswer ParamReader::answer() const
{
    return HttpAnswer::unprocessable(m_issues);
}

std::optional<QString> ParamReader::required(const QString &name)
{
    const std::optional<QString> text = m_query.value(name);
    if (!text)
        add(name, QStringLiteral("field required"), QStringLiteral("value_error.missing"));
    return text;
}

std::optional<qint64> ParamReader::integer(const QString &name, qint64 minimum,
                                           bool strictlyGreater)
{
    const std::optional<QString> text = m_query.value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok) {
        add(name, QStringLiteral("value is not a valid integer"),
            QStringLiteral("type_error.integer"));
        return std::nullopt;
    }
    if (strictlyGreater && value <= minimum) {
        add(name, QStringLiteral("ensure this value is greater than %1").arg(minimum),
            QStringLiteral("value_error.number.not_gt"));
        return std::nullopt;
    }
    if (!strictlyGreater && value < minimum) {
        add(name, QStringLiteral("ensure this value is greater than or equal to %1").arg(minimum),
            QStringLiteral("value_error.number.not_ge"));
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> ParamReader::date(const QString &name, const BucketCalendar &calendar)
{
    const std::optional<QString> text = m_query.value(name);
    if (!text)
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{6}))?$"));
    const QRegularExpressionMatch m = pattern.match(*text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int micros = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                         micros / 1000);
        if (date.isValid() && time.isValid())
            return calendar.fromWallClock(date, time);
    }
    add(name, QStringLiteral("invalid datetime format"), QStringLiteral("value_error.datetime"));
    return std::nullopt;
}

std::optional<QString> ParamReader::enumeration(const QString &name, const QStringList &permitted)
{
    const std::optional<QString> text = m_query.value(name);
    if (!text) {
        add(name, QStringLiteral("field required"), QStringLiteral("value_error.missing"));
        return std::nullopt;
    }
    if (!permitted.contains(*text)) {
        QStringList quoted;
        for (const QString &value : permitted)
            quoted.append(QLatin1Char('\'') + value + QLatin1Char('\''));
        add(name,
            QStringLiteral("value is not a valid enumeration member; permitted: %1")
                .arg(quoted.join(QStringLiteral(", "))),
            QStringLiteral("type_error.enum"));
        return std::nullopt;
    }
    return text;
}

std::optional<DateRange> ParamReader::range(const QDateTime &now, const BucketCalendar &calendar)
{
    const std::optional<QDateTime> from = date(QStringLiteral("from_date"), calendar);
    const std::optional<QDateTime> to = date(QStringLiteral("to_date"), calendar);
    const std::optional<qint64> daysBefore = integer(QStringLiteral("days_before_now"), 0);
    if (hasIssues())
        return std::nullopt;
    if (from && to)
        return DateRange{*from, *to};
    if (daysBefore && *daysBefore > 0)
        return DateRange{calendar.addDays(now, -*daysBefore), now};
    add({},
        QStringLiteral("one of days_before_now or from_date/to_date parameters must have value"),
        QStringLiteral("value_error"));
    return std::nullopt;
}

} // namespace sandbox
