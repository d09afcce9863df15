#include "resourcepicker.h"

#include <QSignalBlocker>

namespace geobox {

ResourcePicker::ResourcePicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("resourcePicker"));
    setAccessibleName(tr("Usage of"));
    setToolTip(tr("Whose usage to show: the whole account or one API key"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(this, &QComboBox::activated, this, &ResourcePicker::picked);
    addItem(tr("Loading account…"));
    setEnabled(false);
}

void ResourcePicker::setAccount(const User &me, const QList<ApiKey> &keys)
{
    const std::optional<Resource> current = currentResource();
    const QList<Resource> others = [this] {
        QList<Resource> users;
        for (const Resource &r : m_resources) {
            if (r.kind == Resource::Kind::User)
                users.append(r);
        }
        return users;
    }();
    m_admin = me.isAdmin();
    m_resources = {Resource::account(me)};
    for (const ApiKey &key : keys)
        m_resources.append(Resource::apiKey(key));
    m_resources.append(others);
    rebuild(current ? current->settingsId() : QString());
    setEnabled(true);
}

void ResourcePicker::clearAccount(const QString &placeholder)
{
    const QSignalBlocker block(this);
    m_resources.clear();
    m_admin = false;
    m_lastIndex = -1;
    clear();
    addItem(placeholder);
    setEnabled(false);
}

void ResourcePicker::addOtherUser(const User &user)
{
    const Resource resource = Resource::otherUser(user);
    if (!m_resources.contains(resource))
        m_resources.append(resource);
    rebuild(resource.settingsId());
    Q_EMIT resourceChanged(resource);
}

std::optional<Resource> ResourcePicker::currentResource() const
{
    const int entry = currentData().isValid() ? currentData().toInt() : otherUserEntry;
    if (entry < 0 || entry >= m_resources.size())
        return std::nullopt;
    return m_resources[entry];
}

bool ResourcePicker::selectSettingsId(const QString &id)
{
    const std::optional<Resource> resource = Resource::fromSettingsId(id);
    return resource && selectResource(*resource);
}

bool ResourcePicker::selectResource(const Resource &wanted)
{
    for (int i = 0; i < count(); ++i) {
        const int entry = itemData(i).isValid() ? itemData(i).toInt() : otherUserEntry;
        if (entry >= 0 && entry < m_resources.size() && m_resources[entry].sameAs(wanted)) {
            const QSignalBlocker block(this);
            setCurrentIndex(i);
            m_lastIndex = i;
            return true;
        }
    }
    return false;
}

bool ResourcePicker::pickResource(const Resource &wanted)
{
    for (int i = 0; i < count(); ++i) {
        const int entry = itemData(i).isValid() ? itemData(i).toInt() : otherUserEntry;
        if (entry >= 0 && entry < m_resources.size() && m_resources[entry].sameAs(wanted)) {
            {
                const QSignalBlocker block(this);
                setCurrentIndex(i);
            }
            picked(i);
            return true;
        }
    }
    return false;
}

void ResourcePicker::addResource(const Resource &resource, const QString &text)
{
    const int entry = static_cast<int>(m_resources.indexOf(resource));
    addItem(text, entry);
    if (resource.revoked) {
        const int row = count() - 1;
        setItemData(row, palette().color(QPalette::Disabled, QPalette::Text), Qt::ForegroundRole);
        setItemData(row, tr("This key is revoked; its past usage can still be shown."),
                    Qt::ToolTipRole);
    }
}

void ResourcePicker::rebuild(const QString &keepId)
{
    const QSignalBlocker block(this);
    clear();
    for (const Resource &resource : m_resources) {
        switch (resource.kind) {
        case Resource::Kind::Account:
            addResource(resource, tr("My account"));
            break;
        case Resource::Kind::ApiKey:
            addResource(resource,
                        resource.revoked ? tr("%1 (revoked)").arg(resource.name) : resource.name);
            break;
        case Resource::Kind::User:
            addResource(resource, tr("User: %1").arg(resource.name));
            break;
        }
    }
    if (m_admin) {
        insertSeparator(count());
        addItem(tr("Another user…"), otherUserEntry);
    }
    if (keepId.isEmpty() || !selectSettingsId(keepId)) {
        setCurrentIndex(0);
        m_lastIndex = 0;
    }
}

void ResourcePicker::picked(int index)
{
    if (itemData(index).toInt() == otherUserEntry) {
        {
            const QSignalBlocker block(this);
            setCurrentIndex(m_lastIndex);
        }
        Q_EMIT otherUserRequested();
        return;
    }
    if (index == m_lastIndex)
        return;
    m_lastIndex = index;
    if (const std::optional<Resource> resource = currentResource())
        Q_EMIT resourceChanged(*resource);
}

} // namespace geobox
