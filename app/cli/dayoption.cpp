#include "dayoption.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace geobox::cli {

namespace {

// The texts keep the context they had in export, where they were first written.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::cli::export)
};

} // namespace

std::variant<QDate, QString> parseDay(const QString &option, const QString &text)
{
    const QLocale locale;
    const auto refuse = [&](const QString &why) -> std::variant<QDate, QString> {
        //: %1 the option (--from or --to), %2 the value given, %3 what is wrong with it.
        return ExportText::tr("%1 %2: %3").arg(option, text, why);
    };
    static const QRegularExpression form(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch parts = form.match(text);
    if (!parts.hasMatch())
        return refuse(ExportText::tr("a date is written YYYY-MM-DD, e.g. 2026-03-01"));
    const int year = parts.captured(1).toInt();
    const int month = parts.captured(2).toInt();
    const int day = parts.captured(3).toInt();
    const QCalendar gregorian;
    if (year == 0)
        return refuse(ExportText::tr("there is no year 0"));
    if (month < 1 || month > 12)
        return refuse(ExportText::tr("there is no month %1").arg(locale.toString(month)));
    if (day < 1)
        return refuse(ExportText::tr("there is no day %1").arg(locale.toString(day)));
    const int length = gregorian.daysInMonth(month, year);
    if (day > length) {
        //: %1 a month and year ("February 2026"), %2 its number of days.
        return refuse(ExportText::tr("%1 has %2 days")
                          .arg(locale.toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy")),
                               locale.toString(length)));
    }
    return QDate(year, month, day);
}

} // namespace geobox::cli
