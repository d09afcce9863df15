#include "serverfield.h"

#include "networkpolicy.h"

#include <QAbstractButton>

namespace geobox {

ServerField::ServerField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("serverEdit"));
    setAccessibleName(tr("Server"));
    setPlaceholderText(tr("https://api.geobox.ir"));
    setToolTip(tr("The Geobox server: https:// anywhere, plain http:// only to this machine"));
    setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    setClearButtonEnabled(true);
    // The clear button is Qt's own; it gets a name a screen reader can say.
    for (QAbstractButton *button : findChildren<QAbstractButton *>())
        button->setAccessibleName(tr("Clear the server address"));
}

void ServerField::setUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                              QUrl::StripTrailingSlash);
    if (shown.path() == QLatin1String("/"))
        shown.setPath(QString());
    setText(shown.toString());
}

QUrl ServerField::url() const
{
    QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    if (!typed.contains(QLatin1String("://")))
        typed.prepend(QStringLiteral("https://"));
    return QUrl(typed, QUrl::StrictMode);
}

std::optional<ApiError> ServerField::problem() const
{
    return checkServerUrl(url());
}

bool ServerField::sameServer(const QUrl &a, const QUrl &b)
{
    const auto normal = [](const QUrl &url) {
        QUrl u = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                              QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        u.setHost(u.host().toLower());
        if (u.path() == QLatin1String("/"))
            u.setPath(QString());
        return u;
    };
    return normal(a) == normal(b);
}

} // namespace geobox
