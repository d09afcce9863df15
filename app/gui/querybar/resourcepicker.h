#pragma once
// ResourcePicker: whose usage is on screen: "My account", each API key by
// name (revoked ones greyed, "(revoked)"), users an admin opened, and for an
// admin "Another user…". A key's secret stays in memory, never in an item's text.

#include "resource.h"

#include <QComboBox>
#include <QList>

#include <optional>

namespace geobox {

class ResourcePicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePicker)

public:
    explicit ResourcePicker(QWidget *parent = nullptr);

    // Lists the account and its keys, keeping the current choice when it is still there.
    void setAccount(const User &me, const QList<ApiKey> &keys);
    // Forgets the account (signed out, or another one loading): one disabled placeholder.
    void clearAccount(const QString &placeholder);
    // Adds another user (once) and selects it, signalling resourceChanged.
    void addOtherUser(const User &user);
    std::optional<Resource> currentResource() const;
    // Selects the resource with that settings id, without signalling; false if not listed.
    bool selectSettingsId(const QString &id);
    // Selects this resource (by kind and id), without signalling; false if not listed.
    bool selectResource(const Resource &resource);
    // Selects it as a pick of the user would, signalling resourceChanged; false if not listed.
    bool pickResource(const Resource &resource);
    // The resources listed, in order (for tests and menus).
    QList<Resource> resources() const { return m_resources; }

Q_SIGNALS:
    void resourceChanged(const geobox::Resource &resource);
    // The admin picked "Another user…"; the previous choice stays selected.
    void otherUserRequested();

private:
    static constexpr int otherUserEntry = -1;
    void addResource(const Resource &resource, const QString &text);
    void picked(int index);
    void rebuild(const QString &keepId);

    QList<Resource> m_resources;
    bool m_admin = false;
    int m_lastIndex = -1;
};

} // namespace geobox
