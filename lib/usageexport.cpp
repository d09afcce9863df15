#include "usageexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

namespace geobox {

namespace {

// Rows are gathered into a buffer and handed to the device in chunks of about this size.
constexpr qsizetype ChunkBytes = 256 * 1024;

void appendTwo(QByteArray &out, int v)
{
    out.append(static_cast<char>('0' + v / 10)).append(static_cast<char>('0' + v % 10));
}

// ISO 8601 to the second, with "Z" or the offset; written by hand because a million
// rows a second leave no room for QDateTime::toString.
void appendIso(QByteArray &out, const QDateTime &t)
{
    const int offset = t.offsetFromUtc();
    // Whole seconds, rounded down also before 1970 (toSecsSinceEpoch rounds towards zero).
    const qint64 msecs = t.toMSecsSinceEpoch();
    const qint64 localSecs = (msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000)) + offset;
    qint64 days = localSecs / 86400;
    qint64 secs = localSecs % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    char digits[8];
    int n = 0;
    int y = year;
    do {
        digits[n++] = static_cast<char>('0' + y % 10);
        y /= 10;
    } while (y > 0 && n < 8);
    for (int pad = n; pad < 4; ++pad)
        out.append('0');
    while (n > 0)
        out.append(digits[--n]);
    out.append('-');
    appendTwo(out, month);
    out.append('-');
    appendTwo(out, day);
    out.append('T');
    appendTwo(out, static_cast<int>(secs / 3600));
    out.append(':');
    appendTwo(out, static_cast<int>(secs / 60 % 60));
    out.append(':');
    appendTwo(out, static_cast<int>(secs % 60));
    if (offset == 0) {
        out.append('Z');
        return;
    }
    const int abs = offset < 0 ? -offset : offset;
    out.append(offset < 0 ? '-' : '+');
    appendTwo(out, abs / 3600);
    out.append(':');
    appendTwo(out, abs / 60 % 60);
}

QByteArray jsonString(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            escaped.append(QLatin1Char('\\')).append(c);
        } else if (u < 0x20) {
            escaped.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
        } else {
            escaped.append(c); // surrogate pairs stay together
        }
    }
    return '"' + escaped.toUtf8() + '"';
}

bool flush(QIODevice &device, QByteArray &buffer)
{
    const bool ok = device.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace

QByteArray csvHeader()
{
    return QByteArrayLiteral("bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial");
}

QByteArray csvTextCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            cell.prepend(QLatin1Char('\''));
    }
    QByteArray utf8 = cell.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n')) {
        utf8.replace("\"", "\"\"");
        utf8.prepend('"').append('"');
    }
    return utf8;
}

QString isoTimestamp(const QDateTime &t)
{
    QByteArray out;
    appendIso(out, t);
    return QString::fromLatin1(out);
}

bool writeExport(QIODevice &device, const DashboardSnapshot &snapshot, ExportFormat format)
{
    const QByteArray scale = scaleName(snapshot.query.scale).toLatin1();
    QByteArray buffer;
    buffer.reserve(ChunkBytes + 512);

    if (format == ExportFormat::Csv) {
        const QByteArray resource = csvTextCell(snapshot.query.resource.exportName());
        buffer.append(csvHeader()).append("\r\n");
        for (const UsageRow &row : snapshot.rows) {
            appendIso(buffer, row.start);
            buffer.append(',');
            appendIso(buffer, row.end);
            buffer.append(',').append(scale).append(',').append(resource).append(',');
            if (row.calls)
                buffer.append(QByteArray::number(*row.calls));
            buffer.append(',');
            if (row.traffic)
                buffer.append(QByteArray::number(*row.traffic));
            buffer.append(row.partial ? ",true\r\n" : ",false\r\n");
            if (buffer.size() >= ChunkBytes && !flush(device, buffer))
                return false;
        }
        return flush(device, buffer);
    }

    const QByteArray resource = jsonString(snapshot.query.resource.exportName());
    buffer.append('[');
    bool first = true;
    for (const UsageRow &row : snapshot.rows) {
        buffer.append(first ? "\n  {\"bucket_start\": \"" : ",\n  {\"bucket_start\": \"");
        first = false;
        appendIso(buffer, row.start);
        buffer.append("\", \"bucket_end\": \"");
        appendIso(buffer, row.end);
        buffer.append("\", \"scale\": \"").append(scale).append("\", \"resource\": ");
        buffer.append(resource).append(", \"calls\": ");
        buffer.append(row.calls ? QByteArray::number(*row.calls) : QByteArrayLiteral("null"));
        buffer.append(", \"traffic_bytes\": ");
        buffer.append(row.traffic ? QByteArray::number(*row.traffic) : QByteArrayLiteral("null"));
        buffer.append(row.partial ? ", \"partial\": true}" : ", \"partial\": false}");
        if (buffer.size() >= ChunkBytes && !flush(device, buffer))
            return false;
    }
    buffer.append(first ? "]\n" : "\n]\n");
    return flush(device, buffer);
}

QByteArray exportBytes(const DashboardSnapshot &snapshot, ExportFormat format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    writeExport(buffer, snapshot, format);
    return out;
}

std::optional<QString> saveExport(const QString &path, const DashboardSnapshot &snapshot,
                                  ExportFormat format)
{
    auto why = [&](const QString &reason) {
        return QCoreApplication::translate("geobox::UsageExport", "Cannot write %1: %2")
            .arg(path, reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return why(file.errorString());
    if (!writeExport(file, snapshot, format)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return why(reason);
    }
    if (!file.commit())
        return why(file.errorString());
    return std::nullopt;
}

} // namespace geobox
