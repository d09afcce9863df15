#pragma once

// One request as the sandbox received it, kept for tests to inspect (method, path after /v1/,
// the query still percent-encoded, headers and body).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

struct RecordedRequest
{
    QByteArray method;
    // The path after /v1/ (e.g. "usage/api", "users/me/"); a path outside /v1/ keeps its
    // leading slash.
    QString path;
    // Exactly as received, still percent-encoded, without the '?'.
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace sandbox
