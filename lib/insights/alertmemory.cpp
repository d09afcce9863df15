#include "alertmemory.h"

namespace geobox {

namespace {

QString key(const QString &ruleId, const QString &periodKey)
{
    return ruleId + QLatin1Char('\n') + periodKey;
}

} // namespace

bool InMemoryAlertMemory::hasFired(const QString &ruleId, const QString &periodKey) const
{
    return m_fired.contains(key(ruleId, periodKey));
}

bool InMemoryAlertMemory::remember(const QString &ruleId, const QString &periodKey,
                                   const QDateTime &firedAt, AlertLevel level)
{
    m_fired.insert(key(ruleId, periodKey), {firedAt, level});
    return true;
}

void InMemoryAlertMemory::forget(const QString &ruleId, const QString &periodKey)
{
    m_fired.remove(key(ruleId, periodKey));
}

} // namespace geobox
