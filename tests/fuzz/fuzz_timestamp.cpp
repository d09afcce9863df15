// parseTimestamp, isoTimestamp and jalaliTimestamp.
// 1. The input as UTF-8 text, read in UTC, in a fixed -02:30 and in two zones with daylight
//    saving. Properties: only "yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}][Z]" in ASCII digits is
//    accepted, and every such text naming a real date and time is accepted in UTC and in a
//    fixed offset, with exactly its fields; isoTimestamp writes it back to the second.
// 2. The first 9 bytes as an instant between the years 1 and 9999 and a zone. Properties:
//    isoTimestamp gives "yyyy-MM-ddTHH:mm:ss" and "Z" or "+hh:mm", and the local part read
//    back in that offset is the instant (to the second). Wherever isoTimestamp is checked,
//    jalaliTimestamp ends with the same time and zone, and its "[-]yyyy-MM-dd" (ASCII
//    digits), read in the Jalali calendar, is the ISO stamp's day.

#include "fuzzcheck.h"
#include "parsers.h"
#include "usageexport.h"

#include <QCalendar>

#include <cstring>

using namespace geobox;

namespace {

struct Fields
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    bool utc = false;
};

bool asciiDigits(QStringView t, qsizetype pos, qsizetype count, int *value)
{
    int v = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (i >= t.size() || t[i] < u'0' || t[i] > u'9')
            return false;
        v = v * 10 + (t[i].unicode() - u'0');
    }
    *value = v;
    return true;
}

// The documented grammar, written independently of the parser.
std::optional<Fields> grammar(QStringView t)
{
    Fields f;
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u' ') ||
        t[13] != u':' || t[16] != u':')
        return std::nullopt;
    if (!asciiDigits(t, 0, 4, &f.year) || !asciiDigits(t, 5, 2, &f.month) ||
        !asciiDigits(t, 8, 2, &f.day) || !asciiDigits(t, 11, 2, &f.hour) ||
        !asciiDigits(t, 14, 2, &f.minute) || !asciiDigits(t, 17, 2, &f.second))
        return std::nullopt;
    qsizetype pos = 19;
    if (pos < t.size() && t[pos] == u'.') {
        const qsizetype start = ++pos;
        while (pos < t.size() && t[pos] >= u'0' && t[pos] <= u'9')
            ++pos;
        const qsizetype length = pos - start;
        if (length < 1 || length > 9)
            return std::nullopt;
        int ms = 0;
        for (qsizetype i = 0; i < 3; ++i)
            ms = ms * 10 + (i < length ? t[start + i].unicode() - u'0' : 0);
        f.msec = ms;
    }
    if (pos < t.size() && t[pos] == u'Z') {
        f.utc = true;
        ++pos;
    }
    if (pos != t.size())
        return std::nullopt;
    return f;
}

QString offsetText(int offset)
{
    if (offset == 0)
        return QStringLiteral("Z");
    const int abs = offset < 0 ? -offset : offset;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg(abs / 60 % 60, 2, 10, QLatin1Char('0'));
}

void checkLocalFields(const QDateTime &t, const Fields &f, const QString &text)
{
    const QDate d = t.date();
    const QTime time = t.time();
    FUZZ_CHECK(d.year() == f.year && d.month() == f.month && d.day() == f.day &&
                   time.hour() == f.hour && time.minute() == f.minute &&
                   time.second() == f.second && time.msec() == f.msec,
               QStringLiteral("%1 read as %2").arg(text, t.toString(Qt::ISODateWithMs)));
}

// What jalaliTimestamp writes for t, whose isoTimestamp is iso: the same time and zone after
// the Jalali day of iso's date.
void checkJalali(const QString &iso, const QDateTime &t, const QString &context)
{
    static const QCalendar jalali(QCalendar::System::Jalali);
    const QString text = jalaliTimestamp(t);
    const QString says = QStringLiteral("%1: %2 gave %3").arg(context, iso, text);
    const qsizetype tee = text.indexOf(u'T');
    FUZZ_CHECK(tee > 0 && text.sliced(tee) == iso.sliced(10), says);
    const QStringView date = QStringView(text).first(tee);
    const qsizetype sign = date.startsWith(u'-') ? 1 : 0;
    const qsizetype yearDigits = date.size() - sign - 6;
    int year = 0, month = 0, day = 0;
    FUZZ_CHECK(yearDigits >= 4 && date[sign + yearDigits] == u'-' &&
                   date[sign + yearDigits + 3] == u'-' &&
                   asciiDigits(date, sign, yearDigits, &year) &&
                   asciiDigits(date, sign + yearDigits + 1, 2, &month) &&
                   asciiDigits(date, sign + yearDigits + 4, 2, &day),
               says);
    FUZZ_CHECK(jalali.dateFromParts(sign ? -year : year, month, day) ==
                   QDate::fromString(iso.first(10), Qt::ISODate),
               says);
}

