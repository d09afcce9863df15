#include "quotapanel.h"

#include "quota/quotacard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace geobox {

QuotaPanel::QuotaPanel(QWidget *parent)
    : QWidget(parent)
{
    using Unit = QuotaCard::Unit;
    const auto card = [this](const QString &title, Unit unit, const char *name) {
        auto *c = new QuotaCard(title, unit, this);
        c->setObjectName(QString::fromLatin1(name));
        return c;
    };
    m_callsToday = card(tr("Calls today"), Unit::Count, "quotaCallsToday");
    m_callsMonth = card(tr("Calls this month"), Unit::Count, "quotaCallsMonth");
    m_trafficToday = card(tr("Traffic today"), Unit::Bytes, "quotaTrafficToday");
    m_trafficMonth = card(tr("Traffic this month"), Unit::Bytes, "quotaTrafficMonth");
    m_processToday = card(tr("Processing today"), Unit::Seconds, "quotaProcessToday");
    m_processMonth = card(tr("Processing this month"), Unit::Seconds, "quotaProcessMonth");
    m_storage = card(tr("Storage"), Unit::Bytes, "quotaStorage");
    m_plan = card(tr("Plan"), Unit::Count, "quotaPlan");

    auto *stack = new QVBoxLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(6);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("quotaScope"));
    m_scope->setWordWrap(true);
    m_scope->hide();
    stack->addWidget(m_scope);
    auto *grid = new QGridLayout;
    stack->addLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    const QList<QuotaCard *> all = cards();
    for (int i = 0; i < all.size(); ++i)
        grid->addWidget(all[i], i / 4, i % 4);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    setSummary(std::nullopt);
}

QList<QuotaCard *> QuotaPanel::cards() const
{
    return {m_callsToday,   m_callsMonth,   m_trafficToday, m_trafficMonth,
            m_processToday, m_processMonth, m_storage,      m_plan};
}

void QuotaPanel::setScope(const QString &text)
{
    m_scope->setText(text);
    m_scope->setVisible(!text.isEmpty());
}

QString QuotaPanel::scope() const
{
    return m_scope->isVisible() ? m_scope->text() : QString();
}

void QuotaPanel::setSummary(const std::optional<UsageSummary> &summary,
                            const std::optional<Plan> &plan)
{
    // QProgressBar::setValue repaints its bar at once, a paint per card; with updates off
    // the cards are painted once, together, in the window's next paint.
    const bool updates = updatesEnabled();
    setUpdatesEnabled(false);
    const auto show = [&summary](QuotaCard *card, Quota (UsageSummary::*quota)() const) {
        card->setQuota(summary ? std::optional<Quota>(((*summary).*quota)()) : std::nullopt);
    };
    show(m_callsToday, &UsageSummary::dailyCalls);
    show(m_callsMonth, &UsageSummary::monthlyCalls);
    show(m_trafficToday, &UsageSummary::dailyTrafficQuota);
    show(m_trafficMonth, &UsageSummary::monthlyTrafficQuota);
    show(m_processToday, &UsageSummary::dailyProcessQuota);
    show(m_processMonth, &UsageSummary::monthlyProcessQuota);
    show(m_storage, &UsageSummary::storage);

    const QString planName =
        plan ? (plan->displayName.isEmpty() ? plan->name : plan->displayName) : QString();
    if (summary && summary->remainingDays) {
        const qint64 days = *summary->remainingDays;
        m_plan->setText(days == 1 ? tr("1 day left")
                                  : tr("%1 days left").arg(QLocale().toString(days)),
                        planName);
    } else {
        m_plan->setText(tr("—"), summary ? tr("days left not known") : planName);
    }
    setUpdatesEnabled(updates);
}

} // namespace geobox
