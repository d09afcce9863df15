#pragma once

// Parses application/x-www-form-urlencoded text (a query string or a form body) the way the
// service does: '+' is a space and %XX escapes are decoded, names and values alike.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sandbox {

class QueryParams final
{
public:
    QueryParams() = default;
    static QueryParams parse(const QByteArray &encoded);

    bool contains(const QString &name) const;
    // The first value of that name, if present (possibly empty).
    std::optional<QString> value(const QString &name) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    // The encoded text with the values of `name` replaced by `replacement` (for logs).
    static QByteArray redacted(const QByteArray &encoded, const QByteArray &name,
                               const QByteArray &replacement);

private:
    static QString decode(QByteArray part);

    QList<QPair<QString, QString>> m_items;
};

} // namespace sandbox
