#pragma once
// QuotaPanel: the plan's quota cards in a grid: calls, traffic and processing
// today and this month, storage, and the days left of the plan.

#include "usagetypes.h"

#include <QWidget>

class QLabel;

#include <optional>

namespace geobox {

class QuotaCard;

class QuotaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaPanel)

public:
    explicit QuotaPanel(QWidget *parent = nullptr);

    // nullopt: no figures yet. The plan names the plan on its card.
    void setSummary(const std::optional<UsageSummary> &summary,
                    const std::optional<Plan> &plan = std::nullopt);

    // A line above the cards saying whose quotas they are; hidden when empty.
    void setScope(const QString &text);
    QString scope() const;

    QuotaCard *callsToday() const { return m_callsToday; }
    QuotaCard *callsThisMonth() const { return m_callsMonth; }
    QuotaCard *trafficToday() const { return m_trafficToday; }
    QuotaCard *trafficThisMonth() const { return m_trafficMonth; }
    QuotaCard *planCard() const { return m_plan; }
    // Every card, row by row.
    QList<QuotaCard *> cards() const;

private:
    QLabel *m_scope = nullptr;
    QuotaCard *m_callsToday = nullptr;
    QuotaCard *m_callsMonth = nullptr;
    QuotaCard *m_trafficToday = nullptr;
    QuotaCard *m_trafficMonth = nullptr;
    QuotaCard *m_processToday = nullptr;
    QuotaCard *m_processMonth = nullptr;
    QuotaCard *m_storage = nullptr;
    QuotaCard *m_plan = nullptr;
};

} // namespace geobox
