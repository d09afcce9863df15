#pragma once
// QuotaChangeFlow: the change in % on the calls and traffic cards ("+12% vs November",
// "−4% vs yesterday"). After each snapshot with a summary it reads the account's hours from
// the first day of last month (HourlyHistory), lets lib's quotaChanges() decide the four
// changes (this month so far against the same days of last month, today against yesterday
// up to the same hour), and puts them on the cards. A change that cannot be said is left off.
// The hours are asked for once an hour (the changes count finished hours only) and account.

#include "dashboardsnapshot.h"
#include "insights/quotachange.h"
#include "storedhourlyhistory.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace geobox {

class QuotaPanel;
class UsageClient;

class QuotaChangeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaChangeFlow)

public:
    QuotaChangeFlow(UsageClient *client, QuotaPanel *quotas, QObject *parent = nullptr);
    ~QuotaChangeFlow() override;

    // The hours are read through this store (null: from the service alone).
    void setHistory(HistoryStore *store) { m_history->setStore(store); }

    // The snapshot now on screen.
    void follow(const DashboardSnapshot &snapshot);

    // "+12% vs November", "−4% vs yesterday", "±0% vs yesterday": rounded to a whole percent.
    static QString note(double percent, const QString &other);

Q_SIGNALS:
    // The cards show the changes of the last snapshot (tests wait for it).
    void changesShown(const geobox::QuotaChanges &changes);

private:
    void show(const QuotaChanges &changes);
    void clear();

    QPointer<UsageClient> m_client;
    QPointer<QuotaPanel> m_quotas;
    std::unique_ptr<StoredHourlyHistory> m_history;
    QString m_eid;
    QDateTime m_now;
    QDateTime m_cutoff; // the hour the changes shown (or asked for) count up to
    std::optional<QList<UsageBucket>> m_calls;
    std::optional<QList<UsageBucket>> m_traffic;
};

} // namespace geobox
