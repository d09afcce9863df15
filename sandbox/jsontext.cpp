#include "jsontext.h"

#include <QString>

namespace sandbox::json {

QByteArray string(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20U) {
                out.append("\\u00");
                out.append(
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray null()
{
    return QByteArrayLiteral("null");
}

QByteArray array(const QList<QByteArray> &items)
{
    return '[' + items.join(", ") + ']';
}

QByteArray object(const QList<QPair<QByteArray, QByteArray>> &members)
{
    QList<QByteArray> parts;
    parts.reserve(members.size());
    for (const auto &[name, value] : members)
        parts.append(string(QString::fromLatin1(name)) + ": " + value);
    return '{' + parts.join(", ") + '}';
}

} // namespace sandbox::json
