#include "apierror.h"

#include "parsers.h"

#include <QDateTime>
#include <QLocale>

namespace geobox {

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
{}

ApiError ApiError::invalidRequest(const QString &why)
{
    return ApiError(Kind::InvalidRequest, why);
}

ApiError ApiError::badResponse(const QString &why, int httpStatus)
{
    return ApiError(Kind::BadResponse, why, httpStatus);
}

static ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Permission;
    case 404:
        return ApiError::Kind::NotFound;
    case 422:
        return ApiError::Kind::Validation;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 && status <= 599 ? ApiError::Kind::Server : ApiError::Kind::HttpStatus;
    }
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QByteArray &body,
                                  const QByteArray &retryAfterHeader)
{
    const ErrorDetail parsed = parseErrorDetail(body);
    ApiError error(kindForStatus(httpStatus), parsed.text, httpStatus);
    error.m_issues = parsed.issues;
    if (!retryAfterHeader.isEmpty())
        error.m_retryAfter = parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
        return tr("Invalid request");
    case Kind::InsecureUrl:
        return tr("Insecure server address");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Authentication:
        return tr("Authentication failed");
    case Kind::Permission:
        return tr("Permission denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Validation:
        return tr("Rejected by the server");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::Server:
        return tr("Server error");
    case Kind::HttpStatus:
        return tr("Unexpected answer");
    case Kind::BadResponse:
        return tr("Unreadable answer");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApiError::message() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus > 0)
        text = tr("%1 (HTTP %2)").arg(text).arg(m_httpStatus);
    if (!m_endpoint.isEmpty())
        text = tr("%1 from %2").arg(text, m_endpoint);
    if (!m_detail.isEmpty())
        text = tr("%1: %2").arg(text, m_detail);
    if (m_retryAfter) // seconds as a 64-bit figure: a server may send anything
        text = tr("%1 (retry after %2 s)").arg(text, QLocale().toString(m_retryAfter->count()));
    return text;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                    const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, nowUtc.secsTo(at)));
}

} // namespace geobox
