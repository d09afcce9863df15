// csvTextCell on the input read as UTF-8 and as UTF-16 (lone surrogates included).
// Properties (RFC 4180 and the formula guard):
// - a cell is quoted exactly when its text holds a comma, a quote, CR or LF; inside the
//   quotes every quote is doubled; an unquoted cell holds none of those;
// - after an opening quote is removed, the cell never starts with = + - @ TAB CR;
// - un-quoting gives back the text's UTF-8, with one apostrophe in front exactly when the
//   text starts with = + - @ TAB CR.

#include "fuzzcheck.h"
#include "usageexport.h"

#include <algorithm>

using namespace geobox;

namespace {

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool isSpecial(char c)
{
    return c == ',' || c == '"' || c == '\r' || c == '\n';
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(200).toHex(' '));
}

void checkCell(const QString &text)
{
    const QByteArray cell = csvTextCell(text);
    const QByteArray utf8 = text.toUtf8();
    const bool guarded = !text.isEmpty() && text.front().unicode() < 0x80 &&
                         isTrigger(static_cast<char>(text.front().unicode()));
    const QByteArray payload = guarded ? '\'' + utf8 : utf8;
    const bool needsQuotes = std::any_of(payload.begin(), payload.end(), isSpecial);

    QByteArray unquoted;
    if (needsQuotes) {
        FUZZ_CHECK(cell.size() >= 2 && cell.startsWith('"') && cell.endsWith('"'),
                   QStringLiteral("not quoted: %1").arg(hex(cell)));
        const QByteArray inner = cell.sliced(1, cell.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == '"') {
                FUZZ_CHECK(i + 1 < inner.size() && inner[i + 1] == '"',
                           QStringLiteral("lone quote inside: %1").arg(hex(cell)));
                ++i;
            }
            unquoted.append(inner[i]);
        }
    } else {
        FUZZ_CHECK(!std::any_of(cell.begin(), cell.end(), isSpecial),
                   QStringLiteral("unquoted special character: %1").arg(hex(cell)));
        unquoted = cell;
    }
    const QByteArray body = needsQuotes ? cell.sliced(1) : cell;
    FUZZ_CHECK(body.isEmpty() || !isTrigger(body.front()),
               QStringLiteral("starts with a formula character: %1").arg(hex(cell)));
    FUZZ_CHECK(unquoted == payload, QStringLiteral("%1 gave %2").arg(hex(utf8), hex(cell)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkCell(QString::fromUtf8(fuzz::bytes(data, size)));
    QString utf16(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        utf16[static_cast<qsizetype>(i / 2)] =
            QChar(static_cast<char16_t>(data[i] | data[i + 1] << 8));
    checkCell(utf16);
    return 0;
}
