#pragma once
// The day options of the commands (--from, --to, --vs-from, --vs-to: YYYY-MM-DD, Gregorian)
// and the bound of --days, with the one-line reason a value is refused.

#include <QDate>
#include <QString>

#include <variant>

namespace geobox::cli {

// The most days --days takes: a century.
constexpr int maxDays = 36600;

// The day `text` names (YYYY-MM-DD, Gregorian), or why it names none: "2026-13-01: there is
// no month 13", "2026-02-30: February 2026 has 28 days". `option` is the option's name.
std::variant<QDate, QString> parseDay(const QString &option, const QString &text);

} // namespace geobox::cli
