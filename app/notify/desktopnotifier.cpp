#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace geobox {

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString servicePath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QString appName, QObject *parent)
    : QObject(parent)
    , m_appName(std::move(appName))
{
    QDBusConnection::sessionBus().connect(serviceName, servicePath, serviceName,
                                          QStringLiteral("ActionInvoked"), this,
                                          SLOT(onActionInvoked(uint, QString)));
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(serviceName).value();
}

void DesktopNotifier::notify(const DesktopNotification &notification, int request)
{
    QStringList actions;
    if (!notification.actionKey.isEmpty())
        actions << notification.actionKey << notification.actionLabel;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(static_cast<uchar>(notification.critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("ir.geobox.Usage"));
    // A bare message, asynchronously: nothing waits on the bus (an interface object would
    // introspect the service first, blocking).
    QDBusMessage message = QDBusMessage::createMethodCall(serviceName, servicePath, serviceName,
                                                          QStringLiteral("Notify"));
    message << m_appName << uint(0) << QStringLiteral("ir.geobox.Usage") << notification.summary
            << notification.body << actions << hints << int(-1);
    const QDBusPendingCall call = QDBusConnection::sessionBus().asyncCall(message);
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, request](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError())
                    Q_EMIT failed(request, reply.error().message());
                else
                    Q_EMIT sent(request, reply.value());
                w->deleteLater();
            });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    Q_EMIT actionInvoked(id, actionKey);
}

} // namespace geobox
