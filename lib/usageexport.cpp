#include "usageexport.h"

#include "insights/comparison.h"

#include <QBuffer>
#include <QCalendar>
#include <QCoreApplication>
#include <QSaveFile>

#include <limits>

namespace geobox {

namespace {

// Rows are gathered into a buffer and handed to the device in chunks of about this size.
constexpr qsizetype ChunkBytes = 256 * 1024;

void appendTwo(QByteArray &out, int v)
{
    out.append(static_cast<char>('0' + v / 10)).append(static_cast<char>('0' + v % 10));
}

// The day a timestamp falls on, as year, month and day of a calendar (null: Gregorian,
// through QDate itself). The last day is kept: consecutive rows mostly share it.
struct CalendarDay
{
    explicit CalendarDay(const QCalendar *c = nullptr)
        : calendar(c)
    {}

    const QCalendar *calendar;
    qint64 cachedDays = std::numeric_limits<qint64>::min();
    bool valid = false;
    int year = 0;
    int month = 0;
    int day = 0;

    void set(qint64 daysSinceEpoch)
    {
        if (daysSinceEpoch == cachedDays)
            return;
        cachedDays = daysSinceEpoch;
        const QDate date = QDate(1970, 1, 1).addDays(daysSinceEpoch);
        if (!calendar) {
            date.getDate(&year, &month, &day);
            valid = date.isValid();
            return;
        }
        const QCalendar::YearMonthDay parts = calendar->partsFromDate(date);
        valid = parts.isValid();
        year = parts.year;
        month = parts.month;
        day = parts.day;
    }
};

void appendYear(QByteArray &out, int year)
{
    if (year < 0)
        out.append('-');
    qint64 y = year < 0 ? -static_cast<qint64>(year) : year;
    char digits[12];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + y % 10);
        y /= 10;
    } while (y > 0 && n < 12);
    for (int pad = n; pad < 4; ++pad)
        out.append('0');
    while (n > 0)
        out.append(digits[--n]);
}

// ISO 8601 to the second, with "Z" or the offset, the date in day.calendar; written by hand
// because a million rows a second leave no room for QDateTime::toString. Nothing when the
// calendar cannot say the day.
void appendStamp(QByteArray &out, const QDateTime &t, CalendarDay &day)
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
    day.set(days);
    if (!day.valid)
        return;
    appendYear(out, day.year);
    out.append('-');
    appendTwo(out, day.month);
    out.append('-');
    appendTwo(out, day.day);
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

