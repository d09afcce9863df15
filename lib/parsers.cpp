#include "parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace geobox {

namespace {

// At most `max` UTF-16 units, never ending in half of a surrogate pair.
QString shortened(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    QString cut = text.left(max);
    if (cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

// The translation context of this file's texts; lupdate reads it here.
struct ParsersText
{
    Q_DECLARE_TR_FUNCTIONS(geobox::Parsers)
};

// Longest detail text kept from a server answer: enough for any real message, short
// enough that a hostile body cannot flood a banner or a log.
constexpr qsizetype MaxDetailLength = 500;
constexpr qsizetype MaxDetailIssues = 20;

Result<QJsonDocument> parseJson(QByteArrayView body)
{
    if (body.trimmed().isEmpty())
        return ApiError::badResponse(ParsersText::tr("The server sent an empty answer."));
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badResponse(
            ParsersText::tr("The server's answer is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    return doc;
}

// A whole number >= 0 that fits in 64 bits; JSON's 21.0 counts, 21.5, -1, "21" do not.
std::optional<qint64> countValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || std::floor(d) != d || d >= 9.2e18)
        return std::nullopt;
    const qint64 exact = value.toInteger(-1);
    return exact >= 0 ? exact : static_cast<qint64>(d);
}

// A finite number >= 0 (process seconds may be fractional), rounded to whole seconds.
std::optional<qint64> secondsValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d >= 9.2e18)
        return std::nullopt;
    return std::llround(d);
}

QString stringValue(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone &zone)
{
    // yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z]
    auto digits = [&](qsizetype pos, qsizetype count) -> int {
        if (pos + count > text.size())
            return -1;
        int v = 0;
        for (qsizetype i = pos; i < pos + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    auto at = [&](qsizetype pos, char16_t c) { return pos < text.size() && text[pos] == c; };

    if (text.size() < 19 || !at(4, u'-') || !at(7, u'-') || !(at(10, u'T') || at(10, u' ')) ||
        !at(13, u':') || !at(16, u':'))
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype pos = 19;
    int msec = 0;
    if (at(pos, u'.')) {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9' &&
               pos - fractionStart < 9)
            ++pos;
        const qsizetype length = pos - fractionStart;
        if (length == 0)
            return std::nullopt;
        const int leading = digits(fractionStart, std::min<qsizetype>(3, length));
        msec = leading * (length >= 3 ? 1 : (length == 2 ? 10 : 100));
    }
    bool utc = false;
    if (at(pos, u'Z')) {
        utc = true;
        ++pos;
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime result(date, time, utc ? QTimeZone::utc() : zone);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

// The usual shape of a usage/api answer, read without building a JSON document:
// [["2025-07-07T00:00:00", 21], ...] with plain ASCII strings (no escapes) and whole numbers
// written as digits only. Anything else (and any item this reader would refuse) gives
// nullopt, and the general parser below reads the body, so results and errors stay exactly
// the same as QJsonDocument's.
static std::optional<QList<RawPoint>> parseUsageSeriesFast(QByteArrayView body,
                                                           const QTimeZone &zone)
{
    // Large bodies go the general way, which also reports QJsonDocument's own limits.
    if (body.size() > 8 * 1024 * 1024)
        return std::nullopt;
    const char *p = body.data();
    const char *const end = p + body.size();
    auto skipSpace = [&] {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    };
    auto take = [&](char c) {
        skipSpace();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    };
    if (!take('['))
        return std::nullopt;
    QList<RawPoint> points;
    points.reserve(body.size() / 28 + 1);
    if (take(']')) {
        skipSpace();
        return p == end ? std::optional<QList<RawPoint>>(points) : std::nullopt;
    }
    char16_t text[40];
    for (;;) {
        if (!take('[') || !take('"'))
            return std::nullopt;
        qsizetype length = 0;
        while (p < end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x7f || c == '\\' || length == 40)
                return std::nullopt;
            text[length++] = c;
            ++p;
        }
        if (p == end)
            return std::nullopt;
        ++p; // the closing quote
        const std::optional<QDateTime> start = parseTimestamp(QStringView(text, length), zone);
        if (!start || !take(','))
            return std::nullopt;
        skipSpace();
        // 0, or 1 to 15 digits without a leading zero: exact in a double, as JSON reads it.
        const char *const digits = p;
        qint64 value = 0;
        while (p < end && *p >= '0' && *p <= '9' && p - digits < 16) {
            value = value * 10 + (*p - '0');
            ++p;
        }
        const qsizetype count = p - digits;
        if (count == 0 || count > 15 || (count > 1 && *digits == '0'))
            return std::nullopt;
        if (!take(']'))
            return std::nullopt;
        points.append({*start, value});
        if (take(','))
            continue;
        if (!take(']'))
            return std::nullopt;
        skipSpace();
        return p == end ? std::optional<QList<RawPoint>>(std::move(points)) : std::nullopt;
    }
}

Result<QList<RawPoint>> parseUsageSeries(QByteArrayView body, const QTimeZone &zone)
{
    if (std::optional<QList<RawPoint>> points = parseUsageSeriesFast(body, zone))
        return std::move(*points);
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return ApiError::badResponse(
            ParsersText::tr("Usage data should be a list of [time, value] pairs."));
    const QJsonArray array = doc.value().array();
    QList<RawPoint> points;
    points.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QJsonArray pair = item.toArray();
        if (!item.isArray() || pair.size() != 2)
            return ApiError::badResponse(
                ParsersText::tr("Usage data item %1 is not a [time, value] pair.").arg(i + 1));
        const std::optional<QDateTime> start =
            pair.at(0).isString() ? parseTimestamp(pair.at(0).toString(), zone) : std::nullopt;
        if (!start)
            return ApiError::badResponse(
                ParsersText::tr("Usage data item %1 has no readable time.").arg(i + 1));
        const std::optional<qint64> value = countValue(pair.at(1));
        if (!value)
            return ApiError::badResponse(
                ParsersText::tr(
                    "Usage data item %1 has a value that is not a whole number of 0 or more.")
                    .arg(i + 1));
        points.append({*start, *value});
    }
    return points;
}

Result<double> parseProcessSeconds(QByteArrayView body)
{
    // A bare number is a valid JSON text, but QJsonDocument only takes arrays and
    // objects at the top level: wrap it.
    QByteArray wrapped;
    wrapped.reserve(body.size() + 2);
    wrapped.append('[').append(body.data(), body.size()).append(']');
    if (body.trimmed().isEmpty())
        return ApiError::badResponse(ParsersText::tr("The server sent an empty answer."));
    Result<QJsonDocument> doc = parseJson(wrapped);
    const QJsonArray array = doc ? doc.value().array() : QJsonArray();
    if (!doc || array.size() != 1 || !array.at(0).isDouble())
        return ApiError::badResponse(
            ParsersText::tr("Processing time should be a number of seconds."));
    const double seconds = array.at(0).toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds >= 9.2e18)
        return ApiError::badResponse(
            ParsersText::tr("Processing time should be a number of seconds from 0 to 2^63."));
    return seconds;
}

Result<UsageSummary> parseUsageSummary(QByteArrayView body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::badResponse(ParsersText::tr("The usage summary should be a JSON object."));
    const QJsonObject o = doc.value().object();

    UsageSummary s;
    struct Field
    {
        const char *name;
        qint64 UsageSummary::*member;
        bool seconds;
    };
    static const Field fields[] = {
        {"available_storage", &UsageSummary::availableStorage, false},
        {"used_storage", &UsageSummary::usedStorage, false},
        {"max_daily_api_calls", &UsageSummary::maxDailyApiCalls, false},
        {"daily_api_calls", &UsageSummary::dailyApiCalls, false},
        {"max_monthly_api_calls", &UsageSummary::maxMonthlyApiCalls, false},
        {"monthly_api_calls", &UsageSummary::monthlyApiCalls, false},
        {"max_daily_traffic", &UsageSummary::maxDailyTraffic, false},
        {"daily_traffic", &UsageSummary::dailyTraffic, false},
        {"max_monthly_traffic", &UsageSummary::maxMonthlyTraffic, false},
        {"monthly_traffic", &UsageSummary::monthlyTraffic, false},
        {"max_daily_process", &UsageSummary::maxDailyProcess, true},
        {"daily_process", &UsageSummary::dailyProcess, true},
        {"max_monthly_process", &UsageSummary::maxMonthlyProcess, true},
        {"monthly_process", &UsageSummary::monthlyProcess, true},
    };
    for (const Field &f : fields) {
        const QJsonValue v = o.value(QLatin1String(f.name));
        if (v.isUndefined())
            return ApiError::badResponse(
                ParsersText::tr("The usage summary has no \"%1\".").arg(QLatin1String(f.name)));
        const std::optional<qint64> n = f.seconds ? secondsValue(v) : countValue(v);
        if (!n)
            return ApiError::badResponse(
                ParsersText::tr("The usage summary's \"%1\" is not a whole number of 0 or more.")
                    .arg(QLatin1String(f.name)));
        s.*(f.member) = *n;
    }
    const QJsonValue remaining = o.value(QLatin1String("remaining_days"));
    if (!remaining.isUndefined() && !remaining.isNull()) {
        if (!remaining.isDouble() || !std::isfinite(remaining.toDouble()) ||
            std::floor(remaining.toDouble()) != remaining.toDouble() ||
            std::abs(remaining.toDouble()) > 1e9)
            return ApiError::badResponse(
                ParsersText::tr("The usage summary's \"remaining_days\" is not a whole number."));
        s.remainingDays = remaining.toInteger();
    }
    return s;
}

static Plan planFrom(const QJsonObject &o)
{
    Plan p;
    p.raw = o;
    if (const std::optional<qint64> id = countValue(o.value(QLatin1String("id"))))
        p.id = id;
    p.name = stringValue(o, "name");
    p.displayName = stringValue(o, "display_name");
    p.description = stringValue(o, "description");
    p.color = stringValue(o, "plan_color");
    auto number = [&](const char *key) {
        return countValue(o.value(QLatin1String(key))).value_or(0);
    };
    p.storage = number("storage");
    p.concurrentTasks = number("concurrent_tasks");
    p.dailyApiCalls = number("daily_api_calls");
    p.monthlyApiCalls = number("monthly_api_calls");
    p.dailyTraffic = number("daily_traffic");
    p.monthlyTraffic = number("monthly_traffic");
    p.dailyProcess = secondsValue(o.value(QLatin1String("daily_process"))).value_or(0);
    p.monthlyProcess = secondsValue(o.value(QLatin1String("monthly_process"))).value_or(0);
    p.numberOfDays = number("number_of_days");
    return p;
}

Result<User> parseUser(QByteArrayView body, const QTimeZone &zone)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::badResponse(ParsersText::tr("The user should be a JSON object."));
    const QJsonObject o = doc.value().object();
    const std::optional<qint64> id = countValue(o.value(QLatin1String("id")));
    if (!id || *id == 0)
        return ApiError::badResponse(ParsersText::tr("The user has no numeric \"id\"."));
    User u;
    u.id = *id;
    u.username = stringValue(o, "username");
    u.email = stringValue(o, "email");
    u.firstName = stringValue(o, "first_name");
    u.lastName = stringValue(o, "last_name");
    u.role = stringValue(o, "role");
    u.status = stringValue(o, "status");
    const QJsonValue plan = o.value(QLatin1String("plan"));
    if (plan.isObject())
        u.plan = planFrom(plan.toObject());
    const QString expiration = stringValue(o, "expiration_date");
    if (!expiration.isEmpty())
        u.expirationDate = parseTimestamp(expiration, zone).value_or(QDateTime());
    return u;
}

