#pragma once
// ServerField: the server address as typed ("api.geobox.ir" means https://),
// and whether the network policy lets the client send credentials to it.

#include "apierror.h"

#include <QLineEdit>
#include <QUrl>

#include <optional>

namespace geobox {

class ServerField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerField)

public:
    explicit ServerField(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    // What was typed, with https:// added when no scheme was given.
    QUrl url() const;
    // nullopt when the client may send to url(); else the policy's InsecureUrl error.
    std::optional<ApiError> problem() const;

    // The same server, ignoring a trailing slash, the host's case and any user or query.
    static bool sameServer(const QUrl &a, const QUrl &b);
};

} // namespace geobox
