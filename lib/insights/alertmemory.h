#pragma once
// AlertMemory: which alerts have already fired, so that each rule fires once per period and
// neither a restart nor the collector repeats it. One memory is one server and one user.
// InMemoryAlertMemory remembers for the run only (the window under --no-history); the history
// store's memory (issue "Local usage history": alertFired / recordAlert) implements the same
// interface on disk.

#include <QDateTime>
#include <QHash>
#include <QString>

namespace geobox {

enum class AlertLevel
{
    Warning,
    Critical
};

class AlertMemory
{
public:
    virtual ~AlertMemory() = default;

    // Whether the rule has fired in that period ("2026-12", "2026-12-01", a spike's hour).
    virtual bool hasFired(const QString &ruleId, const QString &periodKey) const = 0;
    // Records that it fired then; false when it could not be kept (the caller says so).
    virtual bool remember(const QString &ruleId, const QString &periodKey, const QDateTime &firedAt,
                          AlertLevel level) = 0;
    // Takes back what remember() kept: the alert was not delivered, so it may fire again.
    virtual void forget(const QString &ruleId, const QString &periodKey) = 0;
};

class InMemoryAlertMemory final : public AlertMemory
{
public:
    bool hasFired(const QString &ruleId, const QString &periodKey) const override;
    bool remember(const QString &ruleId, const QString &periodKey, const QDateTime &firedAt,
                  AlertLevel level) override;
    void forget(const QString &ruleId, const QString &periodKey) override;

private:
    struct Fired
    {
        QDateTime at;
        AlertLevel level = AlertLevel::Warning;
    };
    QHash<QString, Fired> m_fired; // ruleId + '\n' + periodKey
};

} // namespace geobox
