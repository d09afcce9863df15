#include "queryparams.h"

namespace sandbox {

QString QueryParams::decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QueryParams QueryParams::parse(const QByteArray &encoded)
{
    QueryParams params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            params.m_items.append({decode(pair), QString()});
        else
            params.m_items.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return params;
}

bool QueryParams::contains(const QString &name) const
{
    return value(name).has_value();
}

std::optional<QString> QueryParams::value(const QString &name) const
{
    for (const auto &[key, val] : m_items) {
        if (key == name)
            return val;
    }
    return std::nullopt;
}

QByteArray QueryParams::redacted(const QByteArray &encoded, const QByteArray &name,
                                 const QByteArray &replacement)
{
    QList<QByteArray> pairs = encoded.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        if (decode(rawName) == QString::fromLatin1(name))
            pair = rawName + '=' + replacement;
    }
    return pairs.join('&');
}

} // namespace sandbox