// What isoTimestamp writes for t: the local time to the second, then Z or the offset.
void checkIso(const QDateTime &t, const QString &context)
{
    const QString iso = isoTimestamp(t);
    const int offset = t.offsetFromUtc();
    const QString suffix = offsetText(offset);
    FUZZ_CHECK(iso.size() == 19 + suffix.size() && iso.endsWith(suffix),
               QStringLiteral("%1: %2 (offset %3 s)").arg(context, iso).arg(offset));
    const QString local = iso.first(19);
    const std::optional<Fields> f = grammar(local);
    FUZZ_CHECK(f && local[10] == u'T', QStringLiteral("%1: %2").arg(context, iso));
    const std::optional<QDateTime> back = parseTimestamp(local, QTimeZone(offset));
    FUZZ_CHECK(back && back->toSecsSinceEpoch() == fuzz::floorSecs(t),
               QStringLiteral("%1: %2 read back as %3")
                   .arg(context, iso, back ? back->toString(Qt::ISODate) : QStringLiteral("-")));
    checkJalali(iso, t, context);
}

void fuzzText(QStringView text)
{
    static const QTimeZone fixed(-9000);
    static const QTimeZone dst[] = {QTimeZone("Europe/Berlin"), QTimeZone("America/St_Johns")};
    const std::optional<Fields> f = grammar(text);
    const bool real = f && QDate::isValid(f->year, f->month, f->day) &&
                      QTime::isValid(f->hour, f->minute, f->second, f->msec);
    const QString shown = text.toString();

    const std::optional<QDateTime> utc = parseTimestamp(text, QTimeZone::utc());
    const std::optional<QDateTime> offset = parseTimestamp(text, fixed);
    FUZZ_CHECK(!utc || f, QStringLiteral("accepted outside the grammar: %1").arg(shown));
    FUZZ_CHECK(utc.has_value() == real, QStringLiteral("%1 gave %2").arg(shown).arg(bool(utc)));
    FUZZ_CHECK(offset.has_value() == real,
               QStringLiteral("%1 gave %2").arg(shown).arg(bool(offset)));
    for (const QTimeZone &zone : dst) {
        const std::optional<QDateTime> t = parseTimestamp(text, zone);
        FUZZ_CHECK(!t || f, QStringLiteral("accepted outside the grammar: %1").arg(shown));
        if (t) {
            FUZZ_CHECK(t->isValid(), shown);
            if (f->utc)
                FUZZ_CHECK(*t == *utc, shown);
            checkIso(*t, shown);
        }
    }
    if (!utc)
        return;
    checkLocalFields(utc->toUTC(), *f, shown);
    checkIso(*utc, shown);
    FUZZ_CHECK(isoTimestamp(*utc) ==
                   QStringLiteral("%1T%2Z").arg(text.first(10), text.sliced(11, 8)),
               isoTimestamp(*utc));
    if (f->utc) {
        FUZZ_CHECK(*offset == *utc, shown);
    } else {
        checkLocalFields(offset->toOffsetFromUtc(-9000), *f, shown);
        FUZZ_CHECK(offset->toSecsSinceEpoch() == utc->toSecsSinceEpoch() + 9000, shown);
    }
    checkIso(*offset, shown);
}

void fuzzInstant(const uint8_t *data, size_t size)
{
    if (size < 9)
        return;
    static const QTimeZone zones[] = {QTimeZone::utc(),
                                      QTimeZone("Europe/Berlin"),
                                      QTimeZone("America/St_Johns"),
                                      QTimeZone("Australia/Lord_Howe"),
                                      QTimeZone("Pacific/Kiritimati"),
                                      QTimeZone("Pacific/Pago_Pago")};
    static const qint64 first =
        QDateTime(QDate(1, 1, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    static const qint64 last =
        QDateTime(QDate(9999, 12, 30), QTime(23, 59, 59, 999), QTimeZone::utc())
            .toMSecsSinceEpoch();
    uint64_t raw = 0;
    std::memcpy(&raw, data, sizeof raw);
    const qint64 msecs = first + static_cast<qint64>(raw % static_cast<uint64_t>(last - first + 1));
    const uint8_t z = data[8];
    // 0..5: a named zone; else a fixed offset in whole minutes within +-14 h.
    const QTimeZone zone =
        z < 6 ? zones[z] : QTimeZone((static_cast<int>(z) - 131) * 6 * 60 + 7 * 60);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    FUZZ_CHECK(t.isValid(), QString::number(msecs));
    checkIso(t, QStringLiteral("instant %1 in %2").arg(msecs).arg(QString::fromUtf8(zone.id())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzText(QString::fromUtf8(fuzz::bytes(data, size)));
    fuzzInstant(data, size);
    return 0;
}