bool flush(QIODevice &device, QByteArray &buffer)
{
    const bool ok = device.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace

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

std::optional<ExportCalendar> exportCalendarFromName(QStringView name)
{
    if (name == QLatin1String("gregorian"))
        return ExportCalendar::Gregorian;
    if (name == QLatin1String("jalali"))
        return ExportCalendar::Jalali;
    return std::nullopt;
}

bool jalaliCalendarAvailable()
{
    // Fixed for the build of Qt; the window asks on every date it writes.
    static const bool available = QCalendar::availableCalendars().contains(QLatin1String("Jalali"));
    return available;
}

QByteArray csvHeader(ExportCalendar calendar)
{
    return calendar == ExportCalendar::Jalali
               ? QByteArrayLiteral("bucket_start,bucket_start_jalali,bucket_end,scale,resource,"
                                   "calls,traffic_bytes,partial")
               : QByteArrayLiteral(
                     "bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial");
}

QByteArray csvCompareHeader()
{
    return QByteArrayLiteral(",previous_bucket_start,previous_calls,previous_traffic_bytes");
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
    CalendarDay gregorian;
    appendStamp(out, t, gregorian);
    return QString::fromLatin1(out);
}

QString jalaliTimestamp(const QDateTime &t)
{
    const QCalendar jalali(QCalendar::System::Jalali); // invalid without it: empty
    CalendarDay day(&jalali);
    QByteArray out;
    appendStamp(out, t, day);
    return QString::fromLatin1(out);
}

bool writeExport(QIODevice &device, const DashboardSnapshot &snapshot, ExportFormat format,
                 ExportCalendar calendar, const QList<UsageRow> *previous)
{
    CalendarDay previousDay;
    const QByteArray scale = scaleName(snapshot.query.scale).toLatin1();
    QByteArray buffer;
    buffer.reserve(ChunkBytes + 512);
    CalendarDay startDay;
    CalendarDay endDay;
    const bool withJalali = calendar == ExportCalendar::Jalali;
    // Invalid when Qt was built without it: the column stays, empty (the command line
    // refuses before it comes to that).
    const QCalendar jalali(QCalendar::System::Jalali);
    CalendarDay jalaliDay(&jalali);

    if (format == ExportFormat::Csv) {
        const QByteArray resource = csvTextCell(snapshot.query.resource.exportName());
        buffer.append(csvHeader(calendar));
        if (previous)
            buffer.append(csvCompareHeader());
        buffer.append("\r\n");
        for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
            const UsageRow &row = snapshot.rows.at(i);
            appendStamp(buffer, row.start, startDay);
            buffer.append(',');
            if (withJalali) {
                appendStamp(buffer, row.start, jalaliDay);
                buffer.append(',');
            }
            appendStamp(buffer, row.end, endDay);
            buffer.append(',').append(scale).append(',').append(resource).append(',');
            if (row.calls)
                buffer.append(QByteArray::number(*row.calls));
            buffer.append(',');
            if (row.traffic)
                buffer.append(QByteArray::number(*row.traffic));
            buffer.append(row.partial() ? ",true" : ",false");
            if (previous) {
                const std::optional<UsageRow> other = matchingRow(*previous, i);
                buffer.append(',');
                if (other) {
                    appendStamp(buffer, other->start, previousDay);
                    buffer.append(',');
                    if (other->calls)
                        buffer.append(QByteArray::number(*other->calls));
                    buffer.append(',');
                    if (other->traffic)
                        buffer.append(QByteArray::number(*other->traffic));
                } else {
                    buffer.append(",,");
                }
            }
            buffer.append("\r\n");
            if (buffer.size() >= ChunkBytes && !flush(device, buffer))
                return false;
        }
        return flush(device, buffer);
    }

    const QByteArray resource = jsonString(snapshot.query.resource.exportName());
    buffer.append('[');
    bool first = true;
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        const UsageRow &row = snapshot.rows.at(i);
        buffer.append(first ? "\n  {\"bucket_start\": \"" : ",\n  {\"bucket_start\": \"");
        first = false;
        appendStamp(buffer, row.start, startDay);
        if (withJalali) {
            buffer.append("\", \"bucket_start_jalali\": \"");
            appendStamp(buffer, row.start, jalaliDay);
        }
        buffer.append("\", \"bucket_end\": \"");
        appendStamp(buffer, row.end, endDay);
        buffer.append("\", \"scale\": \"").append(scale).append("\", \"resource\": ");
        buffer.append(resource).append(", \"calls\": ");
        buffer.append(row.calls ? QByteArray::number(*row.calls) : QByteArrayLiteral("null"));
        buffer.append(", \"traffic_bytes\": ");
        buffer.append(row.traffic ? QByteArray::number(*row.traffic) : QByteArrayLiteral("null"));
        buffer.append(row.partial() ? ", \"partial\": true" : ", \"partial\": false");
        if (previous) {
            const std::optional<UsageRow> other = matchingRow(*previous, i);
            buffer.append(", \"previous_bucket_start\": ");
            if (other) {
                buffer.append('"');
                appendStamp(buffer, other->start, previousDay);
                buffer.append("\", \"previous_calls\": ");
                buffer.append(other->calls ? QByteArray::number(*other->calls)
                                           : QByteArrayLiteral("null"));
                buffer.append(", \"previous_traffic_bytes\": ");
                buffer.append(other->traffic ? QByteArray::number(*other->traffic)
                                             : QByteArrayLiteral("null"));
            } else {
                buffer.append("null, \"previous_calls\": null, \"previous_traffic_bytes\": null");
            }
        }
        buffer.append('}');
        if (buffer.size() >= ChunkBytes && !flush(device, buffer))
            return false;
    }
    buffer.append(first ? "]\n" : "\n]\n");
    return flush(device, buffer);
}

QByteArray exportBytes(const DashboardSnapshot &snapshot, ExportFormat format,
                       ExportCalendar calendar, const QList<UsageRow> *previous)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    writeExport(buffer, snapshot, format, calendar, previous);
    return out;
}

std::optional<QString> saveExport(const QString &path, const DashboardSnapshot &snapshot,
                                  ExportFormat format, ExportCalendar calendar,
                                  const QList<UsageRow> *previous)
{
    auto why = [&](const QString &reason) {
        return QCoreApplication::translate("geobox::UsageExport", "Cannot write %1: %2")
            .arg(path, reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return why(file.errorString());
    if (!writeExport(file, snapshot, format, calendar, previous)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return why(reason);
    }
    if (!file.commit())
        return why(file.errorString());
    return std::nullopt;
}

} // namespace geobox
