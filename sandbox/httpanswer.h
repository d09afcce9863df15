#pragma once

// One HTTP answer of the sandbox (status, content type, extra headers, body) and the
// FastAPI-shaped error bodies the Geobox service sends.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // A JSON body.
    static HttpAnswer json(int status, const QByteArray &body);
    // {"detail": "text"}
    static HttpAnswer detail(int status, const QString &text);
    // 422 {"detail": [issues...]}; see validationIssue().
    static HttpAnswer unprocessable(const QList<QByteArray> &issues);
    // One item of a 422 detail list: {"loc": [where, field], "msg": ..., "type": ...}; an empty
    // field leaves it out of "loc".
    static QByteArray validationIssue(const QString &where, const QString &field,
                                      const QString &message, const QString &type);
    // The standard reason phrase of a status code the sandbox may send, or an empty string.
    static QByteArray reasonPhrase(int status);
};

} // namespace sandbox
