#include "historyalertmemory.h"

#include "historystore.h"

namespace geobox {

HistoryAlertMemory::HistoryAlertMemory(HistoryStore *store, HistoryScope scope)
    : m_store(store)
    , m_scope(std::move(scope))
{}

bool HistoryAlertMemory::isUsable() const
{
    return m_store && m_store->isOpen() && m_scope.isValid();
}

bool HistoryAlertMemory::hasFired(const QString &ruleId, const QString &periodKey) const
{
    return isUsable() && m_store->alertFired(m_scope, ruleId, periodKey);
}

bool HistoryAlertMemory::remember(const QString &ruleId, const QString &periodKey,
                                  const QDateTime &firedAt, AlertLevel level)
{
    if (!isUsable())
        return false;
    m_store->recordAlert(m_scope, ruleId, periodKey, firedAt,
                         level == AlertLevel::Critical ? QStringLiteral("critical")
                                                       : QStringLiteral("warning"));
    // A write that failed closes the store (a full disk): then it was not kept.
    return m_store->isOpen() && m_store->alertFired(m_scope, ruleId, periodKey);
}

void HistoryAlertMemory::forget(const QString &ruleId, const QString &periodKey)
{
    if (isUsable())
        m_store->forgetAlert(m_scope, ruleId, periodKey);
}

} // namespace geobox