Result<QList<ApiKey>> parseApiKeys(QByteArrayView body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return ApiError::badResponse(ParsersText::tr("The API keys should be a JSON list."));
    const QJsonArray array = doc.value().array();
    QList<ApiKey> keys;
    keys.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const std::optional<qint64> id = countValue(o.value(QLatin1String("id")));
        const QJsonValue key = o.value(QLatin1String("key"));
        const QJsonValue name = o.value(QLatin1String("name"));
        const QJsonValue revoked = o.value(QLatin1String("revoked"));
        if (!array.at(i).isObject() || !id || !key.isString() || key.toString().isEmpty() ||
            !(name.isString() || name.isNull() || name.isUndefined()) ||
            !(revoked.isBool() || revoked.isNull() || revoked.isUndefined()))
            return ApiError::badResponse(
                ParsersText::tr(
                    "API key %1 in the list is not an object with an id, a name and a key.")
                    .arg(i + 1));
        keys.append({*id, name.toString(), key.toString(), revoked.toBool(false)});
    }
    return keys;
}

Result<QString> parseAccessToken(QByteArrayView body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    const QJsonValue token = doc.value().object().value(QLatin1String("access_token"));
    if (!token.isString() || token.toString().isEmpty())
        return ApiError::badResponse(ParsersText::tr("The sign-in answer has no access token."));
    return token.toString();
}

ErrorDetail parseErrorDetail(QByteArrayView body)
{
    ErrorDetail out;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    const QJsonValue detail = doc.object().value(QLatin1String("detail"));
    if (detail.isString()) {
        out.text = shortened(detail.toString(), MaxDetailLength);
    } else if (detail.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : detail.toArray()) {
            if (out.issues.size() >= MaxDetailIssues)
                break;
            const QJsonObject o = entry.toObject();
            ValidationIssue issue;
            for (const QJsonValue &part : o.value(QLatin1String("loc")).toArray())
                issue.location.append(part.isString() ? part.toString()
                                                      : QString::number(part.toInteger()));
            issue.message = shortened(stringValue(o, "msg"), MaxDetailLength);
            issue.type = shortened(stringValue(o, "type"), MaxDetailLength);
            out.issues.append(issue);
            const QString where = issue.location.join(QLatin1Char('.'));
            parts.append(where.isEmpty() ? issue.message
                                         : QStringLiteral("%1: %2").arg(where, issue.message));
        }
        out.text = shortened(parts.join(QStringLiteral("; ")), MaxDetailLength);
    }
    return out;
}

} // namespace geobox
