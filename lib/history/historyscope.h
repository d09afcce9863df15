#pragma once
// HistoryScope: whose history a stored figure is: the server (its address, with no
// credentials, no query and no trailing slash) and the id of the user signed in there.
// Every row of the history store is filed under one.

#include <QString>
#include <QUrl>

namespace geobox {

struct HistoryScope
{
    QString server;
    qint64 userId = 0;

    bool isValid() const { return !server.isEmpty() && userId > 0; }

    // The server part of a scope for a client's host: "http://127.0.0.1:8080",
    // "https://api.geobox.ir/geobox" (user info, query and fragment dropped).
    static QString serverKey(const QUrl &host)
    {
        QUrl url = host.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        return url.toString();
    }

    friend bool operator==(const HistoryScope &, const HistoryScope &) = default;
};

} // namespace geobox
