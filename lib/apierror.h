#pragma once
// ApiError: the one typed error every call of the client reports, with the
// HTTP status and the server's FastAPI `detail` in both of its forms.

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace geobox {

// One entry of a FastAPI validation error: {"loc": [...], "msg": "...", "type": "..."}.
struct ValidationIssue
{
    QStringList location;
    QString message;
    QString type;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        InvalidRequest, // refused before sending: bad range, bad limit, missing owner
        InsecureUrl,    // refused before sending: the server URL breaks the network policy
        Network,        // transport failure: refused, reset, dropped, cut mid-body, TLS
        Timeout,        // no complete answer within the request timeout
        Authentication, // 401, or a failed username/password sign-in
        Permission,     // 403
        NotFound,       // 404
        Validation,     // 422, with a detail list
        RateLimited,    // 429, with Retry-After when the server sent one
        Server,         // 5xx
        HttpStatus,     // any other non-2xx status (400, 405, 409, 3xx not followed, ...)
        BadResponse,    // a 2xx whose body is not what the API documents
        Cancelled,      // aborted by the caller
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0);

    static ApiError invalidRequest(const QString &why);
    static ApiError badResponse(const QString &why, int httpStatus = 0);
    // The error for a non-2xx answer: kind from the status, detail from the FastAPI body.
    static ApiError fromHttpStatus(int httpStatus, const QByteArray &body,
                                   const QByteArray &retryAfterHeader = {});

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's detail as text: the string form as is; the list form joined as
    // "query.scale: msg; ...". Empty when the server sent none.
    QString detail() const { return m_detail; }
    QList<ValidationIssue> validationIssues() const { return m_issues; }
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    // The endpoint the call went to, relative to v1/ and never with its query.
    QString endpoint() const { return m_endpoint; }

    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setValidationIssues(const QList<ValidationIssue> &issues) { m_issues = issues; }
    void setRetryAfter(std::optional<std::chrono::seconds> after) { m_retryAfter = after; }

    // One sentence for a person: what failed, the status, and the server's words.
    // Never contains a key, token or password.
    QString message() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_endpoint;
    QList<ValidationIssue> m_issues;
    std::optional<std::chrono::seconds> m_retryAfter;
};

// Retry-After as delta-seconds or an HTTP-date, relative to now; nullopt when unreadable.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                    const QDateTime &nowUtc);

} // namespace geobox

Q_DECLARE_METATYPE(geobox::ApiError)
Q_DECLARE_METATYPE(geobox::ApiError::Kind)
