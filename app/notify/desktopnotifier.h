#pragma once
// DesktopNotifier: desktop notifications through the freedesktop Notifications service on the
// session bus (org.freedesktop.Notifications, QtDBus), with an optional action whose key comes
// back in actionInvoked (the window's "show that quota"). It only delivers: what to say and
// when is decided in lib (AlertEvaluator) and worded in present (AlertText).

#include <QObject>
#include <QString>

namespace geobox {

struct DesktopNotification
{
    QString summary;
    QString body;
    // Empty: no action (what `collect --notify` sends, its sender gone by the time of a click).
    QString actionKey;
    QString actionLabel;
    bool critical = false; // urgency 2, else 1 (normal)
};

class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QString appName, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Whether a notification service is on the session bus now.
    bool isAvailable() const;
    // Sends it; the answer comes as sent(request, id) or failed(request, why).
    void notify(const DesktopNotification &notification, int request = 0);

Q_SIGNALS:
    void sent(int request, uint id);
    void failed(int request, const QString &why);
    // The user chose the action of a notification this notifier sent.
    void actionInvoked(uint id, const QString &actionKey);

private Q_SLOTS:
    // QtDBus connects a bus signal only by its signature, so this one is a named slot.
    void onActionInvoked(uint id, const QString &actionKey);

private:
    QString m_appName;
};

} // namespace geobox
