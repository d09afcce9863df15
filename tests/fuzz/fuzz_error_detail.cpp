// ApiError::fromHttpStatus, parseErrorDetail and parseRetryAfter.
// Input: BODY, or BODY NUL S1 S2 RETRY-AFTER with the status as a big-endian int16 S1 S2
// (without the NUL: status 422, no Retry-After).
// Properties: the detail stays within 500 characters and 20 issues; the error keeps the
// status, its kind follows the status, its detail and issues are parseErrorDetail's; its
// message is never empty and carries the kind's name, the detail and the Retry-After delay;
// shortening never cuts a surrogate pair;
// a delay is never negative and a delta-seconds header is read exactly.

#include "fuzzcheck.h"
#include "parsers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace geobox;

namespace {

ApiError::Kind expectedKind(int status)
{
    if (status == 401)
        return ApiError::Kind::Authentication;
    if (status == 403)
        return ApiError::Kind::Permission;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 422)
        return ApiError::Kind::Validation;
    if (status == 429)
        return ApiError::Kind::RateLimited;
    if (status >= 500 && status <= 599)
        return ApiError::Kind::Server;
    return ApiError::Kind::HttpStatus;
}

// Every string and key of the JSON value is valid UTF-16 (no lone surrogate from "\ud800").
bool wellFormed(const QJsonValue &v)
{
    if (v.isString())
        return QStringView(v.toString()).isValidUtf16();
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return wellFormed(e); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringView(it.key()).isValidUtf16() || !wellFormed(it.value()))
                return false;
    }
    return true;
}

void checkDetail(const ErrorDetail &d, const QByteArray &body)
{
    FUZZ_CHECK(d.text.size() <= 500, QString::number(d.text.size()));
    FUZZ_CHECK(d.issues.size() <= 20, QString::number(d.issues.size()));
    for (const ValidationIssue &issue : d.issues) {
        FUZZ_CHECK(issue.message.size() <= 500, QString::number(issue.message.size()));
        FUZZ_CHECK(issue.type.size() <= 500, QString::number(issue.type.size()));
    }
    if (!d.issues.isEmpty() && !d.issues.front().message.isEmpty())
        FUZZ_CHECK(!d.text.isEmpty(), QStringLiteral("issues without text"));

    // Shortening to 500 characters must not cut a surrogate pair (an emoji) in two.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!wellFormed(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())))
        return;
    auto whole = [](const QString &text) { return QStringView(text).isValidUtf16(); };
    FUZZ_CHECK(whole(d.text),
               QStringLiteral("lone surrogate in the detail: %1").arg(d.text.right(20)));
    for (const ValidationIssue &issue : d.issues)
        FUZZ_CHECK(whole(issue.message) && whole(issue.type) &&
                       std::all_of(issue.location.begin(), issue.location.end(), whole),
                   QStringLiteral("lone surrogate in an issue: %1").arg(issue.message.right(20)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray body = (nul < 0 ? input : input.first(nul)).toByteArray();
    int status = 422;
    QByteArray retryAfter;
    if (nul >= 0) {
        const QByteArrayView tail = input.sliced(nul + 1);
        if (tail.size() >= 2)
            status = static_cast<int16_t>(static_cast<uint16_t>(
                (static_cast<uint8_t>(tail[0]) << 8) | static_cast<uint8_t>(tail[1])));
        retryAfter = tail.size() > 2 ? tail.sliced(2).toByteArray() : QByteArray();
    }

    const ErrorDetail detail = parseErrorDetail(body);
    checkDetail(detail, body);

    const ApiError error = ApiError::fromHttpStatus(status, body, retryAfter);
    FUZZ_CHECK(error.httpStatus() == status, QString::number(error.httpStatus()));
    FUZZ_CHECK(error.kind() == expectedKind(status), ApiError::kindName(error.kind()));
    FUZZ_CHECK(error.detail() == detail.text, error.detail());
    FUZZ_CHECK(error.validationIssues() == detail.issues, QStringLiteral("issues differ"));
    const QString message = error.message();
    FUZZ_CHECK(!message.isEmpty(), QStringLiteral("empty message"));
    FUZZ_CHECK(message.contains(ApiError::kindName(error.kind())), message);
    FUZZ_CHECK(message.contains(error.detail()), message);
    if (status > 0)
        FUZZ_CHECK(message.contains(QString::number(status)), message);

    FUZZ_CHECK(!retryAfter.isEmpty() || !error.retryAfter(), QStringLiteral("delay from nothing"));
    if (const std::optional<std::chrono::seconds> after = error.retryAfter()) {
        FUZZ_CHECK(after->count() >= 0, QString::number(after->count()));
        FUZZ_CHECK(
            message.contains(QLocale().toString(after->count())),
            QStringLiteral("Retry-After %1 s shown as: %2").arg(after->count()).arg(message));
    }

    // parseRetryAfter on its own, against a fixed now.
    static const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    const std::optional<std::chrono::seconds> after = parseRetryAfter(retryAfter, now);
    bool isNumber = false;
    const qlonglong seconds = retryAfter.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        FUZZ_CHECK(after.has_value() == (seconds >= 0), QString::fromLatin1(retryAfter));
        if (after)
            FUZZ_CHECK(after->count() == seconds, QString::number(after->count()));
        if (!retryAfter.isEmpty())
            FUZZ_CHECK(error.retryAfter() == after, QString::fromLatin1(retryAfter));
    } else if (after) {
        FUZZ_CHECK(after->count() >= 0, QString::number(after->count()));
    }
    return 0;
}
