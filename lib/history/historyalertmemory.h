#pragma once
// HistoryAlertMemory: the alerts that fired, kept in the history store for one server and
// user, so that neither a restart of the window nor the hourly collector says one twice.

#include "historyscope.h"
#include "insights/alertmemory.h"

#include <QPointer>

namespace geobox {

class HistoryStore;

class HistoryAlertMemory final : public AlertMemory
{
public:
    HistoryAlertMemory(HistoryStore *store, HistoryScope scope);

    // Whether it can keep anything: an open store and a known user.
    bool isUsable() const;
    bool hasFired(const QString &ruleId, const QString &periodKey) const override;
    bool remember(const QString &ruleId, const QString &periodKey, const QDateTime &firedAt,
                  AlertLevel level) override;
    void forget(const QString &ruleId, const QString &periodKey) override;

private:
    QPointer<HistoryStore> m_store;
    HistoryScope m_scope;
};

} // namespace geobox
