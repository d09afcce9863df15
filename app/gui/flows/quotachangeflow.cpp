#include "quotachangeflow.h"

#include "quota/quotacard.h"
#include "quota/quotapanel.h"
#include "usageclient.h"

#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace geobox {

QuotaChangeFlow::QuotaChangeFlow(UsageClient *client, QuotaPanel *quotas, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_quotas(quotas)
    , m_history(std::make_unique<StoredHourlyHistory>(client, nullptr))
{}

QuotaChangeFlow::~QuotaChangeFlow() = default;

QString QuotaChangeFlow::note(double percent, const QString &other)
{
    const QLocale locale;
    const long rounded = std::lround(percent);
    const QString sign = rounded > 0   ? QStringLiteral("+")
                         : rounded < 0 ? QString(QChar(0x2212))  // minus sign
                                       : QString(QChar(0x00b1)); // plus-minus: no change
    const QString change = sign + locale.toString(std::abs(rounded)) + locale.percent();
    //: %1 the change ("+12%"), %2 the period compared with ("November", "yesterday").
    return tr("%1 vs %2").arg(change, other);
}

void QuotaChangeFlow::follow(const DashboardSnapshot &snapshot)
{
    if (!snapshot.summary || !snapshot.user || !m_client) {
        clear();
        return;
    }
    const QString eid = QString::number(snapshot.user->id);
    if (eid != m_eid)
        clear(); // another account: the old changes are not its
    // The client's clock (the service's "now"; tests pin it), not the snapshot's wall clock.
    const QDateTime now = m_client->config().clock();
    const QTimeZone zone = m_client->config().serviceTimeZone;
    const QuotaChangeSpans spans = quotaChangeSpans(now, zone);
    // The changes count finished hours only: until the next hour ends, or another account,
    // the ones asked for (or shown) stand, and nothing is asked again.
    if (eid == m_eid && spans.cutoff == m_cutoff)
        return;
    m_history->cancel();
    m_eid = eid;
    m_cutoff = spans.cutoff;
    m_now = now;
    m_calls.reset();
    m_traffic.reset();
    const QDateTime from = spans.previousMonthStart;
    for (const Metric metric : {Metric::Calls, Metric::Traffic}) {
        m_history->hours(eid, metric, from, m_now,
                         [this, metric, zone](const std::optional<UsageSeries> &hours,
                                              const std::optional<ApiError> &error) {
                             if (error || !hours) {
                                 clear(); // said nowhere else: the cards just carry no change
                                 return;
                             }
                             (metric == Metric::Calls ? m_calls : m_traffic) = hours->buckets;
                             if (m_calls && m_traffic)
                                 show(quotaChanges(*m_calls, *m_traffic, m_now, zone));
                         });
    }
}

void QuotaChangeFlow::show(const QuotaChanges &changes)
{
    if (!m_quotas)
        return;
    const QString month = QLocale().standaloneMonthName(changes.previousMonth.month());
    const QString yesterday = tr("yesterday");
    const auto put = [](QuotaCard *card, const std::optional<double> &change,
                        const QString &other) {
        card->setChange(change ? note(*change, other) : QString());
    };
    put(m_quotas->callsThisMonth(), changes.monthlyCalls, month);
    put(m_quotas->trafficThisMonth(), changes.monthlyTraffic, month);
    put(m_quotas->callsToday(), changes.dailyCalls, yesterday);
    put(m_quotas->trafficToday(), changes.dailyTraffic, yesterday);
    Q_EMIT changesShown(changes);
}

void QuotaChangeFlow::clear()
{
    m_history->cancel();
    m_cutoff = QDateTime(); // asked again at the next snapshot
    if (!m_quotas)
        return;
    for (QuotaCard *card : {m_quotas->callsThisMonth(), m_quotas->trafficThisMonth(),
                            m_quotas->callsToday(), m_quotas->trafficToday()})
        card->setChange(QString());
}

} // namespace geobox
